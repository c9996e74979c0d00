// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// history: a year's changes in words, as Edit > History lists them; and the moment --as-of reads.
#include "CommandInputs.h"
#include "Commands.h"
#include "Options.h"

#include "history/ChangeHistory.h"
#include "history/HistoryText.h"

#include <algorithm>

namespace scwres::cli {

std::optional<QDateTime> parseAsOf(const QString &text)
{
    // "2026-12-02T14:00" (local time), seconds optional; a trailing Z or offset is honoured.
    QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

int runHistory(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Options options = Options::parse(
        args, {QStringLiteral("--db"), QStringLiteral("--authority"), QStringLiteral("--year")});
    const QString expected = QStringLiteral("expected --db FILE --authority NAME --year YEAR");
    if (!options.error.isEmpty() || !options.has(QStringLiteral("--db")) || !options.has(QStringLiteral("--authority"))
        || !options.has(QStringLiteral("--year")) || !options.positional.isEmpty()) {
        err << "scwres history: " << (options.error.isEmpty() ? expected : options.error)
            << "\nRun 'scwres --help' for usage.\n";
        return 2;
    }
    QString problem;
    const auto year = readYear(options, &problem);
    if (!year) {
        err << "scwres history: " << problem << "\nRun 'scwres --help' for usage.\n";
        return 2;
    }
    auto db = openForReading(QStringLiteral("history"), options.value(QStringLiteral("--db")), err);
    if (!db)
        return 1;
    const QString name = options.value(QStringLiteral("--authority"));
    const auto authority = db->authorityByName(name);
    if (!authority) {
        err << "scwres history: there is no authority called \"" << name << "\" in this database.\n";
        return 1;
    }
    ChangeHistory history(*db);
    std::vector<HistoryLine> lines = describeHistory(history.entries(authority->id, *year));
    if (lines.empty()) {
        err << "scwres history: no changes are recorded for " << name << ' ' << *year << ".\n";
        return 1;
    }
    // Newest first, as the program's History lists them.
    std::reverse(lines.begin(), lines.end());
    for (const HistoryLine &line : lines)
        out << line.text() << '\n';
    return 0;
}

} // namespace scwres::cli
