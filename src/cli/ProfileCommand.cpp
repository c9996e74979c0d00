// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// profile list | export | import: the mapping profiles saved in a database (docs/importing.md),
// and their public JSON files, so councils on the same HR system can share one.
#include "CommandInputs.h"
#include "Commands.h"
#include "Options.h"
#include "TerminalOutput.h"

#include "Database.h"
#include "extract/ProfileStore.h"

#include <QSqlQuery>

namespace scwres::cli {

namespace {

int usage(QTextStream &err, const QString &problem)
{
    err << "scwres profile: " << problem << "\nRun 'scwres --help' for usage.\n";
    return 2;
}

int list(const Options &options, QTextStream &out, QTextStream &err)
{
    if (!options.positional.isEmpty() || !options.has(QStringLiteral("--db")))
        return usage(err, QStringLiteral("expected list --db FILE"));
    const auto db = openForReading(QStringLiteral("profile list"), options.value(QStringLiteral("--db")), err);
    if (!db)
        return 1;
    // One line per profile: name, kind, last saved (UTC). A profile that no longer reads is named.
    QSqlQuery query(db->connection());
    query.prepare(QStringLiteral("SELECT name, kind, updated_at FROM extract_profile"));
    if (!db->exec(query)) {
        err << "scwres profile list: " << db->lastError() << '\n';
        return 1;
    }
    std::map<QString, QString> when;
    while (query.next())
        when[query.value(0).toString()] = query.value(2).toString();
    QStringList problems;
    for (const extract::Profile &p : extract::ProfileStore(*db).list(&problems))
        out << tabSeparatedField(p.name) << '\t' << extract::extractKindKey(p.kind) << '\t'
            << tabSeparatedField(when[p.name]) << '\n';
    for (const QString &problem : problems)
        err << "scwres profile list: " << problem << '\n';
    return problems.isEmpty() ? 0 : 1;
}

int exportProfile(const Options &options, QTextStream &out, QTextStream &err)
{
    if (!options.positional.isEmpty() || !options.has(QStringLiteral("--db")) || !options.has(QStringLiteral("--name"))
        || !options.has(QStringLiteral("--out")))
        return usage(err, QStringLiteral("expected export --db FILE --name NAME --out P.json"));
    const auto db = openForReading(QStringLiteral("profile export"), options.value(QStringLiteral("--db")), err);
    if (!db)
        return 1;
    QString error;
    const auto profile = extract::ProfileStore(*db).find(options.value(QStringLiteral("--name")), &error);
    if (!profile) {
        err << "scwres profile export: " << error << '\n';
        return 1;
    }
    const QString target = options.value(QStringLiteral("--out"));
    if (target == QLatin1String("-")) {
        out << QString::fromUtf8(extract::writeProfileJson(*profile));
        return 0;
    }
    if (!extract::writeProfileFile(*profile, target, &error)) {
        err << "scwres profile export: " << error << '\n';
        return 1;
    }
    out << "Wrote the profile \"" << profile->name << "\" to " << target << ".\n";
    return 0;
}

int importProfile(const Options &options, QTextStream &out, QTextStream &err)
{
    if (options.positional.size() != 1 || !options.has(QStringLiteral("--db")))
        return usage(err, QStringLiteral("expected import --db FILE P.json"));
    const QString path = options.positional.first();
    // The whole file is read and checked before the database is opened: a bad file changes nothing.
    const extract::ProfileReadResult read = extract::readProfileFile(path);
    if (!read.value) {
        err << "scwres profile import: " << path << ": " << read.error << '\n';
        return 1;
    }
    if (read.value->name.trimmed().isEmpty()) {
        err << "scwres profile import: " << path << ": name: missing (the profile is saved under its name)\n";
        return 1;
    }
    QString error;
    const auto db = Database::open(options.value(QStringLiteral("--db")), &error);
    if (!db) {
        err << "scwres profile import: " << error << '\n';
        return 1;
    }
    extract::ProfileStore store(*db);
    QString ignored;
    const bool replacing = store.find(read.value->name.trimmed(), &ignored).has_value();
    if (!store.save(*read.value, &error)) {
        err << "scwres profile import: " << error << '\n';
        return 1;
    }
    out << (replacing ? "Replaced" : "Saved") << " the profile \"" << read.value->name.trimmed() << "\" ("
        << extract::extractKindKey(read.value->kind) << ").\n";
    return 0;
}

} // namespace

int runProfile(const QStringList &words, QTextStream &out, QTextStream &err)
{
    if (words.isEmpty())
        return usage(err, QStringLiteral("expected list, export or import"));
    const QString action = words.first();
    const Options options = Options::parse(
        words.mid(1), {QStringLiteral("--db"), QStringLiteral("--name"), QStringLiteral("--out")});
    if (!options.error.isEmpty())
        return usage(err, options.error);
    if (action == QLatin1String("list"))
        return list(options, out, err);
    if (action == QLatin1String("export"))
        return exportProfile(options, out, err);
    if (action == QLatin1String("import"))
        return importProfile(options, out, err);
    return usage(err, QStringLiteral("unknown action '%1': expected list, export or import").arg(action));
}

} // namespace scwres::cli
