// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// `scwres`: the command-line tool over the same core as the desktop program.
#include "Commands.h"
#include "TerminalOutput.h"

#include "Database.h"

#include <QApplication>
#include <QTextStream>

#include <chrono>
#include <cstdio>
#include <memory>

namespace {

const char *kUsage = R"(Usage: scwres COMMAND [OPTIONS]

SC-WRES (Social Care Workforce Race Equality Standard) command-line tool.

Commands:
  validate RETURN.json                 Check a return; one line per finding (severity, field, message).
                                       Exit 0 when there are no errors, 1 when there are.
  import RETURN.json --db FILE         Add or replace that authority's year in the database.
  export --db FILE --authority NAME --year YEAR -o RETURN.json [--as-of "2026-12-02T14:00"]
                                       Write a stored return as a JSON file (--as-of: as it was
                                       then, from the change history; local time).
  history --db FILE --authority NAME --year YEAR
                                       List every change to the year's return and action plan,
                                       newest first, with when and by whom.
  demo --db FILE                       Write the fictional demo authority (Exampleshire County Council).
  compute RETURN.json [--area adult|children|combined] [--range 0.8,1.25]
  compute --db FILE --authority NAME --year YEAR [--area ...] [--range ...]
                                       Print every metric as one JSON document.
  compare --db FILE --year YEAR [--metric M]
                                       Print every authority in the database side by side for the
                                       year (RL, interval, sorted; the range and the national RL)
                                       as JSON; without --metric every ratio metric.
  report --db FILE --authority NAME --year YEAR -o REPORT.(xlsx|pdf|odt|html|docx|csv)
         [--areas adult,children] [--layout summary|full] [--publication] [--threshold 10]
                                       Write the data report (html: accessible web page; csv: open
                                       data, one row per figure).
  plan --db FILE --authority NAME --year YEAR -o PLAN.(pdf|docx|odt|xlsx|html)
         [--publication] [--threshold 10]
                                       Write the action plan (xlsx: the action tracker).
  aggregate (--profile NAME | --profile-file P.json) --db FILE --authority NAME --year YEAR [--dry-run] EXTRACT...
                                       Count person-level extracts (CSV, xlsx) into the return, through a
                                       mapping profile (docs/importing.md). --dry-run writes nothing and
                                       prints the counts and the row report as JSON. Unmapped values: exit 1.
  profile list --db FILE               List the database's saved mapping profiles (name, kind, saved).
  profile export --db FILE --name NAME --out P.json
                                       Write a saved profile as its public JSON file (docs/importing.md).
  profile import --db FILE P.json      Save a profile file in the database under its name (replacing
                                       one of that name). A bad file changes nothing.

Options:
  --wait SECONDS                       Commands that write (import, demo, aggregate, profile import):
                                       wait up to SECONDS for another copy of the program to close
                                       the database, instead of refusing at once.
  -h, --help                           Show this help.
  -v, --version                        Show the version.
)";

} // namespace

int main(int argc, char **argv)
{
    // `report` and `plan` draw charts with Qt Charts, which needs a QApplication: offscreen,
    // because a command-line tool never shows a window and must run where there is no display.
    // The other commands need only the core.
    const bool drawsCharts = argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "plan") == 0);
    if (drawsCharts && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = drawsCharts ? std::make_unique<QApplication>(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SCWRES"));
    QCoreApplication::setApplicationName(QStringLiteral("scwres"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCWRES_VERSION));

    // Control characters from files and the database are escaped on the way out (TerminalOutput.h).
    scwres::cli::TerminalOutput stdoutDevice(stdout);
    scwres::cli::TerminalOutput stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        err << kUsage;
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << kUsage;
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "scwres " << SCWRES_VERSION << '\n';
        return 0;
    }
    // --wait SECONDS, anywhere after the command: how long a writer waits for another (issue 37).
    if (const qsizetype at = args.indexOf(QStringLiteral("--wait")); at >= 0) {
        bool ok = false;
        const int seconds = at + 1 < args.size() ? args.at(at + 1).toInt(&ok) : 0;
        if (!ok || seconds < 0 || seconds > 86400) {
            err << "scwres " << command << ": --wait takes a number of seconds from 0 to 86400\n";
            return 2;
        }
        args.remove(at, 2);
        scwres::Database::setWaitForOtherWriter(std::chrono::seconds(seconds));
    }
    using Runner = int (*)(const QStringList &, QTextStream &, QTextStream &);
    const std::pair<const char *, Runner> commands[] = {
        {"validate", scwres::cli::runValidate}, {"import", scwres::cli::runImport},
        {"export", scwres::cli::runExport},     {"demo", scwres::cli::runDemo},
        {"compute", scwres::cli::runCompute},   {"report", scwres::cli::runReport},
        {"plan", scwres::cli::runPlan},         {"history", scwres::cli::runHistory},
        {"aggregate", scwres::cli::runAggregate}, {"profile", scwres::cli::runProfile},
        {"compare", scwres::cli::runCompare},
    };
    for (const auto &[name, run] : commands)
        if (command == QLatin1String(name))
            return run(args, out, err);
    err << "scwres: unknown command '" << command << "'\n\n" << kUsage;
    return 2;
}
