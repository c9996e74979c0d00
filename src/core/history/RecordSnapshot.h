// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ActionPlan.h"
#include "AnnualReturn.h"

#include <QByteArray>

#include <optional>

namespace scwres {

// A record exactly as stored, for the change history: every field of the model, including the
// counts of a block switched off (which the return's file format leaves out) and the plan's
// sign-off and reopenings. Compact JSON; an internal format of the history table, not a file
// format, so it may change with a schema migration. Reading never throws: a damaged snapshot
// reads as nothing.
QByteArray returnSnapshot(const AnnualReturn &ret);
std::optional<AnnualReturn> returnFromSnapshot(const QByteArray &bytes);
QByteArray planSnapshot(const ActionPlan &plan);
std::optional<ActionPlan> planFromSnapshot(const QByteArray &bytes);

} // namespace scwres
