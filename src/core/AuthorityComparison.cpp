// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "AuthorityComparison.h"

#include "Certainty.h"
#include "Database.h"
#include "NationalFigures.h"
#include "PrintedFigure.h"
#include "export/XlsxFile.h"

#include <QCoreApplication>

#include <algorithm>

namespace scwres {

namespace {

using Json = nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::AuthorityComparison", text);
}

Json number(const std::optional<double> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json text(const QString &value)
{
    return value.isEmpty() ? Json(nullptr) : Json(value.toStdString());
}

// Names in the reader's order whatever their case ("barnet" beside "Barnet", not after "Zetland"):
// case-folded and locale-aware, the exact spelling only to break a tie (issue 27).
bool nameBefore(const QString &a, const QString &b)
{
    const int folded = QString::localeAwareCompare(a.toCaseFolded(), b.toCaseFolded());
    if (folded != 0)
        return folded < 0;
    return QString::localeAwareCompare(a, b) < 0;
}

void sortRows(std::vector<ComparedAuthority> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const ComparedAuthority &a, const ComparedAuthority &b) {
        if (a.relativeLikelihood.has_value() != b.relativeLikelihood.has_value())
            return a.relativeLikelihood.has_value(); // figures first, the rest last
        if (a.relativeLikelihood && *a.relativeLikelihood != *b.relativeLikelihood)
            return *a.relativeLikelihood < *b.relativeLikelihood;
        return nameBefore(a.authority, b.authority);
    });
    // Standard competition ranking: equal RLs share a rank (issue 27).
    int position = 0;
    std::optional<double> previous;
    int previousRank = 0;
    for (ComparedAuthority &row : rows) {
        if (!row.relativeLikelihood)
            continue;
        ++position;
        previousRank = previous && *previous == *row.relativeLikelihood ? previousRank : position;
        row.rank = previousRank;
        previous = row.relativeLikelihood;
    }
}

QString note(const ComparedAuthority &row)
{
    if (!row.hasReturn)
        return tr("No return for this year");
    if (row.reason == NotComputableReason::NotEntered)
        return row.draft ? tr("Draft (not marked complete); a count not entered") : tr("A count not entered");
    if (row.draft)
        return tr("Draft (not marked complete)");
    return {};
}

QString ownName(const ComparedAuthority &row, const QString &highlight)
{
    return row.authority == highlight ? tr("▶ %1 (your authority)").arg(row.authority) : row.authority;
}

} // namespace

AuthorityComparison compareAuthorities(const std::vector<AnnualReturn> &returns, const QStringList &withoutReturn,
                                       int year, MetricId metric, const MetricEngine &engine,
                                       const NationalFigures &national)
{
    AuthorityComparison comparison;
    comparison.year = year;
    comparison.metric = metric;
    comparison.range = engine.range();
    comparison.intervalMethod = engine.intervalMethod();
    comparison.national = national.figure(year, metric);
    for (const AnnualReturn &ret : returns) {
        const RatioResult r = engine.compute(ret, AreaSelection::Combined).ratio(metric);
        ComparedAuthority row;
        row.authority = ret.authorityName;
        row.code = ret.authorityCode;
        row.hasReturn = true;
        row.draft = !ret.complete;
        row.status = r.status;
        row.reason = r.reason;
        row.relativeLikelihood = r.relativeLikelihood;
        row.ci95 = r.ci95;
        row.smallNumbers = r.smallNumbers;
        row.certainty = r.certainty;
        comparison.rows.push_back(row);
    }
    for (const QString &name : withoutReturn) {
        ComparedAuthority row;
        row.authority = name;
        comparison.rows.push_back(row);
    }
    sortRows(comparison.rows);
    return comparison;
}

std::optional<std::vector<AuthorityComparison>> compareAuthorities(Database &db, int year,
                                                                   const std::vector<MetricId> &metrics,
                                                                   const MetricEngine &engine,
                                                                   const NationalFigures &national, QString *error)
{
    std::vector<AnnualReturn> returns;
    QStringList withoutReturn;
    for (const Authority &authority : db.authorities()) {
        const std::vector<int> years = db.years(authority.id);
        if (std::find(years.begin(), years.end(), year) == years.end()) {
            withoutReturn << authority.name;
            continue;
        }
        std::optional<AnnualReturn> ret = db.loadReturn(authority.id, year);
        if (!ret) {
            *error = tr("the %1 return of %2 could not be read: %3").arg(year).arg(authority.name, db.lastError());
            return std::nullopt;
        }
        if (ret->authorityName.isEmpty())
            ret->authorityName = authority.name;
        if (ret->authorityCode.isEmpty())
            ret->authorityCode = authority.code;
        returns.push_back(std::move(*ret));
    }
    std::vector<AuthorityComparison> result;
    for (MetricId id : metrics)
        result.push_back(compareAuthorities(returns, withoutReturn, year, id, engine, national));
    return result;
}

Json authorityComparisonToJson(const std::vector<AuthorityComparison> &comparisons)
{
    Json metrics = Json::object();
    for (const AuthorityComparison &c : comparisons) {
        Json rows = Json::array();
        for (const ComparedAuthority &row : c.rows) {
            rows.push_back(Json{
                {"rank", row.rank ? Json(*row.rank) : Json(nullptr)},
                {"authority", row.authority.toStdString()},
                {"code", text(row.code)},
                {"has_return", row.hasReturn},
                {"draft", row.hasReturn ? Json(row.draft) : Json(nullptr)},
                {"status", row.hasReturn ? Json(statusKey(row.status).toStdString()) : Json(nullptr)},
                {"relative_likelihood", number(row.relativeLikelihood)},
                {"ci95", row.ci95 ? Json::array({row.ci95->lower, row.ci95->upper}) : Json(nullptr)},
                {"small_numbers", row.hasReturn ? Json(row.smallNumbers) : Json(nullptr)},
                {"certainty", row.certainty ? Json(certaintyKey(*row.certainty).toStdString()) : Json(nullptr)}});
        }
        metrics[metricKey(c.metric).toStdString()] =
            Json{{"title", metricShortTitle(c.metric).toStdString()},
                 {"national",
                  c.national ? Json{{"year", c.national->year},
                                    {"relative_likelihood", c.national->relativeLikelihood},
                                    {"source", c.national->source.toStdString()}}
                             : Json(nullptr)},
                 {"authorities", rows}};
    }
    const AuthorityComparison first = comparisons.empty() ? AuthorityComparison{} : comparisons.front();
    return Json{{"year", first.year},
                {"area", "combined"},
                {"direction", "minority ethnic relative to white"},
                {"range", Json::array({first.range.lower, first.range.upper})},
                {"interval_method", intervalMethodKey(first.intervalMethod).toStdString()},
                {"sorted_by", "relative_likelihood ascending (equal figures share a rank); authorities without one last; ties by name, case-insensitive"},
                {"metrics", metrics}};
}

ForestPlotData comparisonChartData(const AuthorityComparison &comparison, const QString &highlight)
{
    ForestPlotData data;
    data.labels.title = tr("Metric %1 (%2) in %3, every authority: relative likelihood, minority ethnic relative to "
                           "white, with 95% intervals")
                            .arg(metricKey(comparison.metric), metricShortTitle(comparison.metric))
                            .arg(comparison.year);
    data.labels.categoryAxis = tr("Authority");
    data.labels.valueAxis = tr("Relative likelihood (log scale; 1 = as likely; right = more likely)");
    data.range = comparison.range;
    for (const ComparedAuthority &row : comparison.rows) {
        if (!row.relativeLikelihood)
            continue;
        ForestRow f;
        f.id = comparison.metric;
        f.label = row.authority;
        f.relativeLikelihood = *row.relativeLikelihood;
        f.ci95 = row.ci95;
        f.status = row.status;
        f.smallNumbers = row.smallNumbers;
        f.highlighted = row.authority == highlight;
        data.rows.push_back(f);
    }
    if (comparison.national) {
        data.reference = comparison.national->relativeLikelihood;
        data.referenceLabel =
            tr("National (England) %1: %2")
                .arg(comparison.national->year)
                .arg(formatRelativeLikelihood(comparison.national->relativeLikelihood));
    }
    fitForestAxis(data);
    return data;
}

ChartTable comparisonTable(const AuthorityComparison &comparison, const QString &highlight)
{
    ChartTable t;
    t.headers = QStringList{tr("Rank"),
                            tr("Authority"),
                            tr("Your authority"),
                            tr("Relative likelihood (minority ethnic relative to white)"),
                            tr("95% interval, lower"),
                            tr("95% interval, upper"),
                            tr("Status"),
                            tr("Clear or not clear"),
                            tr("Small numbers"),
                            tr("Note")};
    for (const ComparedAuthority &row : comparison.rows) {
        const auto end = [&](double value) { return printedTwoDecimals(value); };
        t.rows.push_back(QStringList{
            row.rank ? QString::number(*row.rank) : QString(), ownName(row, highlight),
            row.authority == highlight ? tr("Yes") : QString(), formatRelativeLikelihood(row.relativeLikelihood),
            row.ci95 ? end(row.ci95->lower) : QString(), row.ci95 ? end(row.ci95->upper) : QString(),
            row.hasReturn ? statusText(row.status) : QString(), row.certainty ? certaintyText(*row.certainty) : QString(),
            row.hasReturn ? (row.smallNumbers ? tr("Yes") : tr("No")) : QString(), note(row)});
    }
    if (comparison.national)
        t.rows.push_back(QStringList{QString(), tr("National (England), %1").arg(comparison.national->year), QString(),
                                     formatRelativeLikelihood(comparison.national->relativeLikelihood), QString(),
                                     QString(), QString(), QString(), QString(), comparison.national->source});
    return t;
}

QByteArray comparisonCsv(const AuthorityComparison &comparison, const QString &highlight)
{
    // RFC 4180 with the project's formula guard: authority names are free text.
    const auto field = [](QString value) {
        value = XlsxFile::csvSafe(value);
        if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
            || value.contains(QLatin1Char('\r')))
            value = QLatin1Char('"') + value.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
        return value;
    };
    const auto line = [&](const QStringList &cells) {
        QStringList out;
        for (const QString &cell : cells)
            out << field(cell);
        return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    const ChartTable table = comparisonTable(comparison, highlight);
    QString csv = line(table.headers);
    for (const QStringList &row : table.rows)
        csv += line(row);
    return csv.toUtf8();
}

} // namespace scwres
