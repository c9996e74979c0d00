// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The data report as a workbook: Summary, one sheet per metric (counts, derived figures as
// formulas over the count cells with the engine's value cached, a native chart), Data quality,
// About. Every number is the engine's; formulas only show how it was made.
#include "export/DataReport.h"

#include "BroadGroupRatios.h"
#include "export/XlsxFile.h"

#include <QDateTime>

#include <cmath>

namespace scwres {

namespace {

QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

QString absoluteRange(const QByteArray &sheet, int firstRow, int column, int lastRow)
{
    const auto absolute = [](int row, int col) {
        const QString name = cellName(row, col);
        const int digits = int(std::find_if(name.begin(), name.end(), [](QChar ch) { return ch.isDigit(); }) - name.begin());
        return QStringLiteral("$%1$%2").arg(name.left(digits), name.mid(digits));
    };
    return QStringLiteral("='%1'!%2:%3")
        .arg(QString::fromUtf8(sheet), absolute(firstRow, column), absolute(lastRow, column));
}

struct Formats {
    lxw_format *title = nullptr;
    lxw_format *heading = nullptr;
    lxw_format *header = nullptr;
    lxw_format *label = nullptr;
    lxw_format *count = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *ratio = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrap = nullptr;
    lxw_format *symbol = nullptr;
    lxw_format *note = nullptr;
};

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.heading = workbook_add_format(wb);
    format_set_bold(f.heading);
    format_set_font_size(f.heading, 12);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xE7E6E6);
    f.label = workbook_add_format(wb);
    format_set_bold(f.label);
    // Beside a tall wrapped value, the label sits at its top, not at the foot of the row.
    format_set_align(f.label, LXW_ALIGN_VERTICAL_TOP);
    f.count = workbook_add_format(wb);
    format_set_num_format(f.count, "#,##0");
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0%");
    f.ratio = workbook_add_format(wb);
    format_set_num_format(f.ratio, "0.00");
    f.text = workbook_add_format(wb);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.symbol = workbook_add_format(wb);
    format_set_align(f.symbol, LXW_ALIGN_RIGHT);
    f.note = workbook_add_format(wb);
    format_set_italic(f.note);
    format_set_text_wrap(f.note);
    format_set_align(f.note, LXW_ALIGN_VERTICAL_TOP);
    // Numbers at the top of a tall row too, level with their labels: the chart data beside a
    // two-line table header read as a label on one line and its values on the next.
    for (lxw_format *number : {f.count, f.percent, f.ratio, f.symbol})
        format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

// The height a row needs for text wrapped in a column `width` characters wide (libxlsxwriter does
// not fit rows to their text, and a wrapped cell in a row of default height overlapped the next).
double wrappedHeight(const QString &text, double width)
{
    int lines = 0;
    for (const QString &paragraph : text.split(QLatin1Char('\n')))
        lines += std::max(1, int(std::ceil(double(paragraph.size()) / std::max(1.0, width - 2))));
    return std::max(15.0, 15.0 * lines);
}

// The print header and footer say which version a printed sheet is ("Full figures: not for
// publication") and where it comes from. "&" is the codes' escape, so a name's own is doubled.
QByteArray headerFooter(const QString &left, const QString &right)
{
    const auto escaped = [](QString text) { return text.replace(QLatin1Char('&'), QStringLiteral("&&")); };
    // Excel's limit is 255 characters for the whole header, with the draft line in the centre.
    return (QStringLiteral("&L") + escaped(left).left(90) + QStringLiteral("&R") + escaped(right).left(70)).toUtf8();
}

void pageSetup(lxw_worksheet *ws, int frozenRows, const DataReport &report)
{
    const QString mode = report.suppression().enabled()
                           ? DataReport::tr("Published version: counts under %1 hidden")
                                 .arg(report.options().publication.threshold)
                           : DataReport::tr("Full figures: not for publication");
    QByteArray header = headerFooter(report.title(), mode);
    if (!report.annualReturn().complete) // a draft return's figures may still change: every printed page says so
        header += QStringLiteral("&C&\"-,Bold\"%1")
                      .arg(DataReport::tr("DRAFT FIGURES: the return is not marked complete"))
                      .toUtf8();
    // &A: the sheet's name; &P and &N: the page and the page count (codes, not text).
    const QByteArray footer = "&L&A&R" + DataReport::tr("Page &P of &N").toUtf8();
    worksheet_set_header(ws, header.constData());
    worksheet_set_footer(ws, footer.constData());
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_fit_to_pages(ws, 1, 0); // one page wide, as many pages long as it needs
    worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6);
    if (frozenRows > 0)
        worksheet_freeze_panes(ws, lxw_row_t(frozenRows), 0);
}

class Writer {
public:
    Writer(const DataReport &report, lxw_workbook *wb)
        : m_report(report), m_wb(wb), m_f(makeFormats(wb)), m_publication(report.suppression().enabled())
    {
    }

    void summary();
    void metricSheets();
    void dataQuality();
    void about();

private:
    void text(lxw_worksheet *ws, int row, int col, const QString &value, lxw_format *format = nullptr)
    {
        XlsxFile::writeText(ws, row, col, value, format ? format : m_f.text);
    }
    // A count: the number, or the publication symbol as right-aligned text. True when a number.
    bool count(lxw_worksheet *ws, int row, int col, const DataReport::View &view, MetricId id, int countRow,
               CountColumn column, long long value)
    {
        const QString shown = m_report.countText(view, id, countRow, column, value);
        if (shown == QString::number(value)) {
            worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), double(value), m_f.count);
            return true;
        }
        text(ws, row, col, shown, m_f.symbol);
        return false;
    }
    // A figure as its format prints it: a publication file holds no more precision than it shows
    // (docs/exports.md), so RLs are stored to 2 decimals and likelihoods and shares to 0.1%.
    double stored(double value, lxw_format *format) const
    {
        if (!m_publication)
            return value;
        if (format == m_f.ratio)
            return publishedRatio(value);
        if (format == m_f.percent)
            return publishedFraction(value);
        return value;
    }
    void number(lxw_worksheet *ws, int row, int col, double value, lxw_format *format)
    {
        worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), stored(value, format), format);
    }
    void formula(lxw_worksheet *ws, int row, int col, const QString &formula, lxw_format *format, double cached)
    {
        worksheet_write_formula_num(ws, lxw_row_t(row), lxw_col_t(col), formula.toUtf8().constData(), format,
                                    stored(cached, format));
    }
    // The engine's value as a formula over numeric cells when every input is shown, else the text.
    // Publication mode writes the figure as printed instead: a formula would bring the full
    // precision back on the reader's first recalculation.
    void derived(lxw_worksheet *ws, int row, int col, bool inputsShown, const QString &formulaText,
                 std::optional<double> value, lxw_format *format, const QString &otherwise)
    {
        if (inputsShown && value && m_publication)
            number(ws, row, col, *value, format);
        else if (inputsShown && value)
            formula(ws, row, col, formulaText, format, *value);
        else
            text(ws, row, col, otherwise, m_f.symbol);
    }
    // Returns the likelihood row (the chart data's source), or -1 when the metric was not collected.
    int ratioBlock(lxw_worksheet *ws, int &row, const DataReport::View &view, MetricId id);
    void payBandBlock(lxw_worksheet *ws, const QByteArray &sheet, int &row, const DataReport::View &view);
    void progressionBlock(lxw_worksheet *ws, int &row, const DataReport::View &view);
    void broadGroupBlock(lxw_worksheet *ws, int &row, const DataReport::View &view, MetricId id);
    bool hasAnyBroadGroups(MetricId id) const
    {
        for (const DataReport::View &view : m_report.views())
            if (m_report.hasBroadGroups(view, id))
                return true;
        return false;
    }

    const DataReport &m_report;
    lxw_workbook *m_wb;
    Formats m_f;
    bool m_publication = false;
};

void Writer::summary()
{
    lxw_worksheet *ws = workbook_add_worksheet(m_wb, XlsxFile::sheetName(DataReport::tr("Summary")).constData());
    text(ws, 0, 0, m_report.title(), m_f.title);
    text(ws, 1, 0, DataReport::tr("%1 · %2 · %3")
                       .arg(m_report.areasText(), m_report.options().publication.modeName(),
                            QLocale().toString(m_report.madeOn(), QLocale::LongFormat)));
    text(ws, 2, 0, m_report.suppression().note(), m_f.note);
    worksheet_merge_range(ws, 2, 0, 2, 16, "", m_f.note);
    text(ws, 2, 0, m_report.suppression().note(), m_f.note);
    worksheet_set_row(ws, 2, 90, nullptr); // the rules, then what this file hides and why
    const QStringList headers{DataReport::tr("Area"),
                              DataReport::tr("Metric"),
                              DataReport::tr("Events: minority ethnic"),
                              DataReport::tr("Events: white"),
                              DataReport::tr("Events: unknown"),
                              DataReport::tr("Population: minority ethnic"),
                              DataReport::tr("Population: white"),
                              DataReport::tr("Population: unknown"),
                              DataReport::tr("Likelihood: minority ethnic"),
                              DataReport::tr("Likelihood: white"),
                              DataReport::tr("Relative likelihood (RL)"),
                              DataReport::tr("95% interval: lower"),
                              DataReport::tr("95% interval: upper"),
                              DataReport::tr("Status"),
                              DataReport::tr("Phrase"),
                              DataReport::tr("Previous year's RL"),
                              DataReport::tr("National RL"),
                              DataReport::tr("Change from the previous year")};
    const int headerRow = 4;
    for (int c = 0; c < headers.size(); ++c)
        text(ws, headerRow, c, headers.at(c), m_f.header);
    worksheet_set_row(ws, headerRow, 45, nullptr);
    int row = headerRow + 1;
    for (const DataReport::View &view : m_report.views()) {
        const PayBandResult &bands = view.report.payBands;
        text(ws, row, 0, areaSelectionName(view.area));
        text(ws, row, 1, metricChartLabel(MetricId::M1));
        if (bands.collected) {
            const int workforceRow = int(payBandRows(bands).size()) - 1;
            count(ws, row, 5, view, MetricId::M1, workforceRow, CountColumn::MinorityEthnic, bands.workforce.counts.minorityEthnic);
            count(ws, row, 6, view, MetricId::M1, workforceRow, CountColumn::White, bands.workforce.counts.white);
            count(ws, row, 7, view, MetricId::M1, workforceRow, CountColumn::Unknown, bands.workforce.counts.unknown);
        }
        text(ws, row, 13, m_report.payBandReading(view), m_f.wrap);
        worksheet_set_row(ws, lxw_row_t(row), wrappedHeight(m_report.payBandReading(view), 30), nullptr);
        ++row;
        for (MetricId id : kRatioMetricIds) {
            const RatioResult &r = view.report.ratio(id);
            text(ws, row, 0, areaSelectionName(view.area));
            text(ws, row, 1, metricChartLabel(id));
            if (r.status != MetricStatus::NotCollected) {
                const bool eMe = count(ws, row, 2, view, id, 0, CountColumn::MinorityEthnic, r.events.minorityEthnic);
                const bool eW = count(ws, row, 3, view, id, 0, CountColumn::White, r.events.white);
                count(ws, row, 4, view, id, 0, CountColumn::Unknown, r.events.unknown);
                bool pMe = false;
                bool pW = false;
                if (r.reason != NotComputableReason::NoHeadcount) {
                    pMe = count(ws, row, 5, view, id, 1, CountColumn::MinorityEthnic, r.population.minorityEthnic);
                    pW = count(ws, row, 6, view, id, 1, CountColumn::White, r.population.white);
                    count(ws, row, 7, view, id, 1, CountColumn::Unknown, r.population.unknown);
                }
                const QString rn = QString::number(row + 1);
                derived(ws, row, 8, eMe && pMe, QStringLiteral("=C%1/F%1").arg(rn), r.likelihoodMinorityEthnic,
                        m_f.percent, m_report.likelihoodText(view, id, EthnicGroup::MinorityEthnic));
                derived(ws, row, 9, eW && pW, QStringLiteral("=D%1/G%1").arg(rn), r.likelihoodWhite, m_f.percent,
                        m_report.likelihoodText(view, id, EthnicGroup::White));
                derived(ws, row, 10, eMe && pMe && eW && pW, QStringLiteral("=I%1/J%1").arg(rn), r.relativeLikelihood,
                        m_f.ratio, m_report.relativeLikelihoodText(view, id));
                const bool withheld = m_report.suppression().ratioSuppressed(view.area, id);
                if (r.ci95 && !withheld) {
                    number(ws, row, 11, r.ci95->lower, m_f.ratio);
                    number(ws, row, 12, r.ci95->upper, m_f.ratio);
                }
                if (!withheld)
                    text(ws, row, 14, r.phrase);
            }
            text(ws, row, 13, m_report.statusText(view, id), m_f.wrap);
            worksheet_set_row(ws, lxw_row_t(row),
                              std::max(wrappedHeight(m_report.statusText(view, id), 30),
                                       wrappedHeight(m_report.changeText(view, id), 26)),
                              nullptr);
            if (r.previous && r.previous->relativeLikelihood) {
                // Only where last year's own publication showed it.
                if (m_report.suppression().previousSuppressed(view.area, id))
                    text(ws, row, 15, DataReport::tr("withheld"), m_f.symbol);
                else
                    number(ws, row, 15, *r.previous->relativeLikelihood, m_f.ratio);
            }
            if (r.national)
                number(ws, row, 16, r.national->relativeLikelihood, m_f.ratio);
            text(ws, row, 17, m_report.changeText(view, id), m_f.wrap);
            ++row;
        }
    }
    worksheet_set_column(ws, 0, 0, 16, nullptr);
    worksheet_set_column(ws, 1, 1, 34, nullptr);
    worksheet_set_column(ws, 2, 12, 12, nullptr);
    worksheet_set_column(ws, 13, 13, 30, nullptr);
    worksheet_set_column(ws, 14, 14, 22, nullptr);
    worksheet_set_column(ws, 15, 16, 12, nullptr);
    worksheet_set_column(ws, 17, 17, 26, nullptr);
    worksheet_autofilter(ws, lxw_row_t(headerRow), 0, lxw_row_t(row - 1), 16);
    pageSetup(ws, headerRow + 1, m_report);
    worksheet_repeat_rows(ws, lxw_row_t(headerRow), lxw_row_t(headerRow));
}

int Writer::ratioBlock(lxw_worksheet *ws, int &row, const DataReport::View &view, MetricId id)
{
    const RatioResult &r = view.report.ratio(id);
    text(ws, row++, 0, areaSelectionName(view.area), m_f.heading);
    if (r.status == MetricStatus::NotCollected) {
        text(ws, row++, 0, DataReport::tr("Not collected this year."));
        ++row;
        return -1;
    }
    const QStringList headers{QString(), DataReport::tr("Minority ethnic"), DataReport::tr("White"),
                              DataReport::tr("Unknown"), DataReport::tr("Total"), DataReport::tr("Unknown %")};
    for (int c = 0; c < headers.size(); ++c)
        text(ws, row, c, headers.at(c), m_f.header);
    worksheet_set_row(ws, lxw_row_t(row), 30, nullptr); // room for a wrapped header
    ++row;
    const int eventsRow = row;
    const int populationRow = row + 1;
    bool shown[2][3] = {};
    for (int line = 0; line < 2; ++line) {
        if (line == 1 && r.reason == NotComputableReason::NoHeadcount)
            break;
        const GroupCounts &counts = line == 0 ? r.events : r.population;
        const int at = eventsRow + line;
        const QString label = line == 0 ? metricEventsLabel(id) : metricPopulationLabel(id);
        text(ws, at, 0, label.left(1).toUpper() + label.mid(1), m_f.label);
        shown[line][0] = count(ws, at, 1, view, id, line, CountColumn::MinorityEthnic, counts.minorityEthnic);
        shown[line][1] = count(ws, at, 2, view, id, line, CountColumn::White, counts.white);
        shown[line][2] = count(ws, at, 3, view, id, line, CountColumn::Unknown, counts.unknown);
        const bool all = shown[line][0] && shown[line][1] && shown[line][2];
        const QString rn = QString::number(at + 1);
        if (all && m_report.countText(view, id, line, CountColumn::Total, counts.total()) == QString::number(counts.total()))
            formula(ws, at, 4, QStringLiteral("=SUM(B%1:D%1)").arg(rn), m_f.count, double(counts.total()));
        else
            count(ws, at, 4, view, id, line, CountColumn::Total, counts.total());
        const std::optional<double> unknown = percentUnknown(counts);
        derived(ws, at, 5, all, QStringLiteral("=D%1/E%1").arg(rn),
                unknown ? std::optional<double>(*unknown / 100.0) : std::nullopt, m_f.percent,
                m_report.suppression().shareSuppressed(view.area, id, line, CountColumn::Unknown) ? DataReport::tr("withheld")
                                                                                                  : QStringLiteral("—"));
    }
    row = populationRow + 2;
    const QString e = QString::number(eventsRow + 1);
    const QString p = QString::number(populationRow + 1);
    text(ws, row, 0, DataReport::tr("Likelihood"), m_f.label);
    text(ws, row, 1, DataReport::tr("Minority ethnic"), m_f.header);
    text(ws, row, 2, DataReport::tr("White"), m_f.header);
    text(ws, row, 3, DataReport::tr("RL"), m_f.header);
    text(ws, row, 4, DataReport::tr("95% interval"), m_f.header);
    text(ws, row, 5, QString(), m_f.header);
    ++row;
    const int likelihoodRow = row;
    const bool meShown = shown[0][0] && shown[1][0];
    const bool whiteShown = shown[0][1] && shown[1][1];
    text(ws, row, 0, DataReport::tr("Events ÷ population"), m_f.label);
    derived(ws, row, 1, meShown, QStringLiteral("=B%1/B%2").arg(e, p), r.likelihoodMinorityEthnic, m_f.percent,
            m_report.likelihoodText(view, id, EthnicGroup::MinorityEthnic));
    derived(ws, row, 2, whiteShown, QStringLiteral("=C%1/C%2").arg(e, p), r.likelihoodWhite, m_f.percent,
            m_report.likelihoodText(view, id, EthnicGroup::White));
    const QString l = QString::number(likelihoodRow + 1);
    derived(ws, row, 3, meShown && whiteShown, QStringLiteral("=B%1/C%1").arg(l), r.relativeLikelihood, m_f.ratio,
            m_report.relativeLikelihoodText(view, id));
    const bool withheld = m_report.suppression().ratioSuppressed(view.area, id);
    if (r.ci95 && !withheld) {
        number(ws, row, 4, r.ci95->lower, m_f.ratio);
        number(ws, row, 5, r.ci95->upper, m_f.ratio);
    } else {
        text(ws, row, 4, m_report.intervalText(view, id), m_f.symbol);
    }
    ++row;
    const auto line = [&](const QString &label, const QString &value, lxw_format *format) {
        text(ws, row, 0, label, m_f.label);
        worksheet_merge_range(ws, lxw_row_t(row), 1, lxw_row_t(row), 5, "", format);
        text(ws, row, 1, value, format);
        // Five merged columns of 14 characters; a fixed height let a long shortfall run into
        // the next row.
        if (format != m_f.text)
            worksheet_set_row(ws, lxw_row_t(row), wrappedHeight(value, 62), nullptr);
        ++row;
    };
    line(DataReport::tr("Status"), m_report.statusText(view, id), m_f.wrap);
    line(DataReport::tr("In words"), m_report.sentenceText(view, id), m_f.wrap);
    line(DataReport::tr("Previous year's RL"), m_report.previousText(view, id), m_f.text);
    line(DataReport::tr("National RL"), m_report.nationalText(view, id), m_f.text);
    if (const QString shortfall = m_report.shortfallText(view, id); !shortfall.isEmpty())
        line(DataReport::tr("To reach the range"), shortfall, m_f.wrap);
    if (const QString pooled = m_report.pooledText(view, id); !pooled.isEmpty())
        line(DataReport::tr("Pooled years"), pooled, m_f.wrap);
    line(DataReport::tr("Data quality"), m_report.dataQualityNote(view, id), m_f.note);
    ++row;
    return likelihoodRow;
}

void Writer::payBandBlock(lxw_worksheet *ws, const QByteArray &sheet, int &row, const DataReport::View &view)
{
    const PayBandResult &bands = view.report.payBands;
    text(ws, row++, 0, areaSelectionName(view.area), m_f.heading);
    if (!bands.collected) {
        text(ws, row++, 0, DataReport::tr("Not collected this year."));
        ++row;
        return;
    }
    const QStringList headers{DataReport::tr("Pay band"), DataReport::tr("Minority ethnic"), DataReport::tr("White"),
                              DataReport::tr("Unknown"), DataReport::tr("Total"), DataReport::tr("Minority ethnic %"),
                              DataReport::tr("White %"), DataReport::tr("Unknown %")};
    for (int c = 0; c < headers.size(); ++c)
        text(ws, row, c, headers.at(c), m_f.header);
    worksheet_set_row(ws, lxw_row_t(row), 30, nullptr); // room for a wrapped header
    ++row;
    const auto rows = payBandRows(bands);
    const int workforce = int(rows.size()) - 1;
    // National bands, then the whole workforce (together: the chart's range), then local bands.
    std::vector<int> order;
    for (std::size_t i = 0; i < bands.nationalBands.size(); ++i)
        order.push_back(int(i));
    order.push_back(workforce);
    for (int i = int(bands.nationalBands.size()); i < workforce; ++i)
        order.push_back(i);
    const int firstRow = row;
    for (int index : order) {
        const BandShare &band = *rows[std::size_t(index)];
        const bool local = index >= int(bands.nationalBands.size()) && index < workforce;
        QString name = index == workforce ? DataReport::tr("Whole workforce")
                     : local              ? band.name
                     : band.nationalBand  ? nationalBandName(*band.nationalBand)
                                          : band.name;
        if (local && band.nationalBand)
            name = DataReport::tr("%1 (local band, in %2)").arg(band.name, nationalBandName(*band.nationalBand));
        text(ws, row, 0, name, index == workforce ? m_f.label : m_f.text);
        bool shown[3];
        const CountColumn columns[3] = {CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown};
        for (int c = 0; c < 3; ++c)
            shown[c] = count(ws, row, 1 + c, view, MetricId::M1, index, columns[c], countValue(band.counts, columns[c]));
        const QString rn = QString::number(row + 1);
        const bool all = shown[0] && shown[1] && shown[2];
        if (all && m_report.countText(view, MetricId::M1, index, CountColumn::Total, band.counts.total())
                       == QString::number(band.counts.total()))
            formula(ws, row, 4, QStringLiteral("=SUM(B%1:D%1)").arg(rn), m_f.count, double(band.counts.total()));
        else
            count(ws, row, 4, view, MetricId::M1, index, CountColumn::Total, band.counts.total());
        const std::optional<double> shares[3] = {band.percentMinorityEthnic, band.percentWhite, band.percentUnknown};
        const char letters[3] = {'B', 'C', 'D'};
        for (int c = 0; c < 3; ++c) {
            const bool hidden = m_report.suppression().shareSuppressed(view.area, MetricId::M1, index, columns[c]);
            derived(ws, row, 5 + c, all && !hidden, QStringLiteral("=%1%2/E%2").arg(QString(QLatin1Char(letters[c])), rn),
                    shares[c] ? std::optional<double>(*shares[c] / 100.0) : std::nullopt, m_f.percent,
                    hidden ? DataReport::tr("withheld") : QStringLiteral("—"));
        }
        ++row;
    }
    const int chartLast = firstRow + int(bands.nationalBands.size());
    ++row;
    text(ws, row, 0, DataReport::tr("Reading"), m_f.label);
    worksheet_merge_range(ws, lxw_row_t(row), 1, lxw_row_t(row), 7, "", m_f.wrap);
    text(ws, row, 1, m_report.payBandReading(view), m_f.wrap);
    worksheet_set_row(ws, lxw_row_t(row), 32, nullptr);
    ++row;
    text(ws, row, 0, DataReport::tr("Data quality"), m_f.label);
    worksheet_merge_range(ws, lxw_row_t(row), 1, lxw_row_t(row), 7, "", m_f.note);
    text(ws, row, 1, m_report.dataQualityNote(view, MetricId::M1), m_f.note);
    worksheet_set_row(ws, lxw_row_t(row), 32, nullptr);
    row += 2;

    // A native chart, so the council can restyle it: each band's make-up. Its data sits beside
    // the table as numbers, not formulas: libxlsxwriter 1.1.4 caches a formula cell as 0 in the
    // chart, so a reader that does not recalculate drew empty charts. A band with a hidden count
    // is left blank (a gap; a chart reads text as 0, which would draw a hidden count as none).
    const int chartColumn = 9;
    text(ws, firstRow - 1, chartColumn, DataReport::tr("Chart data"), m_f.header);
    const QStringList chartHeaders{DataReport::tr("Minority ethnic"), DataReport::tr("White"), DataReport::tr("Unknown")};
    for (int c = 0; c < 3; ++c)
        text(ws, firstRow - 1, chartColumn + 1 + c, chartHeaders.at(c), m_f.header);
    for (int r = firstRow; r <= chartLast; ++r) {
        const int index = order[std::size_t(r - firstRow)];
        const BandShare &band = *rows[std::size_t(index)];
        XlsxFile::writeText(ws, r, chartColumn, index == workforce ? DataReport::tr("Whole workforce")
                                                : band.nationalBand ? nationalBandName(*band.nationalBand)
                                                                    : band.name, m_f.text);
        bool hidden = false;
        for (CountColumn column : {CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown, CountColumn::Total})
            hidden = hidden || m_report.suppression().isSuppressed({view.area, MetricId::M1, index, column});
        if (hidden)
            continue;
        const long long values[3] = {band.counts.minorityEthnic, band.counts.white, band.counts.unknown};
        for (int c = 0; c < 3; ++c)
            worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(chartColumn + 1 + c), double(values[c]), m_f.count);
    }
    lxw_chart *chart = workbook_add_chart(m_wb, LXW_CHART_BAR_STACKED_PERCENT);
    const char *const names[3] = {QT_TRANSLATE_NOOP("DataReport", "Minority ethnic"),
                                  QT_TRANSLATE_NOOP("DataReport", "White"), QT_TRANSLATE_NOOP("DataReport", "Unknown")};
    const lxw_color_t colours[3] = {0xE69F00, 0x56B4E9, 0x999999}; // the dashboard's Okabe–Ito colours
    for (int c = 0; c < 3; ++c) {
        const QByteArray categories = absoluteRange(sheet, firstRow, chartColumn, chartLast).toUtf8();
        const QByteArray values = absoluteRange(sheet, firstRow, chartColumn + 1 + c, chartLast).toUtf8();
        lxw_chart_series *series = chart_add_series(chart, categories.constData(), values.constData());
        const QByteArray name = DataReport::tr(names[c]).toUtf8();
        chart_series_set_name(series, name.constData());
        lxw_chart_fill fill{};
        fill.color = colours[c];
        chart_series_set_fill(series, &fill);
    }
    const QByteArray chartTitle = DataReport::tr("Make-up of each national pay band (%1)")
                                      .arg(areaSelectionName(view.area))
                                      .toUtf8();
    chart_title_set_name(chart, chartTitle.constData());
    chart_axis_set_name(chart->y_axis, DataReport::tr("Share of the band's headcount").toUtf8().constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options options{};
    options.x_scale = 1.3;
    options.y_scale = 1.0;
    worksheet_insert_chart_opt(ws, lxw_row_t(chartLast + 2), lxw_col_t(chartColumn), chart, &options);
    row = std::max(row, chartLast + 2 + 17);
}

// The steps up the bands as the other formats print them (as text: a withheld step reads
// "withheld", as every withheld figure of the workbook does).
void Writer::progressionBlock(lxw_worksheet *ws, int &row, const DataReport::View &view)
{
    const std::pair<ProgressionLadder, QString> ladders[] = {
        {ProgressionLadder::National, DataReport::tr("Progression up the national pay bands (%1)")},
        {ProgressionLadder::Local, DataReport::tr("Progression up the council's own pay bands (%1)")},
    };
    for (const auto &[ladder, caption] : ladders) {
        const std::vector<QStringList> rows = m_report.progressionRows(view, ladder);
        if (rows.empty())
            continue;
        text(ws, row++, 0, caption.arg(areaSelectionName(view.area)), m_f.heading);
        const QStringList headers = DataReport::progressionHeaders();
        for (int c = 0; c < headers.size(); ++c)
            text(ws, row, c, headers.at(c), m_f.header);
        ++row;
        for (const QStringList &cells : rows) {
            for (int c = 0; c < cells.size(); ++c)
                text(ws, row, c, cells.at(c), c == 0 ? m_f.label : m_f.text);
            ++row;
        }
        ++row;
    }
}

// Issue 17 item 5: each broad group beside the headline, as numbers, below the metric's blocks
// and its chart. One withheld line instead when publication mode withholds the metric's groups.
void Writer::broadGroupBlock(lxw_worksheet *ws, int &row, const DataReport::View &view, MetricId id)
{
    if (!m_report.hasBroadGroups(view, id))
        return;
    text(ws, row++, 0,
         DataReport::tr("By broad ethnic group, each relative to white staff (%1)").arg(areaSelectionName(view.area)),
         m_f.heading);
    if (m_report.broadGroupsWithheld(id)) {
        text(ws, row++, 0, m_report.broadGroupsWithheldText(), m_f.note);
        ++row;
        return;
    }
    const QStringList headers{DataReport::tr("Broad ethnic group"), DataReport::tr("Events"),
                              DataReport::tr("Population"), DataReport::tr("Likelihood"),
                              DataReport::tr("RL (relative to white)"), DataReport::tr("95% interval: lower"),
                              DataReport::tr("95% interval: upper"), DataReport::tr("Small numbers")};
    for (int c = 0; c < headers.size(); ++c)
        text(ws, row, c, headers.at(c), m_f.header);
    worksheet_set_row(ws, lxw_row_t(row), 30, nullptr);
    ++row;
    const auto reading = broadGroupRatios(view.report, id);
    const auto writeRow = [&](const QString &name, long long events, long long population,
                              std::optional<double> likelihood, std::optional<double> rl,
                              const std::optional<Interval> &ci, bool small) {
        text(ws, row, 0, name, m_f.label);
        number(ws, row, 1, double(events), m_f.count);
        number(ws, row, 2, double(population), m_f.count);
        if (likelihood)
            number(ws, row, 3, *likelihood, m_f.percent);
        if (rl)
            number(ws, row, 4, *rl, m_f.ratio);
        else
            text(ws, row, 4, DataReport::tr("no one in the population"), m_f.symbol);
        if (ci) {
            number(ws, row, 5, ci->lower, m_f.ratio);
            number(ws, row, 6, ci->upper, m_f.ratio);
        }
        text(ws, row, 7, small ? DataReport::tr("Yes") : DataReport::tr("No"), m_f.symbol);
        ++row;
    };
    writeRow(DataReport::tr("%1 (the comparison)").arg(broadGroupName(BroadGroup::White)), reading->whiteEvents,
             reading->whitePopulation, double(reading->whiteEvents) / double(reading->whitePopulation), 1.0,
             std::nullopt, reading->whiteEvents < 10);
    for (const BroadGroupRatio &g : reading->groups)
        writeRow(broadGroupName(g.group), g.events, g.population, g.likelihood, g.relativeLikelihood, g.ci95,
                 g.smallNumbers);
    ++row;
}

void Writer::metricSheets()
{
    for (MetricId id : kMetricIds) {
        const QByteArray name = XlsxFile::sheetName(metricChartLabel(id));
        lxw_worksheet *ws = workbook_add_worksheet(m_wb, name.constData());
        text(ws, 0, 0, DataReport::tr("Metric %1: %2").arg(metricKey(id), metricShortTitle(id)), m_f.title);
        worksheet_merge_range(ws, 1, 0, 1, 7, "", m_f.wrap);
        text(ws, 1, 0, metricWording(id), m_f.wrap);
        worksheet_set_row(ws, 1, 45, nullptr);
        int row = 3;
        if (id == MetricId::M1) {
            for (const DataReport::View &view : m_report.views())
                payBandBlock(ws, name, row, view);
            for (const DataReport::View &view : m_report.views())
                progressionBlock(ws, row, view);
            worksheet_set_column(ws, 0, 0, 34, nullptr);
            worksheet_set_column(ws, 1, 7, 14, nullptr);
            worksheet_set_column(ws, 8, 8, 3, nullptr);
            worksheet_set_column(ws, 9, 9, 22, nullptr);
            worksheet_set_column(ws, 10, 12, 14, nullptr);
            pageSetup(ws, 3, m_report);
            continue;
        }
        std::vector<int> likelihoodRows;
        for (const DataReport::View &view : m_report.views()) {
            // The block says where its likelihoods are: a fixed offset pointed the chart at the
            // header row ("Minority ethnic"), and every chart was empty.
            likelihoodRows.push_back(ratioBlock(ws, row, view, id));
        }
        // Chart data beside the tables: one row per view, the likelihoods of the view's block.
        const int chartColumn = 7;
        int chartRow = 3;
        text(ws, chartRow, chartColumn, DataReport::tr("Chart data"), m_f.header);
        text(ws, chartRow, chartColumn + 1, DataReport::tr("Minority ethnic"), m_f.header);
        text(ws, chartRow, chartColumn + 2, DataReport::tr("White"), m_f.header);
        const int firstData = chartRow + 1;
        int last = chartRow;
        for (std::size_t i = 0; i < m_report.views().size(); ++i) {
            const DataReport::View &view = m_report.views()[i];
            const int at = firstData + int(i);
            last = at;
            text(ws, at, chartColumn, areaSelectionName(view.area));
            if (likelihoodRows[i] < 0)
                continue;
            // The values themselves (as printed, in publication mode), so the chart's cache holds
            // them; a withheld likelihood stays blank, a gap in the chart.
            const RatioResult &r = view.report.ratio(id);
            if (r.likelihoodMinorityEthnic
                && !m_report.suppression().likelihoodSuppressed(view.area, id, EthnicGroup::MinorityEthnic))
                number(ws, at, chartColumn + 1, *r.likelihoodMinorityEthnic, m_f.percent);
            if (r.likelihoodWhite && !m_report.suppression().likelihoodSuppressed(view.area, id, EthnicGroup::White))
                number(ws, at, chartColumn + 2, *r.likelihoodWhite, m_f.percent);
        }
        lxw_chart *chart = workbook_add_chart(m_wb, LXW_CHART_COLUMN);
        const lxw_color_t colours[2] = {0xE69F00, 0x56B4E9};
        const char *const names[2] = {QT_TRANSLATE_NOOP("DataReport", "Minority ethnic"),
                                      QT_TRANSLATE_NOOP("DataReport", "White")};
        for (int c = 0; c < 2; ++c) {
            const QByteArray categories = absoluteRange(name, firstData, chartColumn, last).toUtf8();
            const QByteArray values = absoluteRange(name, firstData, chartColumn + 1 + c, last).toUtf8();
            lxw_chart_series *series = chart_add_series(chart, categories.constData(), values.constData());
            const QByteArray seriesName = DataReport::tr(names[c]).toUtf8();
            chart_series_set_name(series, seriesName.constData());
            lxw_chart_fill fill{};
            fill.color = colours[c];
            chart_series_set_fill(series, &fill);
        }
        const QByteArray chartTitle =
            DataReport::tr("%1: likelihood by group").arg(metricShortTitle(id)).toUtf8();
        chart_title_set_name(chart, chartTitle.constData());
        const QByteArray axis = DataReport::tr("Likelihood (%1 ÷ %2)").arg(metricEventsLabel(id), metricPopulationLabel(id)).toUtf8();
        chart_axis_set_name(chart->y_axis, axis.constData());
        chart_axis_set_num_format(chart->y_axis, "0%");
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        worksheet_insert_chart(ws, lxw_row_t(last + 2), lxw_col_t(chartColumn), chart);
        // Below the chart (15 rows tall), which sits beside the first blocks.
        row = std::max(row, last + 2 + 16);
        for (const DataReport::View &view : m_report.views())
            broadGroupBlock(ws, row, view, id);
        worksheet_set_column(ws, 0, 0, 26, nullptr);
        worksheet_set_column(ws, 1, 5, 14, nullptr);
        worksheet_set_column(ws, 6, 6, hasAnyBroadGroups(id) ? 14 : 3, nullptr);
        worksheet_set_column(ws, 7, 7, 20, nullptr);
        worksheet_set_column(ws, 8, 9, 14, nullptr);
        pageSetup(ws, 3, m_report);
    }
}

void Writer::dataQuality()
{
    lxw_worksheet *ws = workbook_add_worksheet(m_wb, XlsxFile::sheetName(DataReport::tr("Data quality")).constData());
    text(ws, 0, 0, DataReport::tr("Data quality"), m_f.title);
    const QStringList headers{DataReport::tr("Area"), DataReport::tr("Metric"), DataReport::tr("Collected"),
                              DataReport::tr("Small numbers (under 10 events in a group)"),
                              DataReport::tr("Notes: unknown ethnicity, corrections, the council's own note")};
    const int headerRow = 2;
    for (int c = 0; c < headers.size(); ++c)
        text(ws, headerRow, c, headers.at(c), m_f.header);
    worksheet_set_row(ws, headerRow, 32, nullptr);
    int row = headerRow + 1;
    for (const DataReport::View &view : m_report.views())
        for (MetricId id : kMetricIds) {
            text(ws, row, 0, areaSelectionName(view.area));
            text(ws, row, 1, metricChartLabel(id));
            const bool collected = id == MetricId::M1 ? view.report.payBands.collected
                                                      : view.report.ratio(id).status != MetricStatus::NotCollected;
            text(ws, row, 2, collected ? DataReport::tr("Yes") : DataReport::tr("No"));
            if (id != MetricId::M1 && collected)
                text(ws, row, 3, view.report.ratio(id).smallNumbers ? DataReport::tr("Yes") : DataReport::tr("No"));
            text(ws, row, 4, m_report.dataQualityNote(view, id), m_f.wrap);
            worksheet_set_row(ws, lxw_row_t(row), wrappedHeight(m_report.dataQualityNote(view, id), 90), nullptr);
            ++row;
        }
    worksheet_set_column(ws, 0, 0, 16, nullptr);
    worksheet_set_column(ws, 1, 1, 34, nullptr);
    worksheet_set_column(ws, 2, 3, 14, nullptr);
    worksheet_set_column(ws, 4, 4, 90, m_f.wrap);
    worksheet_autofilter(ws, lxw_row_t(headerRow), 0, lxw_row_t(row - 1), 4);
    pageSetup(ws, headerRow + 1, m_report);
}

void Writer::about()
{
    lxw_worksheet *ws = workbook_add_worksheet(m_wb, XlsxFile::sheetName(DataReport::tr("About")).constData());
    const AnnualReturn &ret = m_report.annualReturn();
    const NonAdverseRange range = m_report.options().range;
    const QLocale locale;
    const QList<QPair<QString, QString>> rows{
        {DataReport::tr("Authority"), ret.authorityName},
        {DataReport::tr("ONS code"), ret.authorityCode},
        {DataReport::tr("Collection year"), QString::number(ret.year)},
        {DataReport::tr("Snapshot date"), locale.toString(ret.snapshotDate, QLocale::LongFormat)},
        {DataReport::tr("Reporting period"), DataReport::tr("%1 to %2").arg(locale.toString(ret.periodStart, QLocale::LongFormat),
                                                                           locale.toString(ret.periodEnd, QLocale::LongFormat))},
        {DataReport::tr("Areas"), m_report.areasText()},
        {DataReport::tr("Made on"), locale.toString(m_report.madeOn(), QLocale::LongFormat)},
        {DataReport::tr("Made with"), DataReport::tr("SC-WRES desktop %1").arg(QStringLiteral(SCWRES_VERSION))},
        {DataReport::tr("Direction"),
         DataReport::tr("Every relative likelihood (RL) is the likelihood for minority ethnic staff divided by the "
                        "likelihood for white staff. Above 1: more likely for minority ethnic staff; below 1: less "
                        "likely. Staff of unknown ethnicity are left out of the likelihoods.")},
        {DataReport::tr("Non-adverse range"),
         DataReport::tr("%1 to %2 (ends included). An RL outside it is reported as adverse to one group. 0.80–1.25 "
                        "is NHS England's \"four-fifths\" range; SC-WRES publishes none.")
             .arg(QString::number(range.lower, 'f', 2), QString::number(range.upper, 'f', 2))},
        {DataReport::tr("95% interval"), confidenceIntervalNote()},
        {DataReport::tr("Publication mode"), m_report.options().publication.modeName()},
        {DataReport::tr("Small numbers"), m_report.suppression().note()},
        {DataReport::tr("Formulas"),
         m_report.suppression().enabled()
             ? DataReport::tr("Shares, likelihoods and RLs are stored as published: RLs and intervals to 2 decimals, "
                              "likelihoods and shares to 0.1%. Totals over shown counts are formulas.")
             : DataReport::tr("Totals, shares, likelihoods and RLs are formulas over the count cells, so a checker can "
                              "see how each was made; their stored values are the program's own results.")},
    };
    text(ws, 0, 0, DataReport::tr("About this report"), m_f.title);
    int row = 2;
    for (const auto &[label, value] : rows) {
        text(ws, row, 0, label, m_f.label);
        text(ws, row, 1, value, m_f.wrap);
        ++row;
    }
    worksheet_set_column(ws, 0, 0, 22, nullptr);
    worksheet_set_column(ws, 1, 1, 100, nullptr);
    pageSetup(ws, 0, m_report);
}

} // namespace

bool DataReport::writeXlsx(const QString &path, QString *error) const
{
    XlsxFile file(path);
    if (!file.isOpen()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setProperties(title(), m_return.authorityName, tr("Social Care Workforce Race Equality Standard data report"));
    Writer writer(*this, file.workbook());
    writer.summary();
    writer.metricSheets();
    writer.dataQuality();
    writer.about();
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace scwres
