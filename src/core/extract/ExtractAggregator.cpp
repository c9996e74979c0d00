// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ExtractAggregator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace scwres::extract {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::extract::Aggregator", text);
}

// valueKey() without the cost of NFC for the plain ASCII almost every cell is.
QString cellKey(const QString &raw)
{
    const QString t = raw.trimmed();
    for (QChar c : t)
        if (c.unicode() >= 0x80)
            return valueKey(t);
    return t;
}

void note(LeftOut &out, qint64 row)
{
    ++out.count;
    if (out.rows.size() < size_t(kMaxRowsListed))
        out.rows.push_back(row);
}

void addGroup(GroupCounts &counts, EthnicGroup group)
{
    counts.set(group, counts.get(group) + 1);
}

EthnicGroup groupOf(const QString &target)
{
    if (target == QLatin1String("white"))
        return EthnicGroup::White;
    if (target == QLatin1String("minority_ethnic"))
        return EthnicGroup::MinorityEthnic;
    return EthnicGroup::Unknown;
}

void addRate(RateBlock &into, const RateBlock &from)
{
    into.population += from.population;
    into.events += from.events;
}

void merge(AreaReturn &into, const AreaReturn &from)
{
    for (const PayBand &band : from.payBands.bands) {
        auto it = std::find_if(into.payBands.bands.begin(), into.payBands.bands.end(),
                               [&](const PayBand &b) { return b.name == band.name; });
        if (it == into.payBands.bands.end())
            into.payBands.bands.push_back(band);
        else
            it->counts += band.counts;
    }
    for (Block block : kBlocks) {
        switch (blockInfo(block).shape) {
        case BlockShape::PayBands: break;
        case BlockShape::Counts: into.countBlock(block).counts += from.countBlock(block).counts; break;
        case BlockShape::Rate: addRate(into.rateBlock(block), from.rateBlock(block)); break;
        }
    }
}

bool looksLikeSerial(const QString &text)
{
    if (text.size() != 5)
        return false;
    for (QChar c : text)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

QString leftOutReasonText(const QString &reason)
{
    if (reason == QLatin1String("unreadable_date"))
        return tr("date missing or unreadable");
    if (reason == QLatin1String("outside_period"))
        return tr("date outside the return's period");
    if (reason == QLatin1String("not_in_scope"))
        return tr("service area not in scope");
    if (reason == QLatin1String("duplicate_person_id"))
        return tr("person identifier seen before");
    if (reason == QLatin1String("unmapped_value"))
        return tr("a value not yet mapped");
    return reason;
}

Aggregator::Aggregator(const Profile &profile, QDate periodStart, QDate periodEnd)
    : m_profile(profile), m_start(periodStart), m_end(periodEnd)
{
}

bool Aggregator::mapHeader(FileReport &report, const QStringList &header)
{
    m_columns.clear();
    QStringList missing;
    for (const FieldInfo &f : fieldsOf(m_profile.kind)) {
        const auto it = m_profile.columns.find(QString::fromLatin1(f.key));
        if (it == m_profile.columns.end() || it->second.isEmpty())
            continue;
        int index = -1;
        for (int i = 0; i < header.size() && index < 0; ++i)
            if (cellKey(header.at(i)).compare(it->second, Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0)
            missing << tr("\"%1\" (%2)").arg(it->second, fieldName(it->first));
        else
            m_columns.push_back({it->first, f.type, index});
    }
    if (!missing.isEmpty()) {
        report.error = tr("The header row (row %1) has no column %2.")
                           .arg(m_profile.file.headerRow)
                           .arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

FileReport Aggregator::addFile(const QString &path)
{
    FileReport report;
    report.fileName = QFileInfo(path).fileName();
    const bool xlsx = QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    std::map<ServiceArea, AreaReturn> saved;
    saved.swap(m_counts);
    const std::set<ServiceArea> savedAreas = m_areasSeen;
    const auto onHeader = [&](qint64, const QStringList &header) { return mapHeader(report, header); };
    const auto onRow = [&](qint64 row, const QStringList &cells) {
        addRow(report, row, cells);
        return report.error.isEmpty();
    };
    m_xlsx = xlsx;
    const ReadOutcome outcome = readExtractFile(path, m_profile.file, onHeader, onRow);
    report.rowsRead = outcome.rowsRead;
    if (report.error.isEmpty() && !outcome.ok)
        report.error = outcome.error;
    report.readOk = report.error.isEmpty();
    // A refused file adds nothing; a read one is merged whole.
    std::map<ServiceArea, AreaReturn> fileCounts;
    fileCounts.swap(m_counts);
    m_counts.swap(saved);
    if (report.readOk) {
        for (const auto &[area, counts] : fileCounts)
            merge(m_counts[area], counts);
    } else {
        m_areasSeen = savedAreas;
    }
    for (const auto &[field, values] : report.values)
        for (const auto &[value, count] : values) {
            const FieldType type = *fieldType(m_profile.kind, field);
            const bool mapped = type == FieldType::Flag
                ? m_profile.flags.count(value) > 0
                : (m_profile.values.count(valueMapKey(type)) > 0
                   && m_profile.values.at(valueMapKey(type)).count(value) > 0);
            if (!mapped)
                report.unmapped[field][value] = count;
        }
    m_reports.push_back(report);
    return report;
}

void Aggregator::addRow(FileReport &report, qint64 row, const QStringList &cells)
{
    std::optional<EthnicGroup> group;
    ServiceArea area = ServiceArea::Adult;
    bool inScope = true, unmapped = false, badDate = false, outside = false, duplicate = false;
    QString band;
    std::map<QString, bool> flags;
    for (const Column &c : m_columns) {
        const QString raw = c.index < cells.size() ? cells.at(c.index) : QString();
        if (c.type == FieldType::Date) {
            const QString text = raw.trimmed();
            QDate date = QDate::fromString(text, m_profile.dateFormat);
            if (!date.isValid())
                date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid() && m_xlsx && looksLikeSerial(text))
                date = QDate(1899, 12, 30).addDays(text.toInt());
            if (!date.isValid())
                badDate = true;
            else if ((m_start.isValid() && date < m_start) || (m_end.isValid() && date > m_end))
                outside = true;
            continue;
        }
        if (c.type == FieldType::Identifier) {
            const QString id = cellKey(raw);
            if (!id.isEmpty() && !m_seenIds.insert(quint64(qHash(id, 0x5c3e5u))).second)
                duplicate = true;
            continue;
        }
        const QString key = cellKey(raw);
        auto &counts = report.values[c.field];
        auto it = counts.find(key);
        if (it == counts.end()) {
            if (counts.size() >= size_t(kMaxDistinctValues)) {
                // A category column has a few dozen values; thousands means names or identifiers.
                report.error = tr("Row %1: the column \"%2\" (%3) has more than %4 different values; is it the "
                                  "right column?")
                                   .arg(row)
                                   .arg(m_profile.columns.at(c.field), fieldName(c.field))
                                   .arg(kMaxDistinctValues);
                return;
            }
            it = counts.emplace(key, 0).first;
        }
        ++it->second;
        if (c.type == FieldType::Flag) {
            const auto f = m_profile.flags.find(key);
            if (f == m_profile.flags.end())
                unmapped = true;
            else
                flags[c.field] = f->second;
            continue;
        }
        const auto map = m_profile.values.find(valueMapKey(c.type));
        const auto target = map == m_profile.values.end() ? decltype(map->second.end()){} : map->second.find(key);
        if (map == m_profile.values.end() || target == map->second.end()) {
            unmapped = true;
            continue;
        }
        switch (c.type) {
        case FieldType::Ethnicity: group = groupOf(target->second); break;
        case FieldType::ServiceArea:
            if (target->second == QLatin1String("children"))
                area = ServiceArea::Children;
            else if (target->second != QLatin1String("adult"))
                inScope = false;
            break;
        case FieldType::Grade: band = target->second; break;
        default: break;
        }
    }
    // One reason per row, the first that applies, so the reasons add up to the rows left out.
    const char *reason = unmapped ? "unmapped_value"
        : !inScope                ? "not_in_scope"
        : badDate                 ? "unreadable_date"
        : outside                 ? "outside_period"
        : duplicate               ? "duplicate_person_id"
                                  : nullptr;
    if (reason) {
        note(report.leftOut[QString::fromLatin1(reason)], row);
        return;
    }
    const EthnicGroup g = group.value_or(EthnicGroup::Unknown);
    AreaReturn &counts = m_counts[area];
    m_areasSeen.insert(area);
    ++report.rowsUsed;
    const auto flag = [&](const char *field) {
        const auto it = flags.find(QString::fromLatin1(field));
        return it != flags.end() && it->second;
    };
    const auto answered = [&](const char *field) { return flags.count(QString::fromLatin1(field)) > 0; };
    switch (m_profile.kind) {
    case ExtractKind::StaffList:
        if (!band.isEmpty()) {
            auto &bands = counts.payBands.bands;
            auto it = std::find_if(bands.begin(), bands.end(), [&](const PayBand &b) { return b.name == band; });
            if (it == bands.end()) {
                bands.push_back(PayBand{band, std::nullopt, {}});
                it = bands.end() - 1;
            }
            addGroup(it->counts, g);
        }
        if (flag("senior_manager"))
            addGroup(counts.seniorManagers.counts, g);
        if (flag("cpd"))
            addGroup(counts.cpd.counts, g);
        if (flag("disciplinary"))
            addGroup(counts.disciplinary.counts, g);
        if (flag("regulated_professional"))
            addGroup(counts.fitnessToPractise.population, g);
        if (flag("fitness_to_practise"))
            addGroup(counts.fitnessToPractise.events, g);
        break;
    case ExtractKind::Recruitment:
        if (flag("shortlisted"))
            addGroup(counts.shortlisting.population, g);
        if (flag("appointed"))
            addGroup(counts.shortlisting.events, g);
        break;
    case ExtractKind::Disciplinary: addGroup(counts.disciplinary.counts, g); break;
    case ExtractKind::FitnessToPractise: addGroup(counts.fitnessToPractise.events, g); break;
    case ExtractKind::Leavers: addGroup(counts.leavers.counts, g); break;
    case ExtractKind::StaffSurvey: {
        const std::pair<const char *, Block> questions[] = {{"harassment_public", Block::HarassmentPublic},
                                                            {"harassment_colleagues", Block::HarassmentColleagues},
                                                            {"harassment_managers", Block::HarassmentManagers}};
        for (const auto &[field, block] : questions) {
            if (!answered(field))
                continue;
            addGroup(counts.rateBlock(block).population, g);
            if (flag(field))
                addGroup(counts.rateBlock(block).events, g);
        }
        break;
    }
    }
}

qint64 Aggregator::rowsRead() const
{
    qint64 n = 0;
    for (const FileReport &r : m_reports)
        n += r.rowsRead;
    return n;
}

qint64 Aggregator::rowsUsed() const
{
    qint64 n = 0;
    for (const FileReport &r : m_reports)
        n += r.rowsUsed;
    return n;
}

bool Aggregator::blocked() const
{
    if (m_reports.empty())
        return true;
    for (const FileReport &r : m_reports)
        if (!r.readOk || !r.unmapped.empty())
            return true;
    return false;
}

std::map<Block, Part> Aggregator::filledBlocks() const
{
    const auto has = [&](const char *field) {
        const auto it = m_profile.columns.find(QString::fromLatin1(field));
        return it != m_profile.columns.end() && !it->second.isEmpty();
    };
    const auto rate = [](bool population, bool events) {
        return population && events ? Part::Whole : population ? Part::Population : Part::Events;
    };
    std::map<Block, Part> out;
    switch (m_profile.kind) {
    case ExtractKind::StaffList:
        if (has("grade"))
            out[Block::PayBands] = Part::Whole;
        if (has("senior_manager"))
            out[Block::SeniorManagers] = Part::Whole;
        if (has("cpd"))
            out[Block::Cpd] = Part::Whole;
        if (has("disciplinary"))
            out[Block::Disciplinary] = Part::Whole;
        if (has("regulated_professional") || has("fitness_to_practise"))
            out[Block::FitnessToPractise] = rate(has("regulated_professional"), has("fitness_to_practise"));
        break;
    case ExtractKind::Recruitment:
        if (has("shortlisted") || has("appointed"))
            out[Block::Shortlisting] = rate(has("shortlisted"), has("appointed"));
        break;
    case ExtractKind::Disciplinary: out[Block::Disciplinary] = Part::Whole; break;
    case ExtractKind::FitnessToPractise: out[Block::FitnessToPractise] = Part::Events; break;
    case ExtractKind::Leavers: out[Block::Leavers] = Part::Whole; break;
    case ExtractKind::StaffSurvey:
        if (has("harassment_public"))
            out[Block::HarassmentPublic] = Part::Whole;
        if (has("harassment_colleagues"))
            out[Block::HarassmentColleagues] = Part::Whole;
        if (has("harassment_managers"))
            out[Block::HarassmentManagers] = Part::Whole;
        break;
    }
    return out;
}

} // namespace scwres::extract
