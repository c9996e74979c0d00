// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Fuzz target for the XLSX extract reader (extract::readXlsx, with minizip and
// QXmlStreamReader). minizip reads from a path, so each input is written to a private temporary
// file first (fuzz bytes, never anyone's data). Besides "no crash": never throws, ok or a reason,
// row numbers only grow, cells within the limits.

#include "FuzzSupport.h"
#include "extract/ExtractReader.h"

#include <QDir>
#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>
#include <exception>

using namespace scwres::extract;
using scwres::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/fuzz-XXXXXX.xlsx"));
    if (!file.open())
        return 0;
    file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    file.flush();
    qint64 lastRow = 0;
    ReadOutcome outcome;
    try {
        QString error;
        const QStringList sheets = xlsxSheetNames(file.fileName(), &error);
        FileOptions options;
        if (sheets.size() > 1)
            options.sheet = sheets.last();
        outcome = readXlsx(
            file.fileName(), options,
            [&](qint64 row, const QStringList &cells) {
                check(cells.size() <= kMaxCells, "no more cells than the limit");
                lastRow = row;
                return true;
            },
            [&](qint64 row, const QStringList &cells) {
                check(row > lastRow, "row numbers only grow");
                check(cells.size() <= kMaxCells, "no more cells than the limit");
                for (const QString &cell : cells)
                    check(cell.size() <= kMaxCellLength, "no cell longer than the limit");
                lastRow = row;
                return true;
            });
    } catch (const std::exception &e) {
        scwres::fuzz::fail("readXlsx never throws", e.what());
    }
    check(outcome.ok == outcome.error.isEmpty(), "ok or a reason, never both or neither");
    return 0;
}
