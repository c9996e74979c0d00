// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ServiceArea.h"
#include "Validator.h"

#include <QWidget>

#include <map>
#include <memory>

class QFrame;
class QLabel;
class QPushButton;

namespace Ui {
class DataEntryPanel;
}

namespace scwres {

class AreaEntryPage;
class AuthorityProfileEditor;
class CurrentReturn;
class ProblemsList;
class Workspace;
class YearEditor;

// Data entry panel: the annual return, per service area, checked as it is typed. Tabs for the
// authority profile, the year and each service area; the problems list below shows every
// finding of the validator and takes the focus to its cell. Every edit is saved at once.
class DataEntryPanel final : public QWidget {
    Q_OBJECT

public:
    explicit DataEntryPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~DataEntryPanel() override;

    CurrentReturn *currentReturn() const { return m_current; }
    AreaEntryPage *areaPage(ServiceArea area) const { return m_areaPages.at(area); }
    YearEditor *yearEditor() const { return m_year; }
    ProblemsList *problems() const { return m_problems; }
    // Shows the tab and cell a finding points at, with the keyboard focus on it.
    void showFinding(const Finding &finding);
    // Shows the page of area with the keyboard focus on it; false when the year on screen does
    // not return that area.
    bool showArea(ServiceArea area);
    // The tab shown (Authority, Year, then the service areas) and, on a service area, its group
    // of metrics (-1 elsewhere); showTab puts both back (an index out of range is ignored).
    int currentTab() const;
    int currentGroup() const;
    void showTab(int tab, int group);

private:
    void refresh();
    void buildLockNote();
    void reopenForChanges();

    std::unique_ptr<Ui::DataEntryPanel> m_ui;
    Workspace *m_workspace;
    CurrentReturn *m_current = nullptr;
    AuthorityProfileEditor *m_profile = nullptr;
    YearEditor *m_year = nullptr;
    std::map<ServiceArea, AreaEntryPage *> m_areaPages;
    ProblemsList *m_problems = nullptr;
    // Above the tabs when the year cannot be changed: why, and (signed off) a button to reopen.
    QFrame *m_lockNote = nullptr;
    QLabel *m_lockText = nullptr;
    QPushButton *m_reopenButton = nullptr;
    int m_shownYear = 0; // the year last shown, to open a newly chosen year on its first service area
};

} // namespace scwres
