// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QWidget>

namespace scwres {

class Workspace;

// Dashboard panel: the nine metrics and relative likelihoods with charts.
class DashboardPanel final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPanel(Workspace *workspace, QWidget *parent = nullptr);

private:
    Workspace *m_workspace;
};

} // namespace scwres
