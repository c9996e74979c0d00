// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ViewMenu.h"

#include "Dialogs.h"
#include "Workspace.h"
#include "help/UserGuide.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>

namespace scwres {

ViewMenu::ViewMenu(QMenu *view, QMenu *help, QTabWidget *panels, Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_panels(panels)
    , m_workspace(workspace)
{
    const QString names[] = {tr("&Data entry"), tr("Das&hboard"), tr("Action &plan")};
    for (int i = 0; i < 3; ++i) {
        QAction *show = view->addAction(names[i], this, [this, i] {
            m_panels->setCurrentIndex(i);
            if (QWidget *page = m_panels->currentWidget())
                page->setFocus(Qt::ShortcutFocusReason);
        });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        show->setObjectName(QStringLiteral("actionShowPanel%1").arg(i + 1));
    }
    view->addSeparator();
    QAction *previous = view->addAction(tr("P&revious year"), this, [this] { stepYear(-1); });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    previous->setObjectName(QStringLiteral("actionPreviousYear"));
    QAction *next = view->addAction(tr("&Next year"), this, [this] { stepYear(1); });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    next->setObjectName(QStringLiteral("actionNextYear"));

    QMenu *areas = view->addMenu(tr("Service &area"));
    areas->setObjectName(QStringLiteral("menuServiceArea"));
    const std::pair<AreaSelection, QString> areaNames[] = {
        {AreaSelection::Combined, tr("Adult &and children's")},
        {AreaSelection::Adult, tr("A&dult social care")},
        {AreaSelection::Children, tr("&Children's social care")},
    };
    for (const auto &[area, name] : areaNames) {
        const AreaSelection chosen = area;
        QAction *action = areas->addAction(name, this, [this, chosen] { Q_EMIT areaChosen(chosen); });
        action->setObjectName(QStringLiteral("actionArea_%1").arg(areaSelectionKey(area)));
    }

    view->addSeparator();
    QAction *present = view->addAction(tr("Pr&esent"), this, &ViewMenu::presentChosen);
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setObjectName(QStringLiteral("actionPresent"));

    QAction *guide = help->addAction(tr("&User guide"), this, [this] { showGuide(QStringLiteral("index.md")); });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    QAction *panelGuide = help->addAction(tr("&Guide to this panel"), this,
                                          [this] { showGuide(UserGuide::pageForPanel(m_panels->currentIndex())); });
    panelGuide->setShortcut(QKeySequence::HelpContents);
    panelGuide->setObjectName(QStringLiteral("actionPanelGuide"));
    QAction *panelHelp = help->addAction(tr("&Keys on this panel"), this, &ViewMenu::showHelp);
    panelHelp->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    panelHelp->setObjectName(QStringLiteral("actionPanelHelp"));
}

void ViewMenu::showGuide(const QString &page)
{
    // One guide window per main window, kept (hidden) when closed so it reopens where it was.
    if (!m_guide)
        m_guide = new UserGuide(m_panels->window());
    m_guide->showPage(page);
}

void ViewMenu::stepYear(int direction)
{
    Database *db = m_workspace->database();
    if (!db || m_workspace->currentAuthorityId() == 0)
        return;
    const std::vector<int> years = db->years(m_workspace->currentAuthorityId());
    const int current = m_workspace->currentYear();
    int chosen = 0;
    for (int year : years)
        if ((direction < 0 && year < current && year > chosen) || (direction > 0 && year > current && (chosen == 0 || year < chosen)))
            chosen = year;
    if (chosen != 0)
        m_workspace->select(m_workspace->currentAuthorityId(), chosen);
}

QString ViewMenu::helpFor(int panel)
{
    switch (panel) {
    case 0:
        return tr("Data entry: the year's return, as the SC-WRES collects it, for each service area.\n\n"
                  "In a grid of counts: type over a cell to replace it, F2 to edit it in place, Enter to go down "
                  "(Shift+Enter up), Tab to go along the row (Shift+Tab back) and on to the next grid, Ctrl+Arrow "
                  "to the last count that way, Delete to clear (not entered, which is not 0). Ctrl+C copies and "
                  "Ctrl+V pastes a block from a spreadsheet.\n\n"
                  "Every change is saved at once; Ctrl+Z undoes the last change to the year on screen. The "
                  "Problems list says what the SC-WRES checks find; Enter on a problem goes to its cell.");
    case 1:
        return tr("Dashboard: the nine metrics for the area and year chosen. Every relative likelihood (RL) is "
                  "minority ethnic staff relative to white staff; within the range it reads as no adverse "
                  "difference, above or below as the status says. Figures resting on small numbers say so, and "
                  "the interval says how sure the figure is.\n\n"
                  "Each chart has \"Show as table\" for its numbers. Alt+Page Up and Alt+Page Down change the year. "
                  "F5 presents the metrics full screen, one a page, for a meeting (Esc leaves).");
    default:
        return tr("Action plan: the year's plan in the SC-WRES template: the header and review, a section per "
                  "metric with its narrative and actions, other actions and staff engagement, and sign-off.\n\n"
                  "Text is saved as you type. Signing off asks first and lists what the plan lacks; after sign-off "
                  "only \"Reopen for changes\" (with a reason) makes the plan editable again.");
    }
}

void ViewMenu::showHelp()
{
    const int panel = m_panels->currentIndex();
    Dialogs::information(m_panels->window(), tr("Help: %1").arg(m_panels->tabText(panel).remove(QLatin1Char('&'))),
                         helpFor(panel));
}

} // namespace scwres
