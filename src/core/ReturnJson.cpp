// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ReturnJson.h"

#include "JsonInputCheck.h"
#include "RegularFile.h"
#include "SafeWrite.h"
#include "TextLimits.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

#include <cmath>

namespace scwres {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::ReturnJson", text);
}

// Thrown inside the reader only; caught at its boundary and turned into ReturnReadResult.
struct FormatError {
    QString path;
    QString message;
};

QString describe(const json &value)
{
    // Short, so a 10 MB array in the wrong place does not flood the message.
    QString text = QString::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

[[noreturn]] void fail(const QString &path, const QString &message)
{
    throw FormatError{path, message};
}

const json &requireObject(const json &value, const QString &path)
{
    if (!value.is_object())
        fail(path, tr("expected an object, got %1").arg(describe(value)));
    return value;
}

void refuseUnknownKeys(const json &object, const QString &path, std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        for (const char *key : known)
            ok = ok || it.key() == key;
        if (!ok)
            fail(join(path, QString::fromStdString(it.key()).left(60)), tr("unknown field"));
    }
}

long long readCount(const json &value, const QString &path)
{
    const QString expected = tr("expected a whole number >= 0, got %1").arg(describe(value));
    // No council employs a billion people; a bigger number is a typing or export slip.
    constexpr long long kMaxCount = 1'000'000'000LL;
    if (value.is_number_unsigned()) {
        if (value.get<std::uint64_t>() > static_cast<std::uint64_t>(kMaxCount))
            fail(path, tr("%1 is too large for a count of staff").arg(describe(value)));
        return static_cast<long long>(value.get<std::uint64_t>());
    }
    if (value.is_number_integer()) {
        if (value.get<long long>() < 0)
            fail(path, expected);
        return value.get<long long>();
    }
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (std::isfinite(d) && d >= 0 && d == std::floor(d) && d <= static_cast<double>(kMaxCount))
            return static_cast<long long>(d);
    }
    fail(path, expected);
}

bool present(const json &object, const char *key);

// Version 3: the optional breakdown by the census broad groups, which must make the headline.
void readBroad(const json &value, const QString &path, GroupCounts &counts)
{
    requireObject(value, path);
    refuseUnknownKeys(value, path, {"asian", "black", "mixed", "white", "other", "unknown"});
    BroadCounts broad;
    for (BroadGroup group : kBroadGroups) {
        const std::string key = broadGroupKey(group).toStdString();
        const QString groupPath = join(path, broadGroupKey(group));
        if (!value.contains(key))
            fail(groupPath, tr("missing (write 0 if there are none)"));
        broad.set(group, readCount(value.at(key), groupPath));
    }
    const QString parent = path.left(path.lastIndexOf(QLatin1Char('.')));
    for (EthnicGroup group : kEthnicGroups) {
        if (!counts.isEntered(group))
            fail(path, tr("a breakdown needs every count entered, but %1 is null").arg(join(parent, ethnicGroupKey(group))));
        if (broad.headline(group) != counts.get(group)) {
            const QString parts = group == EthnicGroup::White ? tr("white")
                : group == EthnicGroup::Unknown              ? tr("unknown")
                                                             : tr("asian + black + mixed + other");
            fail(path, tr("%1 is %2, but %3 is %4: the broad groups must add up to the counts")
                           .arg(parts)
                           .arg(broad.headline(group))
                           .arg(join(parent, ethnicGroupKey(group)))
                           .arg(counts.get(group)));
        }
    }
    counts.setBroad(broad);
}

// Version 2: a count may be null, "not entered" (empty is not zero).
GroupCounts readGroups(const json &value, const QString &path, int version)
{
    requireObject(value, path);
    if (version >= 3)
        refuseUnknownKeys(value, path, {"white", "minority_ethnic", "unknown", "broad"});
    else
        refuseUnknownKeys(value, path, {"white", "minority_ethnic", "unknown"});
    GroupCounts counts;
    for (EthnicGroup group : kEthnicGroups) {
        const std::string key = ethnicGroupKey(group).toStdString();
        const QString groupPath = join(path, ethnicGroupKey(group));
        if (!value.contains(key))
            fail(groupPath, tr("missing (write 0 if there are none)"));
        if (version >= 2 && value.at(key).is_null())
            counts.clear(group);
        else
            counts.set(group, readCount(value.at(key), groupPath));
    }
    if (version >= 3 && present(value, "broad"))
        readBroad(value.at("broad"), join(path, QStringLiteral("broad")), counts);
    return counts;
}

// Text as the program keeps it (NFC), refused when too long or holding control characters.
QString readString(const json &value, const QString &path, TextKind kind)
{
    if (!value.is_string())
        fail(path, tr("expected text, got %1").arg(describe(value)));
    const QString text = normalizedText(QString::fromStdString(value.get<std::string>()));
    const QString problem = textProblem(text, kind);
    if (!problem.isEmpty())
        fail(path, tr("the text %1").arg(problem));
    return text;
}

// A whole number within [min, max], read as 64 bits so that 4294969320 is refused instead of
// wrapping round to 2024 in an int.
long long readWholeNumber(const json &value, const QString &path, long long min, long long max,
                          const QString &expected)
{
    long long n = 0;
    if (value.is_number_unsigned()) {
        const std::uint64_t u = value.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(max))
            fail(path, tr("%1, got %2").arg(expected, describe(value)));
        n = static_cast<long long>(u);
    } else if (value.is_number_integer()) {
        n = value.get<std::int64_t>();
    } else {
        fail(path, tr("%1, got %2").arg(expected, describe(value)));
    }
    if (n < min || n > max)
        fail(path, tr("%1, got %2").arg(expected, describe(value)));
    return n;
}

QDate readDate(const json &object, const char *key, const QString &path)
{
    if (!object.contains(key) || object.at(key).is_null())
        return {};
    const QString fieldPath = join(path, QString::fromLatin1(key));
    const QString text = readString(object.at(key), fieldPath, TextKind::Name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        fail(fieldPath, tr("expected a date as YYYY-MM-DD, got %1").arg(describe(object.at(key))));
    return date;
}

bool present(const json &object, const char *key)
{
    return object.contains(key) && !object.at(key).is_null();
}

PayBandsBlock readPayBands(const json &value, const QString &path, int version)
{
    if (!value.is_array())
        fail(path, tr("expected a list of pay bands, got %1").arg(describe(value)));
    PayBandsBlock block;
    block.collected = true;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const QString bandPath = path + QStringLiteral("[%1]").arg(i);
        const json &item = requireObject(value[i], bandPath);
        if (version >= 3)
            refuseUnknownKeys(item, bandPath, {"name", "national_band", "white", "minority_ethnic", "unknown", "broad"});
        else
            refuseUnknownKeys(item, bandPath, {"name", "national_band", "white", "minority_ethnic", "unknown"});
        PayBand band;
        band.name = item.contains("name")
            ? readString(item.at("name"), join(bandPath, QStringLiteral("name")), TextKind::Name)
            : QString();
        if (present(item, "national_band")) {
            const QString bandKey = readString(item.at("national_band"), join(bandPath, QStringLiteral("national_band")),
                                             TextKind::Name);
            band.nationalBand = nationalBandFromKey(bandKey);
            if (!band.nationalBand)
                fail(join(bandPath, QStringLiteral("national_band")),
                     tr("expected under_30k, 30k_to_69k or 70k_plus, got %1").arg(describe(item.at("national_band"))));
        }
        json groups = json::object();
        for (const char *key : {"white", "minority_ethnic", "unknown", "broad"})
            if (item.contains(key))
                groups[key] = item.at(key);
        band.counts = readGroups(groups, bandPath, version);
        block.bands.push_back(band);
    }
    return block;
}

AreaReturn readArea(const json &value, const QString &path, int version)
{
    requireObject(value, path);
    std::vector<const char *> known{"notes"};
    for (Block block : kBlocks)
        known.push_back(blockInfo(block).key);
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (std::find_if(known.begin(), known.end(), [&](const char *k) { return it.key() == k; }) == known.end())
            fail(join(path, QString::fromStdString(it.key()).left(60)), tr("unknown field"));
    }

    AreaReturn area;
    for (Block block : kBlocks) {
        const BlockInfo &info = blockInfo(block);
        if (!present(value, info.key))
            continue; // absent or null: not collected
        const QString blockPath = join(path, QString::fromLatin1(info.key));
        const json &item = value.at(info.key);
        switch (info.shape) {
        case BlockShape::PayBands:
            area.payBands = readPayBands(item, blockPath, version);
            break;
        case BlockShape::Counts:
            area.countBlock(block) = CountBlock{true, readGroups(item, blockPath, version)};
            break;
        case BlockShape::Rate: {
            requireObject(item, blockPath);
            refuseUnknownKeys(item, blockPath, {info.populationKey, info.eventsKey});
            RateBlock rate;
            rate.collected = true;
            for (const char *key : {info.populationKey, info.eventsKey}) {
                const QString partPath = join(blockPath, QString::fromLatin1(key));
                if (!item.contains(key))
                    fail(partPath, tr("missing"));
                (key == info.populationKey ? rate.population : rate.events) = readGroups(item.at(key), partPath, version);
            }
            area.rateBlock(block) = rate;
            break;
        }
        }
    }
    if (present(value, "notes")) {
        const QString notesPath = join(path, QStringLiteral("notes"));
        const json &notes = requireObject(value.at("notes"), notesPath);
        for (auto it = notes.begin(); it != notes.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!metricFromKey(key))
                fail(join(notesPath, key.left(60)), tr("expected a metric key 1 to 9, 7a or 7b"));
            const QString note = readString(it.value(), join(notesPath, key), TextKind::FreeText).trimmed();
            if (!note.isEmpty())
                area.notes[key] = note;
        }
    }
    return area;
}

AnnualReturn readDocument(const json &doc)
{
    requireObject(doc, QStringLiteral("(document)"));
    if (!doc.contains("format") || doc.at("format") != "scwres-return")
        fail(QStringLiteral("format"), tr("this is not an SC-WRES return (expected \"scwres-return\")"));
    if (!doc.contains("format_version"))
        fail(QStringLiteral("format_version"), tr("missing"));
    // Any version up to 1000 reads as "newer" below; beyond that it is no version number at all.
    const long long version = readWholeNumber(doc.at("format_version"), QStringLiteral("format_version"), 1, 1000,
                                              tr("expected a format version such as 1"));
    if (version > kReturnFormatVersion)
        fail(QStringLiteral("format_version"),
             tr("the file is format version %1, made by a newer version of this program; this version reads up to "
                "version %2. Please update the program.")
                 .arg(version)
                 .arg(kReturnFormatVersion));
    refuseUnknownKeys(doc, QString(),
                      {"format", "format_version", "authority", "year", "status", "snapshot_date", "period",
                       "population", "areas"});

    AnnualReturn ret;
    // Version 1 had no drafts: every count in it was entered, and it was the program's final
    // word on the year (as returns stored before schema 3 are taken to be), so it reads complete.
    ret.complete = version < 2;
    if (version >= 2 && present(doc, "status")) {
        const QString status = readString(doc.at("status"), QStringLiteral("status"), TextKind::Name);
        if (status != QLatin1String("draft") && status != QLatin1String("complete"))
            fail(QStringLiteral("status"), tr("expected \"draft\" or \"complete\", got %1").arg(describe(doc.at("status"))));
        ret.complete = status == QLatin1String("complete");
    } else if (version < 2 && doc.contains("status")) {
        fail(QStringLiteral("status"), tr("unknown field in a version 1 file"));
    }
    if (!doc.contains("authority"))
        fail(QStringLiteral("authority"), tr("missing"));
    const json &authority = requireObject(doc.at("authority"), QStringLiteral("authority"));
    refuseUnknownKeys(authority, QStringLiteral("authority"), {"name", "code"});
    if (!authority.contains("name"))
        fail(QStringLiteral("authority.name"), tr("missing"));
    ret.authorityName =
        readString(authority.at("name"), QStringLiteral("authority.name"), TextKind::Name).trimmed();
    if (ret.authorityName.isEmpty())
        fail(QStringLiteral("authority.name"), tr("must not be empty"));
    if (present(authority, "code"))
        ret.authorityCode =
            readString(authority.at("code"), QStringLiteral("authority.code"), TextKind::Name).trimmed();

    if (!doc.contains("year"))
        fail(QStringLiteral("year"), tr("missing (a year such as 2024)"));
    ret.year = int(readWholeNumber(doc.at("year"), QStringLiteral("year"), 2000, 2100,
                                   tr("expected a year between 2000 and 2100")));

    ret.snapshotDate = readDate(doc, "snapshot_date", QString());
    if (present(doc, "period")) {
        const json &period = requireObject(doc.at("period"), QStringLiteral("period"));
        refuseUnknownKeys(period, QStringLiteral("period"), {"start", "end"});
        ret.periodStart = readDate(period, "start", QStringLiteral("period"));
        ret.periodEnd = readDate(period, "end", QStringLiteral("period"));
    }
    if (present(doc, "population")) {
        const json &population = requireObject(doc.at("population"), QStringLiteral("population"));
        refuseUnknownKeys(population, QStringLiteral("population"), {"minority_ethnic_percent", "source"});
        if (present(population, "minority_ethnic_percent")) {
            const json &pct = population.at("minority_ethnic_percent");
            if (!pct.is_number() || pct.get<double>() < 0 || pct.get<double>() > 100)
                fail(QStringLiteral("population.minority_ethnic_percent"),
                     tr("expected a percentage from 0 to 100, got %1").arg(describe(pct)));
            ret.populationMinorityEthnicPercent = pct.get<double>();
        }
        if (present(population, "source"))
            ret.populationSource =
                readString(population.at("source"), QStringLiteral("population.source"), TextKind::Name);
    }

    if (!doc.contains("areas"))
        fail(QStringLiteral("areas"), tr("missing"));
    const json &areas = requireObject(doc.at("areas"), QStringLiteral("areas"));
    refuseUnknownKeys(areas, QStringLiteral("areas"), {"adult", "children"});
    for (ServiceArea which : kServiceAreas) {
        const std::string key = serviceAreaKey(which).toStdString();
        if (present(areas, key.c_str()))
            ret.areaSlot(which) =
                readArea(areas.at(key), join(QStringLiteral("areas"), serviceAreaKey(which)), version);
    }
    if (!ret.adult && !ret.children)
        fail(QStringLiteral("areas"), tr("expected adult or children's data (or both)"));
    return ret;
}

ordered_json countJson(const GroupCounts &counts, EthnicGroup group)
{
    return counts.isEntered(group) ? ordered_json(counts.get(group)) : ordered_json(nullptr);
}

void addBroadJson(ordered_json &out, const GroupCounts &counts)
{
    if (!counts.broad)
        return;
    ordered_json broad;
    for (BroadGroup group : kBroadGroups)
        broad[broadGroupKey(group).toStdString()] = counts.broad->get(group);
    out["broad"] = broad;
}

ordered_json groupsJson(const GroupCounts &counts)
{
    ordered_json out;
    out["white"] = countJson(counts, EthnicGroup::White);
    out["minority_ethnic"] = countJson(counts, EthnicGroup::MinorityEthnic);
    out["unknown"] = countJson(counts, EthnicGroup::Unknown);
    addBroadJson(out, counts);
    return out;
}

// Whether a collected block of the return has a broad-group breakdown: the file is then
// version 3, otherwise version 2 (which every reader since version 2 reads).
bool hasBroad(const AnnualReturn &ret)
{
    for (ServiceArea which : kServiceAreas) {
        const AreaReturn *area = ret.area(which);
        if (!area)
            continue;
        for (Block block : kBlocks) {
            if (!area->isCollected(block))
                continue;
            switch (blockInfo(block).shape) {
            case BlockShape::PayBands:
                for (const PayBand &band : area->payBands.bands)
                    if (band.counts.broad)
                        return true;
                break;
            case BlockShape::Counts:
                if (area->countBlock(block).counts.broad)
                    return true;
                break;
            case BlockShape::Rate:
                if (area->rateBlock(block).population.broad || area->rateBlock(block).events.broad)
                    return true;
                break;
            }
        }
    }
    return false;
}

ordered_json areaJson(const AreaReturn &area)
{
    ordered_json out = ordered_json::object();
    for (Block block : kBlocks) {
        if (!area.isCollected(block))
            continue;
        const BlockInfo &info = blockInfo(block);
        switch (info.shape) {
        case BlockShape::PayBands: {
            ordered_json bands = ordered_json::array();
            for (const PayBand &band : area.payBands.bands) {
                ordered_json b;
                b["name"] = band.name.toStdString();
                b["national_band"] = band.nationalBand ? ordered_json(nationalBandKey(*band.nationalBand).toStdString())
                                                       : ordered_json(nullptr);
                b["white"] = countJson(band.counts, EthnicGroup::White);
                b["minority_ethnic"] = countJson(band.counts, EthnicGroup::MinorityEthnic);
                b["unknown"] = countJson(band.counts, EthnicGroup::Unknown);
                addBroadJson(b, band.counts);
                bands.push_back(b);
            }
            out[info.key] = bands;
            break;
        }
        case BlockShape::Counts:
            out[info.key] = groupsJson(area.countBlock(block).counts);
            break;
        case BlockShape::Rate: {
            ordered_json rate;
            rate[info.populationKey] = groupsJson(area.rateBlock(block).population);
            rate[info.eventsKey] = groupsJson(area.rateBlock(block).events);
            out[info.key] = rate;
            break;
        }
        }
    }
    if (!area.notes.empty()) {
        ordered_json notes = ordered_json::object();
        // Metric order, not alphabetical, so "10"-style surprises cannot happen and files diff well.
        for (MetricId id : kMetricIds) {
            const auto it = area.notes.find(metricKey(id));
            if (it != area.notes.end() && !it->second.isEmpty())
                notes[metricKey(id).toStdString()] = it->second.toStdString();
        }
        out["notes"] = notes;
    }
    return out;
}

ordered_json dateJson(const QDate &date)
{
    return date.isValid() ? ordered_json(date.toString(Qt::ISODate).toStdString()) : ordered_json(nullptr);
}

} // namespace

ReturnReadResult readReturnJson(const QByteArray &bytes)
{
    // Depth, duplicate keys and number range first, so the parse below meets only sane input.
    const QString inputError = checkJsonInput(bytes);
    if (!inputError.isEmpty())
        return {std::nullopt, inputError};
    try {
        const json doc = json::parse(bytes.constBegin(), bytes.constEnd());
        return {readDocument(doc), {}};
    } catch (const FormatError &e) {
        return {std::nullopt, e.path + QStringLiteral(": ") + e.message};
    } catch (const json::exception &e) {
        // Defensive: every access above is checked, but a reader must never throw at its caller.
        return {std::nullopt, tr("The file could not be read (%1).").arg(QString::fromUtf8(e.what()))};
    } catch (const std::exception &e) {
        return {std::nullopt, tr("The file could not be read (%1).").arg(QString::fromUtf8(e.what()))};
    }
}

ReturnReadResult readReturnFile(const QString &path)
{
    // Only a regular file: a device or a pipe has no size to check (issue 37).
    if (const QString notAFile = RegularFile::problem(path); !notAFile.isEmpty())
        return {std::nullopt, tr("%1 cannot be read: %2.").arg(path, notAFile)};
    QFile file;
    QString error;
    if (!RegularFile::open(file, path, &error))
        return {std::nullopt, tr("Cannot open %1: %2").arg(path, file.errorString())};
    // A return is a few kilobytes; anything over 32 MB is not one (the bytes are counted).
    QByteArray bytes;
    if (!RegularFile::readAll(file, 32 * 1024 * 1024, &bytes, &error))
        return {std::nullopt, file.error() == QFileDevice::NoError
                                  ? tr("%1 is too large to be an SC-WRES return.").arg(path)
                                  : tr("Cannot read %1: %2").arg(path, file.errorString())};
    return readReturnJson(bytes);
}

QByteArray writeReturnJson(const AnnualReturn &ret)
{
    ordered_json doc;
    doc["format"] = "scwres-return";
    doc["format_version"] = hasBroad(ret) ? kReturnFormatVersion : kReturnFormatVersionWithoutBroad;
    doc["authority"] = {{"name", ret.authorityName.toStdString()}, {"code", ret.authorityCode.toStdString()}};
    doc["year"] = ret.year;
    doc["status"] = ret.complete ? "complete" : "draft";
    doc["snapshot_date"] = dateJson(ret.snapshotDate);
    doc["period"] = {{"start", dateJson(ret.periodStart)}, {"end", dateJson(ret.periodEnd)}};
    ordered_json population = ordered_json::object();
    population["minority_ethnic_percent"] = ret.populationMinorityEthnicPercent
        ? ordered_json(*ret.populationMinorityEthnicPercent) : ordered_json(nullptr);
    population["source"] = ret.populationSource.toStdString();
    doc["population"] = population;
    ordered_json areas = ordered_json::object();
    for (ServiceArea which : kServiceAreas)
        if (const AreaReturn *area = ret.area(which))
            areas[serviceAreaKey(which).toStdString()] = areaJson(*area);
    doc["areas"] = areas;
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

bool writeReturnFile(const AnnualReturn &ret, const QString &path, QString *error)
{
    QString reason;
    if (!SafeWrite::write(path, writeReturnJson(ret), &reason)) {
        if (error)
            *error = SafeWrite::failureMessage(path, reason);
        return false;
    }
    return true;
}

} // namespace scwres
