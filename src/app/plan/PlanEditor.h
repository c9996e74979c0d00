// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ActionPlan.h"
#include "Authority.h"
#include "MetricEngine.h"
#include "history/HistoryNote.h"

#include <QDateTime>

#include <QDate>
#include <QObject>

#include <optional>

namespace scwres {

class Workspace;

// The action plan of the workspace's selected authority and year, as the plan widgets share it.
// Widgets read plan() and change it only through edit(), which refuses changes to a signed-off
// plan (isEditAllowed) and pushes a PlanChangeCommand on the workspace's undo stack; the command
// saves through ActionPlanStore at once and calls store(), which tells every widget (planChanged).
class PlanEditor final : public QObject {
    Q_OBJECT

public:
    explicit PlanEditor(Workspace *workspace, QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    long long authorityId() const { return m_authorityId; }
    int year() const { return m_year; }
    const std::optional<ActionPlan> &plan() const { return m_plan; }
    // The year's metric results (both service areas, last year for the change); none without a return.
    const std::optional<MetricReport> &report() const { return m_report; }
    std::optional<Authority> authority() const;
    // The "how you'll know it is achieved" a new action of the section starts with: the shortfall
    // to the range, or the same aim without numbers when the published version would withhold a
    // metric of the section (ReportSuppression::suggestedMeasure, at the default threshold).
    QString suggestedMeasure(int section) const;
    // No plan, or a signed-off one: nothing may be typed.
    bool isReadOnly() const;
    bool hasPlan(int year) const;

    // A user's change to the current plan. mergeKey: consecutive edits with the same key (one
    // text field) make one undo step. Returns false (and emits refused) when not allowed.
    bool edit(const ActionPlan &after, const QString &text, const QString &mergeKey = {});
    // A new plan for the selected year, header from the profile, narratives drafted from the data.
    bool createPlan();
    // Next year's plan from the current one (rollOver); false if that year already has a plan.
    bool startNextYear();

    // Called by PlanChangeCommand: writes (or, with no plan, deletes) the plan of that key.
    bool store(long long authorityId, int year, const std::optional<ActionPlan> &plan, const HistoryNote &note = {});
    // The current plan's content as it was at an earlier moment (from the history), as one undo
    // step. Its sign-off state and reopening record stay as they are now: a restore never signs
    // or unsigns. False (and refused) when the plan is signed off.
    bool restore(const ActionPlan &asThen, const QDateTime &moment);

    // "Today" for overdue actions and dated records; injectable for tests.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &date) { m_today = date; }

Q_SIGNALS:
    void planChanged();
    void refused(const QString &message);

private:
    void reload();
    void reloadReport();

    Workspace *m_workspace;
    long long m_authorityId = 0;
    int m_year = 0;
    std::optional<ActionPlan> m_plan;
    std::optional<MetricReport> m_report;
    std::optional<AnnualReturn> m_return;
    std::optional<AnnualReturn> m_previousReturn;
    QDate m_today;
};

} // namespace scwres
