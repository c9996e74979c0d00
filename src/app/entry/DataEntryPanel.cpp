// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "DataEntryPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace scwres {

DataEntryPanel::DataEntryPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("dataEntryPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Data entry: the annual return, per service area, checked as it is typed."), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addStretch();
}

} // namespace scwres
