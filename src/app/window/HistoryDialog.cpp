// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "HistoryDialog.h"

#include "Dialogs.h"
#include "ReturnCommands.h"
#include "Workspace.h"
#include "plan/PlanEditor.h"
#include "plan/PlanEvents.h"

#include "ActionPlanStore.h"
#include "Database.h"
#include "history/HistoryText.h"
#include "history/RecordSnapshot.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace scwres {

HistoryDialog::HistoryDialog(Workspace *workspace, PlanEditor *planEditor, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_planEditor(planEditor)
    , m_authorityId(workspace->currentAuthorityId())
    , m_year(workspace->currentYear())
{
    setObjectName(QStringLiteral("historyDialog"));
    resize(760, 480);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Changes, newest first"));
    m_list->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("&Restore as it was after this change"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_restore->setEnabled(row > 0 && row < int(m_entries.size()) && !m_entries[size_t(row)].snapshot.isEmpty());
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (restoreRow(m_list->currentRow()))
            reload();
    });
    reload();
}

void HistoryDialog::showFor(QWidget *parent, Workspace *workspace, PlanEditor *planEditor)
{
    if (!workspace->database() || workspace->currentYear() == 0) {
        Dialogs::information(parent, tr("History"), tr("Choose a year in the list first."));
        return;
    }
    HistoryDialog dialog(workspace, planEditor, parent);
    dialog.exec();
}

void HistoryDialog::reload()
{
    Database *db = m_workspace->database();
    m_entries.clear();
    m_list->clear();
    if (!db)
        return;
    const auto authority = db->authority(m_authorityId);
    setWindowTitle(tr("History of %1 %2").arg(authority ? authority->name : QString()).arg(m_year));
    ChangeHistory history(*db);
    m_entries = history.entries(m_authorityId, m_year);
    std::vector<HistoryLine> lines = describeHistory(m_entries);
    std::reverse(m_entries.begin(), m_entries.end());
    std::reverse(lines.begin(), lines.end());
    for (const HistoryLine &line : lines)
        m_list->addItem(line.text());

    QString summary = tr("Every change to the %1 return and action plan, newest first.").arg(m_year);
    const auto plan = ActionPlanStore(*db).load(m_authorityId, m_year);
    if (plan && plan->isSignedOff())
        summary += QLatin1Char(' ')
            + (history.figuresChangedSinceSignOff(m_authorityId, m_year)
                   ? tr("The plan is signed off, and the figures HAVE CHANGED since it was signed off.")
                   : tr("The plan is signed off; the figures have not changed since."));
    m_summary->setText(summary);
}

bool HistoryDialog::restoreRow(int row)
{
    Database *db = m_workspace->database();
    if (!db || row < 0 || row >= int(m_entries.size()))
        return false;
    const HistoryEntry &entry = m_entries[size_t(row)];
    if (entry.snapshot.isEmpty())
        return false;
    if (entry.record == HistoryRecord::Return) {
        auto target = returnFromSnapshot(entry.snapshot);
        if (!target)
            return false;
        const auto current = db->loadReturn(m_authorityId, m_year);
        if (current && !PlanEvents::ensureReturnEditable(this, m_workspace, m_authorityId, m_year))
            return false;
        // The authority may have been renamed since: the record is this year's, as named now.
        if (const auto authority = db->authority(m_authorityId))
            target->authorityName = authority->name;
        if (current && *current == *target)
            return true;
        auto *command = new ReturnChangeCommand(
            m_workspace, current, target, tr("Restore as at %1").arg(historyTime(entry.at)));
        command->setHistoryNote(QStringLiteral("restored"), entry.at.toUTC().toString(Qt::ISODateWithMs));
        m_workspace->pushReturnChange(target->authorityName, m_year, command);
        return true;
    }
    const auto target = planFromSnapshot(entry.snapshot);
    if (!target || !m_planEditor || m_planEditor->year() != m_year || m_planEditor->authorityId() != m_authorityId)
        return false;
    if (m_planEditor->plan() && m_planEditor->plan()->isSignedOff()
        && !PlanEvents::askAndReopen(this, m_workspace, m_authorityId, m_year, m_planEditor->today()))
        return false;
    return m_planEditor->restore(*target, entry.at);
}

} // namespace scwres
