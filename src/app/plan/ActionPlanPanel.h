// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QWidget>

namespace scwres {

class Workspace;

// Action plan panel: the SC-WRES action plan, tracked through the year.
class ActionPlanPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ActionPlanPanel(Workspace *workspace, QWidget *parent = nullptr);

private:
    Workspace *m_workspace;
};

} // namespace scwres
