// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

// Readers for the council's person-level extracts (docs/importing.md). Both stream: a row is
// handed to the caller and forgotten, so memory stays flat however long the file. Nothing of a
// row is written anywhere or put in a message; errors name the row and column only.
namespace scwres::extract {

// How the file is laid out: the "file" object of a profile.
struct FileOptions {
    QChar delimiter = QLatin1Char(',');   // CSV: ',', ';' or '\t'
    QString encoding = QStringLiteral("UTF-8"); // CSV: "UTF-8" (with or without BOM), "Windows-1252", "auto"
                                                // (any label canonicalEncoding() accepts)
    int headerRow = 1;                    // 1-based; rows above it are skipped
    std::optional<QString> sheet;         // XLSX: the sheet's name; empty: the first sheet
};

// A cell from XLSX that holds a date (a serial number in a date format) arrives as yyyy-MM-dd.
// row is the file's own row number (the one a spreadsheet shows), header included.
// Return false to stop reading (the reader then reports no error).
using RowHandler = std::function<bool(qint64 row, const QStringList &cells)>;

struct ReadOutcome {
    bool ok = false;
    QString error;        // when !ok: one sentence naming the row (and column) at fault
    qint64 rowsRead = 0;  // data rows handed to the handler
};

// The longest a single row may be. A row longer than this is a file that is not an extract
// (or a quote never closed): reading stops with the row number instead of eating memory.
inline constexpr qint64 kMaxRowBytes = 1 << 20;
// Cells per row and characters per cell kept; longer cells make the row unreadable.
inline constexpr int kMaxCells = 1000;
inline constexpr int kMaxCellLength = 4000;

// CSV through libcsv (RFC 4180: quoted fields, doubled quotes, newlines inside quotes).
ReadOutcome readCsv(QIODevice &device, const FileOptions &options, const RowHandler &onHeader,
                    const RowHandler &onRow);

// XLSX through minizip and QXmlStreamReader; shared strings are the only part kept whole.
ReadOutcome readXlsx(const QString &path, const FileOptions &options, const RowHandler &onHeader,
                     const RowHandler &onRow);

// The sheet names of a workbook, in order (for the assistant's sheet choice).
QStringList xlsxSheetNames(const QString &path, QString *error);

// By the file's name: .xlsx is a workbook, anything else is read as CSV.
ReadOutcome readExtractFile(const QString &path, const FileOptions &options, const RowHandler &onHeader,
                            const RowHandler &onRow);

// The profile's encoding label in its one spelling: "UTF-8", "Windows-1252" or "auto", whatever
// the case; IANA names and aliases count ("utf8", "cp1252", "latin1", "ISO-8859-1" are
// Windows-1252 as in the WHATWG Encoding Standard). Empty for a label not accepted. A UTF-16 or
// UTF-32 file is read whatever the label when it starts with its byte order mark.
QString canonicalEncoding(const QString &label);

// What "auto" encoding means for these bytes: a UTF-8 BOM or valid UTF-8 is UTF-8, anything else
// Windows-1252 (what UK HR systems write when they do not write UTF-8).
QString detectEncoding(const QByteArray &sample);

// The delimiter that splits the sample's first line into the most fields (',' when none does).
QChar guessDelimiter(const QByteArray &sample);

} // namespace scwres::extract
