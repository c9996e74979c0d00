// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Dialogs.h"
#include "HistoryDialog.h"
#include "Navigator.h"
#include "ReturnCommands.h"
#include "ViewMenu.h"
#include "Workspace.h"
#include "WindowPlace.h"
#include "dashboard/CompareAuthoritiesDialog.h"
#include "dashboard/DashboardPanel.h"
#include "present/PresentationWindow.h"
#include "entry/DataEntryPanel.h"
#include "export/DataReportExport.h"
#include "export/PlanExport.h"
#include "import/ExtractImportWizard.h"
#include "plan/ActionPlanPanel.h"
#include "plan/PlanEvents.h"

#include "Backups.h"
#include "Database.h"
#include "ActionPlanDemo.h"
#include "DemoData.h"
#include "ReturnJson.h"
#include "Validator.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace scwres {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("recentDatabases");
const QString kLastDatabaseKey = QStringLiteral("lastDatabase");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kLastDirKey = QStringLiteral("lastDirectory");

QString lastDirectory()
{
    return QSettings().value(kLastDirKey, QDir::homePath()).toString();
}

void rememberDirectory(const QString &file)
{
    QSettings().setValue(kLastDirKey, QFileInfo(file).absolutePath());
}
} // namespace

QList<QKeySequence> redoShortcuts()
{
    // The platform's redo keys, plus Ctrl+Shift+Z and Ctrl+Y wherever the platform lacks one:
    // each key bound once, so no shortcut is ambiguous.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &extra : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!keys.contains(extra))
            keys << extra;
    return keys;
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("scwres.sqlite"));
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(new Workspace(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/scwres/icons/scwres.svg")));

    m_navigator = new Navigator(m_workspace, m_ui->navigatorHost);
    m_ui->navigatorLayout->addWidget(m_navigator);
    m_dataEntry = new DataEntryPanel(m_workspace, m_ui->panels);
    m_dashboard = new DashboardPanel(m_workspace, m_ui->panels);
    m_actionPlan = new ActionPlanPanel(m_workspace, m_ui->panels);
    m_ui->panels->addTab(m_dataEntry, tr("Data entry"));
    m_ui->panels->addTab(m_dashboard, tr("Dashboard"));
    m_ui->panels->addTab(m_actionPlan, tr("Action plan"));
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({210, 990}); // the authority's name; the dashboard's table needs the rest

    createActions();
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    connect(m_workspace, &Workspace::errorOccurred, this,
            [this](const QString &message) { Dialogs::warning(this, tr("SC-WRES"), message); });
    connect(m_workspace, &Workspace::databaseChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::selectionChanged, this, &MainWindow::updateTitle);
    connect(m_workspace->undoGroup(), &QUndoGroup::indexChanged, this, [this] {
        m_changedSinceBackup = true;
        statusBar()->showMessage(tr("Saved"), 2000);
    });
    // Undo follows the panel: the plan's history on the plan panel, the return's elsewhere.
    connect(m_ui->panels, &QTabWidget::currentChanged, this, [this] {
        m_workspace->setActiveKind(m_ui->panels->currentWidget() == m_actionPlan ? Workspace::RecordKind::Plan
                                                                                 : Workspace::RecordKind::Return);
    });
    connect(m_navigator, &Navigator::historyRequested, this, [this](long long authorityId, int year) {
        m_workspace->select(authorityId, year);
        HistoryDialog::showFor(this, m_workspace, m_actionPlan->editor());
    });

    QSettings settings;
    // As the user left it (size, place, maximised; Qt moves it onto a screen that still exists);
    // the first time, as large as fits the screen it opens on, 1366×768 laptops included.
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        fitToScreen();
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::fitToScreen()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Room for the window manager's frame and title bar, which the available area does not count.
    const QSize frame(16, 48);
    // A 1366×768 laptop gets nearly all of its width: the dashboard's overview needs it.
    const QSize size = QSize(1440, 900).boundedTo(available.size() - frame);
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::createActions()
{
    QMenu *file = m_ui->menuFile;
    QAction *newAction = file->addAction(tr("&New database..."), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("actionNewDatabase"));
    QAction *openAction = file->addAction(tr("&Open database..."), this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import return (JSON)..."), this, &MainWindow::importReturn);
    importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    importAction->setObjectName(QStringLiteral("actionImportReturn"));
    QAction *extractAction = file->addAction(tr("Import from HR e&xtract..."), this, [this] {
        ExtractImportWizard wizard(m_workspace, this);
        wizard.exec();
    });
    extractAction->setObjectName(QStringLiteral("actionImportExtract"));
    m_exportAction = file->addAction(tr("&Export return (JSON)..."), this, &MainWindow::exportReturn);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setObjectName(QStringLiteral("actionExportReturn"));
    file->addSeparator();
    QAction *reportAction = file->addAction(tr("Export &data report..."), this,
                                            [this] { exportDataReport(this, m_workspace); });
    reportAction->setObjectName(QStringLiteral("actionExportDataReport"));
    QAction *planAction = file->addAction(tr("Export action &plan..."), this,
                                          [this] { exportActionPlan(this, m_workspace); });
    planAction->setObjectName(QStringLiteral("actionExportActionPlan"));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(QStringLiteral("actionQuit"));

    // The group's actions act on the record on screen and name it ("Undo 2024 return: …").
    QAction *undo = m_workspace->undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction *redo = m_workspace->undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(redoShortcuts());
    redo->setObjectName(QStringLiteral("actionRedo"));
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);
    m_ui->menuEdit->addSeparator();
    QAction *history = m_ui->menuEdit->addAction(
        tr("&History..."), this, [this] { HistoryDialog::showFor(this, m_workspace, m_actionPlan->editor()); });
    history->setObjectName(QStringLiteral("actionHistory"));

    auto *viewMenu = new ViewMenu(m_ui->menuView, m_ui->menuHelp, m_ui->panels, m_workspace, this);
    connect(viewMenu, &ViewMenu::areaChosen, this, &MainWindow::showArea);
    connect(viewMenu, &ViewMenu::presentChosen, this,
            [this] { PresentationWindow::start(m_dashboard, m_workspace, m_ui->panels); });
    m_ui->menuView->addSeparator();
    QAction *compare = m_ui->menuView->addAction(tr("Co&mpare authorities..."), this, &MainWindow::showComparison);
    compare->setObjectName(QStringLiteral("actionCompareAuthorities"));
    QAction *about = m_ui->menuHelp->addAction(tr("&About SC-WRES"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));

    m_ui->mainToolBar->addAction(openAction);
    m_ui->mainToolBar->addAction(importAction);
    m_ui->mainToolBar->addAction(m_exportAction);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(undo);
    m_ui->mainToolBar->addAction(redo);
}

bool MainWindow::openDatabase(const QString &path)
{
    backUpIfChanged();
    QString error;
    Database::OpenFailure failure = Database::OpenFailure::None;
    if (!m_workspace->openDatabase(path, &error, &failure)) {
        if (failure == Database::OpenFailure::Corrupt && offerRestoreFromBackup(path))
            return openDatabase(path);
        Dialogs::warning(this, tr("Cannot open the database"), error);
        return false;
    }
    m_changedSinceBackup = false;
    rememberRecent(m_workspace->database()->path());
    QSettings().setValue(kLastDatabaseKey, m_workspace->database()->path());
    // Start on the newest year of the first authority, so every panel has something to show.
    const auto authorities = m_workspace->database()->authorities();
    if (!authorities.empty()) {
        const auto years = m_workspace->database()->years(authorities.front().id);
        m_workspace->select(authorities.front().id, years.empty() ? 0 : years.back());
    }
    // The same database again: back to the authority, year, panel and page the user left.
    WindowPlace::restore(*m_workspace, *m_ui->panels, *m_dataEntry);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::offerDemoIfEmpty()
{
    Database *db = m_workspace->database();
    if (!db || !db->authorities().empty())
        return;
    const auto answer = Dialogs::question(
        this, tr("Load the demo authority?"),
        tr("This database is empty.\n\nLoad the fictional demo authority, \"Exampleshire County Council\", with three "
           "years of returns (2022 to 2024) for adult and children's social care? Its figures are invented, so every "
           "screen has something to show while you find your way around. You can delete it later."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!writeDemoData(*db, &error) || !writeDemoPlans(*db, &error)) {
        Dialogs::warning(this, tr("Cannot load the demo"), error);
        return;
    }
    m_workspace->notifyAuthoritiesChanged();
    if (const auto demo = db->authorityByName(demoAuthorityName()))
        m_workspace->select(demo->id, 2024);
}

void MainWindow::newDatabase()
{
    const QString path = Dialogs::saveFileName(this, tr("New database"), lastDirectory(),
                                               tr("SC-WRES databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    if (QFileInfo::exists(path)) {
        Dialogs::warning(this, tr("New database"),
                         tr("%1 already exists. Choose Open to work on it, or another name for a new database.")
                             .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (openDatabase(path))
        offerDemoIfEmpty();
}

void MainWindow::openDatabaseDialog()
{
    const QString path = Dialogs::openFileName(this, tr("Open database"), lastDirectory(),
                                               tr("SC-WRES databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    openDatabase(path);
}

void MainWindow::importReturn()
{
    if (!m_workspace->database())
        return;
    const QString path = Dialogs::openFileName(this, tr("Import return"), lastDirectory(),
                                               tr("SC-WRES returns (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    const ReturnReadResult read = readReturnFile(path);
    if (!read.value) {
        Dialogs::warning(this, tr("Cannot import the return"),
                         tr("%1 was not imported; nothing has changed.\n\n%2")
                             .arg(QDir::toNativeSeparators(path), read.error));
        return;
    }
    AnnualReturn ret = *read.value;
    // A count not entered is never part of a complete year (issue 27): such a file comes in as a draft.
    const bool madeDraft = ret.complete && hasCountNotEntered(ret);
    if (madeDraft)
        ret.complete = false;
    std::optional<AnnualReturn> before = m_workspace->database()->loadReturn(ret.authorityName, ret.year);
    if (const auto authority = m_workspace->database()->authorityByName(ret.authorityName);
        before && authority && !PlanEvents::ensureReturnEditable(this, m_workspace, authority->id, ret.year))
        return;
    if (before
        && Dialogs::question(this, tr("Replace the stored year?"),
                             tr("%1 already has a %2 return in this database. Replace it with the file's? (You can "
                                "undo this.)")
                                 .arg(ret.authorityName)
                                 .arg(ret.year))
            != QMessageBox::Yes)
        return;
    auto *command = new ReturnChangeCommand(m_workspace, before, ret,
                                            tr("Import %1 %2").arg(ret.authorityName).arg(ret.year));
    command->setHistoryNote(QStringLiteral("imported"), QFileInfo(path).fileName());
    m_workspace->pushReturnChange(ret.authorityName, ret.year, command);
    if (const auto authority = m_workspace->database()->authorityByName(ret.authorityName))
        m_workspace->select(authority->id, ret.year);
    const auto findings = validateReturn(ret);
    if (!findings.empty() || madeDraft) {
        QStringList lines;
        if (madeDraft)
            lines << tr("The file is marked complete but some counts are not entered (empty), so it was imported as "
                        "a draft. Enter the counts (0 when there were none), then mark the return complete.");
        for (const Finding &f : findings)
            lines << QStringLiteral("%1: %2").arg(severityName(f.severity), f.message);
        Dialogs::information(this, tr("Return imported with findings"),
                             tr("The return was imported. Please check:\n\n%1").arg(lines.join(QLatin1Char('\n'))));
    } else {
        statusBar()->showMessage(tr("Imported %1 %2").arg(ret.authorityName).arg(ret.year), 5000);
    }
}

void MainWindow::exportReturn()
{
    const auto ret = m_workspace->currentReturn();
    if (!ret) {
        Dialogs::information(this, tr("Export return"), tr("Choose a year in the list first."));
        return;
    }
    const QString suggested = QDir(lastDirectory())
                                  .filePath(QStringLiteral("%1-%2.json")
                                                .arg(ret->authorityName.simplified().replace(QLatin1Char(' '),
                                                                                             QLatin1Char('-')))
                                                .arg(ret->year));
    const QString path = Dialogs::saveFileName(this, tr("Export return"), suggested, tr("SC-WRES returns (*.json)"));
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    QString error;
    if (!writeReturnFile(*ret, path, &error)) {
        Dialogs::warning(this, tr("Cannot export the return"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

// The dashboard always follows the chosen area, so the two panels agree; data entry shows the
// area's page when the area is one the year returns (both areas have no page of their own).
void MainWindow::showArea(AreaSelection area)
{
    m_dashboard->setArea(area);
    if (m_ui->panels->currentWidget() != m_dataEntry || area == AreaSelection::Combined)
        return;
    const ServiceArea single = area == AreaSelection::Adult ? ServiceArea::Adult : ServiceArea::Children;
    if (!m_dataEntry->showArea(single))
        statusBar()->showMessage(tr("The year on screen does not return %1.").arg(serviceAreaName(single)), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About SC-WRES"),
        tr("<h3>SC-WRES desktop %1</h3><p>For local authorities running the Social Care Workforce Race Equality "
           "Standard: the annual data return, the nine metrics and the action plan in one place.</p><p>Every relative "
           "likelihood is minority ethnic staff relative to white staff.</p><p>Open source under the MIT licence.</p>")
            .arg(QStringLiteral(SCWRES_VERSION)));
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    // A file deleted or on a drive no longer mounted is dropped rather than offered.
    recent.erase(std::remove_if(recent.begin(), recent.end(), [](const QString &p) { return !QFileInfo::exists(p); }),
                 recent.end());
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
                                [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    QString title = tr("SC-WRES");
    if (Database *db = m_workspace->database()) {
        title = QFileInfo(db->path()).fileName() + QStringLiteral(" - ") + title;
        if (const auto authority = db->authority(m_workspace->currentAuthorityId())) {
            QString what = authority->name;
            if (m_workspace->currentYear() != 0)
                what += QStringLiteral(" %1").arg(m_workspace->currentYear());
            title = what + QStringLiteral(" - ") + title;
        }
    }
    if (m_workspace->isReadOnly())
        title = tr("%1 [read-only]").arg(title);
    setWindowTitle(title);
    m_exportAction->setEnabled(m_workspace->currentYear() != 0);
    // Said in the status bar for as long as it holds, not in a message that fades.
    const bool readOnly = m_workspace->isReadOnly();
    m_readOnlyLabel->setVisible(readOnly);
    if (readOnly)
        m_readOnlyLabel->setText(tr("Read-only: %1. Changes cannot be saved.")
                                     .arg(m_workspace->database()->readOnlyReason()));
}

bool MainWindow::offerRestoreFromBackup(const QString &path)
{
    const QStringList backups = Backups(Backups::defaultFolderFor(path)).list(QFileInfo(path).fileName());
    if (backups.isEmpty())
        return false;
    const QString newest = backups.first();
    const QDateTime when = QFileInfo(newest).lastModified();
    const auto answer = Dialogs::question(
        this, tr("The database is damaged"),
        tr("%1 is damaged and cannot be opened.\n\nRestore the newest backup, taken %2? The damaged file is kept "
           "beside it, renamed, so nothing is thrown away. Changes made since the backup are not in it.")
            .arg(QDir::toNativeSeparators(path), QLocale().toString(when, QLocale::LongFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    QString error;
    if (Backups::restore(newest, path, QDateTime::currentDateTime(), &error).isEmpty()) {
        Dialogs::warning(this, tr("The backup was not restored"),
                         tr("%1\n\nThe damaged database is where it was, unchanged.").arg(error));
        return false;
    }
    return true;
}

void MainWindow::backUpIfChanged()
{
    Database *db = m_workspace->database();
    if (!db || !m_changedSinceBackup)
        return;
    QString error;
    if (Backups(Backups::defaultFolderFor(db->path())).take(*db, QDateTime::currentDateTime(), &error).isEmpty())
        statusBar()->showMessage(error, 10000); // the data itself is saved; only the extra copy failed
    m_changedSinceBackup = false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    backUpIfChanged();
    // Every edit is already in the database; only the window's layout is left to keep.
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->splitter->saveState());
    WindowPlace::save(*m_workspace, *m_ui->panels, *m_dataEntry);
    event->accept();
}

void MainWindow::showComparison()
{
    Database *db = m_workspace->database();
    if (!db) {
        Dialogs::information(this, tr("Compare authorities"), tr("Open a database first."));
        return;
    }
    QString own;
    if (const auto authority = db->authority(m_workspace->currentAuthorityId()))
        own = authority->name;
    auto *dialog = new CompareAuthoritiesDialog(db, own, m_workspace->currentYear(), m_dashboard->range(),
                                                m_dashboard->intervalMethod(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace scwres
