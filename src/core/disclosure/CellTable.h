// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <limits>
#include <vector>

namespace scwres {

// Counts tied by sums, as statistical disclosure control sees them: every cell that can be
// published for one authority and year, and every sum a reader knows holds between them ("lines":
// the parts add up to the total). Holds no meaning; DisclosureControl gives the cells their names.
class CellTable final {
public:
    struct Line {
        std::vector<int> parts;
        int total = -1;
    };

    // cost: what hiding one unit of the cell costs the reader (docs/exports.md, "Complementary
    // suppression"): totals and unknowns are cheap, the counts a relative likelihood needs dear.
    int addCell(long long value, double cost);
    void addCost(int cell, double extra) { m_costs.at(std::size_t(cell)) += extra; }
    // Only a sum that holds on the counts is added (an unmapped pay band breaks bands-to-workforce):
    // false when it does not.
    bool addLine(std::vector<int> parts, int total);

    int cellCount() const { return int(m_values.size()); }
    long long value(int cell) const { return m_values.at(std::size_t(cell)); }
    double cost(int cell) const { return m_costs.at(std::size_t(cell)); }
    const std::vector<Line> &lines() const { return m_lines; }
    // For each cell, the lines it is in.
    std::vector<std::vector<int>> linesOfCells() const;

private:
    std::vector<long long> m_values;
    std::vector<double> m_costs;
    std::vector<Line> m_lines;
};

enum class CellState {
    Published,
    Primary,       // a small count (or a zero in a small line): shown as "<10"
    Complementary, // hidden so that a primary cell cannot be worked out: "<10" below the threshold, else "[c]"
};

// The range a reader can narrow a hidden cell to, knowing every published cell, every line and
// what each symbol says ("<10": 0 … threshold − 1; "[c]": threshold or more).
struct CellRange {
    double lower = 0;
    double upper = std::numeric_limits<double>::infinity();
    bool pinned() const { return upper - lower < 0.5; }
    double possibleValues() const { return upper - lower + 1; }
};

} // namespace scwres
