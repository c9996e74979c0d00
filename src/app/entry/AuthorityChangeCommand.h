// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "Authority.h"

#include <QUndoCommand>

#include <optional>

namespace scwres {

class Workspace;

// An authority profile changed (or created, before empty). The row is found by the name it has
// at the time of undo or redo rather than by id, because undoing a creation and redoing it gives
// the authority a new id while later commands still know it by name.
class AuthorityChangeCommand final : public QUndoCommand {
public:
    AuthorityChangeCommand(Workspace *workspace, std::optional<Authority> before, Authority after,
                           const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Workspace *m_workspace;
    std::optional<Authority> m_before;
    Authority m_after;
};

} // namespace scwres
