// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "DashboardReports.h"

#include "Database.h"
#include "NationalFigures.h"
#include "PooledYears.h"

namespace scwres {

void DashboardReports::clear()
{
    m_return.reset();
    m_previousReturn.reset();
    m_report.reset();
    m_history.clear();
}

void DashboardReports::load(Database *database, long long authorityId, int year, AreaSelection area,
                            NonAdverseRange range, IntervalMethod intervalMethod)
{
    clear();
    if (!database || authorityId == 0)
        return;
    static const NationalFigures national = NationalFigures::builtIn();
    const MetricEngine engine(range, intervalMethod);
    std::vector<AnnualReturn> returns;
    for (int stored : database->years(authorityId)) {
        if (auto ret = database->loadReturn(authorityId, stored))
            returns.push_back(std::move(*ret));
    }
    const AnnualReturn *previous = nullptr;
    for (const AnnualReturn &ret : returns) {
        // Ascending years: the report of a year compares with the nearest earlier complete year;
        // a draft year is never the comparison.
        m_history.push_back(engine.compute(ret, area, previous, &national));
        if (ret.year == year) {
            m_return = ret;
            m_report = m_history.back();
            if (previous)
                m_previousReturn = *previous;
        }
        if (ret.complete)
            previous = &ret;
    }
    if (m_report)
        addPooledYears(*m_report, *m_return, returns, engine);
}

} // namespace scwres
