// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ActionPlan.h"
#include "MetricEngine.h"

#include <QStringList>

namespace scwres {

// What a plan lacks before it is signed off, one sentence each, in the plan's order: metrics
// outside the non-adverse range with no action (the data say act, the plan is silent), metrics
// with no data narrative, empty header fields, and actions not finished that have no lead or no
// due date. Advice for the sign-off dialog, not a rule: the lead may still sign.
// report: the year's metric results (planDataReport); null when there is no return.
QStringList signOffGaps(const ActionPlan &plan, const MetricReport *report);

} // namespace scwres
