// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ActionPlan.h"
#include "history/HistoryNote.h"

#include <QString>

#include <optional>
#include <vector>

class QSqlQuery;

namespace scwres {

class Database;

// Reads and writes action plans in the user's database (tables of schema migration 2). A plan is
// one per authority and year and is saved whole in one transaction, like a return: a plan is a
// few dozen rows, and whole saves make undo (restore the previous plan) trivially right.
// Returns errors (lastError()); never shows a dialog.
class ActionPlanStore final {
public:
    explicit ActionPlanStore(Database &database);

    // The plan, or nothing: lastError() is empty when there simply is no plan for that year.
    std::optional<ActionPlan> load(long long authorityId, int year);
    bool exists(long long authorityId, int year);
    // Years with a plan for the authority, ascending.
    std::vector<int> years(long long authorityId);
    // Adds or replaces the plan of (plan.authorityId, plan.year), with its change-history entry
    // in the same transaction (ChangeHistory).
    bool save(const ActionPlan &plan, const HistoryNote &note = {});
    bool remove(long long authorityId, int year);

    QString lastError() const { return m_lastError; }

private:
    std::optional<long long> planId(long long authorityId, int year);
    bool fail();
    // Runs a SELECT over one plan's rows (its id bound to the one "?"); records the error if any.
    bool selectForPlan(QSqlQuery &query, const QString &sql, long long planId);
    bool writeChildren(long long planId, const ActionPlan &plan);

    Database &m_database;
    QString m_lastError;
};

} // namespace scwres
