// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanEngagementForm.h"
#include "window/TextLimitGuard.h"
#include "ui_PlanEngagementForm.h"

#include "PlanEditor.h"

#include <QSignalBlocker>

namespace scwres {

PlanEngagementForm::PlanEngagementForm(PlanEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanEngagementForm>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    TextLimitGuard::apply(this);
    m_ui->engagementAnswer->addItem(tr("Not answered"), static_cast<int>(YesNo::Unanswered));
    m_ui->engagementAnswer->addItem(tr("Yes"), static_cast<int>(YesNo::Yes));
    m_ui->engagementAnswer->addItem(tr("No"), static_cast<int>(YesNo::No));
    connect(m_ui->otherActions, &PlanTextEdit::edited, this, [this](const QString &text) {
        ActionPlan plan = *m_editor->plan();
        plan.otherActions = text;
        m_editor->edit(plan, tr("Edit the other actions and activities"), QStringLiteral("otherActions"));
    });
    connect(m_ui->keyPoints, &PlanTextEdit::edited, this, [this](const QString &text) {
        ActionPlan plan = *m_editor->plan();
        plan.staffEngagement.keyPoints = text;
        m_editor->edit(plan, tr("Edit the staff engagement key points"), QStringLiteral("keyPoints"));
    });
    connect(m_ui->engagementAnswer, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_editor->plan())
            return;
        ActionPlan plan = *m_editor->plan();
        plan.staffEngagement.hasPlanOrPolicy = static_cast<YesNo>(m_ui->engagementAnswer->currentData().toInt());
        if (!m_editor->edit(plan, tr("Answer the staff engagement question")))
            refresh();
    });
    connect(m_editor, &PlanEditor::planChanged, this, &PlanEngagementForm::refresh);
    refresh();
}

PlanEngagementForm::~PlanEngagementForm() = default;

void PlanEngagementForm::refresh()
{
    const auto &plan = m_editor->plan();
    const bool readOnly = m_editor->isReadOnly();
    m_ui->otherActions->setTextQuietly(plan ? plan->otherActions : QString());
    m_ui->keyPoints->setTextQuietly(plan ? plan->staffEngagement.keyPoints : QString());
    m_ui->otherActions->setReadOnly(readOnly);
    m_ui->keyPoints->setReadOnly(readOnly);
    const QSignalBlocker blocker(m_ui->engagementAnswer);
    const YesNo answer = plan ? plan->staffEngagement.hasPlanOrPolicy : YesNo::Unanswered;
    m_ui->engagementAnswer->setCurrentIndex(m_ui->engagementAnswer->findData(static_cast<int>(answer)));
    m_ui->engagementAnswer->setEnabled(!readOnly);
}

} // namespace scwres
