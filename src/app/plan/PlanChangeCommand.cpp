// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanChangeCommand.h"

#include "PlanEditor.h"

namespace scwres {

PlanChangeCommand::PlanChangeCommand(PlanEditor *editor, long long authorityId, int year,
                                     std::optional<ActionPlan> before, std::optional<ActionPlan> after,
                                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_editor(editor)
    , m_authorityId(authorityId)
    , m_year(year)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void PlanChangeCommand::undo()
{
    if (m_editor)
        m_editor->store(m_authorityId, m_year, m_before);
}

void PlanChangeCommand::redo()
{
    if (m_editor)
        m_editor->store(m_authorityId, m_year, m_after, m_note);
}

bool PlanChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const PlanChangeCommand *>(other);
    if (!next || next->m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey || next->m_authorityId != m_authorityId
        || next->m_year != m_year)
        return false;
    m_after = next->m_after;
    // Typing and deleting the same text back leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace scwres
