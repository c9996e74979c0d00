// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanOverviewWidget.h"
#include "ui_PlanOverviewWidget.h"

#include "PlanEditor.h"

#include <QLocale>

namespace scwres {

PlanOverviewWidget::PlanOverviewWidget(PlanEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanOverviewWidget>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    // The warning must stand out without relying on colour: bold text with a "Warning:" lead.
    QFont bold = m_ui->silentWarning->font();
    bold.setBold(true);
    m_ui->silentWarning->setFont(bold);
    m_ui->silentWarning->setFrameShape(QFrame::StyledPanel);
    m_ui->silentWarning->setMargin(6);
    for (QLabel *label : {m_ui->statusCounts, m_ui->sectionCounts, m_ui->overdueList})
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_editor, &PlanEditor::planChanged, this, &PlanOverviewWidget::refresh);
    refresh();
}

PlanOverviewWidget::~PlanOverviewWidget() = default;

void PlanOverviewWidget::refresh()
{
    const auto &plan = m_editor->plan();
    if (!plan) {
        for (QLabel *label : {m_ui->silentWarning, m_ui->totalsLabel, m_ui->statusCounts, m_ui->sectionCounts,
                              m_ui->overdueList})
            label->clear();
        m_ui->silentWarning->hide();
        return;
    }
    const auto &report = m_editor->report();
    const PlanOverview overview = planOverview(*plan, report ? &*report : nullptr, m_editor->today());

    if (overview.silentSections.empty()) {
        m_ui->silentWarning->hide();
        m_ui->silentWarning->clear();
    } else {
        QStringList names;
        for (int n : overview.silentSections)
            names << sectionTitle(n);
        m_ui->silentWarning->setText(
            tr("Warning: the data says act, the plan is silent. %1 %2 outside the non-adverse range with no action.")
                .arg(QLocale().createSeparatedList(names))
                .arg(overview.silentSections.size() == 1 ? tr("is") : tr("are")));
        m_ui->silentWarning->show();
    }

    QString totals = tr("%n action(s) in the %1 plan.", nullptr, overview.totalActions).arg(plan->year);
    if (!report)
        totals += QLatin1Char(' ') + tr("There is no data return for %1, so the plan cannot be checked against the "
                                        "data.")
                                         .arg(plan->year);
    m_ui->totalsLabel->setText(totals);

    QStringList statusLines;
    for (const auto &[status, count] : overview.byStatus)
        statusLines << tr("%1: %2").arg(actionStatusText(status)).arg(count);
    m_ui->statusCounts->setText(statusLines.join(QLatin1Char('\n')));

    QStringList sectionLines;
    for (const auto &[section, count] : overview.bySection)
        sectionLines << tr("%1: %2").arg(sectionTitle(section)).arg(count);
    m_ui->sectionCounts->setText(sectionLines.join(QLatin1Char('\n')));

    QStringList overdueLines;
    for (const OverdueAction &a : overview.overdue)
        overdueLines << tr("%1, due %2: %3")
                            .arg(sectionTitle(a.section), QLocale().toString(a.due, QLocale::ShortFormat),
                                 a.details.section(QLatin1Char('\n'), 0, 0));
    m_ui->overdueList->setText(overdueLines.isEmpty() ? tr("No action is past its due date.")
                                                      : overdueLines.join(QLatin1Char('\n')));
}

} // namespace scwres
