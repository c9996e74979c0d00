// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "disclosure/CellTable.h"

#include <vector>

namespace scwres {

// Primary and complementary suppression of a CellTable, and its audit, by linear and integer
// programming (GLPK), as tau-Argus and sdcTable do. The rules and their sources are in
// docs/exports.md ("Publication mode").
class CellProtection final {
public:
    struct Result {
        std::vector<CellState> states;
        // A complementary cell: the hidden cell it was hidden to protect; -1 for the others.
        std::vector<int> protects;
        // Every hidden cell's range as the final audit found it (published cells: their value).
        std::vector<CellRange> ranges;
        // The audit accepted the pattern. False only when hiding everything it could still left a
        // cell unprotected (the symbols' own meaning gives it away); the caller says so.
        bool safe = false;
    };

    // Counts 1 … threshold − 1 (and negative ones), and zeros in a line whose total is
    // 1 … threshold − 1.
    static std::vector<bool> primaryCells(const CellTable &table, int threshold);
    // Primary suppression, then complementary cells chosen by a least-cost linear program per
    // unprotected cell, repeated until the exact audit accepts: hides more, never less.
    static Result protect(const CellTable &table, int threshold);
    // The exact audit: for every hidden cell, the smallest and largest whole number consistent
    // with every published cell, every line and the symbols (integer programs).
    static std::vector<CellRange> audit(const CellTable &table, const std::vector<CellState> &states, int threshold);
    // A hidden cell is protected when it is not pinned and, for a count 1 … threshold − 1, at
    // least requiredValues() values stay possible.
    static bool acceptable(long long value, const CellRange &range, int threshold);
    static int requiredValues(int threshold);
};

} // namespace scwres
