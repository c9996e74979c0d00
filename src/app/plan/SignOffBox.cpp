// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "SignOffBox.h"
#include "window/TextLimitGuard.h"
#include "ui_SignOffBox.h"

#include "PlanEditor.h"
#include "window/Dialogs.h"

#include <QLocale>

namespace scwres {

namespace {
QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}
} // namespace

SignOffBox::SignOffBox(PlanEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SignOffBox>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    TextLimitGuard::apply(this);
    // The record list is hidden until there is a reopening: keep the form at the top meanwhile.
    m_ui->layout->addStretch();
    connect(m_ui->signOffButton, &QPushButton::clicked, this, &SignOffBox::signOff);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &SignOffBox::reopen);
    connect(m_editor, &PlanEditor::planChanged, this, &SignOffBox::refresh);
    refresh();
}

SignOffBox::~SignOffBox() = default;

void SignOffBox::refresh()
{
    const auto &plan = m_editor->plan();
    const bool signedOff = plan && plan->isSignedOff();
    if (signedOff) {
        m_ui->signOffStatus->setText(tr("Signed off by %1 (%2) on %3. The plan is read-only.")
                                         .arg(plan->signOff->name, plan->signOff->role,
                                              shortDate(plan->signOff->date)));
        m_ui->signOffName->setText(plan->signOff->name);
        m_ui->signOffRole->setText(plan->signOff->role);
        m_ui->signOffDate->setDate(plan->signOff->date);
    } else {
        m_ui->signOffStatus->setText(plan ? tr("Not signed off yet: the plan can be changed.") : QString());
        if (plan && m_ui->signOffName->text().isEmpty())
            m_ui->signOffName->setText(plan->header.sponsor);
        m_ui->signOffDate->setDate(m_editor->today());
    }
    for (QLineEdit *edit : {m_ui->signOffName, m_ui->signOffRole})
        edit->setReadOnly(signedOff || !plan);
    m_ui->signOffDate->setReadOnly(signedOff || !plan);
    m_ui->signOffButton->setEnabled(plan && !signedOff);
    m_ui->reopenButton->setEnabled(signedOff);

    m_ui->reopenings->clear();
    if (plan)
        for (const Reopening &r : plan->reopenings)
            m_ui->reopenings->addItem(tr("%1: reopened by %2 (signed off by %3 on %4). Reason: %5")
                                          .arg(shortDate(r.date), r.by.isEmpty() ? tr("unknown") : r.by,
                                               r.previousSignOff.name, shortDate(r.previousSignOff.date), r.reason));
    const bool any = plan && !plan->reopenings.empty();
    m_ui->reopenings->setVisible(any);
    m_ui->reopeningsLabel->setVisible(any);
}

void SignOffBox::signOff()
{
    if (!m_editor->plan() || m_editor->isReadOnly())
        return;
    const QString name = m_ui->signOffName->text().trimmed();
    if (name.isEmpty()) {
        Dialogs::warning(this, tr("Sign off"), tr("Enter the name of the person signing the plan off."));
        m_ui->signOffName->setFocus();
        return;
    }
    ActionPlan plan = *m_editor->plan();
    signOffPlan(plan, SignOff{name, m_ui->signOffRole->text().trimmed(), m_ui->signOffDate->date()});
    m_editor->edit(plan, tr("Sign off the plan"));
}

void SignOffBox::reopen()
{
    if (!m_editor->plan() || !m_editor->plan()->isSignedOff())
        return;
    bool ok = false;
    const QString reason = Dialogs::text(this, tr("Reopen for changes"),
                                         tr("Why is the signed-off plan being reopened? The reason is kept with "
                                            "the plan."),
                                         QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        Dialogs::warning(this, tr("Reopen for changes"), tr("A reason is needed to reopen a signed-off plan."));
        return;
    }
    ActionPlan plan = *m_editor->plan();
    // "By": the programme lead named in the plan; the program has no user accounts.
    reopenPlan(plan, m_editor->today(), plan.header.programmeLead, reason);
    m_editor->edit(plan, tr("Reopen the plan for changes"));
}

} // namespace scwres
