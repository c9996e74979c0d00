// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// compute: every metric of one return as one JSON document (docs/metrics.md).
#include "Commands.h"
#include "Options.h"

#include "Database.h"
#include "MetricEngine.h"
#include "MetricReportJson.h"
#include "NationalFigures.h"
#include "ReturnJson.h"

#include <QFileInfo>

#include <cmath>

namespace scwres::cli {

namespace {

const char *const kUsage = "Usage: scwres compute RETURN.json [--area adult|children|combined] [--range 0.8,1.25]\n"
                           "       scwres compute --db FILE --authority NAME --year YEAR [--area ...] [--range ...]\n"
                           "Prints every SC-WRES metric (minority ethnic relative to white) as one JSON document;\n"
                           "the shape is documented in docs/metrics.md.\n";

int usage(QTextStream &err, const QString &problem)
{
    err << "scwres compute: " << problem << '\n' << kUsage;
    return 2;
}

// "0.8,1.25": two positive numbers, lower below upper.
std::optional<NonAdverseRange> parseRange(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return std::nullopt;
    bool okLower = false;
    bool okUpper = false;
    const double lower = parts.at(0).trimmed().toDouble(&okLower);
    const double upper = parts.at(1).trimmed().toDouble(&okUpper);
    if (!okLower || !okUpper || !std::isfinite(lower) || !std::isfinite(upper) || lower <= 0 || lower >= upper)
        return std::nullopt;
    return NonAdverseRange{lower, upper};
}

struct Inputs {
    std::optional<AnnualReturn> current;
    std::optional<AnnualReturn> previous;
};

// Exit code 1 and a message when the file cannot be read.
int readFile(const QString &path, Inputs &inputs, QTextStream &err)
{
    const ReturnReadResult read = readReturnFile(path);
    if (!read.value) {
        err << "scwres compute: " << read.error << '\n';
        return 1;
    }
    inputs.current = read.value;
    return 0;
}

int readDatabase(const Options &options, int year, Inputs &inputs, QTextStream &err)
{
    const QString path = options.value(QStringLiteral("--db"));
    // Read-only: never creates a file, and runs beside the desktop program holding the database.
    QString error;
    const auto db = Database::open(path, &error, nullptr, Database::Mode::ReadOnly);
    if (!db) {
        err << "scwres compute: " << error << '\n';
        return 1;
    }
    const QString authority = options.value(QStringLiteral("--authority"));
    inputs.current = db->loadReturn(authority, year);
    if (!inputs.current) {
        err << "scwres compute: no return for " << authority << ' ' << year << " in " << path << '\n';
        return 1;
    }
    // The year before, when stored, gives each metric its previous RL and change.
    inputs.previous = db->loadReturn(authority, year - 1);
    return 0;
}

} // namespace

int runCompute(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << kUsage;
        return 0;
    }
    const Options options = Options::parse(
        args, {QStringLiteral("--area"), QStringLiteral("--range"), QStringLiteral("--db"),
               QStringLiteral("--authority"), QStringLiteral("--year")});
    if (!options.error.isEmpty())
        return usage(err, options.error);

    AreaSelection area = AreaSelection::Combined;
    if (options.has(QStringLiteral("--area"))) {
        const auto chosen = areaSelectionFromKey(options.value(QStringLiteral("--area")));
        if (!chosen)
            return usage(err, QStringLiteral("--area must be adult, children or combined"));
        area = *chosen;
    }
    NonAdverseRange range;
    if (options.has(QStringLiteral("--range"))) {
        const auto chosen = parseRange(options.value(QStringLiteral("--range")));
        if (!chosen)
            return usage(err, QStringLiteral("--range must be two numbers LOWER,UPPER with 0 < LOWER < UPPER"));
        range = *chosen;
    }

    Inputs inputs;
    const bool fromDatabase = options.has(QStringLiteral("--db"));
    if (fromDatabase) {
        if (!options.positional.isEmpty() || !options.has(QStringLiteral("--authority"))
            || !options.has(QStringLiteral("--year")))
            return usage(err, QStringLiteral("expected --db FILE --authority NAME --year YEAR"));
        bool ok = false;
        const int year = options.value(QStringLiteral("--year")).toInt(&ok);
        if (!ok)
            return usage(err, QStringLiteral("--year must be a whole number"));
        if (const int code = readDatabase(options, year, inputs, err))
            return code;
    } else {
        if (options.positional.size() != 1 || options.has(QStringLiteral("--authority"))
            || options.has(QStringLiteral("--year")))
            return usage(err, QStringLiteral("expected one RETURN.json (or --db FILE --authority NAME --year YEAR)"));
        if (const int code = readFile(options.positional.first(), inputs, err))
            return code;
    }

    const NationalFigures national = NationalFigures::builtIn();
    const MetricReport report = MetricEngine(range).compute(
        *inputs.current, area, inputs.previous ? &*inputs.previous : nullptr, &national);
    out << QString::fromStdString(metricReportToJson(report).dump(2)) << '\n';
    return 0;
}

} // namespace scwres::cli
