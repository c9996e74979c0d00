// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// XLSX extracts: the sheet's XML is inflated by minizip 64 KB at a time and fed to a
// QXmlStreamReader, so a 100 MB workbook is never held whole. Only the shared strings (needed to
// resolve every "s" cell) and the small workbook, relationships and styles parts are read fully.
#include "ExtractReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cmath>
#include <memory>
#include <vector>

namespace scwres::extract {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::extract::XlsxReader", text);
}

constexpr qint64 kMaxSmallPart = 16 * 1024 * 1024;  // workbook, rels, styles
constexpr qsizetype kMaxSharedStrings = 4'000'000;
constexpr qint64 kMaxSharedChars = 200'000'000;

struct ZipCloser {
    void operator()(void *zip) const { unzClose(zip); }
};
using Zip = std::unique_ptr<void, ZipCloser>;

// Streams one part of the zip into a reader; handler is called for every chunk.
class PartStream {
public:
    PartStream(unzFile zip) : m_zip(zip) {}
    ~PartStream()
    {
        if (m_open)
            unzCloseCurrentFile(m_zip);
    }
    bool open(const QString &name)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 0) != UNZ_OK)
            return false;
        m_open = unzOpenCurrentFile(m_zip) == UNZ_OK;
        return m_open;
    }
    // Empty at the end; sets failed on a damaged zip.
    QByteArray next()
    {
        QByteArray buffer(64 * 1024, Qt::Uninitialized);
        const int n = unzReadCurrentFile(m_zip, buffer.data(), int(buffer.size()));
        if (n < 0) {
            failed = true;
            return {};
        }
        buffer.truncate(n);
        return buffer;
    }
    bool failed = false;

private:
    unzFile m_zip;
    bool m_open = false;
};

bool readWhole(unzFile zip, const QString &name, QByteArray *out)
{
    PartStream part(zip);
    if (!part.open(name))
        return false;
    out->clear();
    for (QByteArray chunk = part.next(); !chunk.isEmpty(); chunk = part.next()) {
        out->append(chunk);
        if (out->size() > kMaxSmallPart)
            return false;
    }
    return !part.failed;
}

// Feeds the part to the XML reader chunk by chunk; visit is called for every token and returns
// false to stop. Returns the error, empty when the part was read (or stopped) cleanly.
QString streamXml(unzFile zip, const QString &name, const std::function<bool(QXmlStreamReader &)> &visit)
{
    PartStream part(zip);
    if (!part.open(name))
        return tr("The workbook has no part %1.").arg(name);
    QXmlStreamReader xml;
    bool more = true;
    while (true) {
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.hasError())
                break;
            if (!visit(xml))
                return {};
        }
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && more) {
            const QByteArray chunk = part.next();
            if (part.failed)
                return tr("The workbook is damaged (%1 cannot be inflated).").arg(name);
            if (chunk.isEmpty())
                more = false;
            else
                xml.addData(chunk);
            if (more)
                continue;
        }
        if (xml.hasError())
            return tr("The workbook is damaged (%1, line %2: %3).")
                .arg(name)
                .arg(xml.lineNumber())
                .arg(xml.errorString());
        return {};
    }
}

struct Workbook {
    QStringList sheetNames;
    QStringList sheetParts; // xl/worksheets/sheet1.xml, …
    bool date1904 = false;
};

QString readWorkbook(unzFile zip, Workbook *book)
{
    QByteArray rels;
    if (!readWhole(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), &rels))
        return tr("The file is not an xlsx workbook (no workbook relationships).");
    QHash<QString, QString> targets;
    QXmlStreamReader relsXml(rels);
    while (!relsXml.atEnd()) {
        if (relsXml.readNext() == QXmlStreamReader::StartElement && relsXml.name() == QLatin1String("Relationship")) {
            QString target = relsXml.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                target = target.mid(1);
            else
                target.prepend(QStringLiteral("xl/"));
            targets.insert(relsXml.attributes().value(QLatin1String("Id")).toString(), target);
        }
    }
    QByteArray workbook;
    if (!readWhole(zip, QStringLiteral("xl/workbook.xml"), &workbook))
        return tr("The file is not an xlsx workbook (no xl/workbook.xml).");
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            book->date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == QLatin1String("id"))
                    id = a.value().toString();
            book->sheetNames << xml.attributes().value(QLatin1String("name")).toString();
            book->sheetParts << targets.value(id);
        }
    }
    if (xml.hasError() || book->sheetNames.isEmpty())
        return tr("The workbook lists no sheets.");
    return {};
}

// Which cell styles (the "s" attribute) show a number as a date.
QSet<int> readDateStyles(unzFile zip)
{
    QSet<int> dateStyles;
    QByteArray styles;
    if (!readWhole(zip, QStringLiteral("xl/styles.xml"), &styles))
        return dateStyles;
    QSet<int> dateFormats{14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47};
    QXmlStreamReader xml(styles);
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("numFmt")) {
            // A custom format is a date when it has d, m or y outside quotes and [colour] brackets.
            const QString code = xml.attributes().value(QLatin1String("formatCode")).toString();
            bool quoted = false, bracket = false, date = false;
            for (QChar c : code) {
                if (c == QLatin1Char('"'))
                    quoted = !quoted;
                else if (c == QLatin1Char('['))
                    bracket = true;
                else if (c == QLatin1Char(']'))
                    bracket = false;
                else if (!quoted && !bracket && QStringLiteral("dmyDMY").contains(c))
                    date = true;
            }
            if (date)
                dateFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt());
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
            xfIndex = 0;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            if (dateFormats.contains(xml.attributes().value(QLatin1String("numFmtId")).toInt()))
                dateStyles.insert(xfIndex);
            ++xfIndex;
        }
    }
    return dateStyles;
}

QString readSharedStrings(unzFile zip, std::vector<QString> *strings)
{
    if (unzLocateFile(zip, "xl/sharedStrings.xml", 0) != UNZ_OK)
        return {}; // a workbook with inline strings only
    QString current;
    bool inSi = false, inT = false, inRph = false;
    qint64 chars = 0;
    QString tooMany;
    const QString error = streamXml(zip, QStringLiteral("xl/sharedStrings.xml"), [&](QXmlStreamReader &xml) {
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (xml.name() == QLatin1String("t")) {
                inT = true;
            } else if (xml.name() == QLatin1String("rPh")) {
                inRph = true; // phonetic guides are not part of the text
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("si")) {
                inSi = false;
                chars += current.size();
                strings->push_back(current.left(kMaxCellLength + 1));
                if (qsizetype(strings->size()) > kMaxSharedStrings || chars > kMaxSharedChars) {
                    tooMany = tr("The workbook holds more shared text than an extract can.");
                    return false;
                }
            } else if (xml.name() == QLatin1String("t")) {
                inT = false;
            } else if (xml.name() == QLatin1String("rPh")) {
                inRph = false;
            }
        } else if (xml.isCharacters() && inSi && inT && !inRph) {
            current += xml.text();
        }
        return true;
    });
    return tooMany.isEmpty() ? error : tooMany;
}

// "BC12" -> column 55 (1-based); 0 when the reference is not a cell.
int columnOf(QStringView reference)
{
    int column = 0;
    for (QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            if (column > 16384)
                return 0;
        } else {
            break;
        }
    }
    return column;
}

QString numberText(const QString &raw, bool isDate, bool date1904)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw;
    if (isDate && value >= 0 && value < 2958466) {
        const qint64 days = qint64(std::floor(value));
        // Excel's 1900 system counts a 29 February 1900 that never was: serial 60.
        QDate date = date1904 ? QDate(1904, 1, 1).addDays(days)
                              : (days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days));
        return date.toString(Qt::ISODate);
    }
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

} // namespace

QStringList xlsxSheetNames(const QString &path, QString *error)
{
    Zip zip(unzOpen64(QFile::encodeName(path).constData()));
    if (!zip) {
        if (error)
            *error = tr("%1 is not an xlsx workbook.").arg(QFileInfo(path).fileName());
        return {};
    }
    Workbook book;
    const QString problem = readWorkbook(zip.get(), &book);
    if (error)
        *error = problem;
    return book.sheetNames;
}

ReadOutcome readXlsx(const QString &path, const FileOptions &options, const RowHandler &onHeader,
                     const RowHandler &onRow)
{
    ReadOutcome outcome;
    Zip zip(unzOpen64(QFile::encodeName(path).constData()));
    if (!zip) {
        outcome.error = tr("%1 is not an xlsx workbook.").arg(QFileInfo(path).fileName());
        return outcome;
    }
    Workbook book;
    outcome.error = readWorkbook(zip.get(), &book);
    if (!outcome.error.isEmpty())
        return outcome;
    int sheetIndex = 0;
    if (options.sheet && !options.sheet->isEmpty()) {
        sheetIndex = int(book.sheetNames.indexOf(*options.sheet));
        if (sheetIndex < 0) {
            outcome.error = tr("The workbook has no sheet named \"%1\".").arg(*options.sheet);
            return outcome;
        }
    }
    const QSet<int> dateStyles = readDateStyles(zip.get());
    std::vector<QString> shared;
    outcome.error = readSharedStrings(zip.get(), &shared);
    if (!outcome.error.isEmpty())
        return outcome;

    QStringList cells;
    qint64 rowNumber = 0;
    int column = 0;
    QString type, text;
    bool isDate = false, inValue = false, inInline = false, inCell = false, stopped = false;
    bool headerSeen = false;
    QString failure;
    auto endRow = [&]() {
        if (rowNumber < options.headerRow)
            return true;
        if (rowNumber == options.headerRow) {
            headerSeen = true;
            return onHeader(rowNumber, cells);
        }
        if (!headerSeen) {
            failure = tr("The sheet has no row %1 to take the column names from.").arg(options.headerRow);
            return false;
        }
        bool empty = true;
        for (const QString &c : cells)
            empty = empty && c.isEmpty();
        if (empty)
            return true;
        ++outcome.rowsRead;
        return onRow(rowNumber, cells);
    };
    const QString error = streamXml(zip.get(), book.sheetParts.at(sheetIndex), [&](QXmlStreamReader &xml) {
        const QStringView name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("row")) {
                const qint64 r = xml.attributes().value(QLatin1String("r")).toLongLong();
                rowNumber = r > rowNumber ? r : rowNumber + 1;
                cells.clear();
                column = 0;
            } else if (name == QLatin1String("c")) {
                const QXmlStreamAttributes a = xml.attributes();
                const int c = columnOf(a.value(QLatin1String("r")));
                column = c > 0 ? c : column + 1;
                if (column > kMaxCells) {
                    failure = tr("Row %1 has more than %2 columns.").arg(rowNumber).arg(kMaxCells);
                    return false;
                }
                type = a.value(QLatin1String("t")).toString();
                isDate = dateStyles.contains(a.value(QLatin1String("s")).toInt());
                text.clear();
                inCell = true;
            } else if (inCell && name == QLatin1String("v")) {
                inValue = true;
            } else if (inCell && name == QLatin1String("is")) {
                inInline = true;
            }
        } else if (xml.isEndElement()) {
            if (name == QLatin1String("v")) {
                inValue = false;
            } else if (name == QLatin1String("is")) {
                inInline = false;
            } else if (name == QLatin1String("c")) {
                inCell = false;
                QString value;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const qsizetype index = text.toLongLong(&ok);
                    if (!ok || index < 0 || index >= qsizetype(shared.size())) {
                        failure = tr("Row %1, column %2: the cell refers to text the workbook does not have.")
                                      .arg(rowNumber)
                                      .arg(column);
                        return false;
                    }
                    value = shared[size_t(index)];
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    value = numberText(text, isDate, book.date1904);
                } else if (type == QLatin1String("b")) {
                    value = text == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else {
                    value = text; // str, inlineStr, e (an error such as #N/A)
                }
                if (value.size() > kMaxCellLength) {
                    failure = tr("Row %1, column %2: the cell is longer than %3 characters.")
                                  .arg(rowNumber)
                                  .arg(column)
                                  .arg(kMaxCellLength);
                    return false;
                }
                while (cells.size() < column - 1)
                    cells.append(QString());
                if (cells.size() == column - 1)
                    cells.append(value.trimmed());
            } else if (name == QLatin1String("row")) {
                if (!endRow()) {
                    stopped = true;
                    return false;
                }
            }
        } else if (xml.isCharacters() && inCell && (inValue || inInline)) {
            if (text.size() <= kMaxCellLength)
                text += xml.text();
        }
        return true;
    });
    outcome.error = failure.isEmpty() ? error : failure;
    if (outcome.error.isEmpty() && !stopped && !headerSeen)
        outcome.error = tr("The sheet has no row %1 to take the column names from.").arg(options.headerRow);
    outcome.ok = outcome.error.isEmpty();
    return outcome;
}

} // namespace scwres::extract
