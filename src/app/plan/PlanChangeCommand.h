// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ActionPlan.h"
#include "history/HistoryNote.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace scwres {

class PlanEditor;

// Replaces a stored plan with a new version of it and back, saving at once. A plan is a few
// dozen rows, so keeping both versions whole is simpler and safer than per-field inverses
// (the same choice as ReturnChangeCommand). before empty: the plan did not exist (undo deletes
// it); after empty: the plan is deleted.
class PlanChangeCommand final : public QUndoCommand {
public:
    PlanChangeCommand(PlanEditor *editor, long long authorityId, int year, std::optional<ActionPlan> before,
                      std::optional<ActionPlan> after, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    // Consecutive edits of one text field (same merge key, same plan) make one undo step.
    int id() const override { return m_mergeKey.isEmpty() ? -1 : kMergeId; }
    bool mergeWith(const QUndoCommand *other) override;
    void setMergeKey(const QString &key) { m_mergeKey = key; }
    // Kept with redo's change in the history ("restored" and the moment).
    void setHistoryNote(const HistoryNote &note) { m_note = note; }

private:
    static constexpr int kMergeId = 0x504c414e; // "PLAN"

    QPointer<PlanEditor> m_editor;
    long long m_authorityId;
    int m_year;
    std::optional<ActionPlan> m_before;
    std::optional<ActionPlan> m_after;
    QString m_mergeKey;
    HistoryNote m_note;
};

} // namespace scwres
