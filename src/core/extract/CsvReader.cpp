// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// CSV extracts through libcsv. The bytes are split by libcsv first and each field decoded after,
// which is safe for both encodings accepted: in UTF-8 and Windows-1252 the delimiters, the quote
// and the line ends are single ASCII bytes that never occur inside another character. Each field
// is decoded on its own (issue 37): a character cut at a field's end is an error naming the row
// and column, never carried over into the next field. A file with a UTF-16 or UTF-32 byte order
// mark is turned into UTF-8 chunk by chunk before libcsv sees it.
#include "ExtractReader.h"
#include "RegularFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QScopeGuard>
#include <QStringDecoder>

#include <csv.h>

#include <cstring>
#include <exception>
#include <new>
#include <optional>

namespace scwres::extract {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::extract::CsvReader", text);
}

struct ParseState {
    const FileOptions *options = nullptr;
    const RowHandler *onHeader = nullptr;
    const RowHandler *onRow = nullptr;
    QStringDecoder *decoder = nullptr;
    bool windows1252 = false;
    QStringList cells;
    qint64 row = 0; // the record being read, 1-based
    qint64 rowsRead = 0;
    int lastTerminator = 0;
    bool fieldSeen = false;
    bool stop = false;
    QString error;

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        stop = true;
    }
};

bool isAscii(const char *data, size_t length)
{
    for (size_t i = 0; i < length; ++i)
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return false;
    return true;
}

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no
// character cut short at the end.
bool isUtf8(const unsigned char *s, size_t length)
{
    size_t i = 0;
    while (i < length) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (length - i <= size_t(more))
            return false;
        for (int k = 1; k <= more; ++k) {
            const unsigned char next = s[i + size_t(k)];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                return false;
        }
        i += size_t(more) + 1;
    }
    return true;
}

QString outOfMemory()
{
    return QCoreApplication::translate("scwres::extract::CsvReader",
                                       "There was not enough memory to read the file; nothing was imported.");
}

void onFieldUnsafe(ParseState *state, void *data, size_t length)
{
    const int column = int(state->cells.size()) + 1;
    if (state->cells.size() >= kMaxCells) {
        state->fail(tr("Row %1 has more than %2 columns.").arg(state->row + 1).arg(kMaxCells));
        return;
    }
    const char *bytes = static_cast<const char *>(data);
    QString text;
    if (bytes == nullptr || length == 0) {
        // empty field
    } else if (std::memchr(bytes, 0, length) != nullptr) {
        state->fail(tr("Row %1, column %2: the text holds a NUL character, which a CSV file never has.")
                        .arg(state->row + 1)
                        .arg(column));
        return;
    } else if (isAscii(bytes, length)) {
        text = QString::fromLatin1(bytes, qsizetype(length));
    } else if (state->windows1252) {
        // A single-byte code: no state is carried from one field to the next.
        text = state->decoder->decode(QByteArrayView(bytes, qsizetype(length)));
    } else {
        if (isUtf8(reinterpret_cast<const unsigned char *>(bytes), length))
            text = QString::fromUtf8(bytes, qsizetype(length));
        else {
            // The value itself is never echoed: it may be a name.
            state->fail(tr("Row %1, column %2: the text is not valid UTF-8; choose the Windows-1252 encoding "
                           "if the file came from an older HR system.")
                            .arg(state->row + 1)
                            .arg(column));
            return;
        }
    }
    if (text.size() > kMaxCellLength) {
        state->fail(tr("Row %1, column %2: the cell is longer than %3 characters.")
                        .arg(state->row + 1)
                        .arg(column)
                        .arg(kMaxCellLength));
        return;
    }
    state->cells.append(text);
    state->fieldSeen = true;
}

void onRecordUnsafe(ParseState *state, int terminator)
{
    // CSV_REPALL_NL reports every line end, so a blank line still counts as a row (as a
    // spreadsheet numbers it); the LF of a CR LF pair is not a second one.
    const bool empty = !state->fieldSeen;
    const bool lfOfCrLf = empty && terminator == '\n' && state->lastTerminator == '\r';
    state->lastTerminator = terminator;
    state->fieldSeen = false;
    if (lfOfCrLf)
        return;
    ++state->row;
    // The handler reads the cells and lets go of them, so the list (and its capacity) is reused.
    QStringList &cells = state->cells;
    const auto clearCells = qScopeGuard([&cells] { cells.clear(); });
    const int headerRow = state->options->headerRow;
    if (state->row < headerRow)
        return;
    if (state->row == headerRow) {
        if (!(*state->onHeader)(state->row, cells))
            state->stop = true;
        return;
    }
    // A line with nothing on it is not a person (HR systems end files with one or two).
    if (cells.isEmpty() || (cells.size() == 1 && cells.first().isEmpty()))
        return;
    ++state->rowsRead;
    if (!(*state->onRow)(state->row, cells))
        state->stop = true;
}

// libcsv is C: nothing may be thrown through it. An exception (out of memory, in the reader or a
// handler) stops the read with a reason.
void onField(void *data, size_t length, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    if (state->stop)
        return;
    try {
        onFieldUnsafe(state, data, length);
    } catch (const std::bad_alloc &) {
        state->fail(outOfMemory());
    } catch (const std::exception &) {
        state->fail(tr("Row %1 could not be read.").arg(state->row + 1));
    }
}

void onRecord(int terminator, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    if (state->stop)
        return;
    try {
        onRecordUnsafe(state, terminator);
    } catch (const std::bad_alloc &) {
        state->fail(outOfMemory());
    } catch (const std::exception &) {
        state->fail(tr("Row %1 could not be read.").arg(state->row));
    }
}

// Only the space is trimmed around unquoted fields: libcsv's default also trims tabs, which
// would make the tab delimiter vanish.
int isSpace(unsigned char c)
{
    return c == ' ' ? 1 : 0;
}

struct UnicodeBom {
    QStringConverter::Encoding encoding = QStringConverter::Utf8; // Utf8: none of the below
    qsizetype length = 0;
    int unit = 1;
    const char *name = "";
};

// UTF-32 first: its little-endian mark begins with UTF-16LE's.
UnicodeBom unicodeBom(const QByteArray &start)
{
    if (start.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return {QStringConverter::Utf32LE, 4, 4, "UTF-32LE"};
    if (start.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return {QStringConverter::Utf32BE, 4, 4, "UTF-32BE"};
    if (start.startsWith("\xFF\xFE"))
        return {QStringConverter::Utf16LE, 2, 2, "UTF-16LE"};
    if (start.startsWith("\xFE\xFF"))
        return {QStringConverter::Utf16BE, 2, 2, "UTF-16BE"};
    return {};
}

} // namespace

QString canonicalEncoding(const QString &label)
{
    const QString l = label.trimmed().toLower();
    if (l == QLatin1String("auto"))
        return QStringLiteral("auto");
    if (l == QLatin1String("utf-8") || l == QLatin1String("utf8") || l == QLatin1String("unicode-1-1-utf-8"))
        return QStringLiteral("UTF-8");
    // The WHATWG Encoding Standard's labels for windows-1252: what a browser (and Excel) means by
    // "Latin-1" or "ISO-8859-1" is this code page, whose 0x80-0x9F hold € ‘ ’ “ ” – —.
    static const char *const windows1252[] = {"windows-1252", "cp1252", "x-cp1252", "latin1", "iso-8859-1",
                                              "iso8859-1", "iso_8859-1", "l1", "ascii", "us-ascii",
                                              "ansi_x3.4-1968", "cp819", "ibm819"};
    for (const char *name : windows1252)
        if (l == QLatin1String(name))
            return QStringLiteral("Windows-1252");
    return {};
}

QString detectEncoding(const QByteArray &sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    QStringDecoder utf8(QStringDecoder::Utf8);
    // The sample may end inside a character: only a fault before its last 3 bytes counts.
    const QByteArray head = sample.size() > 4 ? sample.left(sample.size() - 3) : sample;
    const QString decoded = utf8.decode(head); // decode() is lazy: only a QString runs it
    Q_UNUSED(decoded);
    return utf8.hasError() ? QStringLiteral("Windows-1252") : QStringLiteral("UTF-8");
}

QChar guessDelimiter(const QByteArray &sample)
{
    const qsizetype end = sample.indexOf('\n');
    const QByteArray line = end < 0 ? sample : sample.left(end);
    QChar best = QLatin1Char(',');
    qsizetype bestCount = 0;
    for (char c : {',', ';', '\t'}) {
        const qsizetype count = line.count(c);
        if (count > bestCount) {
            best = QLatin1Char(c);
            bestCount = count;
        }
    }
    return best;
}

namespace {

ReadOutcome readCsvUnsafe(QIODevice &device, const FileOptions &options, const RowHandler &onHeader,
                          const RowHandler &onRow)
{
    ReadOutcome outcome;
    const QChar delimiter = options.delimiter;
    if (delimiter != QLatin1Char(',') && delimiter != QLatin1Char(';') && delimiter != QLatin1Char('\t')) {
        outcome.error = tr("The delimiter must be a comma, a semicolon or a tab.");
        return outcome;
    }
    if (options.headerRow < 1) {
        outcome.error = tr("The header row counts from 1.");
        return outcome;
    }
    QByteArray first = device.read(64 * 1024);
    // A byte order mark wins over the profile's label (as in the WHATWG Encoding Standard):
    // Excel's "Unicode Text" is UTF-16LE with one.
    const UnicodeBom bom = unicodeBom(first);
    QString encoding = canonicalEncoding(options.encoding);
    if (encoding.isEmpty()) {
        outcome.error = tr("The encoding must be UTF-8 or Windows-1252.");
        return outcome;
    }
    if (bom.encoding != QStringConverter::Utf8)
        encoding = QStringLiteral("UTF-8"); // what the transcoder below hands libcsv
    else if (encoding == QLatin1String("auto"))
        encoding = detectEncoding(first);
    const bool windows1252 = encoding == QLatin1String("Windows-1252");
    // Without a byte order mark, UTF-16 and UTF-32 text is full of NUL bytes, which no CSV has.
    if (bom.encoding == QStringConverter::Utf8 && first.contains('\0')) {
        outcome.error = tr("The file holds NUL bytes: it looks like UTF-16 or UTF-32 text without a byte order "
                           "mark, which cannot be read. Save it as \"CSV UTF-8\".");
        return outcome;
    }
    QStringDecoder decoder = windows1252 ? QStringDecoder("windows-1252") : QStringDecoder(QStringDecoder::Utf8);
    if (!decoder.isValid()) {
        outcome.error = tr("This build of Qt cannot decode Windows-1252.");
        return outcome;
    }
    std::optional<QStringDecoder> unicode;
    if (bom.encoding != QStringConverter::Utf8) {
        unicode.emplace(bom.encoding);
        first.remove(0, bom.length);
    } else if (!windows1252 && first.startsWith("\xEF\xBB\xBF")) {
        first.remove(0, 3);
    }
    // UTF-16/32 to UTF-8, chunk by chunk (the decoder keeps a character cut by a chunk's end).
    qint64 unicodeBytes = 0;
    auto transcode = [&](const QByteArray &chunk, bool last, QString *error) -> QByteArray {
        if (!unicode)
            return chunk;
        unicodeBytes += chunk.size();
        const QString text = unicode->decode(chunk);
        if (unicode->hasError() || (last && unicodeBytes % bom.unit != 0)) {
            *error = tr("The file is not valid %1 text (it starts with that encoding's byte order mark).")
                         .arg(bom.name);
            return {};
        }
        return text.toUtf8();
    };

    csv_parser parser;
    if (csv_init(&parser, CSV_REPALL_NL) != 0) {
        outcome.error = tr("Out of memory.");
        return outcome;
    }
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter.toLatin1()));
    csv_set_space_func(&parser, isSpace);

    ParseState state;
    state.options = &options;
    state.onHeader = &onHeader;
    state.onRow = &onRow;
    state.decoder = &decoder;
    state.windows1252 = windows1252;

    QString transcodeError;
    QByteArray chunk = transcode(first, device.atEnd(), &transcodeError);
    while (!state.stop) {
        if (!transcodeError.isEmpty()) {
            state.fail(transcodeError);
            break;
        }
        if (unicode && chunk.contains('\0')) {
            state.fail(tr("Row %1: the text holds a NUL character, which a CSV file never has.").arg(state.row + 1));
            break;
        }
        if (!chunk.isEmpty()) {
            const size_t done = csv_parse(&parser, chunk.constData(), size_t(chunk.size()), onField, onRecord, &state);
            if (done != size_t(chunk.size()) && !state.stop) {
                state.fail(tr("Row %1 could not be read: %2.")
                               .arg(state.row + 1)
                               .arg(QString::fromLatin1(csv_strerror(csv_error(&parser)))));
                break;
            }
            // libcsv keeps the row being read in its buffer: a quote never closed would grow it
            // to the whole file.
            if (csv_get_buffer_size(&parser) > size_t(kMaxRowBytes)) {
                state.fail(tr("Row %1 is longer than 1 MB; is a quote left open?").arg(state.row + 1));
                break;
            }
        }
        if (device.atEnd())
            break;
        const QByteArray raw = device.read(64 * 1024);
        if (raw.isEmpty() && device.atEnd())
            break;
        if (raw.isEmpty()) {
            state.fail(tr("The file could not be read: %1").arg(device.errorString()));
            break;
        }
        chunk = transcode(raw, device.atEnd(), &transcodeError);
    }
    if (!state.stop)
        csv_fini(&parser, onField, onRecord, &state);
    csv_free(&parser);
    outcome.rowsRead = state.rowsRead;
    outcome.error = state.error;
    outcome.ok = state.error.isEmpty();
    if (outcome.ok && state.row < options.headerRow) {
        outcome.ok = false;
        outcome.error = tr("The file has no row %1 to take the column names from.").arg(options.headerRow);
    }
    return outcome;
}

} // namespace

ReadOutcome readCsv(QIODevice &device, const FileOptions &options, const RowHandler &onHeader,
                    const RowHandler &onRow)
{
    try {
        return readCsvUnsafe(device, options, onHeader, onRow);
    } catch (const std::bad_alloc &) {
        ReadOutcome outcome;
        outcome.error = outOfMemory();
        return outcome;
    }
}

ReadOutcome readExtractFile(const QString &path, const FileOptions &options, const RowHandler &onHeader,
                            const RowHandler &onRow)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return readXlsx(path, options, onHeader, onRow);
    QFile file;
    ReadOutcome outcome;
    if (!RegularFile::open(file, path, &outcome.error))
        return outcome;
    return readCsv(file, options, onHeader, onRow);
}

} // namespace scwres::extract
