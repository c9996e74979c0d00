// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// validate, import, export and demo: the return's way in and out of the database.
#include "CommandInputs.h"
#include "Commands.h"
#include "Options.h"

#include "Database.h"
#include "ActionPlanDemo.h"
#include "DemoData.h"
#include "ReturnJson.h"
#include "Validator.h"
#include "history/ChangeHistory.h"

#include <QFile>
#include <QFileInfo>

namespace scwres::cli {

namespace {

void printFindings(const std::vector<Finding> &findings, QTextStream &stream)
{
    for (const Finding &f : findings)
        stream << severityKey(f.severity) << '\t' << f.field << '\t' << f.message << '\n';
}

std::unique_ptr<Database> openDatabase(const QString &path, QTextStream &err,
                                       Database::Mode mode = Database::Mode::ReadWrite)
{
    QString error;
    auto db = Database::open(path, &error, nullptr, mode);
    if (!db)
        err << "scwres: " << error << '\n';
    return db;
}

int usage(QTextStream &err, const QString &command, const QString &problem)
{
    err << "scwres " << command << ": " << problem << "\nRun 'scwres --help' for usage.\n";
    return 2;
}

} // namespace

int runValidate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Options options = Options::parse(args, {});
    if (!options.error.isEmpty())
        return usage(err, QStringLiteral("validate"), options.error);
    if (options.positional.size() != 1)
        return usage(err, QStringLiteral("validate"), QStringLiteral("expected one RETURN.json"));
    const ReturnReadResult read = readReturnFile(options.positional.first());
    if (!read.value) {
        err << "error\t" << read.error << '\n';
        return 1;
    }
    const std::vector<Finding> findings = validateReturn(*read.value);
    printFindings(findings, out);
    if (findings.empty())
        out << "ok\t\tNo problems found in " << read.value->authorityName << ' ' << read.value->year << ".\n";
    return hasErrors(findings) ? 1 : 0;
}

int runImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Options options = Options::parse(args, {QStringLiteral("--db")});
    if (!options.error.isEmpty())
        return usage(err, QStringLiteral("import"), options.error);
    if (options.positional.size() != 1 || !options.has(QStringLiteral("--db")))
        return usage(err, QStringLiteral("import"), QStringLiteral("expected RETURN.json --db FILE"));
    ReturnReadResult read = readReturnFile(options.positional.first());
    if (!read.value) {
        err << "error\t" << read.error << '\n';
        return 1;
    }
    auto db = openDatabase(options.value(QStringLiteral("--db")), err);
    if (!db)
        return 1;
    // A return with findings is still the council's data: store it and list what to check.
    printFindings(validateReturn(*read.value), out);
    // A count not entered is never stored as part of a complete year (issue 27): the return comes
    // in as a draft, and the lead marks it complete once the counts are entered.
    if (read.value->complete && hasCountNotEntered(*read.value)) {
        read.value->complete = false;
        out << "note\t\tThe file is marked complete but some counts are not entered (empty): imported as a draft. "
               "Enter the counts (0 when there were none), then mark the return complete.\n";
    }
    if (!db->saveReturn(*read.value,
                        HistoryNote{QStringLiteral("imported"), QFileInfo(options.positional.first()).fileName()})) {
        err << "scwres: cannot save the return: " << db->lastError() << '\n';
        return 1;
    }
    out << "Imported " << read.value->authorityName << ' ' << read.value->year << ".\n";
    return 0;
}

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Options options = Options::parse(
        args, {QStringLiteral("--db"), QStringLiteral("--authority"), QStringLiteral("--year"), QStringLiteral("-o"),
               QStringLiteral("--output"), QStringLiteral("--as-of")});
    if (!options.error.isEmpty())
        return usage(err, QStringLiteral("export"), options.error);
    std::optional<QDateTime> asOf;
    if (options.has(QStringLiteral("--as-of"))) {
        asOf = parseAsOf(options.value(QStringLiteral("--as-of")));
        if (!asOf)
            return usage(err, QStringLiteral("export"),
                         QStringLiteral("--as-of must be a date and time like 2026-12-02T14:00, got \"%1\"")
                             .arg(options.value(QStringLiteral("--as-of"))));
    }
    const QString output = options.has(QStringLiteral("-o")) ? options.value(QStringLiteral("-o"))
                                                              : options.value(QStringLiteral("--output"));
    bool yearOk = false;
    const int year = options.value(QStringLiteral("--year")).toInt(&yearOk);
    if (!options.has(QStringLiteral("--db")) || !options.has(QStringLiteral("--authority")) || !yearOk
        || output.isEmpty() || !options.positional.isEmpty())
        return usage(err, QStringLiteral("export"), QStringLiteral("expected --db FILE --authority NAME --year YEAR -o RETURN.json"));
    auto db = openDatabase(options.value(QStringLiteral("--db")), err, Database::Mode::ReadOnly);
    if (!db)
        return 1;
    auto ret = db->loadReturn(options.value(QStringLiteral("--authority")), year);
    if (asOf) {
        const auto authority = db->authorityByName(options.value(QStringLiteral("--authority")));
        ret = authority ? ChangeHistory(*db).returnAsOf(authority->id, year, *asOf) : std::nullopt;
        if (!ret) {
            err << "scwres export: the history has no " << options.value(QStringLiteral("--authority")) << ' ' << year
                << " return as at " << options.value(QStringLiteral("--as-of")) << ".\n";
            return 1;
        }
        // Named as the authority is called now (it may have been renamed since).
        ret->authorityName = authority->name;
    } else if (!ret) {
        err << "scwres: " << db->lastError() << '\n';
        return 1;
    }
    QString error;
    if (output == QLatin1String("-")) {
        out << QString::fromUtf8(writeReturnJson(*ret));
        return 0;
    }
    if (!writeReturnFile(*ret, output, &error)) {
        err << "scwres: " << error << '\n';
        return 1;
    }
    return 0;
}

int runDemo(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Options options = Options::parse(args, {QStringLiteral("--db")});
    if (!options.error.isEmpty())
        return usage(err, QStringLiteral("demo"), options.error);
    if (!options.has(QStringLiteral("--db")) || !options.positional.isEmpty())
        return usage(err, QStringLiteral("demo"), QStringLiteral("expected --db FILE"));
    const QString path = options.value(QStringLiteral("--db"));
    // A new demo database is written whole under another name beside it and then renamed into
    // place, so a full disk or a kill leaves no half-written database (issue 37). Into an existing
    // database the demo authority is added as before.
    const bool isNew = !QFileInfo::exists(path) && !QFileInfo(path).isSymLink();
    const QString target = isNew ? path + QStringLiteral(".partial") : path;
    const auto removePartial = [&target] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(target + QLatin1String(suffix));
    };
    if (isNew)
        removePartial(); // left by a demo that was killed
    {
        auto db = openDatabase(target, err);
        if (!db)
            return 1;
        QString error;
        if (!writeDemoData(*db, &error) || !writeDemoPlans(*db, &error)) {
            err << "scwres: cannot write the demo data: " << error << '\n';
            db.reset();
            if (isNew)
                removePartial();
            return 1;
        }
    }
    // Closed: SQLite has moved the WAL into the file and deleted it; one left over holds data.
    if (isNew && QFileInfo(target + QStringLiteral("-wal")).size() > 0) {
        err << "scwres: cannot write the demo data: the database could not be completed.\n";
        removePartial();
        return 1;
    }
    if (isNew && !QFile::rename(target, path)) {
        err << "scwres: cannot put the demo database in place at " << path << ".\n";
        removePartial();
        return 1;
    }
    out << "Wrote the fictional demo authority " << demoAuthorityName()
        << ": returns 2022-2024 and action plans 2023-2024.\n";
    return 0;
}

} // namespace scwres::cli
