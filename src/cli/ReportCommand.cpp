// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// report: the data report (xlsx, PDF, ODT, HTML, open-data CSV) of one authority and year, with
// the dashboard's charts.
#include "Commands.h"
#include "CommandInputs.h"
#include "Options.h"

#include "charts/QtChartPainter.h"

#include "Database.h"
#include "NationalFigures.h"
#include "ReturnJson.h"
#include "export/DataReport.h"

#include <QDir>

#include <algorithm>

namespace scwres::cli {

namespace {

const char *const kUsage =
    "Usage: scwres report --db FILE --authority NAME --year YEAR -o REPORT.(xlsx|pdf|odt|html|docx|csv)\n"
    "                     [--areas adult,children] [--layout summary|full] [--publication] [--threshold 10]\n"
    "                     [--pdf-engine browser|qt]\n"
    "       scwres report RETURN.json [--xlsx F] [--pdf F] [--odt F] [--html F] [--docx F] [--csv F] ...\n"
    "Writes the data report: a workbook with native charts, a PDF / ODT document, an accessible web page\n"
    "(HTML, one self-contained file), a Word document to edit (DOCX), or open data (CSV, one row per\n"
    "figure: authority,year,area,metric,band,measure,group,value). --xlsx, --pdf, --odt, --html, --docx\n"
    "and --csv write several formats at once.\n"
    "  --areas LIST      adult, children and/or combined (default: each area the return holds, and\n"
    "                    combined when it holds both)\n"
    "  --layout L        summary (key findings, the forest plot and summary table per area, data\n"
    "                    quality) or full (every metric too); default: summary with --publication,\n"
    "                    else full\n"
    "  --publication     hide counts under the threshold (\"<10\"), and whatever would give them away\n"
    "  --threshold N     the publication threshold (default 10)\n"
    "  --pdf-engine E    browser: the HTML page printed by Chromium, Chrome or Edge, a tagged PDF\n"
    "                    (headings, table headers, chart descriptions, bookmarks; SCWRES_BROWSER names\n"
    "                    the browser); qt: an untagged PDF for printing. Default: browser when found\n";

int usage(QTextStream &err, const QString &problem)
{
    err << "scwres report: " << problem << '\n' << kUsage;
    return 2;
}

} // namespace

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << kUsage;
        return 0;
    }
    QStringList args = arguments;
    // The one option without a value.
    const bool publication = args.removeAll(QStringLiteral("--publication")) > 0;
    const Options options = Options::parse(
        args, {QStringLiteral("--db"), QStringLiteral("--authority"), QStringLiteral("--year"), QStringLiteral("-o"),
               QStringLiteral("--xlsx"), QStringLiteral("--pdf"), QStringLiteral("--odt"), QStringLiteral("--csv"),
               QStringLiteral("--html"), QStringLiteral("--docx"), QStringLiteral("--layout"), QStringLiteral("--areas"),
               QStringLiteral("--area"), QStringLiteral("--threshold"),
               QStringLiteral("--pdf-engine")});
    if (!options.error.isEmpty())
        return usage(err, options.error);

    std::vector<std::pair<QString, DataReport::Format>> outputs;
    if (options.has(QStringLiteral("-o"))) {
        const QString path = options.value(QStringLiteral("-o"));
        const auto format = DataReport::formatForPath(path);
        if (!format)
            return usage(err, QStringLiteral("-o must end in .xlsx, .pdf, .odt, .html, .docx or .csv"));
        outputs.emplace_back(path, *format);
    }
    const std::pair<const char *, DataReport::Format> named[] = {
        {"--xlsx", DataReport::Format::Xlsx}, {"--pdf", DataReport::Format::Pdf}, {"--odt", DataReport::Format::Odt},
        {"--html", DataReport::Format::Html}, {"--docx", DataReport::Format::Docx}, {"--csv", DataReport::Format::Csv}};
    for (const auto &[name, format] : named)
        if (options.has(QLatin1String(name)))
            outputs.emplace_back(options.value(QLatin1String(name)), format);
    if (outputs.empty())
        return usage(err, QStringLiteral("no output: give -o REPORT.xlsx|.pdf|.odt|.html|.docx|.csv (or --xlsx/--pdf/--odt/--html/--docx/--csv)"));

    // The PDF engine, chosen only when a PDF is asked for (so that a missing browser never stops
    // another format).
    PdfEngineChoice pdfEngine;
    const bool anyPdf = std::any_of(outputs.begin(), outputs.end(),
                                    [](const auto &output) { return output.second == DataReport::Format::Pdf; });
    QString engineProblem;
    switch (choosePdfEngine(QStringLiteral("report"), options.value(QStringLiteral("--pdf-engine")), anyPdf, &pdfEngine,
                            &engineProblem, err)) {
    case InputStatus::Ok: break;
    case InputStatus::Usage: return usage(err, engineProblem);
    case InputStatus::Failed: return 1;
    }

    DataReportOptions reportOptions;
    reportOptions.publication.enabled = publication;
    QString problem;
    const auto threshold = readThreshold(options, publication, reportOptions.publication.threshold, &problem);
    if (!threshold)
        return usage(err, problem);
    reportOptions.publication.threshold = *threshold;
    if (options.has(QStringLiteral("--layout"))) {
        const QString layout = options.value(QStringLiteral("--layout"));
        if (layout == QLatin1String("summary"))
            reportOptions.layout = DataReportLayout::Summary;
        else if (layout == QLatin1String("full"))
            reportOptions.layout = DataReportLayout::Full;
        else
            return usage(err, QStringLiteral("unknown layout '%1': use summary or full").arg(layout));
    }
    const QString areas = options.has(QStringLiteral("--areas")) ? options.value(QStringLiteral("--areas"))
                                                                  : options.value(QStringLiteral("--area"));
    for (const QString &key : areas.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto area = areaSelectionFromKey(key.trimmed());
        if (!area)
            return usage(err, QStringLiteral("unknown area '%1': use adult, children or combined").arg(key));
        reportOptions.areas.push_back(*area);
    }

    ReturnInputs inputs;
    switch (readReturnInputs(QStringLiteral("report"), options, inputs, &problem, err)) {
    case InputStatus::Usage: return usage(err, problem);
    case InputStatus::Failed: return 1;
    case InputStatus::Ok: break;
    }
    const std::optional<AnnualReturn> &current = inputs.current;
    const std::optional<AnnualReturn> &previous = inputs.previous;
    for (AreaSelection area : reportOptions.areas)
        if ((area == AreaSelection::Adult && !current->adult) || (area == AreaSelection::Children && !current->children)) {
            err << "scwres report: the return has no " << areaSelectionName(area) << " data\n";
            return 1;
        }

    reportOptions.earlierYears = inputs.earlier; // the pooled three years
    const NationalFigures national = NationalFigures::builtIn();
    const DataReport report =
        DataReport::build(*current, previous ? &*previous : nullptr, &national, reportOptions);
    // What publication mode hid, and why, before anything is written (on standard error, so that
    // standard output stays the list of files written).
    if (report.suppression().enabled()) {
        err << "scwres report: " << report.suppression().summary() << '\n';
        for (const QString &note : report.suppression().protectionNotes())
            err << "scwres report: " << note << '\n';
    }
    const QtChartPainter charts;
    int failures = 0;
    if (anyPdf && pdfEngine.engine == PdfEngine::Qt)
        err << "scwres report: " << BrowserPdf::untaggedNotice() << '\n';
    for (const auto &[path, format] : outputs) {
        QString error;
        const bool written = format == DataReport::Format::Pdf ? report.writePdf(path, &charts, pdfEngine, &error)
                                                               : report.write(path, format, &charts, &error);
        if (written) {
            // As the plan command says it.
            out << "Wrote " << QDir::toNativeSeparators(path) << '\n';
        } else {
            err << "scwres report: " << error << '\n';
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace scwres::cli
