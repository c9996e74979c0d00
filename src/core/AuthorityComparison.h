// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ChartData.h"
#include "MetricEngine.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <optional>
#include <vector>

namespace scwres {

class Database;
class NationalFigures;

// One authority's figure for a year and metric (issue 17 item 6), minority ethnic relative to white.
struct ComparedAuthority {
    QString authority;
    QString code;
    bool hasReturn = false; // false: the authority holds no return for the year
    bool draft = false;     // the year's return is not marked complete
    MetricStatus status = MetricStatus::NotCollected;
    NotComputableReason reason = NotComputableReason::None;
    std::optional<double> relativeLikelihood;
    std::optional<Interval> ci95;
    bool smallNumbers = false;
    std::optional<Certainty> certainty;
    // 1 for the lowest RL; equal RLs share a rank and the next rank skips ("1, 1, 3"); none
    // without an RL (issue 27).
    std::optional<int> rank;
};

// Every authority of a database for one year and one ratio metric (2-9), the combined view.
struct AuthorityComparison {
    int year = 0;
    MetricId metric = MetricId::M2;
    NonAdverseRange range;
    IntervalMethod intervalMethod = IntervalMethod::Katz;
    std::optional<NationalFigure> national;
    // Sorted by RL, lowest first (ties by name); authorities without an RL (no return, not
    // collected, not computable) follow by name: listed, never dropped.
    std::vector<ComparedAuthority> rows;
};

// One year's returns (each authority at most once; authorities without a return for the year
// listed by name in withoutReturn) compared on one metric.
AuthorityComparison compareAuthorities(const std::vector<AnnualReturn> &returns, const QStringList &withoutReturn,
                                       int year, MetricId metric, const MetricEngine &engine,
                                       const NationalFigures &national);

// Every authority in the database. Returns nothing and sets *error when a return cannot be read.
std::optional<std::vector<AuthorityComparison>> compareAuthorities(Database &db, int year,
                                                                   const std::vector<MetricId> &metrics,
                                                                   const MetricEngine &engine,
                                                                   const NationalFigures &national, QString *error);

// The `scwres compare` document (docs/cli.md): the comparisons keyed by metric.
nlohmann::ordered_json authorityComparisonToJson(const std::vector<AuthorityComparison> &comparisons);

// The caterpillar chart: one row per authority with an RL, in the sorted order; highlight: the
// user's own authority (by name), marked in its label and by its own marker.
ForestPlotData comparisonChartData(const AuthorityComparison &comparison, const QString &highlight);
// The table of every row, those without an RL too; the own authority named in its row.
ChartTable comparisonTable(const AuthorityComparison &comparison, const QString &highlight);
// The table as CSV (RFC 4180, a formula guard on text cells).
QByteArray comparisonCsv(const AuthorityComparison &comparison, const QString &highlight);

} // namespace scwres
