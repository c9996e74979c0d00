// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QCoreApplication>
#include <QString>

#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <memory>

namespace scwres {

// An xlsx workbook written safely. libxlsxwriter writes only to a path, so the workbook goes to a
// private temporary folder; commit() closes it, reads it back, checks every zip entry, and writes
// it over the target through SafeWrite. Destroying an uncommitted XlsxFile, or a failed commit,
// removes the temporary file: the destination is left as it was and nothing else is left behind.
//
//   XlsxFile file(path);
//   if (!file.isOpen()) return fail(file.errorString());
//   lxw_worksheet *ws = workbook_add_worksheet(file.workbook(), "Summary");
//   XlsxFile::writeText(ws, 0, 0, userText, nullptr);
//   if (!file.commit()) return fail(file.errorString());
class XlsxFile final {
    Q_DECLARE_TR_FUNCTIONS(XlsxFile)

public:
    explicit XlsxFile(const QString &targetPath);
    ~XlsxFile();
    XlsxFile(const XlsxFile &) = delete;
    XlsxFile &operator=(const XlsxFile &) = delete;

    bool isOpen() const { return m_workbook != nullptr; }
    lxw_workbook *workbook() const { return m_workbook; }
    // "Could not write “path”: reason." after a failure.
    QString errorString() const { return m_error; }
    QString targetPath() const { return m_target; }

    // Title, author (the authority), subject; shown in Excel's File → Info.
    void setProperties(const QString &title, const QString &author, const QString &subject);
    // Closes the workbook and puts it in place. Call once.
    bool commit();

    // Every text that came from a user or a file goes through here (the formula-injection guard,
    // OWASP ASVS 1.2.10): always a string cell, never a formula, whatever it starts with
    // ("=", "+", "-", "@", tab); characters XML cannot hold removed; cut to Excel's 32,767.
    static lxw_error writeText(lxw_worksheet *worksheet, int row, int column, const QString &text,
                               lxw_format *format);
    // The same text cleaning, for callers that pass strings to other libxlsxwriter calls
    // (sheet names excepted: see sheetName).
    static QByteArray cellText(const QString &text);
    // True when a spreadsheet would read the text as a formula if typed or pasted as CSV.
    static bool looksLikeFormula(const QString &text);
    // A CSV field that cannot turn into a formula: such text gets a leading apostrophe.
    static QString csvSafe(const QString &text);
    // A valid worksheet name: []:*?/\ replaced, at most 31 characters, not empty.
    static QByteArray sheetName(const QString &name);

private:
    QString m_target;
    std::unique_ptr<QTemporaryDir> m_scratch;
    QString m_temporary;
    QString m_error;
    lxw_workbook *m_workbook = nullptr;
    bool m_committed = false;
};

} // namespace scwres
