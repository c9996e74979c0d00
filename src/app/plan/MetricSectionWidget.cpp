// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "MetricSectionWidget.h"
#include "window/TextLimitGuard.h"
#include "ui_MetricSectionWidget.h"

#include "ActionDialog.h"
#include "ActionsTableModel.h"
#include "PlanEditor.h"
#include "window/Dialogs.h"


#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>

namespace scwres {

MetricSectionWidget::MetricSectionWidget(PlanEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MetricSectionWidget>())
    , m_editor(editor)
    , m_model(new ActionsTableModel(this))
    , m_moveMenu(new QMenu(this))
{
    m_ui->setupUi(this);
    TextLimitGuard::apply(this);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->titleLabel->setFont(title);
    m_ui->narrativeLabel->setWordWrap(false);
    m_ui->actionsView->setModel(m_model);
    m_ui->actionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->actionsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->actionsView->setColumnWidth(ActionsTableModel::Details, 280);
    m_ui->actionsView->setColumnWidth(ActionsTableModel::SuccessMeasure, 200);
    // The template's headings are long ("Timescale to start seeing an improvement"): they wrap
    // in a header tall enough for three lines instead of being cut off.
    QHeaderView *header = m_ui->actionsView->horizontalHeader();
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter | int(Qt::TextWordWrap)));
    header->setMinimumSectionSize(header->fontMetrics().horizontalAdvance(QStringLiteral("Improvement")) + 16);
    header->setFixedHeight(header->fontMetrics().lineSpacing() * 3 + 10);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
        const int width = m_ui->actionsView->columnWidth(column);
        // Wide enough that the heading needs at most three lines.
        const int needed = header->fontMetrics().horizontalAdvance(heading) / 3 + 24;
        if (width < needed)
            m_ui->actionsView->setColumnWidth(column, needed);
    }
    m_ui->actionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->moveTo->setMenu(m_moveMenu);
    for (int n = 1; n <= kPlanSectionCount; ++n) {
        QAction *move = m_moveMenu->addAction(sectionTitle(n));
        move->setObjectName(QStringLiteral("moveToMetric%1").arg(n));
        connect(move, &QAction::triggered, this, [this, n] { moveToSection(n); });
    }

    connect(m_ui->narrative, &PlanTextEdit::edited, this, [this](const QString &text) {
        const auto &report = m_editor->report();
        const bool edited = !report || text != draftNarrative(m_section, *report);
        change(
            [&](ActionPlan &plan) {
                plan.section(m_section).narrative = text;
                plan.section(m_section).narrativeEdited = edited;
            },
            tr("Edit the narrative of metric %1").arg(m_section), QStringLiteral("narrative%1").arg(m_section));
    });
    connect(m_ui->redraftButton, &QPushButton::clicked, this, &MetricSectionWidget::redraft);
    connect(m_ui->attachChart, &QCheckBox::toggled, this, [this](bool on) {
        if (!change([&](ActionPlan &plan) { plan.section(m_section).attachChart = on; },
                    on ? tr("Attach the chart of metric %1").arg(m_section)
                       : tr("Do not attach the chart of metric %1").arg(m_section)))
            refresh();
    });
    connect(m_ui->addAction, &QPushButton::clicked, this, &MetricSectionWidget::addAction);
    connect(m_ui->editAction, &QPushButton::clicked, this, &MetricSectionWidget::editAction);
    connect(m_ui->actionsView, &QAbstractItemView::activated, this, &MetricSectionWidget::editAction);
    connect(m_ui->moveUp, &QPushButton::clicked, this, [this] { moveBy(-1); });
    connect(m_ui->moveDown, &QPushButton::clicked, this, [this] { moveBy(1); });
    connect(m_ui->deleteAction, &QPushButton::clicked, this, &MetricSectionWidget::deleteAction);
    connect(m_ui->actionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MetricSectionWidget::showNotes);
    connect(m_editor, &PlanEditor::planChanged, this, &MetricSectionWidget::refresh);
    refresh();
}

MetricSectionWidget::~MetricSectionWidget() = default;

void MetricSectionWidget::setSection(int section)
{
    if (section < 1 || section > kPlanSectionCount || section == m_section)
        return;
    m_ui->narrative->commit(); // never lose text typed into the previous section
    m_section = section;
    refresh();
    selectRow(0);
}

bool MetricSectionWidget::change(const std::function<void(ActionPlan &)> &apply, const QString &text,
                                 const QString &mergeKey)
{
    if (!m_editor->plan())
        return false;
    ActionPlan plan = *m_editor->plan();
    apply(plan);
    return m_editor->edit(plan, text, mergeKey);
}

void MetricSectionWidget::refresh()
{
    const auto &plan = m_editor->plan();
    const auto &report = m_editor->report();
    const bool readOnly = m_editor->isReadOnly();
    m_ui->titleLabel->setText(sectionTitle(m_section));
    m_ui->wordingLabel->setText(sectionWording(m_section));

    QString status;
    if (!report) {
        status = tr("There is no data return for this year, so there is nothing to draft from.");
    } else {
        QStringList parts;
        for (MetricId id : sectionMetrics(m_section)) {
            if (id == MetricId::M1)
                parts << (report->payBands.adverseToMinorityEthnic
                              ? tr("Minority ethnic staff are under-represented in the highest pay band.")
                              : tr("Data: no under-representation in the highest pay band."));
            else
                parts << tr("Data (metric %1): %2").arg(metricKey(id), statusText(report->ratio(id).status));
        }
        status = parts.join(QLatin1Char(' '));
        const bool silent = plan && sectionOutsideRange(m_section, *report)
            && std::none_of(plan->section(m_section).actions.begin(), plan->section(m_section).actions.end(),
                            [](const PlanAction &a) { return a.status != ActionStatus::Dropped; });
        if (silent)
            status += QLatin1Char('\n') + tr("Warning: the data says act, the plan is silent. Add an action.");
    }
    m_ui->dataStatusLabel->setText(status);

    const MetricSection *section = plan ? &plan->section(m_section) : nullptr;
    m_ui->narrative->setTextQuietly(section ? section->narrative : QString());
    m_ui->narrative->setReadOnly(readOnly);
    m_ui->narrativeLabel->setText(section && section->narrativeEdited ? tr("Data narrative (edited)")
                                                                      : tr("Data narrative (drafted from the data)"));
    m_ui->redraftButton->setEnabled(!readOnly && report.has_value());
    {
        const QSignalBlocker blocker(m_ui->attachChart);
        m_ui->attachChart->setChecked(section ? section->attachChart : true);
    }
    m_ui->attachChart->setEnabled(!readOnly);

    const int row = selectedRow();
    m_model->setActions(section ? section->actions : std::vector<PlanAction>{}, m_editor->today());
    m_ui->actionsView->resizeRowsToContents();
    selectRow(std::min(std::max(row, 0), m_model->rowCount() - 1));
    const bool hasRow = m_model->rowCount() > 0;
    m_ui->addAction->setEnabled(!readOnly);
    m_ui->editAction->setEnabled(hasRow);
    m_ui->editAction->setText(readOnly ? tr("Vie&w…") : tr("Ed&it…"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->moveUp, m_ui->moveDown, m_ui->moveTo, m_ui->deleteAction})
        w->setEnabled(!readOnly && hasRow);
    for (QAction *move : m_moveMenu->actions())
        move->setEnabled(move->objectName() != QStringLiteral("moveToMetric%1").arg(m_section));
    showNotes();
}

int MetricSectionWidget::selectedRow() const
{
    const QModelIndex current = m_ui->actionsView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MetricSectionWidget::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_ui->actionsView->setCurrentIndex(m_model->index(row, 0));
    m_ui->actionsView->selectRow(row);
}

void MetricSectionWidget::showNotes()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_model->rowCount()) {
        m_ui->notesView->setText(QString());
        return;
    }
    const PlanAction &a = m_model->actions()[static_cast<size_t>(row)];
    QStringList lines;
    if (!a.rolledOverFrom.isEmpty())
        lines << tr("Rolled over from last year's plan.");
    if (a.notes.empty())
        lines << tr("No progress notes yet for action %1.").arg(row + 1);
    else
        lines << tr("Progress notes for action %1:").arg(row + 1);
    for (const ProgressNote &note : a.notes)
        lines << tr("%1 – %2").arg(QLocale().toString(note.date, QLocale::ShortFormat), note.text);
    m_ui->notesView->setText(lines.join(QLatin1Char('\n')));
}

void MetricSectionWidget::redraft()
{
    const auto &report = m_editor->report();
    if (!report || !m_editor->plan())
        return;
    m_ui->narrative->commit(); // text still being typed counts as edited text
    const MetricSection &current = m_editor->plan()->section(m_section);
    if (current.narrativeEdited && !current.narrative.trimmed().isEmpty()
        && Dialogs::question(this, tr("Redraft from data"),
                             tr("The narrative of metric %1 has been edited. Replace it with a new draft from the "
                                "data? (Undo brings your text back.)")
                                 .arg(m_section))
            != QMessageBox::Yes)
        return;
    const QString text = draftNarrative(m_section, *report);
    change(
        [&](ActionPlan &plan) {
            plan.section(m_section).narrative = text;
            plan.section(m_section).narrativeEdited = false;
        },
        tr("Redraft the narrative of metric %1").arg(m_section));
}

void MetricSectionWidget::addAction()
{
    if (m_editor->isReadOnly())
        return;
    PlanAction fresh = newAction();
    fresh.start = m_editor->today();
    // The shortfall to the range is the natural target: offered, and the lead may rewrite it.
    fresh.successMeasure = m_editor->suggestedMeasure(m_section);
    auto *dialog = new ActionDialog(fresh, m_editor->today(), this);
    dialog->setObjectName(QStringLiteral("actionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int section = m_section;
    connect(dialog, &QDialog::accepted, this, [this, dialog, section] {
        const PlanAction added = dialog->action();
        if (change([&](ActionPlan &plan) { plan.section(section).actions.push_back(added); },
                   tr("Add an action to metric %1").arg(section)))
            selectRow(m_model->rowCount() - 1);
    });
    dialog->open();
}

void MetricSectionWidget::editAction()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const PlanAction original = m_model->actions()[static_cast<size_t>(row)];
    auto *dialog = new ActionDialog(original, m_editor->today(), this);
    dialog->setObjectName(QStringLiteral("actionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_editor->isReadOnly()) {
        dialog->setWindowTitle(tr("Action (signed-off plan: read-only)"));
        for (QWidget *child : dialog->findChildren<QWidget *>())
            if (child->objectName() != QLatin1String("buttonBox") && !child->inherits("QAbstractButton")
                && !child->inherits("QLabel") && !child->inherits("QGroupBox"))
                child->setEnabled(false);
    }
    const QString uid = original.uid;
    connect(dialog, &QDialog::accepted, this, [this, dialog, uid] {
        if (m_editor->isReadOnly())
            return;
        const PlanAction edited = dialog->action();
        change(
            [&](ActionPlan &plan) {
                if (PlanAction *target = plan.findAction(uid))
                    *target = edited;
            },
            tr("Edit an action of metric %1").arg(m_section));
    });
    dialog->open();
}

void MetricSectionWidget::moveBy(int offset)
{
    const int row = selectedRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    if (change(
            [&](ActionPlan &plan) {
                auto &actions = plan.section(m_section).actions;
                std::swap(actions[static_cast<size_t>(row)], actions[static_cast<size_t>(target)]);
            },
            offset < 0 ? tr("Move an action up") : tr("Move an action down")))
        selectRow(target);
}

void MetricSectionWidget::moveToSection(int target)
{
    const int row = selectedRow();
    if (row < 0 || target == m_section)
        return;
    change(
        [&](ActionPlan &plan) {
            auto &from = plan.section(m_section).actions;
            const PlanAction moved = from[static_cast<size_t>(row)];
            from.erase(from.begin() + row);
            plan.section(target).actions.push_back(moved);
        },
        tr("Move an action from metric %1 to metric %2").arg(m_section).arg(target));
}

void MetricSectionWidget::deleteAction()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    // No question: the deletion is one undo step away from being reversed.
    change(
        [&](ActionPlan &plan) {
            auto &actions = plan.section(m_section).actions;
            actions.erase(actions.begin() + row);
        },
        tr("Delete an action of metric %1").arg(m_section));
}

} // namespace scwres
