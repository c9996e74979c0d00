// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// aggregate: one mapping profile applied to one or more person-level extracts of its kind, the
// counts written into the authority-year's return (docs/importing.md). Nothing of a row is
// printed except what the lead must see to fix the mapping: unmapped category values with their
// counts, and row numbers with the reason they were left out.
#include "CommandInputs.h"
#include "Commands.h"

#include "FigureFormat.h"
#include "Options.h"
#include "TerminalOutput.h"

#include "Database.h"
#include "extract/ExtractAggregator.h"
#include "extract/ProfileStore.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace scwres::cli {

namespace {

using extract::Aggregator;
using extract::FileReport;
using extract::Profile;

int usage(QTextStream &err, const QString &problem)
{
    err << "scwres aggregate: " << problem << "\nRun 'scwres --help' for usage.\n";
    return 2;
}

// A return for an authority-year that has none: the collection year's usual dates (the period is
// the twelve months to the snapshot at the end of August), no blocks until the extract fills them.
AnnualReturn newReturn(const QString &authority, int year)
{
    AnnualReturn ret;
    ret.authorityName = authority;
    ret.year = year;
    ret.snapshotDate = QDate(year, 8, 31);
    ret.periodStart = QDate(year - 1, 9, 1);
    ret.periodEnd = QDate(year, 8, 31);
    return ret;
}

void printProblems(const Aggregator &aggregator, QTextStream &err)
{
    for (const FileReport &r : aggregator.reports()) {
        if (!r.readOk)
            err << "error\t" << tabSeparatedField(r.fileName) << '\t' << tabSeparatedField(r.error) << '\n';
        // Tab-separated: a tab or line feed inside a value (or a file name) is escaped.
        for (const auto &[field, values] : r.unmapped)
            for (const auto &[value, count] : values)
                err << "unmapped\t" << tabSeparatedField(r.fileName) << '\t' << field << '\t' << '"'
                    << tabSeparatedField(value) << "\"\t"
                    << (count == 1 ? QStringLiteral("1 row") : QStringLiteral("%1 rows").arg(count)) << '\n';
    }
}

void printSummary(const Aggregator &aggregator, QTextStream &out)
{
    for (const FileReport &r : aggregator.reports()) {
        out << tabSeparatedField(r.fileName) << ": " << formatCount(r.rowsRead) << " rows read, " << formatCount(r.rowsUsed) << " used\n";
        for (const auto &[reason, left] : r.leftOut) {
            QStringList rows;
            for (qint64 row : left.rows)
                rows << QString::number(row);
            out << "  left out " << formatCount(left.count) << " (" << extract::leftOutReasonText(reason) << "): rows "
                << rows.join(QStringLiteral(", ")) << (qint64(left.rows.size()) < left.count ? ", …" : "") << '\n';
        }
    }
}

} // namespace

int runAggregate(const QStringList &words, QTextStream &out, QTextStream &err)
{
    // --dry-run is the one option without a value; Options reads only "--name value".
    QStringList args = words;
    const bool dryRun = args.removeAll(QStringLiteral("--dry-run")) > 0;
    const Options options = Options::parse(
        args, {QStringLiteral("--profile"), QStringLiteral("--profile-file"), QStringLiteral("--db"),
               QStringLiteral("--authority"), QStringLiteral("--year")});
    if (!options.error.isEmpty())
        return usage(err, options.error);
    const bool byName = options.has(QStringLiteral("--profile"));
    const bool byFile = options.has(QStringLiteral("--profile-file"));
    QString problem;
    const std::optional<int> year = readYear(options, &problem);
    if (byName == byFile || !options.has(QStringLiteral("--db")) || !options.has(QStringLiteral("--authority"))
        || !year || options.positional.isEmpty())
        return usage(err, QStringLiteral("expected (--profile NAME | --profile-file P.json) --db FILE "
                                         "--authority NAME --year YEAR [--dry-run] EXTRACT..."));
    const QString authority = options.value(QStringLiteral("--authority"));
    const QString dbPath = options.value(QStringLiteral("--db"));
    // The extracts are read with the database open for reading only (or not at all when it does
    // not exist yet): a refused command leaves no new file and no upgraded one (issue 37). It is
    // opened for writing once there is something to write. A dry run never writes.
    std::unique_ptr<Database> db;
    if (QFileInfo::exists(dbPath) || QFileInfo(dbPath).isSymLink()) {
        QString error;
        Database::OpenFailure failure = Database::OpenFailure::None;
        db = Database::open(dbPath, &error, &failure, Database::Mode::ReadOnly);
        // A file of an older version cannot be read before it is upgraded.
        if (!db && failure == Database::OpenFailure::TooOld && !dryRun)
            db = Database::open(dbPath, &error, &failure);
        if (!db) {
            err << "scwres aggregate: " << error << '\n';
            return 1;
        }
    } // a new database file is made only when there is something to write into it

    std::optional<Profile> profile;
    if (byFile) {
        const extract::ProfileReadResult read = extract::readProfileFile(options.value(QStringLiteral("--profile-file")));
        if (!read.value) {
            err << "scwres aggregate: " << options.value(QStringLiteral("--profile-file")) << ": " << read.error << '\n';
            return 1;
        }
        profile = read.value;
    } else {
        // The database's saved profiles (scwres profile list --db FILE).
        QString error = QStringLiteral("%1 does not exist, so it has no saved profile named \"%2\".")
                            .arg(dbPath, options.value(QStringLiteral("--profile")));
        if (db)
            profile = extract::ProfileStore(*db).find(options.value(QStringLiteral("--profile")), &error);
        if (!profile) {
            err << "scwres aggregate: " << error << '\n';
            return 1;
        }
    }

    std::optional<AnnualReturn> stored = db && db->authorityByName(authority) ? db->loadReturn(authority, *year)
                                                                             : std::nullopt;
    AnnualReturn ret = stored ? *stored : newReturn(authority, *year);

    Aggregator aggregator(*profile, ret.periodStart, ret.periodEnd);
    for (const QString &path : options.positional)
        aggregator.addFile(path);
    printProblems(aggregator, err);

    // Rows read but none counted (all outside the period, not in scope, …): the return is left as
    // it was, and the lead is told which period the rows were checked against.
    const bool fillsNothing = !aggregator.blocked() && !aggregator.fillsAnything();
    const auto reportNothing = [&] {
        err << "scwres aggregate: no rows in the period " << ret.periodStart.toString(Qt::ISODate) << " to "
            << ret.periodEnd.toString(Qt::ISODate) << " were counted (" << formatCount(aggregator.rowsUsed()) << " of "
            << formatCount(aggregator.rowsRead()) << " rows used), so nothing was written into " << authority << ' '
            << *year << ".\n";
    };

    if (dryRun) {
        nlohmann::ordered_json doc = nlohmann::ordered_json::parse(aggregator.reportJson().toStdString());
        nlohmann::ordered_json result;
        result["authority"] = authority.toStdString();
        result["year"] = *year;
        result["profile"] = profile->name.toStdString();
        result["kind"] = extract::extractKindKey(profile->kind).toStdString();
        result["areas"] = nlohmann::ordered_json::parse(aggregator.areasJson().toStdString());
        for (auto it = doc.begin(); it != doc.end(); ++it)
            result[it.key()] = it.value();
        out << QString::fromStdString(result.dump(2)) << '\n';
        if (fillsNothing)
            reportNothing();
        return aggregator.blocked() || fillsNothing ? 1 : 0;
    }
    if (aggregator.blocked()) {
        err << "scwres aggregate: nothing was written; map the values above in the profile, or fix the files.\n";
        return 1;
    }
    if (fillsNothing) {
        printSummary(aggregator, err);
        reportNothing();
        return 1;
    }
    if (!db || db->isReadOnly()) {
        db.reset();
        QString error;
        db = Database::open(dbPath, &error);
        if (!db) {
            err << "scwres aggregate: " << error << '\n';
            return 1;
        }
        // As stored now (another copy may have saved it meanwhile).
        const std::optional<AnnualReturn> now = db->authorityByName(authority) ? db->loadReturn(authority, *year)
                                                                               : std::nullopt;
        ret = now ? *now : newReturn(authority, *year);
    }
    aggregator.applyTo(ret);
    ret.complete = false; // imported counts are a draft until the lead marks the year complete
    // The history names the files, the rows and the profile: never a row.
    QStringList files;
    for (const FileReport &r : aggregator.reports())
        files << r.fileName;
    const QString detail = QStringLiteral("%1 (%2: %3 of %4 rows, profile %5)")
                               .arg(files.join(QStringLiteral(", ")), extract::extractKindName(profile->kind).toLower())
                               .arg(aggregator.rowsUsed())
                               .arg(aggregator.rowsRead())
                               .arg(profile->name);
    if (!db->saveReturn(ret, HistoryNote{QStringLiteral("imported"), detail})) {
        err << "scwres aggregate: cannot save the return: " << db->lastError() << '\n';
        return 1;
    }
    printSummary(aggregator, out);
    out << "Wrote the counts of " << formatCount(aggregator.rowsUsed()) << " rows into " << authority << ' ' << *year << ".\n";
    return 0;
}

} // namespace scwres::cli
