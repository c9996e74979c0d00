// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/XlsxFile.h"

#include "export/DocumentWriter.h"
#include "export/ZipArchive.h"

#include "SafeWrite.h"
#include "XmlText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>


namespace scwres {

namespace {

// Excel's limit on the characters in one cell.
constexpr int kMaxCellCharacters = 32767;

} // namespace

XlsxFile::XlsxFile(const QString &targetPath)
    : m_target(targetPath)
{
    QString reason;
    if (!SafeWrite::checkTarget(targetPath, &reason)) {
        m_error = SafeWrite::failureMessage(targetPath, reason);
        return;
    }
    // libxlsxwriter writes only to a path: a private folder in the system's temporary location.
    m_scratch = std::make_unique<QTemporaryDir>();
    if (!m_scratch->isValid()) {
        m_error = SafeWrite::failureMessage(
            targetPath, tr("no temporary folder could be made (%1)").arg(m_scratch->errorString()));
        return;
    }
    m_temporary = m_scratch->filePath(QStringLiteral("workbook.xlsx"));
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

namespace {

// libxlsxwriter always writes <calcPr fullCalcOnLoad="1"/>: the reader recalculates everything on
// open, and a publication workbook, whose figures are stored as printed, would be "changed" on
// opening. Every formula's value is cached by the writer, so the flag is taken out.
bool withoutForcedRecalculation(QByteArray *zip, QString *reason)
{
    auto entries = ZipArchive::read(*zip, reason);
    if (!entries)
        return false;
    for (ZipEntry &entry : *entries)
        if (entry.name == QLatin1String("xl/workbook.xml"))
            entry.data.replace(" fullCalcOnLoad=\"1\"", "");
    auto packed = ZipArchive::pack(*entries, reason);
    if (!packed)
        return false;
    *zip = std::move(*packed);
    return true;
}

} // namespace

bool XlsxFile::commit()
{
    if (!m_workbook || m_committed)
        return false;
    errno = 0;
    const lxw_error closed = workbook_close(m_workbook);
    // libxlsxwriter's own message for a failed write is "Zip generic error ZIP_ERRNO"; the system's
    // errno says what really happened (a full disk: ENOSPC or EFBIG).
    const int systemError = errno;
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR) {
        m_error = SafeWrite::failureMessage(m_target, systemError != 0
                                                          ? SafeWrite::reasonForErrno(systemError)
                                                          : QString::fromUtf8(lxw_strerror(closed)));
        QFile::remove(m_temporary);
        return false;
    }
    // Checked before it is put in place: a workbook cut short by a full disk is never published.
    QString reason;
    QByteArray bytes;
    if (!SafeWrite::readBack(m_temporary, &bytes, &reason) || !ZipArchive::verify(bytes, &reason)
        || !withoutForcedRecalculation(&bytes, &reason) || !SafeWrite::write(m_target, bytes, &reason)) {
        m_error = SafeWrite::failureMessage(m_target, reason);
        QFile::remove(m_temporary);
        return false;
    }
    QFile::remove(m_temporary);
    m_committed = true;
    return true;
}

QByteArray XlsxFile::cellText(const QString &text)
{
    // libxlsxwriter would write characters XML cannot hold, and Excel would refuse the file.
    QString clean = xmlSafeText(text);
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
