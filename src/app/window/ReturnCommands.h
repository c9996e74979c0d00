// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"

#include <QUndoCommand>

#include <optional>

namespace scwres {

class Workspace;

// Replaces a stored return with a new version of it and back. A return is small (a few hundred
// counts), so keeping both versions whole is simpler and safer than per-field inverse logic.
// before empty: the year did not exist (undo deletes it). after empty: the year is deleted.
class ReturnChangeCommand final : public QUndoCommand {
public:
    ReturnChangeCommand(Workspace *workspace, std::optional<AnnualReturn> before, std::optional<AnnualReturn> after,
                        const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    // Consecutive edits of one cell (id + same cell key) merge into one undo step.
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;
    void setMergeKey(const QString &key) { m_mergeKey = key; }
    // Kept with redo's change in the history ("restored" and the moment); undo is a plain change.
    void setHistoryNote(const QString &kind, const QString &detail)
    {
        m_historyKind = kind;
        m_historyDetail = detail;
    }

private:
    void apply(const std::optional<AnnualReturn> &target, const std::optional<AnnualReturn> &other);

    Workspace *m_workspace;
    std::optional<AnnualReturn> m_before;
    std::optional<AnnualReturn> m_after;
    QString m_mergeKey;
    QString m_historyKind;
    QString m_historyDetail;
    bool m_redoing = false;
};

} // namespace scwres
