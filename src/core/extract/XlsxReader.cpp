// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// XLSX extracts: the sheet's XML is inflated by minizip 64 KB at a time and fed to a
// QXmlStreamReader, so a 100 MB workbook is never held whole. Only the shared strings (needed to
// resolve every "s" cell, kept as one UTF-8 block) and the small workbook, relationships and
// styles parts are read fully.
//
// Bounded whatever the input (issue 37): each streamed part passes an XmlGuard before the XML
// reader sees it, which caps the inflated size, every single token (text run, tag, comment, CDATA
// section, processing instruction), the attributes of a tag and the nesting depth, and refuses
// DTDs. QXmlStreamReader parses a token cut by a chunk's end again from its start when the next
// chunk comes, so an uncapped token made reading quadratic; capped, the work stays linear.
#include "ExtractReader.h"
#include "RegularFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <new>
#include <vector>

namespace scwres::extract {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::extract::XlsxReader", text);
}

constexpr qint64 kMaxSmallPart = 16 * 1024 * 1024;  // workbook, rels, styles
constexpr qsizetype kMaxSharedStrings = 4'000'000;
// The shared strings' text, UTF-8 (each string cut after kMaxCellLength characters): with the
// offsets (4 bytes a string) at most 80 MB, so an extract stays under 200 MB however it is made.
constexpr qint64 kMaxSharedBytes = 64 * 1024 * 1024;
// A sheet of 1,048,576 rows (Excel's most) of 20 cells inflates to about 1 GB of XML.
constexpr qint64 kMaxSheetInflated = qint64(2) * 1024 * 1024 * 1024;
constexpr qint64 kMaxSharedInflated = 512 * 1024 * 1024;
constexpr qint64 kMaxXmlToken = 256 * 1024;  // a cell's text is at most 4,000 characters
constexpr int kMaxXmlAttributes = 256;       // the duplicate check on attributes is quadratic
constexpr int kMaxXmlDepth = 64;             // sheet XML nests about 6 deep
constexpr qint64 kMaxSheetRows = 1'048'576;  // Excel's last row

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


// Looks at a part's XML byte by byte as it is inflated, before QXmlStreamReader does, and says
// when it is more than an extract can be. It does not check that the XML is well formed (the XML
// reader does); it only keeps the reader's time linear and its memory small.
class XmlGuard {
public:
    explicit XmlGuard(qint64 maxBytes) : m_maxBytes(maxBytes) {}

    // Empty, or why the part is refused (the part's name and place are added by the caller).
    QString feed(const char *data, qsizetype size)
    {
        m_total += size;
        if (m_total > m_maxBytes)
            return tr("it inflates to more than %1 MB").arg(m_maxBytes / (1024 * 1024));
        for (qsizetype i = 0; i < size; ++i) {
            const char c = data[i];
            if (c == '\n')
                ++m_line;
            if (++m_token > kMaxXmlToken)
                return tr("it holds %1 longer than %2 KB").arg(tokenKind()).arg(kMaxXmlToken / 1024);
            switch (m_state) {
            case State::Text:
                if (c == '<') {
                    m_state = State::Open;
                    m_token = 1;
                }
                break;
            case State::Open:
                if (c == '!') {
                    m_state = State::Bang;
                    m_headLength = 0;
                } else if (c == '?') {
                    m_state = State::Pi;
                    m_run = 0;
                } else {
                    m_state = State::Tag;
                    m_endTag = c == '/';
                    m_attributes = 0;
                    m_previous = c;
                }
                break;
            case State::Bang: {
                m_head[m_headLength++] = c;
                const bool comment = std::strncmp(m_head, "--", size_t(std::min(m_headLength, 2))) == 0;
                const bool cdata = std::strncmp(m_head, "[CDATA[", size_t(std::min(m_headLength, 7))) == 0;
                if (comment && m_headLength == 2) {
                    m_state = State::Comment;
                    m_run = 0;
                } else if (cdata && m_headLength == 7) {
                    m_state = State::CData;
                    m_run = 0;
                } else if (!comment && !cdata) {
                    return tr("it holds a document type declaration, which a workbook never has");
                }
                break;
            }
            case State::Tag:
                if (c == '"' || c == '\'') {
                    m_quote = c;
                    m_state = State::Quoted;
                } else if (c == '=') {
                    if (++m_attributes > kMaxXmlAttributes)
                        return tr("it holds a tag with more than %1 attributes").arg(kMaxXmlAttributes);
                } else if (c == '>') {
                    if (m_endTag)
                        m_depth = std::max(0, m_depth - 1);
                    else if (m_previous != '/' && ++m_depth > kMaxXmlDepth)
                        return tr("it nests elements more than %1 deep").arg(kMaxXmlDepth);
                    m_state = State::Text;
                    m_token = 0;
                }
                m_previous = c;
                break;
            case State::Quoted:
                if (c == m_quote) {
                    m_state = State::Tag;
                    m_previous = c;
                }
                break;
            case State::Comment: // ends at "-->"
            case State::CData:   // ends at "]]>"
            case State::Pi:      // ends at "?>"
            {
                const char mark = m_state == State::Comment ? '-' : m_state == State::CData ? ']' : '?';
                const int needed = m_state == State::Pi ? 1 : 2;
                if (c == '>' && m_run >= needed) {
                    m_state = State::Text;
                    m_token = 0;
                }
                m_run = c == mark ? m_run + 1 : 0;
                break;
            }
            }
        }
        return {};
    }
    qint64 line() const { return m_line; }

private:
    enum class State { Text, Open, Bang, Tag, Quoted, Comment, CData, Pi };
    QString tokenKind() const
    {
        switch (m_state) {
        case State::Text:
            return tr("a run of text");
        case State::Comment:
            return tr("a comment");
        case State::CData:
            return tr("a CDATA section");
        case State::Pi:
            return tr("a processing instruction");
        default:
            return tr("a tag");
        }
    }

    qint64 m_maxBytes;
    qint64 m_total = 0;
    qint64 m_token = 0;
    qint64 m_line = 1;
    State m_state = State::Text;
    char m_head[8] = {};
    int m_headLength = 0;
    int m_run = 0;
    int m_attributes = 0;
    int m_depth = 0;
    char m_quote = 0;
    char m_previous = 0;
    bool m_endTag = false;
};

// Reads a small part (workbook, relationships, styles) whole, through the same guard as the
// streamed parts: the XML reader is given it whole, but a tag of a million attributes would still
// take its quadratic duplicate check for ever. False when the part is missing or damaged; a part
// past the guard's caps sets *refused to why.
bool readWhole(unzFile zip, const QString &name, QByteArray *out, QString *refused = nullptr)
{
    PartStream part(zip);
    if (!part.open(name))
        return false;
    out->clear();
    XmlGuard guard(kMaxSmallPart);
    for (QByteArray chunk = part.next(); !chunk.isEmpty(); chunk = part.next()) {
        const QString problem = guard.feed(chunk.constData(), chunk.size());
        if (!problem.isEmpty()) {
            if (refused)
                *refused = tr("The workbook cannot be read as an extract: %1, line %2: %3.")
                               .arg(name)
                               .arg(guard.line())
                               .arg(problem);
            return false;
        }
        out->append(chunk);
    }
    return !part.failed;
}

// Feeds the part to the XML reader chunk by chunk; visit is called for every token and returns
// false to stop. Returns the error, empty when the part was read (or stopped) cleanly. row, when
// given, is the last row read, named in a refusal.
QString streamXml(unzFile zip, const QString &name, qint64 maxBytes,
                  const std::function<bool(QXmlStreamReader &)> &visit, const qint64 *row = nullptr)
{
    PartStream part(zip);
    if (!part.open(name))
        return tr("The workbook has no part %1.").arg(name);
    QXmlStreamReader xml;
    XmlGuard guard(maxBytes);
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
            const QString refused = guard.feed(chunk.constData(), chunk.size());
            if (!refused.isEmpty()) {
                if (row && *row > 0)
                    return tr("The workbook cannot be read as an extract: %1, line %2 (after row %3): %4.")
                        .arg(name)
                        .arg(guard.line())
                        .arg(*row)
                        .arg(refused);
                return tr("The workbook cannot be read as an extract: %1, line %2: %3.")
                    .arg(name)
                    .arg(guard.line())
                    .arg(refused);
            }
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
    QString refused;
    if (!readWhole(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), &rels, &refused))
        return refused.isEmpty() ? tr("The file is not an xlsx workbook (no workbook relationships).") : refused;
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
    if (!readWhole(zip, QStringLiteral("xl/workbook.xml"), &workbook, &refused))
        return refused.isEmpty() ? tr("The file is not an xlsx workbook (no xl/workbook.xml).") : refused;
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
QSet<int> readDateStyles(unzFile zip, QString *refused)
{
    QSet<int> dateStyles;
    QByteArray styles;
    if (!readWhole(zip, QStringLiteral("xl/styles.xml"), &styles, refused))
        return dateStyles; // no styles: no dates (a part past the caps: *refused)
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

// The shared strings as one UTF-8 block: string i is bytes [offsets[i], offsets[i + 1]).
struct SharedStrings {
    QByteArray text;
    std::vector<quint32> offsets{0};

    qsizetype size() const { return qsizetype(offsets.size()) - 1; }
    QString at(qsizetype i) const
    {
        const quint32 from = offsets[size_t(i)];
        return QString::fromUtf8(text.constData() + from, qsizetype(offsets[size_t(i) + 1] - from));
    }
};

QString readSharedStrings(unzFile zip, SharedStrings *strings)
{
    if (unzLocateFile(zip, "xl/sharedStrings.xml", 0) != UNZ_OK)
        return {}; // a workbook with inline strings only
    QString current;
    bool inSi = false, inT = false, inRph = false;
    QString tooMany;
    const QString error = streamXml(zip, QStringLiteral("xl/sharedStrings.xml"), kMaxSharedInflated,
                                    [&](QXmlStreamReader &xml) {
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
                // One character over the limit is kept, so that a cell using it is refused.
                strings->text.append(QStringView(current).left(kMaxCellLength + 1).toUtf8());
                if (strings->size() >= kMaxSharedStrings || strings->text.size() > kMaxSharedBytes) {
                    tooMany = tr("The workbook holds more shared text than an extract can.");
                    return false;
                }
                strings->offsets.push_back(quint32(strings->text.size()));
            } else if (xml.name() == QLatin1String("t")) {
                inT = false;
            } else if (xml.name() == QLatin1String("rPh")) {
                inRph = false;
            }
        } else if (xml.isCharacters() && inSi && inT && !inRph) {
            if (current.size() <= kMaxCellLength) // rich text runs: the rest is not kept
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

namespace {

// Only a regular file is opened: minizip would block on a named pipe. Empty when it is one.
QString notAFile(const QString &path)
{
    const QString problem = RegularFile::problem(path);
    if (problem.isEmpty())
        return {};
    return tr("%1 cannot be read: %2.").arg(QFileInfo(path).fileName(), problem);
}

QString outOfMemory()
{
    return tr("There was not enough memory to read the workbook; nothing was imported.");
}

QStringList sheetNames(const QString &path, QString *error)
{
    if (const QString problem = notAFile(path); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
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

ReadOutcome readSheet(const QString &path, const FileOptions &options, const RowHandler &onHeader,
                      const RowHandler &onRow)
{
    ReadOutcome outcome;
    outcome.error = notAFile(path);
    if (!outcome.error.isEmpty())
        return outcome;
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
    const QSet<int> dateStyles = readDateStyles(zip.get(), &outcome.error);
    if (!outcome.error.isEmpty())
        return outcome;
    SharedStrings shared;
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
    const QString error = streamXml(zip.get(), book.sheetParts.at(sheetIndex), kMaxSheetInflated,
                                    [&](QXmlStreamReader &xml) {
        const QStringView name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("row")) {
                // A row number is 1 to 1,048,576; without one the row follows the last.
                const QStringView written = xml.attributes().value(QLatin1String("r"));
                bool ok = true;
                const qint64 r = written.isEmpty() ? 0 : written.toLongLong(&ok);
                if (!ok || r < 0 || r > kMaxSheetRows || (r == 0 && rowNumber >= kMaxSheetRows)) {
                    failure = rowNumber > 0
                        ? tr("The row after row %1 has a row number outside 1 to 1,048,576.").arg(rowNumber)
                        : tr("The sheet's first row has a row number outside 1 to 1,048,576.");
                    return false;
                }
                if (r > 0 && r <= rowNumber) {
                    failure = tr("The row after row %1 is numbered %2: rows must come in order.")
                                  .arg(rowNumber)
                                  .arg(r);
                    return false;
                }
                rowNumber = r > 0 ? r : rowNumber + 1;
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
                    if (!ok || index < 0 || index >= shared.size()) {
                        failure = tr("Row %1, column %2: the cell refers to text the workbook does not have.")
                                      .arg(rowNumber)
                                      .arg(column);
                        return false;
                    }
                    value = shared.at(index);
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
    }, &rowNumber);
    outcome.error = failure.isEmpty() ? error : failure;
    if (outcome.error.isEmpty() && !stopped && !headerSeen)
        outcome.error = tr("The sheet has no row %1 to take the column names from.").arg(options.headerRow);
    outcome.ok = outcome.error.isEmpty();
    return outcome;
}

} // namespace

QStringList xlsxSheetNames(const QString &path, QString *error)
{
    try {
        return sheetNames(path, error);
    } catch (const std::bad_alloc &) {
        if (error)
            *error = outOfMemory();
        return {};
    }
}

ReadOutcome readXlsx(const QString &path, const FileOptions &options, const RowHandler &onHeader,
                     const RowHandler &onRow)
{
    // Whatever is in the workbook, memory stays bounded (the caps above); an allocation that
    // fails all the same (a machine short of memory) is a refusal, never an abort.
    try {
        return readSheet(path, options, onHeader, onRow);
    } catch (const std::bad_alloc &) {
        ReadOutcome outcome;
        outcome.error = outOfMemory();
        return outcome;
    }
}

} // namespace scwres::extract
