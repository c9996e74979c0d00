// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>

#include <cstdio>

namespace scwres::cli {

// Everything the CLI prints goes through this device (issue 37): text from an extract, a profile
// or the database (a name, a category value, a file name) could hold an ANSI escape, a window-title
// sequence or a bare CR that rewrites what the terminal shows. Every control character except
// line feed and tab (C0, DEL, C1), the bidirectional overrides and isolates (U+202A-202E,
// U+2066-2069) and the line and paragraph separators (U+2028, U+2029) are written as \uXXXX.
// That is JSON's own escape, so JSON output means the same after it; the program itself never
// prints those characters.
class TerminalOutput final : public QIODevice {
public:
    explicit TerminalOutput(FILE *stream);
    ~TerminalOutput() override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFile m_file;
    QByteArray m_pending; // the start of a UTF-8 character cut by the end of a write
};

// The bytes (UTF-8) with the characters above escaped. *pending comes first; a character cut at
// the end is left in it for the next call.
QByteArray escapeTerminalBytes(const QByteArray &bytes, QByteArray *pending);

// One value of a tab-separated line: besides the above, its tabs and line feeds are escaped too,
// so the line keeps its columns (\u0009, \u000a).
QString tabSeparatedField(const QString &value);

} // namespace scwres::cli
