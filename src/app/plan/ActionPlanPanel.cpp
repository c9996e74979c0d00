// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ActionPlanPanel.h"
#include "ui_ActionPlanPanel.h"

#include "EvaluationTableModel.h"
#include "MetricSectionWidget.h"
#include "PlanEditor.h"
#include "PlanEngagementForm.h"
#include "PlanHeaderForm.h"
#include "PlanOverviewWidget.h"
#include "SignOffBox.h"
#include "window/Dialogs.h"
#include "window/Workspace.h"

#include "Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace scwres {

namespace {
QScrollArea *scrolled(QWidget *content, const QString &name)
{
    auto *area = new QScrollArea;
    area->setObjectName(name);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}
} // namespace

ActionPlanPanel::ActionPlanPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ActionPlanPanel>())
    , m_workspace(workspace)
    , m_editor(new PlanEditor(workspace, this))
{
    setObjectName(QStringLiteral("actionPlanPanel"));
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_ui->titleLabel->setFont(title);
    m_ui->titleLabel->setWordWrap(false);

    auto *overview = new PlanOverviewWidget(m_editor);
    overview->setObjectName(QStringLiteral("planOverview"));
    auto *header = new PlanHeaderForm(m_editor);
    header->setObjectName(QStringLiteral("planHeader"));
    auto *engagement = new PlanEngagementForm(m_editor);
    engagement->setObjectName(QStringLiteral("planEngagement"));
    auto *signOff = new SignOffBox(m_editor);
    signOff->setObjectName(QStringLiteral("signOffBox"));
    m_ui->planTabs->addTab(scrolled(overview, QStringLiteral("overviewScroll")), tr("Overvie&w"));
    m_ui->planTabs->addTab(scrolled(header, QStringLiteral("headerScroll")), tr("Heade&r and review"));
    m_ui->planTabs->addTab(createMetricsPage(), tr("&Metrics and actions"));
    m_ui->planTabs->addTab(scrolled(engagement, QStringLiteral("engagementScroll")),
                           tr("Other actions and staff en&gagement"));
    m_ui->planTabs->addTab(createEvaluationPage(), tr("&Last year's actions"));
    m_ui->planTabs->addTab(scrolled(signOff, QStringLiteral("signOffScroll")), tr("&Sign-off"));

    connect(m_ui->createPlan, &QPushButton::clicked, m_editor, &PlanEditor::createPlan);
    connect(m_ui->startNextYear, &QPushButton::clicked, this, &ActionPlanPanel::startNextYear);
    connect(m_editor, &PlanEditor::planChanged, this, &ActionPlanPanel::refresh);
    connect(m_editor, &PlanEditor::refused, this,
            [this](const QString &message) { Dialogs::warning(this, tr("Action plan"), message); });
    refresh();
}

ActionPlanPanel::~ActionPlanPanel() = default;

QWidget *ActionPlanPanel::createMetricsPage()
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("metricsSplitter"));
    m_sectionList = new QListWidget;
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionList->setAccessibleName(tr("Metrics of the plan"));
    m_sectionList->setWordWrap(true);
    m_sectionList->setMinimumWidth(200);
    for (int n = 1; n <= kPlanSectionCount; ++n)
        m_sectionList->addItem(sectionTitle(n));
    m_sectionWidget = new MetricSectionWidget(m_editor);
    m_sectionWidget->setObjectName(QStringLiteral("metricSection"));
    splitter->addWidget(m_sectionList);
    splitter->addWidget(scrolled(m_sectionWidget, QStringLiteral("metricScroll")));
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800});
    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_sectionWidget->setSection(row + 1);
    });
    m_sectionList->setCurrentRow(0);
    return splitter;
}

QWidget *ActionPlanPanel::createEvaluationPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Each of last year's actions with its final status, made when this plan was started "
                                "from last year's. Write what happened in the Outcome column."));
    intro->setWordWrap(true);
    m_evaluationView = new QTableView;
    m_evaluationView->setObjectName(QStringLiteral("evaluationView"));
    m_evaluationView->setAccessibleName(tr("Evaluation of last year's actions"));
    m_evaluationView->setModel(new EvaluationTableModel(m_editor, m_evaluationView));
    m_evaluationView->setWordWrap(true);
    m_evaluationView->horizontalHeader()->setStretchLastSection(true);
    m_evaluationView->setColumnWidth(EvaluationTableModel::Action, 320);
    m_evaluationView->setColumnWidth(EvaluationTableModel::CarriedForward, 180);
    layout->addWidget(intro);
    layout->addWidget(m_evaluationView);
    return page;
}

void ActionPlanPanel::refresh()
{
    const long long authorityId = m_editor->authorityId();
    const int year = m_editor->year();
    const auto &plan = m_editor->plan();
    const auto profile = m_editor->authority();
    m_ui->titleLabel->setText(profile && year ? tr("Action plan %1: %2").arg(year).arg(profile->name)
                                              : tr("Action plan"));
    if (authorityId == 0 || year == 0) {
        m_ui->noPlanLabel->setText(tr("Select an authority and a year to see its action plan."));
        m_ui->createPlan->hide();
    } else if (!plan) {
        m_ui->noPlanLabel->setText(tr("There is no action plan for %1 yet. Creating it fills the header from the "
                                      "authority profile and drafts each metric's narrative from the year's data.")
                                       .arg(year));
        m_ui->createPlan->show();
    }
    m_ui->pages->setCurrentWidget(plan ? m_ui->planPage : m_ui->noPlanPage);

    if (plan && plan->isSignedOff())
        m_ui->stateLabel->setText(tr("Signed off by %1 on %2: read-only. Use \"Reopen for changes\" on the "
                                     "Sign-off tab to change it.")
                                      .arg(plan->signOff->name,
                                           QLocale().toString(plan->signOff->date, QLocale::ShortFormat)));
    else if (plan && plan->startedFromYear)
        m_ui->stateLabel->setText(tr("Draft, started from the %1 plan.").arg(plan->startedFromYear));
    else
        m_ui->stateLabel->setText(plan ? tr("Draft.") : QString());
    m_ui->startNextYear->setVisible(plan.has_value());
    m_ui->startNextYear->setEnabled(plan && !m_editor->hasPlan(year + 1));
    m_ui->startNextYear->setToolTip(m_ui->startNextYear->isEnabled()
                                        ? tr("Carries every action not achieved or dropped into a new %1 plan.")
                                              .arg(year + 1)
                                        : tr("There is already a plan for %1.").arg(year + 1));
    refreshSectionList();
    m_evaluationView->resizeRowsToContents();
}

void ActionPlanPanel::refreshSectionList()
{
    const auto &plan = m_editor->plan();
    const auto &report = m_editor->report();
    const PlanOverview overview =
        plan ? planOverview(*plan, report ? &*report : nullptr, m_editor->today()) : PlanOverview{};
    for (int n = 1; n <= kPlanSectionCount; ++n) {
        const int count = overview.bySection.count(n) ? overview.bySection.at(n) : 0;
        QString text = tr("%1 (%n action(s))", nullptr, count).arg(sectionTitle(n));
        if (std::count(overview.silentSections.begin(), overview.silentSections.end(), n))
            text += QLatin1Char('\n') + tr("Warning: act, no action");
        m_sectionList->item(n - 1)->setText(text);
    }
}

void ActionPlanPanel::startNextYear()
{
    const int next = m_editor->year() + 1;
    if (!m_editor->startNextYear())
        return;
    Database *db = m_workspace->database();
    if (db && db->loadReturn(m_editor->authorityId(), next)) {
        m_workspace->select(m_editor->authorityId(), next);
        return;
    }
    Dialogs::information(this, tr("Next year's plan"),
                         tr("The %1 action plan has been started from this one. It will show when the %1 data "
                            "return is added; its narratives can then be drafted from the data.")
                             .arg(next));
}

} // namespace scwres
