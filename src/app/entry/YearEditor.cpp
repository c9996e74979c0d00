// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "YearEditor.h"
#include "window/TextLimitGuard.h"
#include "ui_YearEditor.h"

#include "CurrentReturn.h"
#include "plan/PlanEvents.h"
#include "window/Dialogs.h"
#include "window/ReturnCommands.h"
#include "window/Workspace.h"

#include "Completeness.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace scwres {

namespace {
// What a date edit shows for a date not given (a QDateEdit cannot be empty).
const QDate kNoDate(2000, 1, 1);

// Every block collected, every count not entered yet (empty, not 0).
AreaReturn collectedArea()
{
    AreaReturn area;
    for (Block block : kBlocks) {
        area.setCollected(block, true);
        const BlockShape shape = blockInfo(block).shape;
        if (shape == BlockShape::Counts) {
            area.countBlock(block).counts = GroupCounts::empty();
        } else if (shape == BlockShape::Rate) {
            area.rateBlock(block).population = GroupCounts::empty();
            area.rateBlock(block).events = GroupCounts::empty();
        }
    }
    return area;
}
} // namespace

YearEditor::YearEditor(CurrentReturn *current, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::YearEditor>())
    , m_current(current)
{
    m_ui->setupUi(this);
    TextLimitGuard::apply(this);
    setObjectName(QStringLiteral("yearEditor"));
    m_ui->adultCheck->setAccessibleName(tr("Adult social care returned this year"));
    m_ui->childrenCheck->setAccessibleName(tr("Children's social care returned this year"));
    for (QDateEdit *edit : {m_ui->snapshotEdit, m_ui->periodStartEdit, m_ui->periodEndEdit})
        connect(edit, &QDateEdit::editingFinished, this, &YearEditor::commitFields);
    connect(m_ui->populationSpin, &QDoubleSpinBox::editingFinished, this, &YearEditor::commitFields);
    connect(m_ui->populationSourceEdit, &QLineEdit::editingFinished, this, &YearEditor::commitFields);
    connect(m_ui->adultCheck, &QCheckBox::toggled, this,
            [this](bool on) { setAreaReturned(ServiceArea::Adult, on); });
    connect(m_ui->childrenCheck, &QCheckBox::toggled, this,
            [this](bool on) { setAreaReturned(ServiceArea::Children, on); });
    connect(m_ui->newYearButton, &QPushButton::clicked, this, &YearEditor::addEmptyYear);
    connect(m_ui->fromLastYearButton, &QPushButton::clicked, this, &YearEditor::addYearFromLast);
    connect(m_ui->deleteYearButton, &QPushButton::clicked, this, &YearEditor::deleteYear);
    // Draft or complete: a row of its own under the year.
    auto *statusRow = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_statusValue = new QLabel(statusRow);
    m_statusValue->setObjectName(QStringLiteral("statusValue"));
    m_statusValue->setWordWrap(true);
    m_completeButton = new QPushButton(statusRow);
    m_completeButton->setObjectName(QStringLiteral("markCompleteButton"));
    statusLayout->addWidget(m_statusValue, 1);
    statusLayout->addWidget(m_completeButton);
    m_ui->formLayout->insertRow(1, tr("Status:"), statusRow);
    connect(m_completeButton, &QPushButton::clicked, this, [this] {
        const auto &ret = m_current->value();
        if (ret && ret->complete)
            markDraft();
        else
            markComplete();
    });
    connect(m_current, &CurrentReturn::changed, this, &YearEditor::refresh);
    refresh();
}

bool YearEditor::markComplete()
{
    const auto &ret = m_current->value();
    if (!ret || ret->complete)
        return false;
    const std::vector<Finding> problems = problemsBeforeComplete(*ret);
    if (!problems.empty()) {
        constexpr size_t kListed = 12;
        QStringList lines;
        for (size_t i = 0; i < problems.size() && i < kListed; ++i)
            lines << QStringLiteral("\u2022 ") + problems[i].message;
        if (problems.size() > kListed)
            lines << tr("\u2026 and %n more (see the problems list).", nullptr, int(problems.size() - kListed));
        Dialogs::warning(this, tr("The %1 return is not complete").arg(ret->year),
                         tr("The %1 return stays a draft until these are settled:\n\n%2")
                             .arg(ret->year)
                             .arg(lines.join(QLatin1Char('\n'))));
        return false;
    }
    return m_current->change([](AnnualReturn &r) { r.complete = true; }, tr("Mark %1 complete").arg(ret->year));
}

bool YearEditor::markDraft()
{
    const auto &ret = m_current->value();
    if (!ret || !ret->complete)
        return false;
    return m_current->change([](AnnualReturn &r) { r.complete = false; }, tr("Mark %1 as draft").arg(ret->year));
}

YearEditor::~YearEditor() = default;

void YearEditor::refresh()
{
    const auto &ret = m_current->value();
    Workspace *workspace = m_current->workspace();
    const bool haveAuthority = workspace->database() && workspace->currentAuthorityId() != 0;
    std::vector<int> years;
    if (haveAuthority)
        years = workspace->database()->years(workspace->currentAuthorityId());

    m_ui->yearValue->setText(ret ? QString::number(ret->year) : tr("(no year chosen)"));
    const AnnualReturn shown = ret.value_or(AnnualReturn{});
    const QSignalBlocker b1(m_ui->snapshotEdit), b2(m_ui->periodStartEdit), b3(m_ui->periodEndEdit),
        b4(m_ui->populationSpin), b5(m_ui->adultCheck), b6(m_ui->childrenCheck);
    m_ui->snapshotEdit->setDate(shown.snapshotDate.isValid() ? shown.snapshotDate : kNoDate);
    m_ui->periodStartEdit->setDate(shown.periodStart.isValid() ? shown.periodStart : kNoDate);
    m_ui->periodEndEdit->setDate(shown.periodEnd.isValid() ? shown.periodEnd : kNoDate);
    m_ui->populationSpin->setValue(shown.populationMinorityEthnicPercent.value_or(m_ui->populationSpin->minimum()));
    m_ui->populationSourceEdit->setText(shown.populationSource);
    m_ui->adultCheck->setChecked(shown.adult.has_value());
    m_ui->childrenCheck->setChecked(shown.children.has_value());

    const bool writable = !m_current->workspace()->isReadOnly();
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_ui->snapshotEdit, m_ui->periodStartEdit, m_ui->periodEndEdit, m_ui->populationSpin,
             m_ui->populationSourceEdit, m_ui->adultCheck, m_ui->childrenCheck, m_ui->deleteYearButton})
        field->setEnabled(ret.has_value() && m_current->isEditable()); // a signed-off year's are locked too
    m_ui->newYearButton->setEnabled(haveAuthority && writable);
    m_statusValue->setText(!ret ? QString()
                           : ret->complete
                               ? tr("Complete: its figures are used for trends and comparisons with other years.")
                               : tr("Draft: left out of trends and comparisons, and exports say \"draft figures\", "
                                    "until it is marked complete."));
    m_completeButton->setText(ret && ret->complete ? tr("Mar&k as draft") : tr("Mar&k complete..."));
    m_completeButton->setAccessibleName(m_completeButton->text().remove(QLatin1Char('&')));
    m_completeButton->setEnabled(ret.has_value() && m_current->isEditable());
    m_ui->fromLastYearButton->setEnabled(!years.empty() && writable);
}

void YearEditor::commitFields()
{
    const QDate snapshot = m_ui->snapshotEdit->date();
    const QDate start = m_ui->periodStartEdit->date();
    const QDate end = m_ui->periodEndEdit->date();
    const double population = m_ui->populationSpin->value();
    const QString source = m_ui->populationSourceEdit->text().trimmed();
    const bool populationGiven = population >= 0;
    m_current->change(
        [&](AnnualReturn &ret) {
            // A date never given shows a placeholder; left as it is, it stays not given.
            const auto update = [](QDate &field, const QDate &shown) {
                if (field.isValid() || shown != kNoDate)
                    field = shown;
            };
            update(ret.snapshotDate, snapshot);
            update(ret.periodStart, start);
            update(ret.periodEnd, end);
            ret.populationMinorityEthnicPercent = populationGiven ? std::optional<double>(population) : std::nullopt;
            ret.populationSource = source;
        },
        tr("Edit the year's dates and population"));
}

void YearEditor::setAreaReturned(ServiceArea area, bool returned)
{
    const auto &ret = m_current->value();
    if (!ret)
        return;
    if (!returned && ret->area(area)
        && Dialogs::question(this, tr("Switch off %1?").arg(serviceAreaName(area)),
                             tr("%1 will not be part of this year's return, and its counts are removed. The combined "
                                "figures will cover the other service area only. (You can undo this.)")
                                 .arg(serviceAreaName(area)))
            != QMessageBox::Yes) {
        refresh();
        return;
    }
    m_current->change(
        [&](AnnualReturn &r) {
            if (returned)
                r.areaSlot(area) = collectedArea();
            else
                r.areaSlot(area).reset();
        },
        returned ? tr("Return %1").arg(serviceAreaName(area)) : tr("Switch off %1").arg(serviceAreaName(area)));
}

void YearEditor::createYear(const AnnualReturn &ret, const QString &undoText)
{
    Workspace *workspace = m_current->workspace();
    AnnualReturn stored = ret;
    // The store refuses a null population source (NOT NULL column); empty is what is meant.
    if (stored.populationSource.isNull())
        stored.populationSource = QLatin1String("");
    // Adding a year is the new year's first step: undoing it, on that year, removes it again.
    workspace->pushReturnChange(stored.authorityName, stored.year,
                                new ReturnChangeCommand(workspace, std::nullopt, stored, undoText));
    workspace->select(workspace->currentAuthorityId(), ret.year);
}

void YearEditor::addEmptyYear()
{
    Workspace *workspace = m_current->workspace();
    Database *db = workspace->database();
    if (!db)
        return;
    const auto authority = db->authority(workspace->currentAuthorityId());
    if (!authority)
        return;
    const std::vector<int> years = db->years(authority->id);
    const int suggested = years.empty() ? QDate::currentDate().year() : years.back() + 1;
    bool ok = false;
    const QString answer = Dialogs::text(this, tr("New year"), tr("Collection year (data collected in its autumn):"),
                                         QString::number(suggested), &ok);
    if (!ok)
        return;
    bool isNumber = false;
    const int year = answer.trimmed().toInt(&isNumber);
    if (!isNumber || year < 2000 || year > 2100) {
        Dialogs::warning(this, tr("New year"), tr("\"%1\" is not a year between 2000 and 2100.").arg(answer));
        return;
    }
    if (std::find(years.begin(), years.end(), year) != years.end()) {
        Dialogs::warning(this, tr("New year"), tr("%1 already has a %2 return.").arg(authority->name).arg(year));
        return;
    }
    AnnualReturn ret;
    ret.authorityName = authority->name;
    ret.authorityCode = authority->code;
    ret.year = year;
    // The usual SC-WRES collection: a 30 September snapshot and the twelve months to it.
    ret.snapshotDate = QDate(year, 9, 30);
    ret.periodStart = QDate(year - 1, 10, 1);
    ret.periodEnd = QDate(year, 9, 30);
    ret.adult = collectedArea();
    ret.children = collectedArea();
    createYear(ret, tr("Add year %1").arg(year));
}

void YearEditor::addYearFromLast()
{
    Workspace *workspace = m_current->workspace();
    Database *db = workspace->database();
    if (!db)
        return;
    const std::vector<int> years = db->years(workspace->currentAuthorityId());
    if (years.empty())
        return;
    const auto last = db->loadReturn(workspace->currentAuthorityId(), years.back());
    if (!last)
        return;
    const AnnualReturn next = startFromPreviousYear(*last);
    createYear(next, tr("Add year %1 from %2").arg(next.year).arg(last->year));
}

void YearEditor::deleteYear()
{
    const auto &ret = m_current->value();
    if (!ret)
        return;
    if (Dialogs::question(this, tr("Delete %1?").arg(ret->year),
                          tr("Delete the %1 return of %2, with every count and note in it? You can undo this with "
                             "Edit > Undo.")
                              .arg(ret->year)
                              .arg(ret->authorityName))
        != QMessageBox::Yes)
        return;
    Workspace *workspace = m_current->workspace();
    if (!PlanEvents::ensureReturnEditable(this, workspace, workspace->currentAuthorityId(), ret->year))
        return;
    // After the deletion the authority is on screen, so the step is the authority's.
    workspace->pushAuthorityChange(
        ret->authorityName, new ReturnChangeCommand(workspace, *ret, std::nullopt, tr("Delete year %1").arg(ret->year)));
}

void YearEditor::focusField(const QString &returnField)
{
    if (returnField.startsWith(QLatin1String("period.end")))
        m_ui->periodEndEdit->setFocus(Qt::OtherFocusReason);
    else if (returnField.startsWith(QLatin1String("period")))
        m_ui->periodStartEdit->setFocus(Qt::OtherFocusReason);
    else if (returnField.startsWith(QLatin1String("population")))
        m_ui->populationSpin->setFocus(Qt::OtherFocusReason);
    else
        m_ui->snapshotEdit->setFocus(Qt::OtherFocusReason);
}

} // namespace scwres
