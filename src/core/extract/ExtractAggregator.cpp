// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ExtractAggregator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <iterator>
#include <set>

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

// A person counted in their headline group and, when their ethnicity value has one, in their
// broad group. broad < 0: none, and the run keeps no breakdown (Aggregator::m_broadMissing).
void addGroup(GroupCounts &counts, EthnicGroup group, int broad)
{
    switch (group) {
    case EthnicGroup::White: ++counts.white; break;
    case EthnicGroup::MinorityEthnic: ++counts.minorityEthnic; break;
    case EthnicGroup::Unknown: ++counts.unknown; break;
    }
    if (broad < 0)
        return;
    if (!counts.broad)
        counts.broad = BroadCounts{};
    counts.broad->add(BroadGroup(broad));
}

// An ethnicity value's resolved target: its headline group and its broad group (or none) in one
// int, so the per-value cache stays one number. Decoded by the two below.
int ethnicityTarget(EthnicGroup headline, std::optional<BroadGroup> broad)
{
    return int(headline) + 3 * (broad ? int(*broad) + 1 : 0);
}
EthnicGroup headlineOfTarget(int target)
{
    return EthnicGroup(target % 3);
}
int broadOfTarget(int target)
{
    return target / 3 - 1;
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

} // namespace

bool Aggregator::IdSet::insert(quint64 hash)
{
    if (hash == 0)
        hash = 1; // 0 marks an empty slot
    if ((m_size + 1) * 2 > m_slots.size()) {
        std::vector<quint64> old(std::max<size_t>(1024, m_slots.size() * 2), 0);
        old.swap(m_slots);
        m_size = 0;
        for (quint64 h : old)
            if (h != 0)
                insert(h);
    }
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(hash * 0x9E3779B97F4A7C15ull) & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == hash)
            return false;
        if (m_slots[i] == 0) {
            m_slots[i] = hash;
            ++m_size;
            return true;
        }
    }
}

namespace {

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
    std::set<QString> bands;
    if (const auto g = m_profile.values.find(QStringLiteral("grade")); g != m_profile.values.end())
        for (const auto &[value, band] : g->second)
            bands.insert(band);
    for (const SalaryRange &r : m_profile.salaryRanges)
        bands.insert(r.band);
    for (const QString &b : bands)
        m_bandNames << b;
}

namespace {

// The yes/no fields, each a bit of a row's answers.
const char *const kFlagFields[] = {"senior_manager", "regulated_professional", "cpd", "disciplinary",
                                   "fitness_to_practise", "shortlisted", "appointed", "harassment_public",
                                   "harassment_colleagues", "harassment_managers"};
enum FlagSlot { SeniorManager, Regulated, Cpd, Disciplinary, FitnessToPractise, Shortlisted, Appointed,
                HarassmentPublic, HarassmentColleagues, HarassmentManagers };
constexpr int kMaxCachedDates = 50000;
constexpr size_t kFewValues = 12;

// FNV-1a over the identifier's UTF-16: cheaper than Qt's seeded SipHash, and 64 bits keep a false
// "duplicate" among a million identifiers below one in ten million.
quint64 idHash(const QString &id)
{
    quint64 h = 1469598103934665603ull;
    for (QChar c : id) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

Aggregator::Resolved *Aggregator::lookup(Column &c, const QString &text)
{
    for (auto &[value, resolved] : c.few)
        if (value == text)
            return &resolved;
    if (c.many.isEmpty())
        return nullptr;
    const auto it = c.many.find(text);
    return it == c.many.end() ? nullptr : &*it;
}

const SalaryRange *Aggregator::salaryRangeOf(const QString &raw) const
{
    QString text = raw.trimmed();
    text.remove(QLatin1Char(',')).remove(QChar(0x00A3)); // "£31,500"
    bool ok = false;
    const double amount = text.toDouble(&ok);
    if (!ok)
        return nullptr;
    for (const SalaryRange &r : m_profile.salaryRanges)
        if (amount >= r.from && amount <= r.to)
            return &r;
    return nullptr;
}

int Aggregator::resolve(Column &c, const QString &key) const
{
    if (c.type == FieldType::Flag) {
        const auto f = m_profile.flags.find(key);
        return f == m_profile.flags.end() ? -1 : (f->second ? 1 : 0);
    }
    const auto map = m_profile.values.find(valueMapKey(c.type));
    if (map == m_profile.values.end())
        return -1;
    const auto t = map->second.find(key);
    if (t == map->second.end())
        return -1;
    switch (c.type) {
    case FieldType::Ethnicity: {
        std::optional<BroadGroup> broad;
        if (const auto b = m_profile.values.find(QStringLiteral("ethnicity_group")); b != m_profile.values.end())
            if (const auto g = b->second.find(key); g != b->second.end())
                broad = broadGroupFromKey(g->second);
        return ethnicityTarget(groupOf(t->second), broad);
    }
    case FieldType::ServiceArea:
        return t->second == QLatin1String("adult") ? 0 : t->second == QLatin1String("children") ? 1 : 2;
    case FieldType::Grade: return int(m_bandNames.indexOf(t->second));
    default: return -1;
    }
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
        {
            Column column{it->first, f.type, index, -1, {}, {}, {}};
            for (int slot = 0; slot < int(std::size(kFlagFields)); ++slot)
                if (it->first == QLatin1String(kFlagFields[slot]))
                    column.flagSlot = slot;
            m_columns.push_back(std::move(column));
        }
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
    const bool savedBroadMissing = m_broadMissing;
    const auto onHeader = [&](qint64, const QStringList &header) { return mapHeader(report, header); };
    const auto onRow = [&](qint64 row, const QStringList &cells) {
        addRow(report, row, cells);
        return report.error.isEmpty();
    };
    m_xlsx = xlsx;
    m_lastReason = nullptr;
    m_lastLeftOut = nullptr;
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
        m_broadMissing = savedBroadMissing;
    }
    for (Column &c : m_columns) {
        const auto add = [&](const QString &value, const Resolved &r) {
            report.values[c.field][value] += r.rows;
            if (r.target < 0)
                report.unmapped[c.field][value] += r.rows;
        };
        // A refused file lists no values: the refusal may be a column of names mapped by mistake.
        if (report.readOk) {
            for (const auto &[value, r] : c.few)
                add(value, r);
            for (auto it = c.many.cbegin(); it != c.many.cend(); ++it)
                add(it.key(), *it);
        }
        c.few.clear();
        c.many.clear();
        c.dates.clear();
    }
    m_reports.push_back(report);
    return report;
}

void Aggregator::addRow(FileReport &report, qint64 row, const QStringList &cells)
{
    int group = int(EthnicGroup::Unknown);
    int broad = -1; // no ethnicity column: no broad group
    int area = 0;
    int band = -1;
    bool unmapped = false, badDate = false, outside = false, duplicate = false;
    unsigned answered = 0, yes = 0;
    for (Column &c : m_columns) {
        static const QString kEmpty;
        const QString &raw = c.index < cells.size() ? cells.at(c.index) : kEmpty; // no copy per cell
        if (c.type == FieldType::Date) {
            auto cached = c.dates.constFind(raw);
            QDate date;
            if (cached != c.dates.constEnd()) {
                date = *cached;
            } else {
                const QString text = raw.trimmed();
                date = QDate::fromString(text, m_profile.dateFormat);
                if (!date.isValid())
                    date = QDate::fromString(text, Qt::ISODate);
                if (!date.isValid() && m_xlsx && looksLikeSerial(text))
                    date = QDate(1899, 12, 30).addDays(text.toInt());
                if (c.dates.size() < kMaxCachedDates)
                    c.dates.insert(raw, date);
            }
            if (!date.isValid())
                badDate = true;
            else if ((m_start.isValid() && date < m_start) || (m_end.isValid() && date > m_end))
                outside = true;
            continue;
        }
        if (c.type == FieldType::Identifier) {
            const QString id = cellKey(raw);
            if (!id.isEmpty() && !m_seenIds.insert(idHash(id)))
                duplicate = true;
            continue;
        }
        Resolved *it = lookup(c, raw);
        if (!it && c.type == FieldType::Grade && !m_profile.salaryRanges.empty()) {
            // A salary is counted under its range's label, so the values list shows ranges, not
            // every salary (and the distinct-value limit counts ranges).
            if (const SalaryRange *range = salaryRangeOf(raw)) {
                const QString label = range->label();
                it = lookup(c, label);
                if (!it) {
                    c.few.emplace_back(label, Resolved{int(m_bandNames.indexOf(range->band)), 0});
                    it = &c.few.back().second;
                }
            }
        }
        if (!it) {
            // Cells that differ only in spaces or Unicode form are one value.
            const QString key = cellKey(raw);
            it = lookup(c, key);
            if (!it) {
                if (distinct(c) >= kMaxDistinctValues) {
                    // A category column has a few dozen values; thousands means names or identifiers.
                    report.error = tr("Row %1: the column \"%2\" (%3) has more than %4 different values; is it "
                                      "the right column?")
                                       .arg(row)
                                       .arg(m_profile.columns.at(c.field), fieldName(c.field))
                                       .arg(kMaxDistinctValues);
                    return;
                }
                const Resolved resolved{resolve(c, key), 0};
                if (c.few.size() < kFewValues) {
                    c.few.emplace_back(key, resolved);
                    it = &c.few.back().second;
                } else {
                    it = &*c.many.insert(key, resolved);
                }
            }
        }
        ++it->rows;
        const int target = it->target;
        if (target < 0) {
            unmapped = true;
            continue;
        }
        switch (c.type) {
        case FieldType::Ethnicity:
            group = int(headlineOfTarget(target));
            broad = broadOfTarget(target);
            break;
        case FieldType::ServiceArea: area = target; break;
        case FieldType::Grade: band = target; break;
        case FieldType::Flag:
            answered |= 1u << c.flagSlot;
            if (target == 1)
                yes |= 1u << c.flagSlot;
            break;
        default: break;
        }
    }
    // One reason per row, the first that applies, so the reasons add up to the rows left out.
    const char *reason = unmapped ? "unmapped_value"
        : area == 2               ? "not_in_scope"
        : badDate                 ? "unreadable_date"
        : outside                 ? "outside_period"
        : duplicate               ? "duplicate_person_id"
                                  : nullptr;
    if (reason) {
        // The reason's entry is found once per file, not once per row.
        if (reason != m_lastReason || !m_lastLeftOut) {
            m_lastReason = reason;
            m_lastLeftOut = &report.leftOut[QString::fromLatin1(reason)];
        }
        note(*m_lastLeftOut, row);
        return;
    }
    const EthnicGroup g = EthnicGroup(group);
    if (broad < 0)
        m_broadMissing = true;
    const ServiceArea which = area == 1 ? ServiceArea::Children : ServiceArea::Adult;
    AreaReturn &counts = m_counts[which];
    m_areasSeen.insert(which);
    ++report.rowsUsed;
    const auto flag = [yes](FlagSlot slot) { return (yes >> slot) & 1u; };
    switch (m_profile.kind) {
    case ExtractKind::StaffList:
        if (band >= 0) {
            auto &bands = counts.payBands.bands;
            if (bands.empty())
                for (const QString &name : m_bandNames)
                    bands.push_back(PayBand{name, std::nullopt, {}});
            addGroup(bands[size_t(band)].counts, g, broad);
        }
        if (flag(SeniorManager))
            addGroup(counts.seniorManagers.counts, g, broad);
        if (flag(Cpd))
            addGroup(counts.cpd.counts, g, broad);
        if (flag(Disciplinary))
            addGroup(counts.disciplinary.counts, g, broad);
        if (flag(Regulated))
            addGroup(counts.fitnessToPractise.population, g, broad);
        if (flag(FitnessToPractise))
            addGroup(counts.fitnessToPractise.events, g, broad);
        break;
    case ExtractKind::Recruitment:
        if (flag(Shortlisted))
            addGroup(counts.shortlisting.population, g, broad);
        if (flag(Appointed))
            addGroup(counts.shortlisting.events, g, broad);
        break;
    case ExtractKind::Disciplinary: addGroup(counts.disciplinary.counts, g, broad); break;
    case ExtractKind::FitnessToPractise: addGroup(counts.fitnessToPractise.events, g, broad); break;
    case ExtractKind::Leavers: addGroup(counts.leavers.counts, g, broad); break;
    case ExtractKind::StaffSurvey: {
        const std::pair<FlagSlot, Block> questions[] = {{HarassmentPublic, Block::HarassmentPublic},
                                                        {HarassmentColleagues, Block::HarassmentColleagues},
                                                        {HarassmentManagers, Block::HarassmentManagers}};
        for (const auto &[slot, block] : questions) {
            if (!((answered >> slot) & 1u))
                continue;
            addGroup(counts.rateBlock(block).population, g, broad);
            if (flag(slot))
                addGroup(counts.rateBlock(block).events, g, broad);
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
