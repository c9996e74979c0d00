// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/XlsxFile.h"

#include "export/DocumentWriter.h"
#include "export/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>


namespace scwres {

namespace {

// Excel's limit on the characters in one cell.
constexpr int kMaxCellCharacters = 32767;

} // namespace

XlsxFile::XlsxFile(const QString &targetPath)
    : m_target(targetPath)
{
    const QFileInfo target(targetPath);
    if (target.isDir()) {
        m_error = DocumentWriter::failureMessage(targetPath, tr("it is a folder"));
        return;
    }
    // Reserve a unique name beside the target; libxlsxwriter then writes that path.
    QTemporaryFile reserve(target.absoluteFilePath() + QStringLiteral(".tmp-XXXXXX"));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        m_error = DocumentWriter::failureMessage(targetPath, reserve.errorString());
        return;
    }
    m_temporary = reserve.fileName();
    reserve.close();
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    m_workbook = workbook_new_opt(QFile::encodeName(m_temporary).constData(), &options);
    if (!m_workbook) {
        QFile::remove(m_temporary);
        m_temporary.clear();
        m_error = DocumentWriter::failureMessage(targetPath, tr("the workbook could not be created"));
    }
}

XlsxFile::~XlsxFile()
{
    if (m_committed)
        return;
    if (m_workbook) {
        // Closing is the only way to free a libxlsxwriter workbook; it writes the temporary file,
        // which is removed straight after.
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
    if (!m_temporary.isEmpty())
        QFile::remove(m_temporary);
}

void XlsxFile::setProperties(const QString &title, const QString &author, const QString &subject)
{
    if (!m_workbook)
        return;
    // libxlsxwriter copies the strings; its struct just is not const-correct.
    QByteArray t = cellText(title);
    QByteArray a = cellText(author);
    QByteArray s = cellText(subject);
    QByteArray comments = cellText(DocumentWriter::creatorName());
    lxw_doc_properties properties{};
    properties.title = t.data();
    properties.author = a.data();
    properties.subject = s.data();
    properties.company = a.data();
    properties.comments = comments.data();
    workbook_set_properties(m_workbook, &properties);
}

bool XlsxFile::commit()
{
    if (!m_workbook || m_committed)
        return false;
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR) {
        m_error = DocumentWriter::failureMessage(m_target, QString::fromUtf8(lxw_strerror(closed)));
        QFile::remove(m_temporary);
        return false;
    }
    QString reason;
    if (!moveIntoPlace(m_temporary, m_target, &reason)) {
        m_error = DocumentWriter::failureMessage(m_target, reason);
        QFile::remove(m_temporary);
        return false;
    }
    m_committed = true;
    return true;
}

QByteArray XlsxFile::cellText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // XML 1.0 allows only tab, line feed and carriage return among the C0 controls, and no
        // U+FFFE/U+FFFF; libxlsxwriter would write them and Excel would refuse the file.
        if ((u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D) || u == 0xFFFE || u == 0xFFFF)
            continue;
        clean += c;
    }
    if (clean.size() > kMaxCellCharacters) {
        clean.truncate(kMaxCellCharacters);
        if (clean.back().isHighSurrogate())
            clean.chop(1);
    }
    return clean.toUtf8();
}

lxw_error XlsxFile::writeText(lxw_worksheet *worksheet, int row, int column, const QString &text,
                              lxw_format *format)
{
    // worksheet_write_string always makes a shared-string cell: Excel never evaluates it, even
    // when it starts with "=".
    const QByteArray bytes = cellText(text);
    return worksheet_write_string(worksheet, lxw_row_t(row), lxw_col_t(column), bytes.constData(), format);
}

bool XlsxFile::looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')
        || first == QChar(0);
}

QString XlsxFile::csvSafe(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QByteArray XlsxFile::sheetName(const QString &name)
{
    QString clean;
    for (const QChar c : name) {
        if (QStringLiteral("[]:*?/\\").contains(c) || c.unicode() < 0x20)
            clean += QLatin1Char(' ');
        else
            clean += c;
    }
    clean = clean.trimmed();
    // Excel also refuses a name that starts or ends with an apostrophe.
    while (clean.startsWith(QLatin1Char('\'')))
        clean.remove(0, 1);
    while (clean.endsWith(QLatin1Char('\'')))
        clean.chop(1);
    if (clean.size() > 31)
        clean = clean.left(31).trimmed();
    if (clean.isEmpty())
        clean = QStringLiteral("Sheet");
    return clean.toUtf8();
}

} // namespace scwres
