// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "DataEntryPanel.h"
#include "ui_DataEntryPanel.h"

#include "AreaEntryPage.h"
#include "AuthorityProfileEditor.h"
#include "CurrentReturn.h"
#include "ProblemsList.h"
#include "YearEditor.h"
#include "window/Workspace.h"

#include "plan/PlanEvents.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>

namespace scwres {

DataEntryPanel::DataEntryPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DataEntryPanel>())
    , m_workspace(workspace)
    , m_current(new CurrentReturn(workspace, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("dataEntryPanel"));

    auto wrap = [this](QWidget *form) {
        auto *scroll = new QScrollArea(m_ui->entryTabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus); // no unnamed Tab stop before the form's first field
        scroll->setWidget(form);
        return scroll;
    };
    m_profile = new AuthorityProfileEditor(workspace);
    m_ui->entryTabs->addTab(wrap(m_profile), tr("Au&thority"));
    m_year = new YearEditor(m_current);
    m_ui->entryTabs->addTab(wrap(m_year), tr("&Year"));
    for (ServiceArea area : kServiceAreas) {
        auto *page = new AreaEntryPage(m_current, area, m_ui->entryTabs);
        m_areaPages[area] = page;
        m_ui->entryTabs->addTab(page, area == ServiceArea::Adult ? tr("&Adult social care")
                                                                : tr("&Children's social care"));
    }

    buildLockNote();
    m_problems = new ProblemsList(m_ui->problemsHost);
    m_ui->problemsLayout->addWidget(m_problems);
    m_ui->problemsLabel->setBuddy(m_problems);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);
    connect(m_problems, &ProblemsList::findingActivated, this, &DataEntryPanel::showFinding);
    connect(m_current, &CurrentReturn::changed, this, &DataEntryPanel::refresh);
    refresh();
}

DataEntryPanel::~DataEntryPanel()
{
    // An editor still open commits as the window closes; the pages that would hear about it
    // are being destroyed, so they hear nothing (the count itself is saved).
    m_current->blockSignals(true);
}

void DataEntryPanel::buildLockNote()
{
    m_lockNote = new QFrame(this);
    m_lockNote->setObjectName(QStringLiteral("lockNote"));
    m_lockNote->setFrameShape(QFrame::StyledPanel);
    m_lockNote->setAutoFillBackground(true);
    m_lockNote->setBackgroundRole(QPalette::ToolTipBase);
    m_lockNote->setForegroundRole(QPalette::ToolTipText);
    auto *layout = new QHBoxLayout(m_lockNote);
    auto *icon = new QLabel(m_lockNote);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    layout->addWidget(icon);
    m_lockText = new QLabel(m_lockNote);
    m_lockText->setObjectName(QStringLiteral("lockText"));
    m_lockText->setWordWrap(true);
    layout->addWidget(m_lockText, 1);
    m_reopenButton = new QPushButton(tr("Reopen for changes..."), m_lockNote);
    m_reopenButton->setObjectName(QStringLiteral("reopenFiguresButton"));
    layout->addWidget(m_reopenButton);
    connect(m_reopenButton, &QPushButton::clicked, this, &DataEntryPanel::reopenForChanges);
    m_ui->panelLayout->insertWidget(1, m_lockNote);
    m_lockNote->hide();
}

void DataEntryPanel::reopenForChanges()
{
    const auto &ret = m_current->value();
    if (!ret)
        return;
    // Offered by a button, before any typing: the figures stay locked unless this succeeds.
    PlanEvents::askAndReopen(this, m_workspace, m_workspace->currentAuthorityId(), ret->year);
}

void DataEntryPanel::refresh()
{
    const auto &ret = m_current->value();
    m_problems->setFindings(m_current->findings(), ret.has_value());
    m_ui->emptyLabel->setVisible(!ret);
    // Locked things look locked: a note says why, once, and how to change them.
    const bool readOnly = ret && m_workspace->isReadOnly();
    const bool locked = ret && m_current->isLocked();
    if (readOnly)
        m_lockText->setText(tr("This database is open read-only (its file cannot be written): the figures can be "
                               "read and copied, not changed."));
    else if (locked)
        m_lockText->setText(tr("The %1 figures are locked: the %1 action plan is signed off, and these are the figures "
                               "it was signed on. To change them, reopen the plan for changes (the reason is kept in "
                               "its history).")
                                .arg(ret->year));
    m_reopenButton->setVisible(locked && !readOnly);
    m_lockNote->setVisible(readOnly || locked);
    const int year = ret ? ret->year : 0;
    if (year != m_shownYear) {
        // A year chosen: open it on its first service area, where the typing happens.
        if (ret) {
            AreaEntryPage *page = m_areaPages.at(ret->adult ? ServiceArea::Adult : ServiceArea::Children);
            m_ui->entryTabs->setCurrentWidget(page);
            // Typing starts at the first count: at start-up, and after "New year from last year"
            // (the button that had the focus is on a tab no longer shown). The focus is left where
            // it is when it is elsewhere in the window (choosing years in the navigator).
            const QWidget *focus = window()->focusWidget();
            if (!focus || isAncestorOf(focus) || !focus->isVisible())
                page->focusFirstCount();
        }
        else if (m_workspace->currentAuthorityId() != 0)
            m_ui->entryTabs->setCurrentIndex(1);
        m_shownYear = year;
    }
}

int DataEntryPanel::currentTab() const
{
    return m_ui->entryTabs->currentIndex();
}

int DataEntryPanel::currentGroup() const
{
    const auto *page = qobject_cast<const AreaEntryPage *>(m_ui->entryTabs->currentWidget());
    return page ? page->currentGroup() : -1;
}

void DataEntryPanel::showTab(int tab, int group)
{
    if (tab < 0 || tab >= m_ui->entryTabs->count() || !m_ui->entryTabs->isTabEnabled(tab))
        return;
    m_ui->entryTabs->setCurrentIndex(tab);
    if (auto *page = qobject_cast<AreaEntryPage *>(m_ui->entryTabs->currentWidget())) {
        page->setCurrentGroup(group);
        page->focusFirstCount();
    }
}

bool DataEntryPanel::showArea(ServiceArea area)
{
    const auto &ret = m_current->value();
    if (!ret || !(area == ServiceArea::Adult ? ret->adult : ret->children))
        return false;
    m_ui->entryTabs->setCurrentWidget(m_areaPages.at(area));
    if (!m_areaPages.at(area)->focusFirstCount())
        m_areaPages.at(area)->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void DataEntryPanel::showFinding(const Finding &finding)
{
    const FieldLocation &loc = finding.location;
    if (!loc.area) {
        m_ui->entryTabs->setCurrentIndex(1);
        m_year->focusField(loc.returnField);
        return;
    }
    AreaEntryPage *page = m_areaPages.at(*loc.area);
    m_ui->entryTabs->setCurrentWidget(page);
    page->focusLocation(loc);
}

} // namespace scwres
