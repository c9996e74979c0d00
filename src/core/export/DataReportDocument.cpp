// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The data report as a text document, for the PDF (charts as vectors) and the ODT (charts as
// pictures): cover, summary with the forest plot, a section per metric, data quality, method.
#include "export/DataReport.h"
#include "export/DocumentWriter.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace scwres {

namespace {

// Print colours: a dark blue for headings (as councils' own documents use) and greys that print.
const QColor kHeadingInk(0x1F, 0x38, 0x64);
const QColor kRule(0x99, 0x99, 0x99);
const QColor kHeaderFill(0xE7, 0xE6, 0xE6);
const QColor kNoteInk(0x40, 0x40, 0x40);

class Builder {
public:
    Builder(const DataReport &report, QTextDocument *document, const ChartPainter *painter,
            DocumentCharts::Target target)
        : m_report(report), m_document(document), m_cursor(document), m_charts(document, painter, target)
    {
        QFont font;
        font.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
        font.setPointSizeF(9.5);
        // Any letter spacing makes Qt shape without ligatures, so "staff" is stored as s-t-a-f-f
        // and a search of the PDF (or a screen reader) finds it. A twentieth of a pixel does not show.
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
        m_document->setDefaultFont(font);
        m_document->setDocumentMargin(0);
    }

    void build()
    {
        cover();
        summary();
        for (MetricId id : kMetricIds)
            metric(id);
        dataQuality();
        method();
    }

private:
    void block(const QTextBlockFormat &format, const QTextCharFormat &chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    void heading(const QString &text, int level, bool newPage = false)
    {
        QTextBlockFormat format;
        format.setHeadingLevel(level);
        format.setTopMargin(level == 1 ? 0 : 12);
        format.setBottomMargin(6);
        if (newPage)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        // Keep a heading with what follows where the layout allows.
        format.setNonBreakableLines(true);
        QTextCharFormat chars;
        chars.setFontWeight(QFont::Bold);
        chars.setFontPointSize(level == 1 ? 17 : level == 2 ? 13 : 11);
        chars.setForeground(kHeadingInk);
        block(format, chars);
        m_cursor.insertText(text);
    }

    void paragraph(const QString &text, bool italic = false, qreal size = 0, bool bold = false)
    {
        QTextBlockFormat format;
        format.setBottomMargin(5);
        QTextCharFormat chars;
        chars.setFontItalic(italic);
        if (size > 0)
            chars.setFontPointSize(size);
        if (bold)
            chars.setFontWeight(QFont::DemiBold);
        if (italic)
            chars.setForeground(kNoteInk);
        block(format, chars);
        m_cursor.insertText(text);
    }

    // A table with a shaded, repeated header row; widths in % of the body.
    void table(const QStringList &headers, const std::vector<QStringList> &rows, const std::vector<int> &widths,
               int firstColumnBold = true)
    {
        QTextTableFormat format;
        format.setBorder(0.5);
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setTopMargin(4);
        format.setBottomMargin(8);
        QVector<QTextLength> lengths;
        for (int w : widths)
            lengths << QTextLength(QTextLength::PercentageLength, w);
        format.setColumnWidthConstraints(lengths);
        block(QTextBlockFormat(), QTextCharFormat());
        QTextTable *t = m_cursor.insertTable(int(rows.size()) + 1, int(headers.size()), format);
        for (int c = 0; c < headers.size(); ++c) {
            QTextTableCell cell = t->cellAt(0, c);
            QTextCharFormat cellFormat = cell.format();
            cellFormat.setBackground(kHeaderFill);
            cell.setFormat(cellFormat);
            QTextCursor at = cell.firstCursorPosition();
            // Headings line up with their column: numbers to the right, text to the left.
            QTextBlockFormat align;
            align.setAlignment(c == 0 || (std::size_t(c) < widths.size() && widths[std::size_t(c)] >= 30)
                                   ? Qt::AlignLeft
                                   : Qt::AlignRight);
            at.setBlockFormat(align);
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            bold.setFontPointSize(8.5);
            at.insertText(headers.at(c), bold);
        }
        for (std::size_t r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows[r].size() && c < headers.size(); ++c) {
                QTextCursor at = t->cellAt(int(r) + 1, c).firstCursorPosition();
                QTextBlockFormat align;
                align.setAlignment(c == 0 ? Qt::AlignLeft : Qt::AlignRight);
                if (c > 0 && widths.size() > std::size_t(c) && widths[std::size_t(c)] >= 30)
                    align.setAlignment(Qt::AlignLeft);
                at.setBlockFormat(align);
                QTextCharFormat chars;
                chars.setFontPointSize(8.5);
                if (c == 0 && firstColumnBold)
                    chars.setFontWeight(QFont::DemiBold);
                at.insertText(rows[r].at(c), chars);
            }
        // Just after the table, in the same frame (which may be a keep-together cell).
        m_cursor.setPosition(t->lastPosition() + 1);
        m_first = false;
    }

    void chart(const ChartSpec &spec, const QString &alt, qreal height = 270)
    {
        if (!m_charts.enabled())
            return;
        QTextBlockFormat format;
        format.setAlignment(Qt::AlignHCenter);
        format.setBottomMargin(6);
        block(format, QTextCharFormat());
        m_charts.insert(m_cursor, spec, QSizeF(DocumentWriter::kBodyWidth * 0.92, height), alt);
    }

    void cover()
    {
        const AnnualReturn &ret = m_report.annualReturn();
        QTextBlockFormat spacer;
        spacer.setTopMargin(120);
        QTextCharFormat small;
        small.setFontPointSize(12);
        small.setForeground(kNoteInk);
        block(spacer, small);
        m_cursor.insertText(DataReport::tr("Social Care Workforce Race Equality Standard"));
        QTextBlockFormat titleFormat;
        titleFormat.setTopMargin(10);
        titleFormat.setBottomMargin(10);
        QTextCharFormat big;
        big.setFontPointSize(28);
        big.setFontWeight(QFont::Bold);
        big.setForeground(kHeadingInk);
        block(titleFormat, big);
        m_cursor.insertText(ret.authorityName);
        QTextCharFormat sub;
        sub.setFontPointSize(18);
        sub.setForeground(kHeadingInk);
        block(QTextBlockFormat(), sub);
        m_cursor.insertText(DataReport::tr("Data report, collection year %1").arg(ret.year));
        QTextBlockFormat details;
        details.setTopMargin(30);
        QTextCharFormat normal;
        normal.setFontPointSize(11);
        const QLocale locale;
        const QStringList lines{
            DataReport::tr("Areas: %1").arg(m_report.areasText()),
            DataReport::tr("Snapshot date: %1").arg(locale.toString(ret.snapshotDate, QLocale::LongFormat)),
            DataReport::tr("Reporting period: %1 to %2")
                .arg(locale.toString(ret.periodStart, QLocale::LongFormat),
                     locale.toString(ret.periodEnd, QLocale::LongFormat)),
            DataReport::tr("Made on %1 with SC-WRES desktop %2")
                .arg(locale.toString(m_report.madeOn(), QLocale::LongFormat), QStringLiteral(SCWRES_VERSION)),
            DataReport::tr("Version: %1").arg(m_report.options().publication.modeName()),
        };
        for (int i = 0; i < lines.size(); ++i) {
            block(i == 0 ? details : QTextBlockFormat(), normal);
            m_cursor.insertText(lines.at(i));
        }
        QTextBlockFormat noteFormat;
        noteFormat.setTopMargin(30);
        QTextCharFormat note;
        note.setFontItalic(true);
        note.setForeground(kNoteInk);
        block(noteFormat, note);
        m_cursor.insertText(m_report.suppression().note());
    }

    void summary()
    {
        heading(DataReport::tr("Summary"), 1, true);
        paragraph(DataReport::tr("Each relative likelihood (RL) compares minority ethnic staff with white staff: above "
                                 "1, the event was more likely for minority ethnic staff. The non-adverse range is "
                                 "%1 to %2; the bars on the chart are 95% intervals, an aid to reading.")
                      .arg(QString::number(m_report.options().range.lower, 'f', 2),
                           QString::number(m_report.options().range.upper, 'f', 2)));
        for (const DataReport::View &view : m_report.views()) {
            // QTextDocument cannot keep a heading with what follows, so each area starts a page.
            if (m_report.views().size() > 1)
                heading(areaSelectionName(view.area), 2, &view != &m_report.views().front());
            if (!view.charts.forest.rows.empty())
                chart(view.charts.forest, view.charts.forest.labels.title, 300);
            else
                paragraph(m_report.suppression().enabled()
                              ? DataReport::tr("No relative likelihood can be charted: each is withheld or cannot be "
                                               "computed.")
                              : DataReport::tr("No relative likelihood could be computed."),
                          true);
            std::vector<QStringList> rows;
            rows.push_back({metricChartLabel(MetricId::M1), QStringLiteral("—"), QStringLiteral("—"),
                            m_report.payBandReading(view)});
            for (MetricId id : kRatioMetricIds)
                rows.push_back({metricChartLabel(id), m_report.relativeLikelihoodText(view, id),
                                m_report.intervalText(view, id), m_report.statusText(view, id)});
            table({DataReport::tr("Metric"), DataReport::tr("RL"), DataReport::tr("95% interval"),
                   DataReport::tr("Status")},
                  rows, {34, 9, 14, 43});
        }
    }

    void metric(MetricId id)
    {
        heading(DataReport::tr("Metric %1: %2").arg(metricKey(id), metricShortTitle(id)), 1, true);
        paragraph(metricWording(id), true);
        for (const DataReport::View &view : m_report.views()) {
            if (m_report.views().size() > 1)
                heading(areaSelectionName(view.area), 2, &view != &m_report.views().front());
            if (id == MetricId::M1)
                payBands(view);
            else
                ratio(view, id);
            paragraph(DataReport::tr("Data quality: %1").arg(m_report.dataQualityNote(view, id)), true, 8.5);
        }
    }

    void payBands(const DataReport::View &view)
    {
        const PayBandResult &bands = view.report.payBands;
        if (!bands.collected) {
            paragraph(DataReport::tr("Not collected this year."));
            return;
        }
        const auto rows = payBandRows(bands);
        const int workforce = int(rows.size()) - 1;
        std::vector<QStringList> table;
        const CountColumn columns[4] = {CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown,
                                        CountColumn::Total};
        for (int index = 0; index < int(rows.size()); ++index) {
            const BandShare &band = *rows[std::size_t(index)];
            const bool local = index >= int(bands.nationalBands.size()) && index < workforce;
            QString name = index == workforce ? DataReport::tr("Whole workforce")
                         : local              ? DataReport::tr("%1 (local)").arg(band.name)
                         : band.nationalBand  ? nationalBandName(*band.nationalBand)
                                              : band.name;
            QStringList row{name};
            for (CountColumn column : columns)
                row << m_report.countText(view, MetricId::M1, index, column, countValue(band.counts, column));
            row << (m_report.suppression().shareSuppressed(view.area, MetricId::M1, index, CountColumn::MinorityEthnic)
                        ? DataReport::tr("withheld")
                        : formatPercent(band.percentMinorityEthnic));
            table.push_back(row);
        }
        this->table({DataReport::tr("Pay band"), DataReport::tr("Minority ethnic"), DataReport::tr("White"),
                     DataReport::tr("Unknown"), DataReport::tr("Total"), DataReport::tr("% minority ethnic")},
                    table, {35, 13, 13, 13, 12, 14});
        paragraph(m_report.payBandReading(view), false, 0, true);
        const auto &bars = view.charts.payBands.bars;
        if (std::any_of(bars.begin(), bars.end(), [](const PayBandBar &bar) { return bar.percentMinorityEthnic.has_value(); }))
            chart(view.charts.payBands, view.charts.payBands.labels.title);
    }

    void ratio(const DataReport::View &view, MetricId id)
    {
        const RatioResult &r = view.report.ratio(id);
        if (r.status == MetricStatus::NotCollected) {
            paragraph(DataReport::tr("Not collected this year."));
            return;
        }
        std::vector<QStringList> counts;
        for (int line = 0; line < 2; ++line) {
            if (line == 1 && r.reason == NotComputableReason::NoHeadcount)
                break;
            const GroupCounts &c = line == 0 ? r.events : r.population;
            QString label = line == 0 ? metricEventsLabel(id) : metricPopulationLabel(id);
            label = label.left(1).toUpper() + label.mid(1);
            QStringList row{label};
            for (CountColumn column : {CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown,
                                       CountColumn::Total})
                row << m_report.countText(view, id, line, column, countValue(c, column));
            counts.push_back(row);
        }
        table({DataReport::tr("Count"), DataReport::tr("Minority ethnic"), DataReport::tr("White"),
               DataReport::tr("Unknown"), DataReport::tr("Total")},
              counts, {36, 16, 16, 16, 16});
        table({DataReport::tr("Likelihood: minority ethnic"), DataReport::tr("Likelihood: white"), DataReport::tr("RL"),
               DataReport::tr("95% interval"), DataReport::tr("Previous year"), DataReport::tr("National")},
              {{m_report.likelihoodText(view, id, EthnicGroup::MinorityEthnic),
                m_report.likelihoodText(view, id, EthnicGroup::White), m_report.relativeLikelihoodText(view, id),
                m_report.intervalText(view, id), m_report.previousText(view, id), m_report.nationalText(view, id)}},
              {19, 16, 10, 17, 19, 19}, false);
        paragraph(DataReport::tr("Status: %1").arg(m_report.statusText(view, id)), false, 0, true);
        paragraph(m_report.sentenceText(view, id));
        if (id == MetricId::M9) {
            chart(view.charts.seniorManagers, view.charts.seniorManagers.labels.title, 240);
        } else if (!m_report.suppression().ratioSuppressed(view.area, id) && r.likelihoodMinorityEthnic
                   && r.likelihoodWhite) {
            const LikelihoodChartData data =
                m_report.suppression().filter(view.area, likelihoodChartData(view.report, {id}));
            chart(data, data.labels.title, 230);
        }
    }

    void dataQuality()
    {
        heading(DataReport::tr("Data quality"), 1, true);
        paragraph(DataReport::tr("Staff whose ethnicity is not known are counted but left out of every likelihood. "
                                 "A high unknown share makes a figure less certain."));
        std::vector<QStringList> rows;
        for (const DataReport::View &view : m_report.views())
            for (MetricId id : kMetricIds)
                rows.push_back({areaSelectionName(view.area), metricChartLabel(id), m_report.dataQualityNote(view, id)});
        table({DataReport::tr("Area"), DataReport::tr("Metric"), DataReport::tr("Notes")}, rows, {14, 26, 60});
    }

    void method()
    {
        heading(DataReport::tr("About the figures"), 2);
        const NonAdverseRange range = m_report.options().range;
        paragraph(DataReport::tr("Every relative likelihood (RL) is the likelihood for minority ethnic staff divided by "
                                 "the likelihood for white staff. Figures are computed from the counts at full precision "
                                 "and rounded only for display: percentages to one decimal place, RLs to two."));
        paragraph(DataReport::tr("The non-adverse range used is %1 to %2, ends included. 0.80–1.25 is NHS England's "
                                 "\"four-fifths\" range; SC-WRES publishes none.")
                      .arg(QString::number(range.lower, 'f', 2), QString::number(range.upper, 'f', 2)));
        paragraph(confidenceIntervalNote());
        paragraph(m_report.suppression().note(), true);
    }

    const DataReport &m_report;
    QTextDocument *m_document;
    QTextCursor m_cursor;
    DocumentCharts m_charts;
    bool m_first = true;
};

DocumentInfo documentInfo(const DataReport &report)
{
    DocumentInfo info;
    info.title = report.title();
    info.author = report.annualReturn().authorityName;
    info.subject = DataReport::tr("Social Care Workforce Race Equality Standard data report");
    info.headerText = DataReport::tr("%1 · SC-WRES data report %2")
                          .arg(report.annualReturn().authorityName)
                          .arg(report.annualReturn().year);
    // A draft return's figures may still change: the running header says so on every page.
    if (!report.annualReturn().complete)
        info.headerText += DataReport::tr(" · DRAFT FIGURES");
    info.footerText = report.options().publication.enabled
                        ? DataReport::tr("Published version: counts under %1 hidden")
                              .arg(report.options().publication.threshold)
                        : DataReport::tr("Full figures: not for publication");
    return info;
}

} // namespace

bool DataReport::writePdf(const QString &path, const ChartPainter *charts, QString *error) const
{
    QTextDocument document;
    Builder(*this, &document, charts, DocumentCharts::Target::Pdf).build();
    return DocumentWriter::writePdf(document, path, documentInfo(*this), error);
}

bool DataReport::writeOdt(const QString &path, const ChartPainter *charts, QString *error) const
{
    QTextDocument document;
    Builder(*this, &document, charts, DocumentCharts::Target::Odt).build();
    return DocumentWriter::writeOdt(document, path, documentInfo(*this), error);
}

} // namespace scwres
