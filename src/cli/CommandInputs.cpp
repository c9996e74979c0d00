// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "CommandInputs.h"

#include "Completeness.h"
#include "ReturnJson.h"

namespace scwres::cli {

std::unique_ptr<Database> openForReading(const QString &command, const QString &path, QTextStream &err)
{
    QString error;
    auto db = Database::open(path, &error, nullptr, Database::Mode::ReadOnly);
    if (!db)
        err << "scwres " << command << ": " << error << '\n';
    return db;
}

InputStatus choosePdfEngine(const QString &command, const QString &requested, bool anyPdf, PdfEngineChoice *choice,
                            QString *problem, QTextStream &err)
{
    if (!requested.isEmpty() && requested != QLatin1String("browser") && requested != QLatin1String("qt")) {
        *problem = QStringLiteral("unknown PDF engine '%1': use browser or qt").arg(requested);
        return InputStatus::Usage;
    }
    if (!anyPdf)
        return InputStatus::Ok;
    QString engineProblem;
    const auto chosen = BrowserPdf::choose(requested, QString(), &engineProblem);
    if (!chosen) { // --pdf-engine browser, and none is installed
        err << "scwres " << command << ": " << engineProblem << '\n';
        return InputStatus::Failed;
    }
    *choice = *chosen;
    return InputStatus::Ok;
}

std::optional<int> readYear(const Options &options, QString *problem)
{
    bool ok = false;
    const int year = options.value(QStringLiteral("--year")).toInt(&ok);
    if (!ok) {
        *problem = QStringLiteral("--year must be a whole number");
        return std::nullopt;
    }
    return year;
}

InputStatus readReturnInputs(const QString &command, const Options &options, ReturnInputs &inputs, QString *problem,
                             QTextStream &err)
{
    if (!options.has(QStringLiteral("--db"))) {
        if (options.positional.size() != 1 || options.has(QStringLiteral("--authority"))
            || options.has(QStringLiteral("--year"))) {
            *problem = QStringLiteral("expected one RETURN.json (or --db FILE --authority NAME --year YEAR)");
            return InputStatus::Usage;
        }
        const ReturnReadResult read = readReturnFile(options.positional.first());
        if (!read.value) {
            err << "scwres " << command << ": " << read.error << '\n';
            return InputStatus::Failed;
        }
        inputs.current = read.value;
        return InputStatus::Ok;
    }

    if (!options.positional.isEmpty() || !options.has(QStringLiteral("--authority"))
        || !options.has(QStringLiteral("--year"))) {
        *problem = QStringLiteral("expected --db FILE --authority NAME --year YEAR");
        return InputStatus::Usage;
    }
    const auto year = readYear(options, problem);
    if (!year)
        return InputStatus::Usage;
    const QString path = options.value(QStringLiteral("--db"));
    const auto db = openForReading(command, path, err);
    if (!db)
        return InputStatus::Failed;
    const QString authority = options.value(QStringLiteral("--authority"));
    inputs.current = db->loadReturn(authority, *year);
    if (!inputs.current) {
        err << "scwres " << command << ": no return for " << authority << ' ' << *year << " in " << path << '\n';
        return InputStatus::Failed;
    }
    // The year before, when stored, gives each metric its previous RL and change.
    // A draft year is never the comparison.
    inputs.previous = completeOnly(db->loadReturn(authority, *year - 1));
    for (int before : {*year - 2, *year - 1})
        if (auto ret = db->loadReturn(authority, before))
            inputs.earlier.push_back(std::move(*ret));
    return InputStatus::Ok;
}

std::optional<int> readThreshold(const Options &options, bool publication, int defaultThreshold, QString *problem)
{
    if (!options.has(QStringLiteral("--threshold")))
        return defaultThreshold;
    if (!publication) {
        *problem = QStringLiteral("--threshold needs --publication");
        return std::nullopt;
    }
    bool ok = false;
    const int threshold = options.value(QStringLiteral("--threshold")).toInt(&ok);
    if (!ok || threshold < 2 || threshold > 1000) {
        *problem = QStringLiteral("--threshold must be a whole number from 2 to 1000");
        return std::nullopt;
    }
    return threshold;
}

} // namespace scwres::cli
