// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QWidget>

namespace scwres {

class Workspace;

// Data entry panel: the annual return, per service area, checked as it is typed.
class DataEntryPanel final : public QWidget {
    Q_OBJECT

public:
    explicit DataEntryPanel(Workspace *workspace, QWidget *parent = nullptr);

private:
    Workspace *m_workspace;
};

} // namespace scwres
