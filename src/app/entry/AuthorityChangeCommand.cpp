// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "AuthorityChangeCommand.h"

#include "window/Workspace.h"

#include <QCoreApplication>

namespace scwres {

AuthorityChangeCommand::AuthorityChangeCommand(Workspace *workspace, std::optional<Authority> before,
                                               Authority after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void AuthorityChangeCommand::redo()
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    Authority target = m_after;
    const auto existing = db->authorityByName(m_before ? m_before->name : m_after.name);
    target.id = existing ? existing->id : 0;
    const auto id = db->saveAuthority(target);
    if (!id) {
        Q_EMIT m_workspace->errorOccurred(
            QCoreApplication::translate("scwres::AuthorityChangeCommand", "The authority could not be saved: %1")
                .arg(db->lastError()));
        return;
    }
    if (m_before)
        m_workspace->renameRecords(m_before->name, m_after.name);
    m_workspace->notifyAuthoritiesChanged();
    if (!m_before)
        m_workspace->select(*id, 0);
}

void AuthorityChangeCommand::undo()
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    const auto existing = db->authorityByName(m_after.name);
    if (!existing)
        return;
    if (!m_before) {
        if (m_workspace->currentAuthorityId() == existing->id)
            m_workspace->select(0, 0);
        db->deleteAuthority(existing->id);
    } else {
        Authority target = *m_before;
        target.id = existing->id;
        db->saveAuthority(target);
        m_workspace->renameRecords(m_after.name, m_before->name);
    }
    m_workspace->notifyAuthoritiesChanged();
}

} // namespace scwres
