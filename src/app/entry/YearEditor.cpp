// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "YearEditor.h"
#include "ui_YearEditor.h"

#include "CurrentReturn.h"
#include "plan/PlanEvents.h"
#include "window/Dialogs.h"
#include "window/ReturnCommands.h"
#include "window/Workspace.h"

#include <QSignalBlocker>

namespace scwres {

namespace {
// What a date edit shows for a date not given (a QDateEdit cannot be empty).
const QDate kNoDate(2000, 1, 1);

AreaReturn collectedArea()
{
    AreaReturn area;
    for (Block block : kBlocks)
        area.setCollected(block, true);
    return area;
}
} // namespace

YearEditor::YearEditor(CurrentReturn *current, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::YearEditor>())
    , m_current(current)
{
    m_ui->setupUi(this);
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
    connect(m_current, &CurrentReturn::changed, this, &YearEditor::refresh);
    refresh();
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

    for (QWidget *field : std::initializer_list<QWidget *>{
             m_ui->snapshotEdit, m_ui->periodStartEdit, m_ui->periodEndEdit, m_ui->populationSpin,
             m_ui->populationSourceEdit, m_ui->adultCheck, m_ui->childrenCheck, m_ui->deleteYearButton})
        field->setEnabled(ret.has_value());
    m_ui->newYearButton->setEnabled(haveAuthority);
    m_ui->fromLastYearButton->setEnabled(!years.empty());
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
