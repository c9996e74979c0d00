// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The assistant's values and result pages, and Finish. Kept apart from the page layouts so that
// neither file grows past what can be read at once.
#include "ExtractImportWizard.h"

#include "extract/ProfileStore.h"
#include "window/Dialogs.h"
#include "window/ReturnCommands.h"
#include "window/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QUndoStack>
#include <QWizardPage>

#include <set>

namespace scwres {

using namespace extract;

namespace {

struct Target {
    const char *key;
    const char *label;
};

std::vector<Target> targetsOf(const QString &map)
{
    if (map == QLatin1String("ethnicity"))
        return {{"white", QT_TR_NOOP("White")}, {"minority_ethnic", QT_TR_NOOP("Minority ethnic")},
                {"unknown", QT_TR_NOOP("Unknown")}};
    if (map == QLatin1String("service_area"))
        return {{"adult", QT_TR_NOOP("Adult social care")}, {"children", QT_TR_NOOP("Children's social care")},
                {"not_in_scope", QT_TR_NOOP("Not in scope")}};
    return {{"true", QT_TR_NOOP("Yes")}, {"false", QT_TR_NOOP("No")}};
}

QString defaultArea(const QString &value)
{
    const QString v = value.toLower();
    if (v.contains(QLatin1String("adult")))
        return QStringLiteral("adult");
    if (v.contains(QLatin1String("child")))
        return QStringLiteral("children");
    return {};
}

QString countsText(const GroupCounts &c)
{
    return QStringLiteral("%1 / %2 / %3").arg(c.white).arg(c.minorityEthnic).arg(c.unknown);
}

} // namespace

void ExtractImportWizard::pageEntered(int id)
{
    if (id == ColumnsPage)
        fillColumns();
    else if (id == ValuesPage)
        fillValues();
    else if (id == SummaryPage)
        fillSummary();
}

bool ExtractImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage: return readHeader();
    case ColumnsPage:
        collectColumns();
        if (!m_profile.columns.count(QStringLiteral("ethnicity"))) {
            Dialogs::warning(this, tr("Choose the ethnicity column"),
                             tr("Every count is split by ethnicity: choose the column that holds it."));
            return false;
        }
        return true;
    case ValuesPage: return collectValues();
    case SummaryPage: return canApply();
    }
    return true;
}

void ExtractImportWizard::fillValues()
{
    m_valuesProblem->clear();
    m_dateFormatEdit->setText(m_profile.dateFormat);
    // A first pass over the whole file for the distinct values; the counts are thrown away.
    Aggregator scan(m_profile, {}, {});
    FileReport report;
    report.readOk = true;
    QStringList problems;
    for (const QString &path : files()) {
        const FileReport one = scan.addFile(path);
        if (!one.readOk)
            problems << tr("%1: %2").arg(one.fileName, one.error);
        for (const auto &[field, values] : one.values)
            for (const auto &[value, count] : values)
                report.values[field][value] += count;
    }
    m_valuesProblem->setText(problems.join(QLatin1Char('\n')));
    // Flags share one map ("Y" means yes in every yes/no column): their values are listed once.
    struct Row {
        QString map, value;
        qint64 count;
        bool known;
    };
    std::map<std::pair<QString, QString>, qint64> merged;
    for (const auto &[field, values] : report.values) {
        const QString map = valueMapKey(*fieldType(m_profile.kind, field));
        for (const auto &[value, count] : values)
            merged[{map, value}] += count;
    }
    std::vector<Row> rows;
    for (const auto &[key, count] : merged) {
        const bool known = key.first == QLatin1String("flags")
            ? m_profile.flags.count(key.second) > 0
            : m_profile.values.count(key.first) && m_profile.values.at(key.first).count(key.second);
        rows.push_back({key.first, key.second, count, known});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return !a.known && b.known; });
    std::set<QString> bandNames;
    for (const AnnualReturn &ret : {baseReturn()})
        for (ServiceArea area : kServiceAreas)
            if (const AreaReturn *a = ret.area(area))
                for (const PayBand &b : a->payBands.bands)
                    bandNames.insert(b.name);
    if (const auto g = m_profile.values.find(QStringLiteral("grade")); g != m_profile.values.end())
        for (const auto &[value, band] : g->second)
            bandNames.insert(band);

    m_valuesTable->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const Row &r = rows[size_t(i)];
        const QString fieldLabel = r.map == QLatin1String("flags") ? tr("Yes/no answer") : fieldName(r.map);
        auto *field = new QTableWidgetItem(r.known ? fieldLabel : tr("%1 (new)").arg(fieldLabel));
        field->setData(Qt::UserRole, r.map);
        QFont font = field->font();
        font.setBold(!r.known);
        field->setFont(font);
        auto *value = new QTableWidgetItem(r.value.isEmpty() ? tr("(blank)") : r.value);
        value->setData(Qt::UserRole, r.value);
        auto *count = new QTableWidgetItem(QString::number(r.count));
        for (QTableWidgetItem *item : {field, value, count})
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_valuesTable->setItem(i, 0, field);
        m_valuesTable->setItem(i, 1, value);
        m_valuesTable->setItem(i, 2, count);
        auto *combo = new QComboBox(m_valuesTable);
        if (r.map == QLatin1String("grade")) {
            // The local pay band this grade belongs to: a band of the return, or a new name.
            combo->setEditable(true);
            for (const QString &b : bandNames)
                combo->addItem(b);
            const auto g = m_profile.values.find(QStringLiteral("grade"));
            combo->setCurrentText(r.known ? g->second.at(r.value) : r.value);
            auto *national = new QComboBox(m_valuesTable);
            national->addItem(tr("— as the return has it —"));
            for (NationalBand band : kNationalBands)
                national->addItem(nationalBandName(band), nationalBandKey(band));
            const auto known = m_profile.bands.find(combo->currentText());
            if (known != m_profile.bands.end())
                national->setCurrentIndex(national->findData(nationalBandKey(known->second)));
            m_valuesTable->setCellWidget(i, 4, national);
        } else {
            combo->addItem(tr("— choose —"));
            for (const Target &t : targetsOf(r.map))
                combo->addItem(tr(t.label), QString::fromLatin1(t.key));
            QString preset;
            if (r.map == QLatin1String("flags")) {
                const auto f = m_profile.flags.find(r.value);
                const std::optional<bool> yes = f != m_profile.flags.end() ? std::optional(f->second) : defaultFlag(r.value);
                if (yes)
                    preset = *yes ? QStringLiteral("true") : QStringLiteral("false");
            } else if (r.known) {
                preset = m_profile.values.at(r.map).at(r.value);
            } else {
                preset = r.map == QLatin1String("ethnicity") ? defaultEthnicity(r.value) : defaultArea(r.value);
            }
            combo->setCurrentIndex(std::max(0, combo->findData(preset)));
            if (r.map == QLatin1String("ethnicity")) {
                // The census broad group beside the headline one: pre-filled, confirmed by the lead.
                auto *broad = new QComboBox(m_valuesTable);
                broad->setObjectName(QStringLiteral("broadGroup"));
                broad->addItem(tr("— no broad group —"));
                for (BroadGroup group : kBroadGroups)
                    broad->addItem(broadGroupName(group), broadGroupKey(group));
                QString broadPreset = defaultBroadGroup(r.value);
                if (const auto known = m_profile.values.find(QStringLiteral("ethnicity_group"));
                    known != m_profile.values.end()) {
                    const auto it = known->second.find(r.value);
                    if (it != known->second.end())
                        broadPreset = it->second;
                    else if (r.known)
                        broadPreset.clear(); // a saved mapping without a group: not guessed now
                }
                broad->setCurrentIndex(std::max(0, broad->findData(broadPreset)));
                m_valuesTable->setCellWidget(i, 4, broad);
            }
        }
        m_valuesTable->setCellWidget(i, 3, combo);
    }
    m_valuesTable->resizeColumnsToContents();
}

bool ExtractImportWizard::collectValues()
{
    int open = 0, disagree = 0;
    for (int i = 0; i < m_valuesTable->rowCount(); ++i) {
        const QString map = m_valuesTable->item(i, 0)->data(Qt::UserRole).toString();
        const QString value = m_valuesTable->item(i, 1)->data(Qt::UserRole).toString();
        const auto *combo = qobject_cast<QComboBox *>(m_valuesTable->cellWidget(i, 3));
        if (map == QLatin1String("grade")) {
            const QString band = combo->currentText().trimmed();
            if (band.isEmpty()) {
                ++open;
                continue;
            }
            m_profile.values[map][value] = band;
            const auto *national = qobject_cast<QComboBox *>(m_valuesTable->cellWidget(i, 4));
            if (national && national->currentIndex() > 0)
                m_profile.bands[band] = *nationalBandFromKey(national->currentData().toString());
            continue;
        }
        if (combo->currentIndex() <= 0) {
            ++open;
            continue;
        }
        if (map == QLatin1String("flags"))
            m_profile.flags[value] = combo->currentData().toString() == QLatin1String("true");
        else
            m_profile.values[map][value] = combo->currentData().toString();
        if (map == QLatin1String("ethnicity")) {
            const auto *broad = qobject_cast<QComboBox *>(m_valuesTable->cellWidget(i, 4));
            std::map<QString, QString> &groups = m_profile.values[QStringLiteral("ethnicity_group")];
            if (!broad || broad->currentIndex() <= 0) {
                groups.erase(value);
            } else if (headlineOfBroad(broad->currentData().toString()) != combo->currentData().toString()) {
                ++disagree;
            } else {
                groups[value] = broad->currentData().toString();
            }
        }
    }
    if (const auto groups = m_profile.values.find(QStringLiteral("ethnicity_group"));
        groups != m_profile.values.end() && groups->second.empty())
        m_profile.values.erase(groups);
    if (disagree > 0) {
        m_valuesProblem->setText(tr("%n ethnicity value(s) have a broad group that is not in the group they count as "
                                    "(White is white, Asian, Black, Mixed and Other are minority ethnic, Unknown is "
                                    "unknown).",
                                    nullptr, disagree));
        return false;
    }
    m_profile.dateFormat = m_dateFormatEdit->text().trimmed().isEmpty() ? QStringLiteral("dd/MM/yyyy")
                                                                        : m_dateFormatEdit->text().trimmed();
    if (open > 0) {
        m_valuesProblem->setText(tr("%n value(s) not mapped yet: choose what each counts as.", nullptr, open));
        return false;
    }
    return true;
}

void ExtractImportWizard::fillSummary()
{
    const AnnualReturn before = baseReturn();
    m_result = std::make_unique<Aggregator>(m_profile, before.periodStart, before.periodEnd);
    QStringList lines;
    bool allRead = true;
    QStringList fills;
    for (const auto &[block, part] : m_result->filledBlocks())
        fills << blockTitle(block);
    for (const QString &path : files()) {
        const FileReport one = m_result->addFile(path);
        allRead = allRead && one.readOk;
        if (files().size() > 1)
            lines << tr("%1: %2 rows read, %3 used; fills %4.")
                         .arg(one.fileName)
                         .arg(one.rowsRead)
                         .arg(one.rowsUsed)
                         .arg(fills.join(QStringLiteral(", ")));
    }
    // The per-reason lists below are of the first file's rows when there is one file, and the
    // files' together otherwise (a row number then says "in one of the files").
    FileReport report;
    report.readOk = allRead;
    for (const FileReport &one : m_result->reports()) {
        if (!one.readOk)
            lines << tr("%1 cannot be imported: %2").arg(one.fileName, one.error);
        report.rowsRead += one.rowsRead;
        report.rowsUsed += one.rowsUsed;
        for (const auto &[reason, left] : one.leftOut) {
            LeftOut &all = report.leftOut[reason];
            all.count += left.count;
            all.rows.insert(all.rows.end(), left.rows.begin(), left.rows.end());
        }
        for (const auto &[field, values] : one.unmapped)
            for (const auto &[value, count] : values)
                report.unmapped[field][value] += count;
    }
    // Where Finish would write, named before anything else.
    lines.prepend(tr("Writes into: %1, the %2 return.").arg(before.authorityName).arg(before.year));
    lines << tr("Rows read: %1. Used: %2.").arg(report.rowsRead).arg(report.rowsUsed);
    if (report.readOk && !m_result->blocked() && !m_result->fillsAnything()) {
        const QLocale locale;
        lines << tr("No rows in the period %1 to %2 could be counted: the import would change nothing, so there is "
                    "nothing to finish. Check the dates and the service-area values, or choose another file.")
                     .arg(locale.toString(before.periodStart, QLocale::LongFormat),
                          locale.toString(before.periodEnd, QLocale::LongFormat));
    }
    for (const auto &[reason, left] : report.leftOut) {
        QStringList rows;
        for (size_t i = 0; i < left.rows.size() && i < 20; ++i)
            rows << QString::number(left.rows[i]);
        lines << tr("Left out, %1: %2 (rows %3%4)")
                     .arg(leftOutReasonText(reason))
                     .arg(left.count)
                     .arg(rows.join(QStringLiteral(", ")), left.count > 20 ? QStringLiteral(", …") : QString());
    }
    for (const auto &[field, values] : report.unmapped)
        for (const auto &[value, count] : values)
            lines << tr("Not mapped: %1 \"%2\" (%3 rows) — go back and map it.").arg(fieldName(field), value).arg(count);
    if (report.readOk && m_result->hasBroadGroups())
        lines << tr("Every person counted has a broad ethnic group: each count also keeps its breakdown by Asian, "
                    "Black, Mixed, White, Other and unknown, beside the white / minority ethnic counts.");
    m_reportLabel->setText(lines.join(QLatin1Char('\n')));

    AnnualReturn after = before;
    if (report.readOk)
        m_result->applyTo(after);
    m_compareTable->setRowCount(0);
    const auto addRow = [this](const QString &area, const QString &block, const QString &row, const GroupCounts *now,
                               const GroupCounts &then) {
        const int r = m_compareTable->rowCount();
        m_compareTable->insertRow(r);
        const QString nowText = now ? countsText(*now) : tr("—");
        const QString thenText = countsText(then);
        const QStringList cells{area, block, row, nowText, thenText};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 4 && nowText != thenText) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(QColor(255, 243, 205));
            }
            m_compareTable->setItem(r, c, item);
        }
    };
    for (ServiceArea which : m_result->targetAreas()) {
        const AreaReturn *old = before.area(which);
        const AreaReturn *now = after.area(which);
        if (!now)
            continue;
        for (const auto &[block, part] : m_result->filledBlocks()) {
            const BlockInfo &info = blockInfo(block);
            const bool wasCollected = old && old->isCollected(block);
            if (info.shape == BlockShape::PayBands) {
                for (const PayBand &band : now->payBands.bands) {
                    const GroupCounts *was = nullptr;
                    if (wasCollected)
                        for (const PayBand &b : old->payBands.bands)
                            if (b.name == band.name)
                                was = &b.counts;
                    addRow(serviceAreaName(which), blockTitle(block), band.name, was, band.counts);
                }
            } else if (info.shape == BlockShape::Counts) {
                addRow(serviceAreaName(which), blockTitle(block), blockPopulationLabel(block),
                       wasCollected ? &old->countBlock(block).counts : nullptr, now->countBlock(block).counts);
            } else {
                if (part != Part::Events)
                    addRow(serviceAreaName(which), blockTitle(block), blockPopulationLabel(block),
                           wasCollected ? &old->rateBlock(block).population : nullptr, now->rateBlock(block).population);
                if (part != Part::Population)
                    addRow(serviceAreaName(which), blockTitle(block), blockEventsLabel(block),
                           wasCollected ? &old->rateBlock(block).events : nullptr, now->rateBlock(block).events);
            }
        }
    }
    m_compareTable->setHorizontalHeaderLabels({tr("Area"), tr("Block"), tr("Row"), tr("Now (white / minority / unknown)"),
                                               tr("From the extract")});
    m_compareTable->resizeColumnsToContents();
    if (m_profileNameEdit->text().isEmpty())
        m_profileNameEdit->setText(tr("%1 (%2)").arg(extractKindName(m_profile.kind), QFileInfo(m_fileEdit->text()).completeBaseName()));
    // Finish follows canApply(): off when the extract fills nothing.
    Q_EMIT page(SummaryPage)->completeChanged();
}

bool ExtractImportWizard::canApply() const
{
    return m_result && !m_result->blocked() && m_result->fillsAnything() && m_workspace->currentReturn();
}

void ExtractImportWizard::accept()
{
    if (!canApply()) {
        Dialogs::warning(this, tr("Nothing was imported"),
                         m_result && !m_result->blocked() && !m_result->fillsAnything()
                             ? tr("The extract has no rows to count in the return's period: nothing was changed.")
                             : tr("Map every value and fix the problems listed before importing."));
        return;
    }
    const std::optional<AnnualReturn> before = m_workspace->currentReturn();
    AnnualReturn after = *before;
    m_result->applyTo(after);
    after.complete = false; // imported counts are a draft until the lead marks the year complete
    m_profile.name = m_profileNameEdit->text().trimmed();
    // The undo step (and so the history) names the file, the rows and the profile: never a row.
    // Every file read: one step, one history entry, naming the files (never a row).
    QStringList names;
    for (const FileReport &r : m_result->reports())
        names << r.fileName;
    const QString fileNames = names.join(QStringLiteral(", "));
    const QString text = tr("Import %1 from %2 (%3 of %4 rows, profile %5)")
                             .arg(extractKindName(m_profile.kind).toLower(), fileNames)
                             .arg(m_result->rowsUsed())
                             .arg(m_result->rowsRead())
                             .arg(m_profile.name.isEmpty() ? tr("unsaved") : m_profile.name);
    auto *command = new ReturnChangeCommand(m_workspace, before, after, text);
    command->setHistoryNote(QStringLiteral("imported"),
                            tr("%1 (%2: %3 of %4 rows, profile %5)")
                                .arg(fileNames, extractKindName(m_profile.kind).toLower())
                                .arg(m_result->rowsUsed())
                                .arg(m_result->rowsRead())
                                .arg(m_profile.name.isEmpty() ? tr("unsaved") : m_profile.name));
    m_workspace->pushReturnChange(after.authorityName, after.year, command);
    if (m_saveProfileCheck->isChecked() && !m_profile.name.isEmpty()) {
        QString error;
        Database *db = m_workspace->database();
        if (!db)
            Dialogs::warning(this, tr("The profile was not saved"), tr("No database is open."));
        else if (!ProfileStore(*db).save(m_profile, &error))
            Dialogs::warning(this, tr("The profile was not saved"), error);
    }
    QWizard::accept();
}

} // namespace scwres
