// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

// Independent readers the export tests check files with: LibreOffice (headless, a private
// profile per run, xlsx formulas recalculated on load), poppler and the zip reader. A missing
// tool fails the test; nothing is skipped, so a passing test means the file was really read.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace scwres::test {

// The demo authority, its returns and its 2023 (signed off) and 2024 (draft) plans, in a new
// database file at path.
QString writeDemoPlanDatabase(const QString &path);

// The full path of a program on PATH; fails the test when it is not installed.
QString requireTool(const QString &name);
// Runs a program to completion; fails the test unless it exits 0. Returns its standard output.
QString runTool(const QString &program, const QStringList &args, int timeoutMs = 120000);

// pdftotext in reading order (UTF-8), and with -layout (columns kept apart, for tables).
QString pdfText(const QString &path);
QString pdfLayoutText(const QString &path);
QString pdfInfo(const QString &path);

// Converts files with LibreOffice into outDir in one start-up (about 1.5 s each on CI).
// format: "txt:Text", "csv", "fods", "pdf", or a filter string such as kCsvAllSheets.
void convertWithLibreOffice(const QStringList &files, const QString &format, const QString &outDir);
inline void libreOfficeConvert(const QString &file, const QString &format, const QString &outDir)
{
    convertWithLibreOffice({file}, format, outDir);
}
// Every sheet as its own CSV ("<base>-<sheet>.csv"), full precision, UTF-8.
extern const QString kCsvAllSheets;

// A text file as UTF-8, without its byte order mark.
QString readText(const QString &path);
// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. Blank lines
// are records of one empty field when keepBlankLines, else skipped.
std::vector<QStringList> parseCsv(const QString &text, bool keepBlankLines = false);
inline std::vector<QStringList> readCsv(const QString &path)
{
    return parseCsv(readText(path), true);
}

// Every entry of a zip container (xlsx, docx, odt) by name.
std::map<QString, QByteArray> readZip(const QString &path);
// Whitespace collapsed: table cells and page widths wrap lines differently in every format.
QString squeezed(const QString &text);
// Every file and folder in folder, hidden ones included: to check nothing was left behind.
QStringList filesIn(const QString &folder);

} // namespace scwres::test
