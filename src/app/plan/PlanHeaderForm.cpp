// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanHeaderForm.h"
#include "window/TextLimitGuard.h"
#include "ui_PlanHeaderForm.h"

#include "PlanEditor.h"

#include <QSignalBlocker>

namespace scwres {

PlanHeaderForm::PlanHeaderForm(PlanEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanHeaderForm>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    TextLimitGuard::apply(this);
    for (QLineEdit *edit : {m_ui->authorityName, m_ui->sponsor, m_ui->programmeLead, m_ui->staffVoiceLead,
                            m_ui->pswAdults, m_ui->pswChildren})
        connect(edit, &QLineEdit::editingFinished, this, &PlanHeaderForm::commitHeader);
    connect(m_ui->directEmployees, &QSpinBox::editingFinished, this, &PlanHeaderForm::commitHeader);
    connect(m_ui->updateFromProfile, &QPushButton::clicked, this, &PlanHeaderForm::updateFromProfile);
    connect(m_ui->evaluation, &PlanTextEdit::edited, this, [this](const QString &text) {
        ActionPlan plan = *m_editor->plan();
        plan.evaluation = text;
        m_editor->edit(plan, tr("Edit how the plan will be evaluated"), QStringLiteral("evaluation"));
    });
    connect(m_ui->learning, &PlanTextEdit::edited, this, [this](const QString &text) {
        ActionPlan plan = *m_editor->plan();
        plan.learningFromLastYear = text;
        m_editor->edit(plan, tr("Edit the learning from last year"), QStringLiteral("learning"));
    });
    connect(m_editor, &PlanEditor::planChanged, this, &PlanHeaderForm::refresh);
    refresh();
}

PlanHeaderForm::~PlanHeaderForm() = default;

void PlanHeaderForm::refresh()
{
    const auto &plan = m_editor->plan();
    const bool readOnly = m_editor->isReadOnly();
    const PlanHeader header = plan ? plan->header : PlanHeader{};
    const std::pair<QLineEdit *, QString> fields[] = {
        {m_ui->authorityName, header.authorityName},
        {m_ui->sponsor, header.sponsor},
        {m_ui->programmeLead, header.programmeLead},
        {m_ui->staffVoiceLead, header.staffVoiceLead},
        {m_ui->pswAdults, header.principalSocialWorkerAdults},
        {m_ui->pswChildren, header.principalSocialWorkerChildren},
    };
    for (const auto &[edit, value] : fields) {
        const QSignalBlocker blocker(edit);
        if (edit->text() != value)
            edit->setText(value);
        edit->setReadOnly(readOnly);
    }
    {
        const QSignalBlocker blocker(m_ui->directEmployees);
        m_ui->directEmployees->setValue(header.directEmployees.value_or(-1));
        m_ui->directEmployees->setReadOnly(readOnly);
    }
    m_ui->evaluation->setTextQuietly(plan ? plan->evaluation : QString());
    m_ui->learning->setTextQuietly(plan ? plan->learningFromLastYear : QString());
    m_ui->evaluation->setReadOnly(readOnly);
    m_ui->learning->setReadOnly(readOnly);
    m_ui->updateFromProfile->setEnabled(!readOnly);
}

void PlanHeaderForm::commitHeader()
{
    if (!m_editor->plan() || m_editor->isReadOnly())
        return;
    ActionPlan plan = *m_editor->plan();
    PlanHeader &h = plan.header;
    h.authorityName = m_ui->authorityName->text().trimmed();
    h.sponsor = m_ui->sponsor->text().trimmed();
    h.programmeLead = m_ui->programmeLead->text().trimmed();
    h.staffVoiceLead = m_ui->staffVoiceLead->text().trimmed();
    h.principalSocialWorkerAdults = m_ui->pswAdults->text().trimmed();
    h.principalSocialWorkerChildren = m_ui->pswChildren->text().trimmed();
    const int employees = m_ui->directEmployees->value();
    h.directEmployees = employees < 0 ? std::nullopt : std::optional<int>(employees);
    m_editor->edit(plan, tr("Edit the plan's header"), QStringLiteral("header"));
}

void PlanHeaderForm::updateFromProfile()
{
    const auto profile = m_editor->authority();
    if (!profile || !m_editor->plan())
        return;
    ActionPlan plan = *m_editor->plan();
    plan.header = headerFromAuthority(*profile);
    m_editor->edit(plan, tr("Update the header from the authority profile"));
}

} // namespace scwres
