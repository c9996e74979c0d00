// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "Options.h"

#include "AnnualReturn.h"
#include "Database.h"
#include "export/BrowserPdf.h"

#include <QDateTime>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

namespace scwres::cli {

// What reading a command's inputs came to: the caller prints its own usage on Usage.
enum class InputStatus {
    Ok,
    Usage,  // the words are wrong: *problem says how
    Failed, // the file or database could not be read: the reason is already on err
};

// The return a command works on and, from a database, the stored year before it.
struct ReturnInputs {
    std::optional<AnnualReturn> current;
    std::optional<AnnualReturn> previous;
    // From a database, the two stored years before (drafts too), for the pooled three years.
    std::vector<AnnualReturn> earlier;
};

// Read-only: never creates a file, and runs beside the desktop program holding the database.
// On failure writes "scwres COMMAND: reason" to err and returns null.
std::unique_ptr<Database> openForReading(const QString &command, const QString &path, QTextStream &err);

// --pdf-engine browser|qt (empty: the browser when one is found), chosen only when a PDF is
// asked for, so that a missing browser never stops another format. Usage: *problem names the
// wrong engine; Failed: "scwres COMMAND: …" is already on err (browser asked for, none installed).
InputStatus choosePdfEngine(const QString &command, const QString &requested, bool anyPdf, PdfEngineChoice *choice,
                            QString *problem, QTextStream &err);

// --year as a whole number; on failure *problem is set.
std::optional<int> readYear(const Options &options, QString *problem);

// RETURN.json as the one positional argument, or --db FILE --authority NAME --year YEAR.
InputStatus readReturnInputs(const QString &command, const Options &options, ReturnInputs &inputs, QString *problem,
                             QTextStream &err);

// --threshold N for publication mode: a whole number from 2 to 1000, only with --publication.
// Returns the threshold to use (defaultThreshold when not given), or empty with *problem set.
std::optional<int> readThreshold(const Options &options, bool publication, int defaultThreshold, QString *problem);

// --as-of "2026-12-02T14:00": local time unless it carries Z or an offset; in UTC. Empty when unreadable.
std::optional<QDateTime> parseAsOf(const QString &text);

} // namespace scwres::cli
