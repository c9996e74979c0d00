// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ReturnCommands.h"

#include "Workspace.h"

namespace scwres {

ReturnChangeCommand::ReturnChangeCommand(Workspace *workspace, std::optional<AnnualReturn> before,
                                         std::optional<AnnualReturn> after, const QString &text,
                                         QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ReturnChangeCommand::undo()
{
    m_redoing = false;
    apply(m_before, m_after);
}

void ReturnChangeCommand::redo()
{
    m_redoing = true;
    apply(m_after, m_before);
}

void ReturnChangeCommand::apply(const std::optional<AnnualReturn> &target, const std::optional<AnnualReturn> &other)
{
    if (target) {
        // A year renamed or moved (never done today) would leave the other behind; guard anyway.
        if (other && (other->year != target->year || other->authorityName != target->authorityName))
            m_workspace->removeReturn(other->authorityName, other->year);
        if (m_redoing)
            m_workspace->storeReturn(*target, m_historyKind, m_historyDetail);
        else
            m_workspace->storeReturn(*target);
    } else if (other) {
        m_workspace->removeReturn(other->authorityName, other->year);
    }
}

bool ReturnChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ReturnChangeCommand *>(other);
    if (!next || next->m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace scwres
