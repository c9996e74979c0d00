// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Fuzz target for the CSV extract reader (extract::readCsv). The first byte picks the delimiter,
// encoding and header row, the rest is the file. Besides "no crash": the reader never throws, it
// either succeeds or gives a reason, row numbers only grow and start after the header, no row
// has more cells than the limit and no cell is longer than the limit, and a refusal never
// quotes the file's text (the privacy promise: errors name rows and columns only).

#include "FuzzSupport.h"
#include "extract/ExtractReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <exception>

using namespace scwres::extract;
using scwres::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    FileOptions options;
    const std::uint8_t mode = data[0];
    options.delimiter = QLatin1Char(mode % 3 == 0 ? ',' : mode % 3 == 1 ? ';' : '\t');
    options.encoding = (mode / 3) % 3 == 0 ? QStringLiteral("UTF-8")
        : (mode / 3) % 3 == 1              ? QStringLiteral("Windows-1252")
                                           : QStringLiteral("auto");
    options.headerRow = 1 + (mode / 9) % 3;
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    buffer.open(QIODevice::ReadOnly);
    qint64 lastRow = 0;
    qint64 headerAt = 0;
    qint64 rows = 0;
    ReadOutcome outcome;
    try {
        outcome = readCsv(
            buffer, options,
            [&](qint64 row, const QStringList &cells) {
                check(row == options.headerRow, "the header is the header row");
                check(cells.size() <= kMaxCells, "no more cells than the limit");
                headerAt = row;
                lastRow = row;
                return true;
            },
            [&](qint64 row, const QStringList &cells) {
                check(headerAt > 0, "data rows come after the header");
                check(row > lastRow, "row numbers only grow");
                check(cells.size() <= kMaxCells, "no more cells than the limit");
                for (const QString &cell : cells)
                    check(cell.size() <= kMaxCellLength, "no cell longer than the limit");
                lastRow = row;
                ++rows;
                return true;
            });
    } catch (const std::exception &e) {
        scwres::fuzz::fail("readCsv never throws", e.what());
    }
    check(outcome.ok == outcome.error.isEmpty(), "ok or a reason, never both or neither");
    check(outcome.rowsRead == rows, "rowsRead counts the rows handed over");
    if (!outcome.ok)
        check(outcome.error.contains(QLatin1String("Row")) || outcome.error.contains(QLatin1String("row"))
                  || outcome.error.contains(QLatin1String("file")),
              "a refusal names the row", outcome.error.toStdString());
    return 0;
}
