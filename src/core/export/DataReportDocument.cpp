// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The data report's content, once, as a ReportModel: cover, summary with the forest plot, a
// section per metric (Full layout), data quality, method. The PDF, ODT, HTML and DOCX writers
// only lay it out.
#include "export/DataReport.h"
#include "export/ChartText.h"
#include "export/DocumentWriter.h"
#include "export/ReportModel.h"

#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace scwres {

namespace {

class Builder {
public:
    explicit Builder(const DataReport &report) : m_report(report) {}

    ReportModel build()
    {
        m_model.title = m_report.title();
        cover();
        if (m_report.layout() == DataReportLayout::Summary) {
            keyFindings();
            summary();
            dataQuality();
            method(1);
        } else {
            summary();
            for (MetricId id : kMetricIds)
                metric(id);
            dataQuality();
            method(2);
        }
        return std::move(m_model);
    }

private:
    void add(ReportBlock::Kind kind, const QString &text)
    {
        ReportBlock b;
        b.kind = kind;
        b.text = text;
        m_model.blocks.push_back(std::move(b));
    }
    void heading(const QString &text, int level, bool newPage = false)
    {
        ReportBlock b;
        b.kind = ReportBlock::Kind::Heading;
        b.text = text;
        b.level = level;
        b.newPage = newPage;
        m_model.blocks.push_back(std::move(b));
    }
    void paragraph(const QString &text) { add(ReportBlock::Kind::Paragraph, text); }
    void strong(const QString &text) { add(ReportBlock::Kind::Strong, text); }
    void note(const QString &text, bool small = false)
    {
        add(ReportBlock::Kind::Note, text);
        m_model.blocks.back().small = small;
    }
    void table(const QString &caption, const QStringList &headers, std::vector<QStringList> rows,
               const std::vector<int> &widths, bool firstColumnIsLabel = true)
    {
        ReportBlock b;
        b.kind = ReportBlock::Kind::Table;
        b.table.caption = caption;
        b.table.headers = headers;
        b.table.rows = std::move(rows);
        b.table.widths = widths;
        b.table.firstColumnIsLabel = firstColumnIsLabel;
        m_model.blocks.push_back(std::move(b));
    }
    void chart(const ChartSpec &spec, const QString &alt, qreal height = 270)
    {
        ReportBlock b;
        b.kind = ReportBlock::Kind::Chart;
        b.text = alt;
        b.chart = spec;
        b.summary = ChartText::summary(spec);
        b.chartHeight = height;
        m_model.blocks.push_back(std::move(b));
    }
    QString areaPart(const DataReport::View &view) const
    {
        return m_report.views().size() > 1 ? QStringLiteral(" (%1)").arg(areaSelectionName(view.area)) : QString();
    }

    void cover()
    {
        const AnnualReturn &ret = m_report.annualReturn();
        add(ReportBlock::Kind::Kicker, DataReport::tr("Social Care Workforce Race Equality Standard"));
        add(ReportBlock::Kind::Title, ret.authorityName);
        add(ReportBlock::Kind::Subtitle,
            m_report.layout() == DataReportLayout::Summary
                ? DataReport::tr("Data report, collection year %1: summary").arg(ret.year)
                : DataReport::tr("Data report, collection year %1").arg(ret.year));
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
        for (const QString &line : lines)
            add(ReportBlock::Kind::CoverLine, line);
        note(m_report.suppression().note());
    }

    // The findings in words, per area: which RLs are outside the range, and on which side.
    void keyFindings()
    {
        heading(DataReport::tr("Key findings"), 1, true);
        for (const DataReport::View &view : m_report.views()) {
            QStringList adverseMe;
            QStringList adverseWhite;
            int within = 0;
            int withheld = 0;
            int none = 0;
            for (MetricId id : kRatioMetricIds) {
                if (m_report.suppression().ratioSuppressed(view.area, id)) {
                    ++withheld;
                    continue;
                }
                switch (view.report.ratio(id).status) {
                case MetricStatus::WithinRange: ++within; break;
                case MetricStatus::AdverseToMinorityEthnic: adverseMe << metricChartLabel(id); break;
                case MetricStatus::AdverseToWhite: adverseWhite << metricChartLabel(id); break;
                default: ++none; break;
                }
            }
            const QLocale locale;
            QString text = DataReport::tr("%1: %2 of the %3 relative likelihoods are within the non-adverse range.")
                               .arg(areaSelectionName(view.area))
                               .arg(within)
                               .arg(kRatioMetricIds.size());
            if (!adverseMe.isEmpty())
                text += QLatin1Char(' ') + DataReport::tr("Adverse to minority ethnic staff: %1.").arg(locale.createSeparatedList(adverseMe));
            if (!adverseWhite.isEmpty())
                text += QLatin1Char(' ') + DataReport::tr("Adverse to white staff: %1.").arg(locale.createSeparatedList(adverseWhite));
            if (withheld > 0)
                text += QLatin1Char(' ') + DataReport::tr("%n withheld to protect small numbers.", nullptr, withheld);
            if (none > 0)
                text += QLatin1Char(' ') + DataReport::tr("%n not computable or not collected.", nullptr, none);
            paragraph(text);
            strong(DataReport::tr("Pay bands%1: %2").arg(areaPart(view), m_report.payBandReading(view)));
        }
    }

    void summary()
    {
        const bool brief = m_report.layout() == DataReportLayout::Summary;
        heading(DataReport::tr("Summary"), 1, !brief);
        paragraph(DataReport::tr("Each relative likelihood (RL) compares minority ethnic staff with white staff: above "
                                 "1, the event was more likely for minority ethnic staff. The non-adverse range is "
                                 "%1 to %2; the bars on the chart are 95% intervals, an aid to reading.")
                      .arg(QString::number(m_report.options().range.lower, 'f', 2),
                           QString::number(m_report.options().range.upper, 'f', 2)));
        for (const DataReport::View &view : m_report.views()) {
            // QTextDocument cannot keep a heading with what follows, so in the full report each area
            // starts a page; the summary flows on, to stay a few pages long.
            if (m_report.views().size() > 1)
                heading(areaSelectionName(view.area), 2, !brief && &view != &m_report.views().front());
            if (!view.charts.forest.rows.empty())
                chart(view.charts.forest, view.charts.forest.labels.title, brief ? 230 : 300);
            else
                note(m_report.suppression().enabled()
                         ? DataReport::tr("No relative likelihood can be charted: each is withheld or cannot be "
                                          "computed.")
                         : DataReport::tr("No relative likelihood could be computed."));
            std::vector<QStringList> rows;
            rows.push_back({metricChartLabel(MetricId::M1), QStringLiteral("—"), QStringLiteral("—"),
                            m_report.payBandReading(view)});
            for (MetricId id : kRatioMetricIds)
                rows.push_back({metricChartLabel(id), m_report.relativeLikelihoodText(view, id),
                                m_report.intervalText(view, id), m_report.statusText(view, id)});
            table(DataReport::tr("Relative likelihood of each metric%1").arg(areaPart(view)),
                  {DataReport::tr("Metric"), DataReport::tr("RL"), DataReport::tr("95% interval"),
                   DataReport::tr("Status")},
                  rows, {34, 9, 14, 43});
        }
    }

    void metric(MetricId id)
    {
        heading(DataReport::tr("Metric %1: %2").arg(metricKey(id), metricShortTitle(id)), 1, true);
        note(metricWording(id));
        for (const DataReport::View &view : m_report.views()) {
            if (m_report.views().size() > 1)
                heading(areaSelectionName(view.area), 2, &view != &m_report.views().front());
            if (id == MetricId::M1)
                payBands(view);
            else
                ratio(view, id);
            note(DataReport::tr("Data quality: %1").arg(m_report.dataQualityNote(view, id)), true);
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
                row << m_report.countDisplayText(view, MetricId::M1, index, column, band.counts);
            row << (m_report.suppression().shareSuppressed(view.area, MetricId::M1, index, CountColumn::MinorityEthnic)
                        ? DataReport::tr("withheld")
                        : formatPercent(band.percentMinorityEthnic));
            table.push_back(row);
        }
        this->table(DataReport::tr("Headcount by pay band%1").arg(areaPart(view)),
                    {DataReport::tr("Pay band"), DataReport::tr("Minority ethnic"), DataReport::tr("White"),
                     DataReport::tr("Unknown"), DataReport::tr("Total"), DataReport::tr("% minority ethnic")},
                    table, {35, 13, 13, 13, 12, 14});
        strong(m_report.payBandReading(view));
        const auto &bars = view.charts.payBands.bars;
        if (std::any_of(bars.begin(), bars.end(), [](const PayBandBar &bar) { return bar.percentMinorityEthnic.has_value(); }))
            chart(view.charts.payBands, view.charts.payBands.labels.title);
        progression(view);
    }

    // Issue 17 item 4: each step up the bands, national then the council's own, and the compound.
    void progression(const DataReport::View &view)
    {
        strong(DataReport::tr("Progression up the pay bands%1: at each step, of staff at or above a band, the "
                              "likelihood of minority ethnic staff being in the next band or above, relative to white "
                              "staff (unknown ethnicity excluded; below 1, a smaller share of minority ethnic than of "
                              "white staff at that level is in the bands above). A snapshot of shares, not a measure "
                              "of movement. The top band's share ratio compares the top band's share of each group.")
                   .arg(areaPart(view)));
        const std::pair<ProgressionLadder, QString> ladders[] = {
            {ProgressionLadder::National, DataReport::tr("Progression up the national pay bands%1")},
            {ProgressionLadder::Local, DataReport::tr("Progression up the council's own pay bands%1")},
        };
        for (const auto &[ladder, caption] : ladders) {
            std::vector<QStringList> rows = m_report.progressionRows(view, ladder);
            if (rows.empty()) {
                paragraph(DataReport::tr("%1: fewer than two bands with staff.").arg(caption.arg(QString())));
                continue;
            }
            table(caption.arg(areaPart(view)), DataReport::progressionHeaders(), std::move(rows),
                  {22, 14, 14, 12, 12, 16, 10}); // "numbers" whole in the last heading
            const ForestPlotData data = m_report.progressionChart(view, ladder);
            if (!data.rows.empty())
                chart(data, data.labels.title, 200);
            // Issue 27: a band with no national band or only unknown ethnicity is no rung; say so.
            const ProgressionResult result = m_report.progression(view);
            const QString note = leftOutNote(ladder == ProgressionLadder::National ? result.leftOutNational
                                                                                    : result.leftOutLocal);
            if (!note.isEmpty())
                paragraph(note);
        }
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
                row << m_report.countDisplayText(view, id, line, column, c);
            counts.push_back(row);
        }
        table(DataReport::tr("Counts, metric %1%2").arg(metricKey(id), areaPart(view)),
              {DataReport::tr("Count"), DataReport::tr("Minority ethnic"), DataReport::tr("White"),
               DataReport::tr("Unknown"), DataReport::tr("Total")},
              counts, {36, 16, 16, 16, 16});
        table(DataReport::tr("Likelihoods and relative likelihood, metric %1%2").arg(metricKey(id), areaPart(view)),
              {DataReport::tr("Likelihood: minority ethnic"), DataReport::tr("Likelihood: white"), DataReport::tr("RL"),
               DataReport::tr("95% interval"), DataReport::tr("Previous year"), DataReport::tr("National")},
              {{m_report.likelihoodText(view, id, EthnicGroup::MinorityEthnic),
                m_report.likelihoodText(view, id, EthnicGroup::White), m_report.relativeLikelihoodText(view, id),
                m_report.intervalText(view, id), m_report.previousText(view, id), m_report.nationalText(view, id)}},
              {19, 16, 10, 17, 19, 19}, false);
        strong(DataReport::tr("Status: %1").arg(m_report.statusText(view, id)));
        paragraph(m_report.sentenceText(view, id));
        if (const QString shortfall = m_report.shortfallText(view, id); !shortfall.isEmpty())
            paragraph(DataReport::tr("To reach the range: %1").arg(shortfall));
        if (const QString pooled = m_report.pooledText(view, id); !pooled.isEmpty())
            paragraph(pooled);
        broadGroups(view, id);
        if (id == MetricId::M9) {
            chart(view.charts.seniorManagers, view.charts.seniorManagers.labels.title, 240);
        } else if (!m_report.suppression().ratioSuppressed(view.area, id) && r.likelihoodMinorityEthnic
                   && r.likelihoodWhite) {
            const LikelihoodChartData data =
                m_report.suppression().filter(view.area, likelihoodChartData(view.report, {id}));
            chart(data, data.labels.title, 230);
        }
    }

    // Issue 17 item 5: where an extract gave the breakdown, each broad group beside the headline.
    void broadGroups(const DataReport::View &view, MetricId id)
    {
        if (!m_report.hasBroadGroups(view, id))
            return;
        if (m_report.broadGroupsWithheld(id)) {
            paragraph(m_report.broadGroupsWithheldText());
            return;
        }
        table(DataReport::tr("By broad ethnic group, metric %1%2: each group relative to white staff (the headline "
                             "above stays minority ethnic relative to white)")
                  .arg(metricKey(id), areaPart(view)),
              DataReport::broadGroupHeaders(), m_report.broadGroupRows(view, id), {20, 11, 12, 12, 17, 16, 12});
    }

    // The summary's data quality: one line per metric and area, the unknown shares and whether
    // the numbers are small (the full report prints every note).
    void briefDataQuality()
    {
        const ReportSuppression &s = m_report.suppression();
        const auto unknown = [&](const DataReport::View &view, MetricId id, int row, const GroupCounts &counts) {
            return s.shareSuppressed(view.area, id, row, CountColumn::Unknown) ? DataReport::tr("withheld")
                                                                              : formatPercent(percentUnknown(counts));
        };
        std::vector<QStringList> rows;
        for (const DataReport::View &view : m_report.views())
            for (MetricId id : kMetricIds) {
                QStringList row{areaSelectionName(view.area), metricChartLabel(id)};
                if (id == MetricId::M1) {
                    const PayBandResult &bands = view.report.payBands;
                    const int workforce = int(payBandRows(bands).size()) - 1;
                    row << (bands.collected ? unknown(view, id, workforce, bands.workforce.counts) : DataReport::tr("not collected"))
                        << QStringLiteral("—") << QStringLiteral("—");
                } else {
                    const RatioResult &r = view.report.ratio(id);
                    if (r.status == MetricStatus::NotCollected) {
                        row << DataReport::tr("not collected") << QStringLiteral("—") << QStringLiteral("—");
                    } else {
                        row << unknown(view, id, 0, r.events)
                            << (r.reason == NotComputableReason::NoHeadcount ? QStringLiteral("—")
                                                                             : unknown(view, id, 1, r.population))
                            << (r.smallNumbers ? DataReport::tr("Yes") : DataReport::tr("No"));
                    }
                }
                rows.push_back(row);
            }
        table(DataReport::tr("Data quality of each metric and area"),
              {DataReport::tr("Area"), DataReport::tr("Metric"), DataReport::tr("Ethnicity unknown: events"),
               DataReport::tr("Ethnicity unknown: population"), DataReport::tr("Small numbers")},
              rows, {22, 32, 16, 16, 14});
        paragraph(DataReport::tr("Metric 1: the share of the whole workforce. Small numbers: fewer than 10 events in a "
                                 "group, so the figure can move a lot from year to year. The full report has every "
                                 "note, including the council's own."));
    }

    void dataQuality()
    {
        const bool brief = m_report.layout() == DataReportLayout::Summary;
        heading(DataReport::tr("Data quality"), 1, !brief);
        paragraph(DataReport::tr("Staff whose ethnicity is not known are counted but left out of every likelihood. "
                                 "A high unknown share makes a figure less certain."));
        if (brief) {
            briefDataQuality();
            return;
        }
        std::vector<QStringList> rows;
        for (const DataReport::View &view : m_report.views())
            for (MetricId id : kMetricIds)
                rows.push_back({areaSelectionName(view.area), metricChartLabel(id), m_report.dataQualityNote(view, id)});
        table(DataReport::tr("Data quality of each metric and area"),
              {DataReport::tr("Area"), DataReport::tr("Metric"), DataReport::tr("Notes")}, rows, {14, 26, 60});
    }

    void method(int level)
    {
        heading(level == 1 ? DataReport::tr("How to read a relative likelihood") : DataReport::tr("About the figures"),
                level);
        const NonAdverseRange range = m_report.options().range;
        paragraph(DataReport::tr("Every relative likelihood (RL) is the likelihood for minority ethnic staff divided by "
                                 "the likelihood for white staff. Figures are computed from the counts at full precision "
                                 "and rounded only for display: percentages to one decimal place, RLs to two."));
        if (level == 1)
            paragraph(DataReport::tr("An RL of 1 means both groups were equally likely to experience the event. An RL "
                                     "of 2 means minority ethnic staff were twice as likely; 0.5, half as likely. "
                                     "The 95% interval shows how far the figure could move by chance: a wide interval "
                                     "(small numbers) is less certain."));
        paragraph(DataReport::tr("The non-adverse range used is %1 to %2, ends included. 0.80–1.25 is NHS England's "
                                 "\"four-fifths\" range; SC-WRES publishes none.")
                      .arg(QString::number(range.lower, 'f', 2), QString::number(range.upper, 'f', 2)));
        paragraph(confidenceIntervalNote());
        note(m_report.suppression().note());
    }

    const DataReport &m_report;
    ReportModel m_model;
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

ReportModel DataReport::document() const
{
    ReportModel model = Builder(*this).build();
    model.info = documentInfo(*this);
    return model;
}

bool DataReport::writePdf(const QString &path, const ChartPainter *charts, QString *error) const
{
    QTextDocument document;
    const ReportModel model = this->document();
    layoutReportModel(model, &document, charts, DocumentCharts::Target::Pdf);
    return DocumentWriter::writePdf(document, path, model.info, error);
}

bool DataReport::writeOdt(const QString &path, const ChartPainter *charts, QString *error) const
{
    QTextDocument document;
    const ReportModel model = this->document();
    layoutReportModel(model, &document, charts, DocumentCharts::Target::Odt);
    return DocumentWriter::writeOdt(document, path, model.info, error);
}

} // namespace scwres
