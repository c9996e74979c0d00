// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"

#include <QKeySequence>
#include <QList>
#include <QMainWindow>

#include <memory>

class QMenu;
class QAction;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace scwres {

class Workspace;
class Navigator;
class DataEntryPanel;
class DashboardPanel;
class ActionPlanPanel;

// The frame: menus, the navigator of authorities and years, and the three panels. Each panel
// owns its own feature; this class only wires them to the shared workspace.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    // Opens the database; on failure tells the user and keeps what was open.
    bool openDatabase(const QString &path);
    // On an empty database, asks whether to load the fictional demo authority.
    void offerDemoIfEmpty();

    DataEntryPanel *dataEntryPanel() const { return m_dataEntry; }
    DashboardPanel *dashboardPanel() const { return m_dashboard; }
    ActionPlanPanel *actionPlanPanel() const { return m_actionPlan; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fitToScreen();
    void createActions();
    void newDatabase();
    void openDatabaseDialog();
    void importReturn();
    void exportReturn();
    void showAbout();
    void showArea(AreaSelection area);
    void showComparison();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void updateTitle();
    bool offerRestoreFromBackup(const QString &path);
    void backUpIfChanged();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace = nullptr;
    Navigator *m_navigator = nullptr;
    DataEntryPanel *m_dataEntry = nullptr;
    DashboardPanel *m_dashboard = nullptr;
    ActionPlanPanel *m_actionPlan = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    bool m_changedSinceBackup = false;
};

// Redo's keys: the platform's, Ctrl+Shift+Z and Ctrl+Y, each once.
QList<QKeySequence> redoShortcuts();

// Where the program keeps its database unless told otherwise.
QString defaultDatabasePath();

} // namespace scwres
