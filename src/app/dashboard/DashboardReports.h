// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "MetricEngine.h"

#include <optional>
#include <vector>

namespace scwres {

class Database;

// The engine's reports the dashboard shows for one selection: the chosen year (with the
// nearest earlier complete year as "previous" and the built-in national figures), and every
// stored year of the authority for the trend (draft years marked, MetricReport::draft). The dashboard never computes a figure itself.
class DashboardReports final {
public:
    // Loads and computes; clears everything when the authority or the year is not stored.
    // The chosen year's report also carries the pooled three years (PooledYears.h).
    void load(Database *database, long long authorityId, int year, AreaSelection area, NonAdverseRange range,
              IntervalMethod intervalMethod = IntervalMethod::Katz);
    void clear();

    bool hasReport() const { return m_report.has_value(); }
    const MetricReport &report() const { return *m_report; }
    const AnnualReturn &currentReturn() const { return *m_return; }
    // The complete year the chosen year is compared with, when there is one.
    const AnnualReturn *previousReturn() const { return m_previousReturn ? &*m_previousReturn : nullptr; }
    // Every stored year of the authority for the same area and range, ascending.
    const std::vector<MetricReport> &history() const { return m_history; }

private:
    std::optional<AnnualReturn> m_return;
    std::optional<AnnualReturn> m_previousReturn;
    std::optional<MetricReport> m_report;
    std::vector<MetricReport> m_history;
};

} // namespace scwres
