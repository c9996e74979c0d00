// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QTabWidget;

namespace scwres {

class UserGuide;
class Workspace;

// The View menu: the three panels (Ctrl+1, Ctrl+2, Ctrl+3), the previous and next stored year of
// the authority on screen (Alt+Page Up, Alt+Page Down), the service area (a submenu; the window
// shows the area in the panel on screen) and presentation mode (F5); in the Help menu, the user
// guide (F1 opens it at the page of the panel on screen) and the keys of that panel (Shift+F1).
// Shortcuts are the window's, so they work from any field.
class ViewMenu final : public QObject {
    Q_OBJECT

public:
    ViewMenu(QMenu *view, QMenu *help, QTabWidget *panels, Workspace *workspace, QObject *parent);

    // Plain text: what the panel on screen is for and the keys that work there.
    static QString helpFor(int panel);

Q_SIGNALS:
    // The user chose a service area in View > Service area.
    void areaChosen(scwres::AreaSelection area);
    // View > Present (F5): the dashboard full screen, one metric a page.
    void presentChosen();

private:
    void stepYear(int direction);
    void showHelp();
    void showGuide(const QString &page);

    QTabWidget *m_panels;
    Workspace *m_workspace;
    QPointer<UserGuide> m_guide;
};

} // namespace scwres
