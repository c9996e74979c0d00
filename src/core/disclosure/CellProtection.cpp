// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "disclosure/CellProtection.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

namespace scwres {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr int kMaxRounds = 400;

struct ProblemDeleter {
    void operator()(glp_prob *p) const { glp_delete_prob(p); }
};
using Problem = std::unique_ptr<glp_prob, ProblemDeleter>;

Problem newProblem()
{
    // GLPK prints to stdout unless told not to; the CLI's standard output is its result.
    glp_term_out(GLP_OFF);
    return Problem(glp_create_prob());
}

// What a hidden cell's symbol tells: "<10" is 0 … threshold − 1, "[c]" is threshold or more. A
// negative count (an invalid return the validator reports) keeps its own value as the floor so
// that the true table stays feasible.
CellRange symbolRange(long long value, int threshold)
{
    if (value < threshold)
        return {double(std::min<long long>(0, value)), double(threshold - 1)};
    return {double(threshold), kInfinity};
}

void setBounds(glp_prob *p, int column, double lower, double upper)
{
    if (std::isinf(upper))
        glp_set_col_bnds(p, column, GLP_LO, lower, 0);
    else if (upper - lower < 1e-9)
        glp_set_col_bnds(p, column, GLP_FX, lower, lower);
    else
        glp_set_col_bnds(p, column, GLP_DB, lower, upper);
}

bool hidden(const std::vector<CellState> &states, int cell)
{
    return states[std::size_t(cell)] != CellState::Published;
}

// The hidden cells joined through lines to `start` (a line ties its hidden cells together; a
// published cell is a constant and ties nothing).
std::vector<int> hiddenComponent(const CellTable &table, const std::vector<CellState> &states,
                                 const std::vector<std::vector<int>> &linesOf, int start, std::vector<bool> &seen)
{
    std::vector<int> component{start};
    seen[std::size_t(start)] = true;
    for (std::size_t next = 0; next < component.size(); ++next) {
        for (int l : linesOf[std::size_t(component[next])]) {
            const CellTable::Line &line = table.lines()[std::size_t(l)];
            auto visit = [&](int cell) {
                if (hidden(states, cell) && !seen[std::size_t(cell)]) {
                    seen[std::size_t(cell)] = true;
                    component.push_back(cell);
                }
            };
            for (int part : line.parts)
                visit(part);
            visit(line.total);
        }
    }
    return component;
}

// The reader's problem over one hidden component: a whole-number unknown per hidden cell, within
// its symbol's range, and every line it is in with the published cells as constants.
struct ReaderProblem {
    Problem lp = newProblem();
    std::vector<int> column; // cell → GLPK column (1-based), 0 when not in the component

    ReaderProblem(const CellTable &table, const std::vector<CellState> &states,
                  const std::vector<std::vector<int>> &linesOf, const std::vector<int> &cells, int threshold)
        : column(std::size_t(table.cellCount()), 0)
    {
        glp_prob *p = lp.get();
        glp_add_cols(p, int(cells.size()));
        for (std::size_t i = 0; i < cells.size(); ++i) {
            column[std::size_t(cells[i])] = int(i) + 1;
            const CellRange range = symbolRange(table.value(cells[i]), threshold);
            setBounds(p, int(i) + 1, range.lower, range.upper);
            glp_set_col_kind(p, int(i) + 1, GLP_IV);
        }
        std::vector<bool> used(table.lines().size(), false);
        for (int cell : cells)
            for (int l : linesOf[std::size_t(cell)])
                used[std::size_t(l)] = true;
        for (std::size_t l = 0; l < used.size(); ++l) {
            if (!used[l])
                continue;
            const CellTable::Line &line = table.lines()[l];
            std::vector<int> index{0};
            std::vector<double> coefficient{0};
            double constant = 0; // Σ published parts − published total, moved to the right-hand side
            const auto term = [&](int cell, double sign) {
                if (hidden(states, cell)) {
                    index.push_back(column[std::size_t(cell)]);
                    coefficient.push_back(sign);
                } else {
                    constant += sign * double(table.value(cell));
                }
            };
            for (int part : line.parts)
                term(part, 1);
            term(line.total, -1);
            const int row = glp_add_rows(p, 1);
            glp_set_row_bnds(p, row, GLP_FX, -constant, -constant);
            glp_set_mat_row(p, row, int(index.size()) - 1, index.data(), coefficient.data());
        }
    }

    // The smallest or largest whole value of one cell; +infinity when nothing bounds it above.
    double extreme(int cell, bool maximise)
    {
        glp_prob *p = lp.get();
        const int n = glp_get_num_cols(p);
        for (int j = 1; j <= n; ++j)
            glp_set_obj_coef(p, j, j == column[std::size_t(cell)] ? 1.0 : 0.0);
        glp_set_obj_dir(p, maximise ? GLP_MAX : GLP_MIN);
        glp_smcp simplex;
        glp_init_smcp(&simplex);
        simplex.msg_lev = GLP_MSG_OFF;
        if (glp_simplex(p, &simplex) != 0) {
            glp_adv_basis(p, 0); // a fresh start after a numerical failure
            glp_simplex(p, &simplex);
        }
        const int status = glp_get_status(p);
        if (status == GLP_UNBND)
            return maximise ? kInfinity : -kInfinity;
        if (status != GLP_OPT)
            return double(0); // cannot happen: the true counts are a solution
        bool integral = true;
        for (int j = 1; j <= n && integral; ++j) {
            const double x = glp_get_col_prim(p, j);
            integral = std::fabs(x - std::round(x)) < 1e-7;
        }
        double value = glp_get_obj_val(p);
        // A vertex of whole numbers is the integer optimum too; otherwise branch and bound.
        if (!integral) {
            glp_iocp mip;
            glp_init_iocp(&mip);
            mip.msg_lev = GLP_MSG_OFF;
            if (glp_intopt(p, &mip) == 0 && glp_mip_status(p) == GLP_OPT)
                value = glp_mip_obj_val(p);
        }
        return maximise ? std::floor(value + 1e-6) : std::ceil(value - 1e-6);
    }
};

// The values a protected cell must be able to take: [low, high], containing its value.
struct Target {
    double low = 0;
    double high = 0;
};

Target targetFor(long long value, int threshold)
{
    if (value >= 1 && value < threshold) {
        const int width = CellProtection::requiredValues(threshold) - 1;
        const long long low = std::clamp<long long>(value - width / 2, 0, std::max(0, threshold - 1 - width));
        return {double(low), double(low + width)};
    }
    if (value <= 0)
        return {double(value), double(value) + 1};
    return {double(value), double(value) + 1}; // "[c]": one more is enough to unpin it
}

// Every cell joined through any line to `start`: the part of the table a protection LP needs.
std::vector<int> fullComponent(const CellTable &table, const std::vector<std::vector<int>> &linesOf, int start)
{
    std::vector<bool> seen(std::size_t(table.cellCount()), false);
    std::vector<int> component{start};
    seen[std::size_t(start)] = true;
    for (std::size_t next = 0; next < component.size(); ++next)
        for (int l : linesOf[std::size_t(component[next])]) {
            const CellTable::Line &line = table.lines()[std::size_t(l)];
            auto visit = [&](int cell) {
                if (!seen[std::size_t(cell)]) {
                    seen[std::size_t(cell)] = true;
                    component.push_back(cell);
                }
            };
            for (int part : line.parts)
                visit(part);
            visit(line.total);
        }
    return component;
}

// The least-cost change to the table that moves `cell` to `bound` (at most when !up, at least
// when up) while keeping every line and every symbol's range: the published cells it moves are
// the ones to hide (Kelly, Golden and Assad's LP heuristic, as in tau-Argus's "modular"). Hidden
// cells move almost free. Empty when nothing can move it so far.
std::vector<int> cheapestCover(const CellTable &table, const std::vector<CellState> &states,
                               const std::vector<std::vector<int>> &linesOf, int cell, double bound, bool up,
                               int threshold)
{
    const std::vector<int> cells = fullComponent(table, linesOf, cell);
    Problem lp = newProblem();
    glp_prob *p = lp.get();
    std::vector<int> plus(std::size_t(table.cellCount()), 0); // column of the rise; the fall is the next
    glp_add_cols(p, 2 * int(cells.size()));
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const int c = cells[i];
        const int rise = 2 * int(i) + 1;
        plus[std::size_t(c)] = rise;
        const double weight = hidden(states, c) ? 1e-3 : table.cost(c);
        for (int j : {rise, rise + 1}) {
            glp_set_col_bnds(p, j, GLP_LO, 0, 0);
            glp_set_obj_coef(p, j, weight);
        }
        // The cell's new value stays within what its symbol would say.
        const CellRange range = symbolRange(table.value(c), threshold);
        const double v = double(table.value(c));
        const int row = glp_add_rows(p, 1);
        if (std::isinf(range.upper))
            glp_set_row_bnds(p, row, GLP_LO, range.lower - v, 0);
        else
            glp_set_row_bnds(p, row, GLP_DB, range.lower - v, range.upper - v);
        int index[3] = {0, rise, rise + 1};
        double coefficient[3] = {0, 1, -1};
        glp_set_mat_row(p, row, 2, index, coefficient);
        if (c == cell) {
            const int target = glp_add_rows(p, 1);
            if (up)
                glp_set_row_bnds(p, target, GLP_LO, bound - v, 0);
            else
                glp_set_row_bnds(p, target, GLP_UP, 0, bound - v);
            glp_set_mat_row(p, target, 2, index, coefficient);
        }
    }
    std::vector<bool> used(table.lines().size(), false);
    for (int c : cells)
        for (int l : linesOf[std::size_t(c)])
            used[std::size_t(l)] = true;
    for (std::size_t l = 0; l < used.size(); ++l) {
        if (!used[l])
            continue;
        const CellTable::Line &line = table.lines()[l];
        std::vector<int> index{0};
        std::vector<double> coefficient{0};
        const auto term = [&](int c, double sign) {
            index.push_back(plus[std::size_t(c)]);
            coefficient.push_back(sign);
            index.push_back(plus[std::size_t(c)] + 1);
            coefficient.push_back(-sign);
        };
        for (int part : line.parts)
            term(part, 1);
        term(line.total, -1);
        const int row = glp_add_rows(p, 1);
        glp_set_row_bnds(p, row, GLP_FX, 0, 0);
        glp_set_mat_row(p, row, int(index.size()) - 1, index.data(), coefficient.data());
    }
    glp_set_obj_dir(p, GLP_MIN);
    glp_smcp simplex;
    glp_init_smcp(&simplex);
    simplex.msg_lev = GLP_MSG_OFF;
    simplex.presolve = GLP_ON;
    if (glp_simplex(p, &simplex) != 0 || glp_get_status(p) != GLP_OPT)
        return {};
    std::vector<int> moved;
    for (int c : cells) {
        if (hidden(states, c))
            continue;
        const double change = glp_get_col_prim(p, plus[std::size_t(c)]) + glp_get_col_prim(p, plus[std::size_t(c)] + 1);
        if (change > 1e-6)
            moved.push_back(c);
    }
    return moved;
}

CellRange rangeOf(const CellTable &table, const std::vector<CellState> &states,
                  const std::vector<std::vector<int>> &linesOf, int cell, int threshold)
{
    std::vector<bool> seen(std::size_t(table.cellCount()), false);
    ReaderProblem problem(table, states, linesOf, hiddenComponent(table, states, linesOf, cell, seen), threshold);
    return {problem.extreme(cell, false), problem.extreme(cell, true)};
}

} // namespace

int CellProtection::requiredValues(int threshold)
{
    return std::min(5, std::max(1, threshold));
}

std::vector<bool> CellProtection::primaryCells(const CellTable &table, int threshold)
{
    std::vector<bool> primary(std::size_t(table.cellCount()), false);
    // A negative count (an invalid return the validator reports) is no figure to publish either.
    for (int i = 0; i < table.cellCount(); ++i)
        primary[std::size_t(i)] = table.value(i) != 0 && table.value(i) < threshold;
    // "0 minority ethnic staff in band X" of a band of six tells everyone the six are not.
    for (const CellTable::Line &line : table.lines()) {
        const long long total = table.value(line.total);
        if (total < 1 || total >= threshold)
            continue;
        for (int part : line.parts)
            if (table.value(part) == 0)
                primary[std::size_t(part)] = true;
    }
    return primary;
}

bool CellProtection::acceptable(long long value, const CellRange &range, int threshold)
{
    if (range.pinned())
        return false;
    if (value >= 1 && value < threshold)
        return range.possibleValues() >= requiredValues(threshold) - 1e-9;
    return true;
}

std::vector<CellRange> CellProtection::audit(const CellTable &table, const std::vector<CellState> &states, int threshold)
{
    const auto linesOf = table.linesOfCells();
    std::vector<CellRange> ranges(std::size_t(table.cellCount()));
    std::vector<bool> seen(std::size_t(table.cellCount()), false);
    for (int i = 0; i < table.cellCount(); ++i) {
        if (!hidden(states, i)) {
            ranges[std::size_t(i)] = {double(table.value(i)), double(table.value(i))};
            continue;
        }
        if (seen[std::size_t(i)])
            continue;
        const std::vector<int> component = hiddenComponent(table, states, linesOf, i, seen);
        ReaderProblem problem(table, states, linesOf, component, threshold);
        for (int cell : component)
            ranges[std::size_t(cell)] = {problem.extreme(cell, false), problem.extreme(cell, true)};
    }
    return ranges;
}

CellProtection::Result CellProtection::protect(const CellTable &table, int threshold)
{
    const std::size_t n = std::size_t(table.cellCount());
    const auto linesOf = table.linesOfCells();
    Result result;
    result.states.assign(n, CellState::Published);
    result.protects.assign(n, -1);
    const std::vector<bool> primary = primaryCells(table, threshold);
    for (std::size_t i = 0; i < n; ++i)
        if (primary[i])
            result.states[i] = CellState::Primary;

    const auto hide = [&](int cell, int protecting) {
        if (result.states[std::size_t(cell)] != CellState::Published)
            return false;
        result.states[std::size_t(cell)] = CellState::Complementary;
        result.protects[std::size_t(cell)] = protecting;
        return true;
    };
    for (int round = 0; round < kMaxRounds; ++round) {
        result.ranges = audit(table, result.states, threshold);
        std::vector<int> failing;
        for (std::size_t i = 0; i < n; ++i)
            if (hidden(result.states, int(i)) && !acceptable(table.value(int(i)), result.ranges[i], threshold))
                failing.push_back(int(i));
        if (failing.empty()) {
            result.safe = true;
            return result;
        }
        bool progress = false;
        for (int cell : failing) {
            // An earlier cover this round may have protected it already.
            const CellRange now = rangeOf(table, result.states, linesOf, cell, threshold);
            if (acceptable(table.value(cell), now, threshold))
                continue;
            const Target target = targetFor(table.value(cell), threshold);
            bool gained = false;
            for (bool up : {false, true}) {
                if (up ? now.upper >= target.high : now.lower <= target.low)
                    continue;
                const std::vector<int> cover =
                    cheapestCover(table, result.states, linesOf, cell, up ? target.high : target.low, up, threshold);
                for (int c : cover)
                    gained = hide(c, cell) || gained;
            }
            progress = progress || gained;
            if (!gained) {
                // No change within the symbols' ranges reaches the target, or the cells the
                // linear program moved are hidden and the whole numbers still pin it: hide the
                // cell's lines whole, the most a pattern can do for it.
                for (int l : linesOf[std::size_t(cell)]) {
                    const CellTable::Line &line = table.lines()[std::size_t(l)];
                    for (int part : line.parts)
                        progress = hide(part, cell) || progress;
                    progress = hide(line.total, cell) || progress;
                }
            }
        }
        if (!progress)
            break; // everything that could help is hidden already
    }
    result.ranges = audit(table, result.states, threshold);
    result.safe = true;
    for (std::size_t i = 0; i < n; ++i)
        if (hidden(result.states, int(i)) && !acceptable(table.value(int(i)), result.ranges[i], threshold))
            result.safe = false;
    return result;
}

} // namespace scwres
