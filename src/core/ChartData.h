// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "FigureFormat.h"
#include "MetricEngine.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace scwres {

// What every chart says in words: a title that states what is compared and in which direction,
// and axis titles with their units. The dashboard draws them; the exports print them.
struct ChartLabels {
    QString title;
    QString categoryAxis; // the axis of the things compared (bands, metrics, years)
    QString valueAxis;    // the axis of the numbers, with the unit
};

// The same numbers as a chart, as text, for people who cannot read the chart ("show as table")
// and for the exports. Percentages to 1 dp and RLs to 2 dp, as everywhere in the program.
struct ChartTable {
    QStringList headers;
    std::vector<QStringList> rows;
};

// Metric 1: one bar per national pay band and one for the whole workforce.
struct PayBandBar {
    QString label;
    std::optional<NationalBand> nationalBand; // empty for the whole workforce
    GroupCounts counts;
    // Shares of the bar's headcount, unknown included in the denominator (sum to 100); absent
    // when nobody is in the band.
    std::optional<double> percentMinorityEthnic;
    std::optional<double> percentWhite;
    std::optional<double> percentUnknown;
    std::optional<double> nationalPercentMinorityEthnic; // the published national share, when known
};

struct PayBandChartData {
    ChartLabels labels;
    bool collected = false;
    std::vector<PayBandBar> bars; // the three national bands in order, then the whole workforce
    // The reference line: the minority ethnic share of the whole workforce. A band whose bar
    // ends below it has fewer minority ethnic staff than the workforce as a whole.
    std::optional<double> workforcePercentMinorityEthnic;
    bool adverseToMinorityEthnic = false; // the engine's reading of metric 1

    ChartTable table() const;
};

// Metrics 2-8: the two likelihoods behind an RL, as percentages (likelihood × 100).
struct LikelihoodBar {
    MetricId id = MetricId::M2;
    QString label; // "2 Appointment from shortlisting"
    double percentMinorityEthnic = 0; // what the bars plot
    double percentWhite = 0;
    double likelihoodMinorityEthnic = 0; // what the labels print (formatShare)
    double likelihoodWhite = 0;
    bool smallNumbers = false; // fewer than 10 events in a group: marked on the chart
    GroupCounts events;
    GroupCounts population;
    QString eventsLabel;     // "appointed"
    QString populationLabel; // "shortlisted", "headcount"
};

struct LikelihoodChartData {
    ChartLabels labels;
    std::vector<LikelihoodBar> bars;   // only the metrics with both likelihoods, in metric order
    std::vector<MetricId> withoutBars; // asked for but with no likelihoods (not collected, no population)

    ChartTable table() const;
};

// One row of the forest plot: a computable RL and its interval.
struct ForestRow {
    MetricId id = MetricId::M2;
    QString label;
    double relativeLikelihood = 0;
    std::optional<Interval> ci95;
    MetricStatus status = MetricStatus::WithinRange;
    bool smallNumbers = false;
    // The user's own authority in the comparison of authorities: drawn with its own marker and
    // named in its label, not told by colour alone.
    bool highlighted = false;
};

struct ForestPlotData {
    ChartLabels labels;
    std::vector<ForestRow> rows; // metrics 2-9 in order, computable ones only
    NonAdverseRange range;
    // A log axis symmetric about 1 (axisMin = 1 / axisMax), a power of 2 wide enough for every
    // RL, interval end and the range, capped at 64; whatever lies beyond is drawn at the edge.
    double axisMin = 0.5;
    double axisMax = 2;
    // A reference line beside the range and parity: the national RL in the comparison of
    // authorities (series "national").
    std::optional<double> reference;
    QString referenceLabel;

    ChartTable table() const;
};

struct TrendPoint {
    int year = 0;
    double relativeLikelihood = 0;
    std::optional<Interval> ci95; // the year's own 95% interval (none for the national figure)
    bool smallNumbers = false;
};

// One metric's RL over the authority's stored years, with the national RL where published.
struct TrendChartData {
    MetricId id = MetricId::M2;
    ChartLabels labels;
    std::vector<TrendPoint> authority; // complete years with a computable RL, ascending
    // Draft years with a computable RL: not part of the line, shown as hollow labelled points.
    std::vector<TrendPoint> drafts;
    std::vector<TrendPoint> national;  // years of the reports with a published national RL
    std::vector<int> years;            // every year reported, ascending (for the axis and the table)
    NonAdverseRange range;
    double axisMin = 0.5; // log axis symmetric about 1, as the forest plot's
    double axisMax = 2;

    ChartTable table() const;
};

// Metric 9: % minority ethnic among senior managers, in the workforce and in the population.
struct SeniorManagerChartData {
    ChartLabels labels;
    std::optional<double> percentSenior;
    std::optional<double> percentWorkforce;
    std::optional<double> percentPopulation; // the return's comparator (Census), as entered
    std::optional<double> gapVsWorkforcePoints;
    std::optional<double> gapVsPopulationPoints;

    ChartTable table() const;
};

// Every chart of one report, prepared from the engine's figures only: nothing here computes a
// metric, it only selects, orders and labels the engine's numbers (× 100 for percentages).
struct ChartData {
    PayBandChartData payBands;
    LikelihoodChartData likelihoods; // metrics 2-8
    ForestPlotData forest;
    SeniorManagerChartData seniorManagers;

    // populationPercent: the return's local population % minority ethnic (metric 9's comparator).
    static ChartData fromReport(const MetricReport &report, std::optional<double> populationPercent);
};

PayBandChartData payBandChartData(const MetricReport &report);
// The likelihood bars of the given metrics (2-9), e.g. all of 2-8 or one metric for its detail.
LikelihoodChartData likelihoodChartData(const MetricReport &report, const std::vector<MetricId> &ids);
ForestPlotData forestPlotData(const MetricReport &report);
// Sets the axis of forest-style data (progression steps, authorities compared) to hold every RL,
// interval end, the range and the reference line.
void fitForestAxis(ForestPlotData &data);
SeniorManagerChartData seniorManagerChartData(const MetricReport &report, std::optional<double> populationPercent);
// reports: one per stored year of one authority and one area, any order. id: a metric 2-9.
TrendChartData trendChartData(const std::vector<MetricReport> &reports, MetricId id);

// The counts behind a metric, unknown included, with the unknown share of each row (a
// data-quality figure: unknowns are left out of every likelihood). Metric 1: one row per national
// band, local band and the whole workforce; metrics 2-9: the events and the population.
ChartTable metricCountsTable(const MetricReport &report, MetricId id);
// Unknown as a % of all counted (white + minority ethnic + unknown); absent when nobody is counted.
std::optional<double> percentUnknown(const GroupCounts &counts);

// "2 Appointment from shortlisting": a metric's key and short title, as the charts label it.
QString metricChartLabel(MetricId id);
// The count labels of a ratio metric: what its events and its population are.
QString metricEventsLabel(MetricId id);
QString metricPopulationLabel(MetricId id);

} // namespace scwres
