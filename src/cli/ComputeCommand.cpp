// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// compute: every metric of one return as one JSON document (docs/metrics.md).
#include "Commands.h"
#include "CommandInputs.h"
#include "Options.h"

#include "MetricEngine.h"
#include "MetricReportJson.h"
#include "NationalFigures.h"
#include "PooledYears.h"

#include <cmath>

namespace scwres::cli {

namespace {

const char *const kUsage = "Usage: scwres compute RETURN.json [--area adult|children|combined] [--range 0.8,1.25]\n"
                           "                      [--interval katz|exact]\n"
                           "       scwres compute --db FILE --authority NAME --year YEAR [--area ...] [--range ...]\n"
                           "                      [--interval ...]\n"
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

} // namespace

int runCompute(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << kUsage;
        return 0;
    }
    const Options options = Options::parse(
        args, {QStringLiteral("--area"), QStringLiteral("--range"), QStringLiteral("--db"),
               QStringLiteral("--authority"), QStringLiteral("--year"), QStringLiteral("--interval")});
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

    IntervalMethod interval = IntervalMethod::Katz;
    if (options.has(QStringLiteral("--interval"))) {
        const auto chosen = intervalMethodFromKey(options.value(QStringLiteral("--interval")));
        if (!chosen)
            return usage(err, QStringLiteral("--interval must be katz or exact"));
        interval = *chosen;
    }

    ReturnInputs inputs;
    QString problem;
    switch (readReturnInputs(QStringLiteral("compute"), options, inputs, &problem, err)) {
    case InputStatus::Usage: return usage(err, problem);
    case InputStatus::Failed: return 1;
    case InputStatus::Ok: break;
    }

    const NationalFigures national = NationalFigures::builtIn();
    const MetricEngine engine(range, interval);
    MetricReport report =
        engine.compute(*inputs.current, area, inputs.previous ? &*inputs.previous : nullptr, &national);
    addPooledYears(report, *inputs.current, inputs.earlier, engine);
    out << QString::fromStdString(metricReportToJson(report).dump(2)) << '\n';
    return 0;
}

} // namespace scwres::cli
