// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ExtractProfile.h"

#include "ExtractReader.h"
#include "JsonInputCheck.h"
#include "RegularFile.h"
#include "SafeWrite.h"
#include "TextLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace scwres::extract {

namespace {

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::extract::Profile", text);
}

struct ProfileError {
    QString path;
    QString message;
};

[[noreturn]] void fail(const QString &path, const QString &message)
{
    throw ProfileError{path, message};
}

QString describe(const json &value)
{
    const std::string text = value.dump();
    return QString::fromStdString(text.size() > 40 ? text.substr(0, 40) + "…" : text);
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString readText(const json &value, const QString &path)
{
    if (!value.is_string())
        fail(path, tr("expected a string, got %1").arg(describe(value)));
    const QString text = QString::fromStdString(value.get<std::string>());
    const QString problem = textProblem(text, TextKind::Name);
    if (!problem.isEmpty())
        fail(path, problem);
    return normalizedText(text);
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
        for (const char *k : known)
            ok = ok || it.key() == k;
        if (!ok)
            fail(join(path, QString::fromStdString(it.key())), tr("unknown key"));
    }
}

Profile readDocument(const json &doc)
{
    requireObject(doc, QString());
    // Unknown keys are refused at the top as they are inside (issue 37): a misspelt "bands" would
    // otherwise be dropped without a word.
    refuseUnknownKeys(doc, QString(), {"format", "format_version", "name", "kind", "file", "date_format", "columns",
                                       "values", "bands", "salary_ranges"});
    if (!doc.contains("format") || doc.at("format") != "scwres-extract-profile")
        fail(QStringLiteral("format"), tr("expected \"scwres-extract-profile\""));
    if (!doc.contains("format_version") || !doc.at("format_version").is_number_integer())
        fail(QStringLiteral("format_version"), tr("expected 1"));
    if (doc.at("format_version").get<long long>() != 1)
        fail(QStringLiteral("format_version"),
             tr("version %1 is newer than this program reads (1)").arg(describe(doc.at("format_version"))));
    Profile p;
    p.name = doc.contains("name") ? readText(doc.at("name"), QStringLiteral("name")) : QString();
    if (!doc.contains("kind"))
        fail(QStringLiteral("kind"), tr("missing"));
    const auto kind = extractKindFromKey(readText(doc.at("kind"), QStringLiteral("kind")));
    if (!kind)
        fail(QStringLiteral("kind"), tr("expected staff_list, recruitment, disciplinary, fitness_to_practise, "
                                        "leavers or staff_survey, got %1")
                                         .arg(describe(doc.at("kind"))));
    p.kind = *kind;

    if (doc.contains("file") && !doc.at("file").is_null()) {
        const json &file = requireObject(doc.at("file"), QStringLiteral("file"));
        refuseUnknownKeys(file, QStringLiteral("file"), {"delimiter", "encoding", "header_row", "sheet"});
        if (file.contains("delimiter")) {
            const QString d = readText(file.at("delimiter"), QStringLiteral("file.delimiter"));
            if (d != QLatin1String(",") && d != QLatin1String(";") && d != QLatin1String("\t"))
                fail(QStringLiteral("file.delimiter"), tr("expected \",\", \";\" or a tab"));
            p.file.delimiter = d.at(0);
        }
        if (file.contains("encoding")) {
            const QString e = readText(file.at("encoding"), QStringLiteral("file.encoding"));
            // Any case, and the usual aliases ("utf8", "cp1252", "latin1"), kept in one spelling.
            const QString canonical = canonicalEncoding(e);
            if (canonical.isEmpty())
                fail(QStringLiteral("file.encoding"), tr("expected UTF-8, Windows-1252 or auto"));
            p.file.encoding = canonical;
        }
        if (file.contains("header_row")) {
            const json &h = file.at("header_row");
            if (!h.is_number_integer() || h.get<long long>() < 1 || h.get<long long>() > 1000)
                fail(QStringLiteral("file.header_row"), tr("expected a row number from 1 to 1000, got %1").arg(describe(h)));
            p.file.headerRow = int(h.get<long long>());
        }
        if (file.contains("sheet") && !file.at("sheet").is_null())
            p.file.sheet = readText(file.at("sheet"), QStringLiteral("file.sheet"));
    }
    if (doc.contains("date_format") && !doc.at("date_format").is_null())
        p.dateFormat = readText(doc.at("date_format"), QStringLiteral("date_format"));

    if (doc.contains("columns")) {
        const json &columns = requireObject(doc.at("columns"), QStringLiteral("columns"));
        for (auto it = columns.begin(); it != columns.end(); ++it) {
            const QString field = QString::fromStdString(it.key());
            const QString path = join(QStringLiteral("columns"), field);
            if (!fieldType(p.kind, field))
                fail(path, tr("not a field of a %1 extract").arg(extractKindKey(p.kind)));
            if (!it.value().is_null())
                p.columns[field] = readText(it.value(), path);
        }
    }
    if (doc.contains("values")) {
        const json &values = requireObject(doc.at("values"), QStringLiteral("values"));
        refuseUnknownKeys(values, QStringLiteral("values"),
                          {"ethnicity", "ethnicity_group", "service_area", "grade", "flags"});
        const std::pair<const char *, QStringList> targets[] = {
            {"ethnicity", {QStringLiteral("white"), QStringLiteral("minority_ethnic"), QStringLiteral("unknown")}},
            {"ethnicity_group",
             {QStringLiteral("asian"), QStringLiteral("black"), QStringLiteral("mixed"), QStringLiteral("white"),
              QStringLiteral("other"), QStringLiteral("unknown")}},
            {"service_area", {QStringLiteral("adult"), QStringLiteral("children"), QStringLiteral("not_in_scope")}},
            {"grade", {}},
        };
        for (const auto &[key, allowed] : targets) {
            if (!values.contains(key))
                continue;
            const QString mapPath = join(QStringLiteral("values"), QString::fromLatin1(key));
            const json &map = requireObject(values.at(key), mapPath);
            for (auto it = map.begin(); it != map.end(); ++it) {
                const QString path = join(mapPath, QString::fromStdString(it.key()));
                const QString target = readText(it.value(), path);
                if (!allowed.isEmpty() && !allowed.contains(target))
                    fail(path, tr("expected %1, got %2").arg(allowed.join(QStringLiteral(", ")), describe(it.value())));
                if (allowed.isEmpty() && target.isEmpty())
                    fail(path, tr("expected a pay band name"));
                auto &mapped = p.values[QString::fromLatin1(key)];
                if (!mapped.emplace(valueKey(QString::fromStdString(it.key())), target).second)
                    fail(path, tr("the same value as another key once spaces are trimmed and accents composed "
                                  "(Unicode NFC): written twice"));
            }
        }
        // A value's broad group must make its headline group, or the breakdown would not add up.
        const auto headline = p.values.find(QStringLiteral("ethnicity"));
        const auto broad = p.values.find(QStringLiteral("ethnicity_group"));
        if (headline != p.values.end() && broad != p.values.end())
            for (const auto &[value, group] : broad->second) {
                const auto h = headline->second.find(value);
                if (h != headline->second.end() && h->second != headlineOfBroad(group))
                    fail(join(QStringLiteral("values.ethnicity_group"), value),
                         tr("\"%1\" is counted in %2, but values.ethnicity maps this value to %3")
                             .arg(group, headlineOfBroad(group), h->second));
            }
        if (values.contains("flags")) {
            const json &flags = requireObject(values.at("flags"), QStringLiteral("values.flags"));
            for (auto it = flags.begin(); it != flags.end(); ++it) {
                if (!it.value().is_boolean())
                    fail(join(QStringLiteral("values.flags"), QString::fromStdString(it.key())),
                         tr("expected true or false, got %1").arg(describe(it.value())));
                if (!p.flags.emplace(valueKey(QString::fromStdString(it.key())), it.value().get<bool>()).second)
                    fail(join(QStringLiteral("values.flags"), QString::fromStdString(it.key())),
                         tr("the same value as another key once spaces are trimmed and accents composed "
                            "(Unicode NFC): written twice"));
            }
        }
    }
    if (doc.contains("bands")) {
        const json &bands = requireObject(doc.at("bands"), QStringLiteral("bands"));
        for (auto it = bands.begin(); it != bands.end(); ++it) {
            const QString path = join(QStringLiteral("bands"), QString::fromStdString(it.key()));
            const auto band = nationalBandFromKey(readText(it.value(), path));
            if (!band)
                fail(path, tr("expected under_30k, 30k_to_69k or 70k_plus, got %1").arg(describe(it.value())));
            if (!p.bands.emplace(normalizedText(QString::fromStdString(it.key())), *band).second)
                fail(path, tr("the same band as another key once accents are composed (Unicode NFC): written twice"));
        }
    }
    if (doc.contains("salary_ranges") && !doc.at("salary_ranges").is_null()) {
        const json &ranges = doc.at("salary_ranges");
        if (!ranges.is_array())
            fail(QStringLiteral("salary_ranges"), tr("expected a list, got %1").arg(describe(ranges)));
        for (size_t i = 0; i < ranges.size(); ++i) {
            const QString path = QStringLiteral("salary_ranges[%1]").arg(i);
            const json &r = requireObject(ranges.at(i), path);
            refuseUnknownKeys(r, path, {"from", "to", "band"});
            SalaryRange range;
            for (const auto &[key, into] : {std::pair<const char *, double *>{"from", &range.from}, {"to", &range.to}}) {
                if (!r.contains(key) || !r.at(key).is_number() || r.at(key).get<double>() < 0
                    || r.at(key).get<double>() > 1e9)
                    fail(join(path, QString::fromLatin1(key)), tr("expected an amount from 0 to 1,000,000,000"));
                *into = r.at(key).get<double>();
            }
            if (range.to < range.from)
                fail(join(path, QStringLiteral("to")), tr("is below from"));
            if (!r.contains("band"))
                fail(join(path, QStringLiteral("band")), tr("missing"));
            range.band = readText(r.at("band"), join(path, QStringLiteral("band")));
            p.salaryRanges.push_back(range);
        }
        // Ranges may not overlap: a salary in two would count in whichever came first.
        std::vector<size_t> order(p.salaryRanges.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&p](size_t a, size_t b) {
            return p.salaryRanges[a].from < p.salaryRanges[b].from
                || (p.salaryRanges[a].from == p.salaryRanges[b].from && a < b);
        });
        for (size_t k = 1; k < order.size(); ++k) {
            const SalaryRange &before = p.salaryRanges[order[k - 1]];
            const SalaryRange &after = p.salaryRanges[order[k]];
            if (after.from <= before.to)
                fail(QStringLiteral("salary_ranges[%1]").arg(std::max(order[k], order[k - 1])),
                     tr("overlaps salary_ranges[%1]").arg(std::min(order[k], order[k - 1])));
        }
    }
    // Every local band a grade or a salary range leads to is listed in bands, with its national
    // band: otherwise a new band would come into the return without one.
    const auto grades = p.values.find(QStringLiteral("grade"));
    if (grades != p.values.end())
        for (const auto &[value, band] : grades->second)
            if (p.bands.find(band) == p.bands.end())
                fail(join(QStringLiteral("values.grade"), value),
                     tr("\"%1\" is not listed in bands (each local band needs its national band there)").arg(band));
    for (size_t i = 0; i < p.salaryRanges.size(); ++i)
        if (p.bands.find(p.salaryRanges[i].band) == p.bands.end())
            fail(QStringLiteral("salary_ranges[%1].band").arg(i),
                 tr("\"%1\" is not listed in bands (each local band needs its national band there)")
                     .arg(p.salaryRanges[i].band));
    return p;
}

} // namespace

QString SalaryRange::label() const
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const auto amount = [&uk](double v) { return uk.toString(v, 'f', v == std::floor(v) ? 0 : 2); };
    return QStringLiteral("£%1–£%2").arg(amount(from), amount(to));
}

QString valueKey(const QString &value)
{
    return normalizedText(value.trimmed());
}

bool Profile::operator==(const Profile &o) const
{
    return name == o.name && kind == o.kind && file.delimiter == o.file.delimiter && file.encoding == o.file.encoding
        && file.headerRow == o.file.headerRow && file.sheet == o.file.sheet && dateFormat == o.dateFormat
        && columns == o.columns && values == o.values && flags == o.flags && bands == o.bands
        && salaryRanges == o.salaryRanges;
}

ProfileReadResult readProfileJson(const QByteArray &bytes)
{
    const QString inputError = checkJsonInput(bytes);
    if (!inputError.isEmpty())
        return {std::nullopt, inputError};
    try {
        return {readDocument(json::parse(bytes.constBegin(), bytes.constEnd())), {}};
    } catch (const ProfileError &e) {
        return {std::nullopt, (e.path.isEmpty() ? QString() : e.path + QStringLiteral(": ")) + e.message};
    } catch (const std::exception &e) {
        return {std::nullopt, tr("The profile could not be read (%1).").arg(QString::fromUtf8(e.what()))};
    }
}

ProfileReadResult readProfileFile(const QString &path)
{
    if (const QString notAFile = RegularFile::problem(path); !notAFile.isEmpty())
        return {std::nullopt, tr("%1 cannot be read: %2.").arg(path, notAFile)};
    QFile file;
    QString error;
    if (!RegularFile::open(file, path, &error))
        return {std::nullopt, tr("Cannot open %1: %2").arg(path, file.errorString())};
    QByteArray bytes;
    if (!RegularFile::readAll(file, 8 * 1024 * 1024, &bytes, &error))
        return {std::nullopt, file.error() == QFileDevice::NoError
                                  ? tr("%1 is too large to be an extract profile.").arg(path)
                                  : tr("Cannot read %1: %2").arg(path, file.errorString())};
    return readProfileJson(bytes);
}

namespace {

// ordered_json's operator[] looks a key up by a linear search, so filling a map of n values
// with it took n²/2 comparisons (100,000 values: a minute). The keys here come from a std::map,
// so they are unique already and are appended as they come, in the same order.
void appendUnique(ordered_json &object, const QString &key, ordered_json value)
{
    auto &items = static_cast<std::vector<std::pair<const std::string, ordered_json>> &>(
        object.get_ref<ordered_json::object_t &>());
    items.emplace_back(key.toStdString(), std::move(value));
}

} // namespace

QByteArray writeProfileJson(const Profile &p)
{
    ordered_json doc;
    doc["format"] = "scwres-extract-profile";
    doc["format_version"] = 1;
    doc["name"] = p.name.toStdString();
    doc["kind"] = extractKindKey(p.kind).toStdString();
    ordered_json file;
    file["delimiter"] = QString(p.file.delimiter).toStdString();
    file["encoding"] = p.file.encoding.toStdString();
    file["header_row"] = p.file.headerRow;
    file["sheet"] = p.file.sheet && !p.file.sheet->isEmpty() ? ordered_json(p.file.sheet->toStdString())
                                                             : ordered_json(nullptr);
    doc["file"] = file;
    doc["date_format"] = p.dateFormat.toStdString();
    ordered_json columns = ordered_json::object();
    for (const FieldInfo &f : fieldsOf(p.kind)) // the kind's order, so files diff well
        if (const auto it = p.columns.find(QString::fromLatin1(f.key)); it != p.columns.end())
            columns[f.key] = it->second.toStdString();
    doc["columns"] = columns;
    ordered_json values = ordered_json::object();
    // ethnicity_group only when there is one: a profile without it is the published format as it was.
    for (const char *key : {"ethnicity", "ethnicity_group", "service_area", "grade"}) {
        const auto it = p.values.find(QString::fromLatin1(key));
        if (it == p.values.end())
            continue;
        ordered_json map = ordered_json::object();
        for (const auto &[value, target] : it->second)
            appendUnique(map, value, ordered_json(target.toStdString()));
        values[key] = map;
    }
    ordered_json flags = ordered_json::object();
    for (const auto &[value, yes] : p.flags)
        appendUnique(flags, value, ordered_json(yes));
    values["flags"] = flags;
    doc["values"] = values;
    ordered_json bands = ordered_json::object();
    for (const auto &[band, national] : p.bands)
        appendUnique(bands, band, ordered_json(nationalBandKey(national).toStdString()));
    doc["bands"] = bands;
    if (!p.salaryRanges.empty()) {
        ordered_json ranges = ordered_json::array();
        for (const SalaryRange &r : p.salaryRanges)
            ranges.push_back({{"from", r.from}, {"to", r.to}, {"band", r.band.toStdString()}});
        doc["salary_ranges"] = ranges;
    }
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

bool writeProfileFile(const Profile &profile, const QString &path, QString *error)
{
    QString reason;
    if (!SafeWrite::write(path, writeProfileJson(profile), &reason)) {
        if (error)
            *error = SafeWrite::failureMessage(path, reason);
        return false;
    }
    return true;
}

} // namespace scwres::extract
