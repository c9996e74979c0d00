// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ChartData.h"

#include "PrintedFigure.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::ChartData", text);
}

// Metrics 2-8: the likelihood chart of issue 6 (metric 9 has its own chart).
constexpr std::array<MetricId, 8> kLikelihoodMetrics{MetricId::M2,  MetricId::M3,  MetricId::M4, MetricId::M5,
                                                     MetricId::M6,  MetricId::M7a, MetricId::M7b, MetricId::M8};
constexpr std::array<MetricId, 9> kRatioMetrics{MetricId::M2,  MetricId::M3,  MetricId::M4, MetricId::M5, MetricId::M6,
                                                MetricId::M7a, MetricId::M7b, MetricId::M8, MetricId::M9};
// Wider than 64 times either way the axis would squash every ordinary RL into its middle.
constexpr double kMaxAxisExtent = 64;

std::optional<Block> metricBlock(MetricId id)
{
    for (Block block : kBlocks) {
        if (blockInfo(block).metric == id)
            return block;
    }
    return std::nullopt;
}

QString count(long long value)
{
    return formatCount(value);
}

QString points(std::optional<double> value)
{
    return formatPoints(value);
}

// The smallest power of 2 (at least 2) that holds every value on a log axis centred on 1.
double symmetricLogExtent(const std::vector<double> &values)
{
    double extent = 2;
    for (double v : values) {
        if (!(v > 0) || !std::isfinite(v))
            continue;
        // A margin of 10% keeps a point off the edge of the plot.
        const double ratio = std::max(v, 1 / v) * 1.1;
        while (extent < ratio && extent < kMaxAxisExtent)
            extent *= 2;
    }
    return extent;
}

std::vector<double> rangeEnds(const NonAdverseRange &range)
{
    return {range.lower, range.upper};
}

} // namespace

QString metricChartLabel(MetricId id)
{
    return tr("%1 %2").arg(metricKey(id), metricShortTitle(id));
}

QString metricEventsLabel(MetricId id)
{
    const auto block = metricBlock(id);
    return block ? blockEventsLabel(*block) : QString();
}

QString metricPopulationLabel(MetricId id)
{
    const auto block = metricBlock(id);
    if (!block)
        return {};
    // Counts blocks (disciplinary, CPD, leavers, senior managers) are divided by the headcount.
    return blockInfo(*block).shape == BlockShape::Counts ? tr("headcount") : blockPopulationLabel(*block);
}

std::optional<double> percentUnknown(const GroupCounts &counts)
{
    if (counts.total() <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(counts.unknown) / static_cast<double>(counts.total());
}

ChartTable metricCountsTable(const MetricReport &report, MetricId id)
{
    ChartTable t;
    t.headers = QStringList{tr("Counted"), tr("Minority ethnic"), tr("White"), tr("Unknown"), tr("Total"),
                            tr("% unknown")};
    auto row = [&t](const QString &label, const GroupCounts &c, std::optional<double> unknownShare) {
        t.rows.push_back(QStringList{label, count(c.minorityEthnic), count(c.white), count(c.unknown),
                                     count(c.total()), formatPercent(unknownShare)});
    };
    if (id == MetricId::M1) {
        if (!report.payBands.collected)
            return t;
        for (const BandShare &band : report.payBands.nationalBands)
            row(band.nationalBand ? nationalBandName(*band.nationalBand) : band.name, band.counts, band.percentUnknown);
        for (const BandShare &band : report.payBands.localBands)
            row(tr("Local band: %1").arg(band.name), band.counts, band.percentUnknown);
        row(tr("Whole workforce"), report.payBands.workforce.counts, report.payBands.workforce.percentUnknown);
        return t;
    }
    const RatioResult &r = report.ratio(id);
    if (r.status == MetricStatus::NotCollected)
        return t;
    auto capitalised = [](QString text) {
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        return text;
    };
    row(capitalised(metricEventsLabel(id)), r.events, percentUnknown(r.events));
    row(capitalised(metricPopulationLabel(id)), r.population, percentUnknown(r.population));
    return t;
}

// --- Metric 1 ---------------------------------------------------------------------------------

PayBandChartData payBandChartData(const MetricReport &report)
{
    PayBandChartData data;
    data.labels.title = tr("Metric 1: minority ethnic, white and unknown staff as a share of each pay band");
    data.labels.categoryAxis = tr("National pay band (annual pay)");
    data.labels.valueAxis = tr("% of the band's headcount");
    data.collected = report.payBands.collected;
    data.adverseToMinorityEthnic = report.payBands.adverseToMinorityEthnic;
    auto toBar = [](const BandShare &share, const QString &label) {
        PayBandBar bar;
        bar.label = label;
        bar.nationalBand = share.nationalBand;
        bar.counts = share.counts;
        bar.percentMinorityEthnic = share.percentMinorityEthnic;
        bar.percentWhite = share.percentWhite;
        bar.percentUnknown = share.percentUnknown;
        bar.nationalPercentMinorityEthnic = share.nationalPercentMinorityEthnic;
        return bar;
    };
    for (const BandShare &band : report.payBands.nationalBands)
        data.bars.push_back(toBar(band, band.nationalBand ? nationalBandName(*band.nationalBand) : band.name));
    data.bars.push_back(toBar(report.payBands.workforce, tr("Whole workforce")));
    data.workforcePercentMinorityEthnic = report.payBands.workforce.percentMinorityEthnic;
    return data;
}

ChartTable PayBandChartData::table() const
{
    ChartTable t;
    t.headers = QStringList{tr("Pay band"),      tr("Minority ethnic"),   tr("White"),
                            tr("Unknown"),       tr("Headcount"),         tr("% minority ethnic"),
                            tr("% white"),       tr("% unknown"),         tr("National % minority ethnic")};
    for (const PayBandBar &bar : bars) {
        t.rows.push_back(QStringList{bar.label, count(bar.counts.minorityEthnic), count(bar.counts.white),
                                     count(bar.counts.unknown), count(bar.counts.total()),
                                     formatPercent(bar.percentMinorityEthnic), formatPercent(bar.percentWhite),
                                     formatPercent(bar.percentUnknown),
                                     formatPercent(bar.nationalPercentMinorityEthnic)});
    }
    return t;
}

// --- Metrics 2-8 ------------------------------------------------------------------------------

LikelihoodChartData likelihoodChartData(const MetricReport &report, const std::vector<MetricId> &ids)
{
    LikelihoodChartData data;
    data.labels.title = ids.size() == 1
        ? tr("Metric %1: likelihood of minority ethnic and of white staff to %2")
              .arg(metricKey(ids.front()), metricVerbPhrase(ids.front()))
        : tr("Likelihood of minority ethnic and of white staff, metrics 2 to 8");
    data.labels.categoryAxis = tr("Metric");
    data.labels.valueAxis = tr("Likelihood (% of the group)");
    for (MetricId id : ids) {
        const RatioResult &r = report.ratio(id);
        if (!r.likelihoodMinorityEthnic || !r.likelihoodWhite) {
            data.withoutBars.push_back(id);
            continue;
        }
        LikelihoodBar bar;
        bar.id = id;
        bar.label = metricChartLabel(id);
        bar.percentMinorityEthnic = *r.likelihoodMinorityEthnic * 100.0;
        bar.percentWhite = *r.likelihoodWhite * 100.0;
        bar.likelihoodMinorityEthnic = *r.likelihoodMinorityEthnic;
        bar.likelihoodWhite = *r.likelihoodWhite;
        bar.smallNumbers = r.smallNumbers;
        bar.events = r.events;
        bar.population = r.population;
        bar.eventsLabel = metricEventsLabel(id);
        bar.populationLabel = metricPopulationLabel(id);
        data.bars.push_back(bar);
    }
    return data;
}

ChartTable LikelihoodChartData::table() const
{
    ChartTable t;
    t.headers = QStringList{tr("Metric"), tr("Minority ethnic: events / population"), tr("Minority ethnic likelihood"),
                            tr("White: events / population"), tr("White likelihood")};
    for (const LikelihoodBar &bar : bars) {
        t.rows.push_back(QStringList{
            bar.label,
            tr("%1 %2 of %3 %4").arg(count(bar.events.minorityEthnic), bar.eventsLabel,
                                     count(bar.population.minorityEthnic), bar.populationLabel),
            formatShare(bar.likelihoodMinorityEthnic),
            tr("%1 %2 of %3 %4").arg(count(bar.events.white), bar.eventsLabel, count(bar.population.white),
                                     bar.populationLabel),
            formatShare(bar.likelihoodWhite)});
    }
    for (MetricId id : withoutBars)
        t.rows.push_back(QStringList{metricChartLabel(id), tr("no likelihood"), QStringLiteral("—"),
                                     tr("no likelihood"), QStringLiteral("—")});
    return t;
}

// --- Forest plot ------------------------------------------------------------------------------

ForestPlotData forestPlotData(const MetricReport &report)
{
    ForestPlotData data;
    data.labels.title = tr("Relative likelihood, minority ethnic relative to white, with 95% intervals");
    data.labels.categoryAxis = tr("Metric");
    data.labels.valueAxis = tr("Relative likelihood (log scale; 1 = as likely; right = more likely)");
    data.range = report.range;
    std::vector<double> extents = rangeEnds(report.range);
    for (MetricId id : kRatioMetrics) {
        const RatioResult &r = report.ratio(id);
        if (!r.relativeLikelihood || r.status == MetricStatus::NotComputable || r.status == MetricStatus::NotCollected)
            continue;
        ForestRow row;
        row.id = id;
        row.label = metricChartLabel(id);
        row.relativeLikelihood = *r.relativeLikelihood;
        row.ci95 = r.ci95;
        row.status = r.status;
        row.smallNumbers = r.smallNumbers;
        data.rows.push_back(row);
        extents.push_back(row.relativeLikelihood);
        if (row.ci95) {
            extents.push_back(row.ci95->lower);
            extents.push_back(row.ci95->upper);
        }
    }
    data.axisMax = symmetricLogExtent(extents);
    data.axisMin = 1 / data.axisMax;
    return data;
}

void fitForestAxis(ForestPlotData &data)
{
    std::vector<double> extents = rangeEnds(data.range);
    for (const ForestRow &row : data.rows) {
        extents.push_back(row.relativeLikelihood);
        if (row.ci95) {
            extents.push_back(row.ci95->lower);
            extents.push_back(row.ci95->upper);
        }
    }
    if (data.reference)
        extents.push_back(*data.reference);
    data.axisMax = symmetricLogExtent(extents);
    data.axisMin = 1 / data.axisMax;
}

ChartTable ForestPlotData::table() const
{
    ChartTable t;
    t.headers = QStringList{tr("Metric"), tr("Relative likelihood"), tr("95% interval"), tr("Status"),
                            tr("Small numbers")};
    for (const ForestRow &row : rows) {
        t.rows.push_back(QStringList{
            row.label, formatRelativeLikelihood(row.relativeLikelihood),
            row.ci95 ? tr("%1 to %2").arg(formatRelativeLikelihood(row.ci95->lower),
                                           formatRelativeLikelihood(row.ci95->upper))
                     : QStringLiteral("—"),
            statusText(row.status), row.smallNumbers ? tr("Yes") : tr("No")});
    }
    return t;
}

// --- Trend ------------------------------------------------------------------------------------

TrendChartData trendChartData(const std::vector<MetricReport> &reports, MetricId id)
{
    TrendChartData data;
    data.id = id;
    data.labels.title = tr("Metric %1 %2 by year: relative likelihood, minority ethnic relative to white")
                            .arg(metricKey(id), metricShortTitle(id));
    data.labels.categoryAxis = tr("Collection year");
    data.labels.valueAxis = tr("Relative likelihood (log scale)");
    std::vector<const MetricReport *> sorted;
    for (const MetricReport &report : reports)
        sorted.push_back(&report);
    std::sort(sorted.begin(), sorted.end(),
              [](const MetricReport *a, const MetricReport *b) { return a->year < b->year; });
    std::vector<double> extents;
    for (const MetricReport *report : sorted) {
        data.years.push_back(report->year);
        data.range = report->range;
        const RatioResult &r = report->ratio(id);
        if (r.relativeLikelihood && r.status != MetricStatus::NotComputable && r.status != MetricStatus::NotCollected) {
            (report->draft ? data.drafts : data.authority)
                .push_back({report->year, *r.relativeLikelihood, r.ci95, r.smallNumbers});
            extents.push_back(*r.relativeLikelihood);
        }
        if (r.national) {
            data.national.push_back({report->year, r.national->relativeLikelihood, std::nullopt, false});
            extents.push_back(r.national->relativeLikelihood);
        }
    }
    for (double end : rangeEnds(data.range))
        extents.push_back(end);
    data.axisMax = symmetricLogExtent(extents);
    data.axisMin = 1 / data.axisMax;
    return data;
}

ChartTable TrendChartData::table() const
{
    ChartTable t;
    t.headers = QStringList{tr("Year"), tr("Relative likelihood"), tr("National relative likelihood"),
                            tr("95% interval")};
    for (int year : years) {
        auto find = [year](const std::vector<TrendPoint> &points) -> const TrendPoint * {
            for (const TrendPoint &p : points) {
                if (p.year == year)
                    return &p;
            }
            return nullptr;
        };
        const TrendPoint *draft = find(drafts);
        const TrendPoint *own = draft ? draft : find(authority);
        const TrendPoint *nat = find(national);
        QString interval = QStringLiteral("—");
        if (own && own->ci95)
            interval = tr("%1–%2").arg(formatRelativeLikelihood(own->ci95->lower),
                                       formatRelativeLikelihood(own->ci95->upper));
        if (own && own->smallNumbers)
            interval = tr("%1 (small numbers)").arg(interval);
        t.rows.push_back(QStringList{draft ? tr("%1 (draft)").arg(year) : QString::number(year),
                                     own ? formatRelativeLikelihood(own->relativeLikelihood) : QStringLiteral("—"),
                                     nat ? formatRelativeLikelihood(nat->relativeLikelihood) : QStringLiteral("—"),
                                     interval});
    }
    return t;
}

// --- Metric 9 ---------------------------------------------------------------------------------

SeniorManagerChartData seniorManagerChartData(const MetricReport &report, std::optional<double> populationPercent)
{
    SeniorManagerChartData data;
    data.labels.title = tr("Metric 9: share of minority ethnic people among senior managers, the workforce and the "
                           "local population");
    data.labels.categoryAxis = tr("Group");
    data.labels.valueAxis = tr("% minority ethnic");
    data.percentSenior = report.seniorManagers.percentMinorityEthnicSenior;
    data.percentWorkforce = report.seniorManagers.percentMinorityEthnicWorkforce;
    data.percentPopulation = populationPercent;
    data.gapVsWorkforcePoints = report.seniorManagers.gapVsWorkforcePoints;
    data.gapVsPopulationPoints = report.seniorManagers.gapVsPopulationPoints;
    return data;
}

ChartTable SeniorManagerChartData::table() const
{
    ChartTable t;
    t.headers = QStringList{tr("Group"), tr("% minority ethnic"), tr("Senior managers' gap")};
    t.rows.push_back(QStringList{tr("Senior managers"), formatPercent(percentSenior), QString()});
    t.rows.push_back(QStringList{tr("Workforce"), formatPercent(percentWorkforce), points(gapVsWorkforcePoints)});
    t.rows.push_back(
        QStringList{tr("Local population"), formatPercent(percentPopulation), points(gapVsPopulationPoints)});
    return t;
}

ChartData ChartData::fromReport(const MetricReport &report, std::optional<double> populationPercent)
{
    ChartData data;
    data.payBands = payBandChartData(report);
    data.likelihoods =
        likelihoodChartData(report, std::vector<MetricId>(kLikelihoodMetrics.begin(), kLikelihoodMetrics.end()));
    data.forest = forestPlotData(report);
    data.seniorManagers = seniorManagerChartData(report, populationPercent);
    return data;
}

} // namespace scwres
