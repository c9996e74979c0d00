// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ActionDialog.h"
#include "window/TextLimitGuard.h"
#include "ui_ActionDialog.h"

#include <QHeaderView>
#include <QLocale>

namespace scwres {

ActionDialog::ActionDialog(const PlanAction &action, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActionDialog>())
    , m_action(action)
{
    m_ui->setupUi(this);
    TextLimitGuard::apply(this);
    setWindowTitle(action.details.isEmpty() ? tr("New action") : tr("Edit action"));
    m_ui->area->addItem(tr("(not chosen)"), QString());
    for (ImprovementArea area : kImprovementAreas)
        m_ui->area->addItem(improvementAreaText(area), improvementAreaKey(area));
    for (ActionStatus status : kActionStatuses)
        m_ui->status->addItem(actionStatusText(status), actionStatusKey(status));

    m_ui->details->setPlainText(action.details);
    m_ui->timescale->setText(action.timescale);
    m_ui->successMeasure->setPlainText(action.successMeasure);
    m_ui->lead->setText(action.lead);
    m_ui->area->setCurrentIndex(action.area ? m_ui->area->findData(improvementAreaKey(*action.area)) : 0);
    m_ui->status->setCurrentIndex(m_ui->status->findData(actionStatusKey(action.status)));
    const std::pair<QCheckBox *, QDateEdit *> dates[] = {{m_ui->startSet, m_ui->start}, {m_ui->dueSet, m_ui->due}};
    const QDate values[] = {action.start, action.due};
    for (int i = 0; i < 2; ++i) {
        auto [check, edit] = dates[i];
        check->setChecked(values[i].isValid());
        edit->setDate(values[i].isValid() ? values[i] : today);
        edit->setEnabled(values[i].isValid());
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }

    m_ui->notes->setColumnCount(2);
    m_ui->notes->setHorizontalHeaderLabels({tr("Date"), tr("Progress note")});
    m_ui->notes->horizontalHeader()->setStretchLastSection(true);
    m_ui->notes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->notes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->noteDate->setDate(today);
    connect(m_ui->addNote, &QPushButton::clicked, this, &ActionDialog::addNote);
    connect(m_ui->noteText, &QLineEdit::returnPressed, this, &ActionDialog::addNote);
    connect(m_ui->removeNote, &QPushButton::clicked, this, &ActionDialog::removeNote);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the note line adds the note; it must not also press OK.
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setAutoDefault(false);
    showNotes();
}

ActionDialog::~ActionDialog() = default;

PlanAction ActionDialog::action() const
{
    PlanAction a = m_action;
    a.details = m_ui->details->toPlainText().trimmed();
    a.timescale = m_ui->timescale->text().trimmed();
    a.successMeasure = m_ui->successMeasure->toPlainText().trimmed();
    a.lead = m_ui->lead->text().trimmed();
    a.area = improvementAreaFromKey(m_ui->area->currentData().toString());
    a.status = actionStatusFromKey(m_ui->status->currentData().toString()).value_or(ActionStatus::NotStarted);
    a.start = m_ui->startSet->isChecked() ? m_ui->start->date() : QDate();
    a.due = m_ui->dueSet->isChecked() ? m_ui->due->date() : QDate();
    return a;
}

void ActionDialog::addNote()
{
    const QString text = m_ui->noteText->text().trimmed();
    if (text.isEmpty())
        return;
    m_action.notes.push_back(ProgressNote{m_ui->noteDate->date(), text});
    // Notes are a dated log: keep them in date order whatever order they were typed in.
    std::stable_sort(m_action.notes.begin(), m_action.notes.end(),
                     [](const ProgressNote &a, const ProgressNote &b) { return a.date < b.date; });
    m_ui->noteText->clear();
    showNotes();
}

void ActionDialog::removeNote()
{
    const int row = m_ui->notes->currentRow();
    if (row < 0 || row >= static_cast<int>(m_action.notes.size()))
        return;
    m_action.notes.erase(m_action.notes.begin() + row);
    showNotes();
}

void ActionDialog::showNotes()
{
    m_ui->notes->setRowCount(static_cast<int>(m_action.notes.size()));
    for (int row = 0; row < static_cast<int>(m_action.notes.size()); ++row) {
        const ProgressNote &note = m_action.notes[static_cast<size_t>(row)];
        m_ui->notes->setItem(row, 0, new QTableWidgetItem(QLocale().toString(note.date, QLocale::ShortFormat)));
        m_ui->notes->setItem(row, 1, new QTableWidgetItem(note.text));
    }
    m_ui->removeNote->setEnabled(!m_action.notes.empty());
}

} // namespace scwres
