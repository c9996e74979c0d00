// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "Validator.h"

#include <optional>
#include <vector>

namespace scwres {

// What stands between a draft return and "complete", beside the validator: a collected block
// with nothing entered ("nothing entered for metric 5 — enter the counts or mark it not
// collected"), counts left empty, the dates and the population comparator. Findings are
// warnings with the location of the field, so the problems list can take the focus there.
std::vector<Finding> completenessProblems(const AnnualReturn &ret);

// Everything that keeps the return from being marked complete: the validator's errors and the
// completeness problems, in that order. Empty: it may be marked complete.
std::vector<Finding> problemsBeforeComplete(const AnnualReturn &ret);

// The return as a comparison year: only a complete year is compared with ("previous year",
// change), never a draft. Empty for a draft or no return.
std::optional<AnnualReturn> completeOnly(std::optional<AnnualReturn> ret);

} // namespace scwres
