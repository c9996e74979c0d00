// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QTreeWidget>

namespace scwres {

class Workspace;

// The authorities in the database, each with its years. Choosing a year selects it in the
// workspace; every panel follows.
class Navigator final : public QTreeWidget {
    Q_OBJECT

public:
    explicit Navigator(Workspace *workspace, QWidget *parent = nullptr);

    // Re-reads the authorities and years, keeping the selection where it still exists.
    void reload();

Q_SIGNALS:
    // "History..." from a year's context menu.
    void historyRequested(long long authorityId, int year);

private:
    void onCurrentItemChanged(QTreeWidgetItem *current);
    void selectCurrentInTree();

    Workspace *m_workspace;
    bool m_reloading = false;
};

} // namespace scwres
