// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "SignOffBox.h"
#include "window/TextLimitGuard.h"
#include "ui_SignOffBox.h"

#include "PlanEditor.h"
#include "PlanEvents.h"
#include "window/Workspace.h"

#include "Database.h"
#include "PlanSignOffCheck.h"
#include "history/ChangeHistory.h"
#include "window/Dialogs.h"

#include <QCompleter>
#include <QLocale>
#include <QSettings>

namespace scwres {

namespace {
const QString kSignedOffByKey = QStringLiteral("people/signedOffBy");
const QString kSignedOffRoleKey = QStringLiteral("people/signedOffRole");

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
    offerRemembered();
    refresh();
}

SignOffBox::~SignOffBox() = default;

void SignOffBox::refresh()
{
    const auto &plan = m_editor->plan();
    const bool signedOff = plan && plan->isSignedOff();
    // Another plan on screen: its sign-off block starts empty, never with the last plan's signatory.
    const std::pair<long long, int> key{m_editor->authorityId(), m_editor->year()};
    if (key != m_shownKey) {
        m_shownKey = key;
        m_ui->signOffName->clear();
        m_ui->signOffRole->clear();
    }
    if (signedOff) {
        QString status = tr("Signed off by %1 (%2) on %3. The plan is read-only.")
                             .arg(plan->signOff->name, plan->signOff->role, shortDate(plan->signOff->date));
        if (Database *db = m_editor->workspace()->database();
            db && ChangeHistory(*db).figuresChangedSinceSignOff(m_editor->authorityId(), m_editor->year()))
            status += QLatin1Char(' ') + tr("The year's figures have changed since the plan was signed off: see Edit > "
                                            "History.");
        m_ui->signOffStatus->setText(status);
        m_ui->signOffName->setText(plan->signOff->name);
        m_ui->signOffRole->setText(plan->signOff->role);
        m_ui->signOffDate->setDate(plan->signOff->date);
    } else {
        m_ui->signOffStatus->setText(plan ? tr("Not signed off yet: the plan can be changed.") : QString());
        if (m_ui->signOffName->isReadOnly()) {
            // Just reopened (or first shown): what was signed is a record above, not a draft.
            m_ui->signOffName->clear();
            m_ui->signOffRole->clear();
        }
        m_ui->signOffDate->setDate(m_editor->today());
    }
    for (QLineEdit *edit : {m_ui->signOffName, m_ui->signOffRole})
        edit->setReadOnly(signedOff || !plan);
    m_ui->signOffDate->setReadOnly(signedOff || !plan);
    // A read-only database cannot record the event either way.
    const bool writable = !m_editor->workspace()->isReadOnly();
    m_ui->signOffButton->setEnabled(plan && !signedOff && writable);
    m_ui->reopenButton->setEnabled(signedOff && writable);

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
    const auto &report = m_editor->report();
    const QStringList gaps = signOffGaps(*m_editor->plan(), report ? &*report : nullptr);
    QString question = tr("Sign off the %1 action plan as %2?\n\nOnce signed off, the plan and the year's figures are "
                          "read-only and nothing before the sign-off can be undone; only \"Reopen for changes\", "
                          "with a reason, makes them editable again.")
                           .arg(m_editor->year())
                           .arg(name);
    if (!gaps.isEmpty()) {
        QStringList lines;
        for (const QString &gap : gaps)
            lines << QStringLiteral("\u2022 ") + gap;
        question = tr("The plan lacks:\n%1\n\n%2").arg(lines.join(QLatin1Char('\n')), question);
    }
    if (Dialogs::question(this, tr("Sign off the plan"), question, QMessageBox::Yes | QMessageBox::Cancel,
                          QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString error;
    const QString role = m_ui->signOffRole->text().trimmed();
    if (!PlanEvents::signOff(m_editor->workspace(), m_editor->authorityId(), m_editor->year(),
                             SignOff{name, role, m_ui->signOffDate->date()}, &error)) {
        if (!error.isEmpty())
            Dialogs::warning(this, tr("Sign off"), tr("The plan could not be signed off: %1").arg(error));
        return;
    }
    // Remembered for this computer user: offered (never filled in) the next time a plan is signed.
    QSettings settings;
    settings.setValue(kSignedOffByKey, name);
    settings.setValue(kSignedOffRoleKey, role);
    offerRemembered();
}

void SignOffBox::offerRemembered()
{
    const QSettings settings;
    const std::pair<QLineEdit *, QString> fields[] = {{m_ui->signOffName, kSignedOffByKey},
                                                      {m_ui->signOffRole, kSignedOffRoleKey}};
    for (const auto &[edit, key] : fields) {
        const QString remembered = settings.value(key).toString();
        if (remembered.isEmpty())
            continue;
        auto *completer = new QCompleter(QStringList{remembered}, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        edit->setCompleter(completer);
    }
}

void SignOffBox::reopen()
{
    if (!m_editor->plan() || !m_editor->plan()->isSignedOff())
        return;
    PlanEvents::askAndReopen(this, m_editor->workspace(), m_editor->authorityId(), m_editor->year(), m_editor->today());
}

} // namespace scwres
