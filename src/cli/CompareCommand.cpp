// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// compare: every authority of a database side by side for one year (issue 17 item 6).
#include "CommandInputs.h"
#include "Commands.h"
#include "Options.h"

#include "AuthorityComparison.h"
#include "MetricTally.h"
#include "NationalFigures.h"

namespace scwres::cli {

namespace {

const char *const kUsage = "Usage: scwres compare --db FILE --year YEAR [--metric M]\n"
                           "Prints, as JSON, every authority in the database with its relative likelihood (minority\n"
                           "ethnic relative to white) and 95% interval for the year, sorted by RL (authorities\n"
                           "without one last), with the range and the national figure. M: 2, 3, 4, 5, 6, 7a, 7b, 8\n"
                           "or 9; without --metric every ratio metric. The combined view of both service areas.\n";

int usage(QTextStream &err, const QString &problem)
{
    err << "scwres compare: " << problem << '\n' << kUsage;
    return 2;
}

} // namespace

int runCompare(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << kUsage;
        return 0;
    }
    const Options options =
        Options::parse(args, {QStringLiteral("--db"), QStringLiteral("--year"), QStringLiteral("--metric")});
    if (!options.error.isEmpty())
        return usage(err, options.error);
    if (!options.positional.isEmpty() || !options.has(QStringLiteral("--db")) || !options.has(QStringLiteral("--year")))
        return usage(err, QStringLiteral("expected --db FILE --year YEAR [--metric M]"));
    QString problem;
    const auto year = readYear(options, &problem);
    if (!year)
        return usage(err, problem);
    std::vector<MetricId> metrics(tally::kRatioMetrics.begin(), tally::kRatioMetrics.end());
    if (options.has(QStringLiteral("--metric"))) {
        const auto id = metricFromKey(options.value(QStringLiteral("--metric")).trimmed().toLower());
        if (!id || *id == MetricId::M1)
            return usage(err, QStringLiteral("--metric must be one of 2, 3, 4, 5, 6, 7a, 7b, 8, 9 (metric 1 has no "
                                             "single relative likelihood)"));
        metrics = {*id};
    }
    auto db = openForReading(QStringLiteral("compare"), options.value(QStringLiteral("--db")), err);
    if (!db)
        return 1;
    const auto comparisons =
        compareAuthorities(*db, *year, metrics, MetricEngine(), NationalFigures::builtIn(), &problem);
    if (!comparisons) {
        err << "scwres compare: " << problem << '\n';
        return 1;
    }
    out << QString::fromStdString(authorityComparisonToJson(*comparisons).dump(2)) << '\n';
    return 0;
}

} // namespace scwres::cli
