// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "DashboardPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace scwres {

DashboardPanel::DashboardPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("dashboardPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Dashboard: the nine metrics and relative likelihoods with charts."), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addStretch();
}

} // namespace scwres
