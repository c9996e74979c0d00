// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "Authority.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class AuthorityProfileEditor;
}

namespace scwres {

class Workspace;

// The selected authority's profile: name, ONS code, staff numbers and the people the action
// plan names. Each field is saved when left (one undo step), and a new authority can be added.
class AuthorityProfileEditor final : public QWidget {
    Q_OBJECT

public:
    explicit AuthorityProfileEditor(Workspace *workspace, QWidget *parent = nullptr);
    ~AuthorityProfileEditor() override;

    void reload();

private:
    void commit();
    void newAuthority();
    Authority fromFields(const Authority &base) const;

    std::unique_ptr<Ui::AuthorityProfileEditor> m_ui;
    Workspace *m_workspace;
    std::optional<Authority> m_shown;
};

} // namespace scwres
