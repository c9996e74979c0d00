// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "disclosure/CellTable.h"

namespace scwres {

int CellTable::addCell(long long value, double cost)
{
    m_values.push_back(value);
    m_costs.push_back(cost);
    return int(m_values.size()) - 1;
}

bool CellTable::addLine(std::vector<int> parts, int total)
{
    if (parts.empty() || total < 0)
        return false;
    long long sum = 0;
    for (int part : parts)
        sum += value(part);
    // A sum that does not hold would make every linear program over the table infeasible.
    if (sum != value(total))
        return false;
    m_lines.push_back({std::move(parts), total});
    return true;
}

std::vector<std::vector<int>> CellTable::linesOfCells() const
{
    std::vector<std::vector<int>> result(m_values.size());
    for (std::size_t l = 0; l < m_lines.size(); ++l) {
        for (int part : m_lines[l].parts)
            result[std::size_t(part)].push_back(int(l));
        result[std::size_t(m_lines[l].total)].push_back(int(l));
    }
    return result;
}

} // namespace scwres
