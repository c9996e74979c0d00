// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "history/ChangeHistory.h"

#include <QDialog>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace scwres {

class PlanEditor;
class Workspace;

// The selected year's history: every change of its return and plan in words, newest first,
// with when and by whom; "Restore" puts the chosen record back as it was after that change, as
// one undoable step (KeePassXC's entry history). The sign-off state is never restored: a
// signed-off plan must be reopened first, and a restored plan keeps its reopening record.
class HistoryDialog final : public QDialog {
    Q_OBJECT

public:
    HistoryDialog(Workspace *workspace, PlanEditor *planEditor, QWidget *parent = nullptr);

    // Opens the dialog for the workspace's selected year (tells the user when none is selected).
    static void showFor(QWidget *parent, Workspace *workspace, PlanEditor *planEditor);

    // Restores the record of the list's row (0: the newest change). For tests and the button.
    bool restoreRow(int row);
    QListWidget *list() const { return m_list; }

private:
    void reload();

    Workspace *m_workspace;
    PlanEditor *m_planEditor;
    long long m_authorityId = 0;
    int m_year = 0;
    std::vector<HistoryEntry> m_entries; // newest first, as listed
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace scwres
