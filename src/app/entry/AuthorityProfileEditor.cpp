// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "AuthorityProfileEditor.h"
#include "window/TextLimitGuard.h"
#include "ui_AuthorityProfileEditor.h"

#include "AuthorityChangeCommand.h"
#include "window/Dialogs.h"
#include "window/Workspace.h"

namespace scwres {

AuthorityProfileEditor::AuthorityProfileEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuthorityProfileEditor>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    TextLimitGuard::apply(this);
    setObjectName(QStringLiteral("authorityProfileEditor"));
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->codeEdit, m_ui->sponsorEdit, m_ui->programmeLeadEdit,
                            m_ui->staffVoiceEdit, m_ui->pswAdultsEdit, m_ui->pswChildrenEdit})
        connect(edit, &QLineEdit::editingFinished, this, &AuthorityProfileEditor::commit);
    connect(m_ui->employeesSpin, &QSpinBox::editingFinished, this, &AuthorityProfileEditor::commit);
    connect(m_ui->newAuthorityButton, &QPushButton::clicked, this, &AuthorityProfileEditor::newAuthority);
    connect(m_workspace, &Workspace::authoritiesChanged, this, &AuthorityProfileEditor::reload);
    connect(m_workspace, &Workspace::selectionChanged, this, &AuthorityProfileEditor::reload);
    connect(m_workspace, &Workspace::databaseChanged, this, &AuthorityProfileEditor::reload);
    reload();
}

AuthorityProfileEditor::~AuthorityProfileEditor() = default;

void AuthorityProfileEditor::reload()
{
    Database *db = m_workspace->database();
    m_shown = db ? db->authority(m_workspace->currentAuthorityId()) : std::nullopt;
    const Authority shown = m_shown.value_or(Authority{});
    m_ui->nameEdit->setText(shown.name);
    m_ui->codeEdit->setText(shown.code);
    m_ui->employeesSpin->setValue(shown.directEmployees.value_or(-1));
    m_ui->sponsorEdit->setText(shown.sponsor);
    m_ui->programmeLeadEdit->setText(shown.programmeLead);
    m_ui->staffVoiceEdit->setText(shown.staffVoiceLead);
    m_ui->pswAdultsEdit->setText(shown.principalSocialWorkerAdults);
    m_ui->pswChildrenEdit->setText(shown.principalSocialWorkerChildren);
    for (QWidget *field : findChildren<QWidget *>())
        if (field != m_ui->newAuthorityButton && !qobject_cast<QLabel *>(field))
            field->setEnabled(m_shown.has_value() && !m_workspace->isReadOnly());
    m_ui->newAuthorityButton->setEnabled(db != nullptr && !m_workspace->isReadOnly());
}

Authority AuthorityProfileEditor::fromFields(const Authority &base) const
{
    Authority a = base;
    a.name = m_ui->nameEdit->text().trimmed();
    a.code = m_ui->codeEdit->text().trimmed();
    const int employees = m_ui->employeesSpin->value();
    a.directEmployees = employees < 0 ? std::nullopt : std::optional<int>(employees);
    a.sponsor = m_ui->sponsorEdit->text().trimmed();
    a.programmeLead = m_ui->programmeLeadEdit->text().trimmed();
    a.staffVoiceLead = m_ui->staffVoiceEdit->text().trimmed();
    a.principalSocialWorkerAdults = m_ui->pswAdultsEdit->text().trimmed();
    a.principalSocialWorkerChildren = m_ui->pswChildrenEdit->text().trimmed();
    return a;
}

void AuthorityProfileEditor::commit()
{
    if (!m_shown || !m_workspace->database())
        return;
    const Authority after = fromFields(*m_shown);
    if (after == *m_shown)
        return;
    if (after.name.isEmpty()) {
        Dialogs::warning(this, tr("Authority profile"), tr("The authority needs a name."));
        m_ui->nameEdit->setText(m_shown->name);
        return;
    }
    if (after.name != m_shown->name && m_workspace->database()->authorityByName(after.name)) {
        Dialogs::warning(this, tr("Authority profile"),
                         tr("There is already an authority called \"%1\" in this database.").arg(after.name));
        m_ui->nameEdit->setText(m_shown->name);
        return;
    }
    m_workspace->pushAuthorityChange(
        m_shown->name, new AuthorityChangeCommand(m_workspace, m_shown, after, tr("Edit profile of %1").arg(after.name)));
}

void AuthorityProfileEditor::newAuthority()
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    bool ok = false;
    const QString name
        = Dialogs::text(this, tr("New authority"), tr("Name of the authority:"), QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (db->authorityByName(name)) {
        Dialogs::warning(this, tr("New authority"),
                         tr("There is already an authority called \"%1\" in this database.").arg(name));
        return;
    }
    Authority created;
    created.name = name;
    m_workspace->pushAuthorityChange(
        name, new AuthorityChangeCommand(m_workspace, std::nullopt, created, tr("Add authority %1").arg(name)));
}

} // namespace scwres
