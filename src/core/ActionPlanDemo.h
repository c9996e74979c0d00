// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ActionPlan.h"

#include <vector>

namespace scwres {

class Database;

// The demo authority's action plans: 2023 signed off with its actions' final statuses, and 2024
// started from it (rolled-over and new actions in progress). Fictional teams and people only.
// authority: the stored demo authority (its id is used); the returns give the narratives.
std::vector<ActionPlan> demoPlans(const Authority &authority, const std::vector<AnnualReturn> &returns);

// Writes demoPlans() for the demo authority already in db (writeDemoData first), replacing its
// plans for those years; leaves every other plan alone.
bool writeDemoPlans(Database &database, QString *error);

} // namespace scwres
