// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "NationalFigures.h"

#include "RegularFile.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>

namespace scwres {

namespace {

using Json = nlohmann::json;

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool isFiniteNumber(const Json &value)
{
    return value.is_number() && std::isfinite(value.get<double>());
}

QString stringOr(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? fromStd(it->get<std::string>()) : QString();
}

} // namespace

NationalFigures NationalFigures::builtIn()
{
    // Read once: the resource cannot change while the program runs.
    static const NationalFigures figures = [] {
        const auto loaded = fromFile(QStringLiteral(":/scwres/national-figures.json"));
        return loaded ? *loaded : NationalFigures();
    }();
    return figures;
}

std::optional<NationalFigures> NationalFigures::fromFile(const QString &path, QString *error)
{
    if (const QString notAFile = RegularFile::problem(path); !notAFile.isEmpty()) {
        setError(error, QStringLiteral("%1: %2").arg(path, notAFile));
        return std::nullopt;
    }
    QFile file;
    QString problem;
    if (!RegularFile::open(file, path, &problem)) {
        setError(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    // National figures are a few kilobytes; the bytes are counted, not the size trusted.
    QByteArray bytes;
    if (!RegularFile::readAll(file, 8 * 1024 * 1024, &bytes, &problem)) {
        setError(error, problem);
        return std::nullopt;
    }
    return fromJson(bytes, error);
}

std::optional<NationalFigures> NationalFigures::fromJson(const QByteArray &bytes, QString *error)
{
    const Json doc = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        setError(error, QStringLiteral("not a JSON object"));
        return std::nullopt;
    }
    // Compared as JSON values: value("format", std::string()) throws when "format" is not text.
    const auto format = doc.find("format");
    if (format == doc.end() || *format != "scwres-national-figures") {
        setError(error, QStringLiteral("format: expected \"scwres-national-figures\""));
        return std::nullopt;
    }
    const auto years = doc.find("years");
    if (years == doc.end() || !years->is_array()) {
        setError(error, QStringLiteral("years: expected an array"));
        return std::nullopt;
    }
    NationalFigures figures;
    for (const Json &entry : *years) {
        if (!entry.is_object() || !entry.contains("year") || !entry["year"].is_number_integer()) {
            setError(error, QStringLiteral("years[]: each entry needs a whole-number \"year\""));
            return std::nullopt;
        }
        // Range-checked before get<int>(), which would wrap 4294969320 round to 2024.
        const Json &yearValue = entry["year"];
        const bool yearInRange = yearValue.is_number_unsigned()
            ? yearValue.get<std::uint64_t>() >= 2000 && yearValue.get<std::uint64_t>() <= 2100
            : yearValue.get<std::int64_t>() >= 2000 && yearValue.get<std::int64_t>() <= 2100;
        if (!yearInRange) {
            setError(error, QStringLiteral("years[].year: expected a year between 2000 and 2100, got %1")
                                .arg(fromStd(yearValue.dump())));
            return std::nullopt;
        }
        Year year;
        year.source = stringOr(entry, "source");
        year.url = stringOr(entry, "url");
        if (const auto rls = entry.find("relative_likelihoods"); rls != entry.end() && rls->is_object()) {
            for (const auto &[key, value] : rls->items()) {
                const auto id = metricFromKey(fromStd(key));
                if (id && *id != MetricId::M1 && isFiniteNumber(value))
                    year.relativeLikelihoods[*id] = value.get<double>();
            }
        }
        if (const auto bands = entry.find("percent_minority_ethnic_by_national_band");
            bands != entry.end() && bands->is_object()) {
            for (const auto &[key, value] : bands->items()) {
                const auto band = nationalBandFromKey(fromStd(key));
                if (band && isFiniteNumber(value))
                    year.percentMinorityEthnicByBand[*band] = value.get<double>();
            }
        }
        figures.m_years[entry["year"].get<int>()] = year;
    }
    return figures;
}

std::optional<NationalFigure> NationalFigures::figure(int year, MetricId id) const
{
    const auto found = m_years.find(year);
    if (found == m_years.end())
        return std::nullopt;
    const auto rl = found->second.relativeLikelihoods.find(id);
    if (rl == found->second.relativeLikelihoods.end())
        return std::nullopt;
    return NationalFigure{year, rl->second, found->second.source};
}

std::optional<double> NationalFigures::percentMinorityEthnic(int year, NationalBand band) const
{
    const auto found = m_years.find(year);
    if (found == m_years.end())
        return std::nullopt;
    const auto share = found->second.percentMinorityEthnicByBand.find(band);
    if (share == found->second.percentMinorityEthnicByBand.end())
        return std::nullopt;
    return share->second;
}

QString NationalFigures::source(int year) const
{
    const auto found = m_years.find(year);
    return found == m_years.end() ? QString() : found->second.source;
}

QString NationalFigures::url(int year) const
{
    const auto found = m_years.find(year);
    return found == m_years.end() ? QString() : found->second.url;
}

std::vector<int> NationalFigures::years() const
{
    std::vector<int> result;
    for (const auto &entry : m_years)
        result.push_back(entry.first);
    return result;
}

} // namespace scwres
