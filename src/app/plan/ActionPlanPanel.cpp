// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ActionPlanPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace scwres {

ActionPlanPanel::ActionPlanPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("actionPlanPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Action plan: the SC-WRES action plan, tracked through the year."), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addStretch();
}

} // namespace scwres
