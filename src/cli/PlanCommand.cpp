// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// plan: the action plan of one authority and year as PDF, DOCX, ODT or the xlsx action tracker.
#include "Commands.h"
#include "CommandInputs.h"
#include "Options.h"

#include "Database.h"
#include "export/PlanExport.h"
#include "export/PlanExporter.h"

#include <QDate>
#include <QDir>

#include <algorithm>
#include <vector>

namespace scwres::cli {

namespace {

const char *const kUsage =
    "Usage: scwres plan --db FILE --authority NAME --year YEAR -o PLAN.(pdf|docx|odt|xlsx|html)\n"
    "       scwres plan --db FILE --authority NAME --year YEAR [--pdf F] [--docx F] [--odt F] [--xlsx F]\n"
    "                   [--html F] [--publication] [--threshold 10] [--pdf-engine browser|qt]\n"
    "Writes the authority's action plan for the year: PDF for sign-off, DOCX or ODT to edit, xlsx for\n"
    "the action tracker (one row per action), HTML to publish (an accessible web page). The format\n"
    "follows the file's suffix with -o.\n"
    "--publication hides counts under the threshold in the charts and names the mode in the file.\n"
    "--pdf-engine browser prints the HTML page with Chromium, Chrome or Edge to a tagged PDF (headings,\n"
    "table headers, chart descriptions, bookmarks; SCWRES_BROWSER names the browser); qt writes an\n"
    "untagged PDF for printing. Default: browser when one is found.\n"
    "The database is opened read-only.\n";

int usage(QTextStream &err, const QString &problem)
{
    err << "scwres plan: " << problem << '\n' << kUsage;
    return 2;
}

struct Target {
    PlanFormat format;
    QString path;
};

} // namespace

int runPlan(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << kUsage;
        return 0;
    }
    // --publication is a switch; every other option takes a value.
    QStringList args = arguments;
    const bool publication = args.removeAll(QStringLiteral("--publication")) > 0;
    const Options options = Options::parse(
        args, {QStringLiteral("--db"), QStringLiteral("--authority"), QStringLiteral("--year"), QStringLiteral("-o"),
               QStringLiteral("--pdf"), QStringLiteral("--docx"), QStringLiteral("--odt"), QStringLiteral("--xlsx"), QStringLiteral("--html"),
               QStringLiteral("--threshold"), QStringLiteral("--pdf-engine")});
    if (!options.error.isEmpty())
        return usage(err, options.error);
    if (!options.positional.isEmpty())
        return usage(err, QStringLiteral("unexpected argument '%1'").arg(options.positional.first()));
    if (!options.has(QStringLiteral("--db")) || !options.has(QStringLiteral("--authority"))
        || !options.has(QStringLiteral("--year")))
        return usage(err, QStringLiteral("expected --db FILE --authority NAME --year YEAR"));
    QString problem;
    const auto year = readYear(options, &problem);
    if (!year)
        return usage(err, problem);

    SuppressionPolicy policy;
    policy.enabled = publication;
    const auto threshold = readThreshold(options, publication, policy.threshold, &problem);
    if (!threshold)
        return usage(err, problem);
    policy.threshold = *threshold;

    std::vector<Target> targets;
    if (options.has(QStringLiteral("-o"))) {
        const QString path = options.value(QStringLiteral("-o"));
        const auto format = PlanExporter::formatForPath(path);
        if (!format)
            return usage(err, QStringLiteral("-o needs a file ending in .pdf, .docx, .odt, .xlsx or .html"));
        targets.push_back({*format, path});
    }
    for (const PlanFormat format : {PlanFormat::Pdf, PlanFormat::Docx, PlanFormat::Odt, PlanFormat::Xlsx, PlanFormat::Html}) {
        const QString option = QStringLiteral("--") + PlanExporter::suffix(format);
        if (options.has(option))
            targets.push_back({format, options.value(option)});
    }
    if (targets.empty())
        return usage(err, QStringLiteral("expected -o PLAN.(pdf|docx|odt|xlsx|html) or --pdf/--docx/--odt/--xlsx/--html FILE"));

    PdfEngineChoice pdfEngine;
    const bool anyPdf =
        std::any_of(targets.begin(), targets.end(), [](const Target &t) { return t.format == PlanFormat::Pdf; });
    QString engineProblem;
    switch (choosePdfEngine(QStringLiteral("plan"), options.value(QStringLiteral("--pdf-engine")), anyPdf, &pdfEngine,
                            &engineProblem, err)) {
    case InputStatus::Ok: break;
    case InputStatus::Usage: return usage(err, engineProblem);
    case InputStatus::Failed: return 1;
    }

    const QString dbPath = options.value(QStringLiteral("--db"));
    QString error;
    const auto db = openForReading(QStringLiteral("plan"), dbPath, err);
    if (!db)
        return 1;
    const QString authorityName = options.value(QStringLiteral("--authority"));
    const auto authority = db->authorityByName(authorityName);
    if (!authority) {
        err << "scwres plan: no authority named " << authorityName << " in " << dbPath << '\n';
        return 1;
    }
    const auto data = PlanExporter::load(*db, authority->id, *year, QDate::currentDate(), &error);
    if (!data) {
        err << "scwres plan: " << error << '\n';
        return 1;
    }
    if (!data->document.report)
        err << "scwres plan: no " << *year << " return for " << authorityName << ": the plan is written without charts\n";

    const ChartPainter &painter = planChartPainter();
    int code = 0;
    if (anyPdf && pdfEngine.engine == PdfEngine::Qt)
        err << "scwres plan: " << BrowserPdf::untaggedNotice() << '\n';
    for (const Target &target : targets) {
        const bool written = target.format == PlanFormat::Pdf
                                 ? PlanExporter::writePdf(*data, target.path, &painter, policy, pdfEngine, &error)
                                 : PlanExporter::write(*data, target.format, target.path, &painter, policy, &error);
        if (!written) {
            err << "scwres plan: " << error << '\n';
            code = 1;
            continue;
        }
        out << "Wrote " << QDir::toNativeSeparators(target.path) << '\n';
    }
    return code;
}

} // namespace scwres::cli
