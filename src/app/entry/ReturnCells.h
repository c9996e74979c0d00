// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "Validator.h"

#include <optional>

namespace scwres {

// A FieldLocation names one count of a return (area, block, band, part, group): the same
// address the validator gives its findings, so a grid cell, a finding and a stored count are
// matched without a second naming scheme.
namespace ReturnCells {

// The count at loc, or empty when loc does not name a single count of ret or it is not entered.
std::optional<long long> count(const AnnualReturn &ret, const FieldLocation &loc);
// Writes value at loc; false when loc does not name a single count of ret.
bool setCount(AnnualReturn &ret, const FieldLocation &loc, long long value);
// Makes the count at loc "not entered" (empty, not 0).
bool clearCount(AnnualReturn &ret, const FieldLocation &loc);
// Whether a finding is about the cell at loc (same area, block, band, part and group).
bool sameCell(const FieldLocation &a, const FieldLocation &b);

} // namespace ReturnCells
} // namespace scwres
