// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// CSV extracts through libcsv. The bytes are split by libcsv first and each field decoded after,
// which is safe for both encodings accepted: in UTF-8 and Windows-1252 the delimiters, the quote
// and the line ends are single ASCII bytes that never occur inside another character.
#include "ExtractReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QScopeGuard>
#include <QStringDecoder>

#include <csv.h>

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

void onField(void *data, size_t length, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    if (state->stop)
        return;
    const int column = int(state->cells.size()) + 1;
    if (state->cells.size() >= kMaxCells) {
        state->fail(tr("Row %1 has more than %2 columns.").arg(state->row + 1).arg(kMaxCells));
        return;
    }
    const char *bytes = static_cast<const char *>(data);
    QString text;
    if (bytes == nullptr || length == 0) {
        // empty field
    } else if (isAscii(bytes, length)) {
        text = QString::fromLatin1(bytes, qsizetype(length));
    } else {
        text = state->decoder->decode(QByteArrayView(bytes, qsizetype(length)));
        if (state->decoder->hasError()) {
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

void onRecord(int terminator, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    if (state->stop)
        return;
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

// Only the space is trimmed around unquoted fields: libcsv's default also trims tabs, which
// would make the tab delimiter vanish.
int isSpace(unsigned char c)
{
    return c == ' ' ? 1 : 0;
}

} // namespace

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

ReadOutcome readCsv(QIODevice &device, const FileOptions &options, const RowHandler &onHeader,
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
    QString encoding = options.encoding;
    if (encoding.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
        encoding = detectEncoding(first);
    const bool windows1252 = encoding.compare(QLatin1String("Windows-1252"), Qt::CaseInsensitive) == 0
        || encoding.compare(QLatin1String("cp1252"), Qt::CaseInsensitive) == 0;
    if (!windows1252 && encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
        outcome.error = tr("The encoding must be UTF-8 or Windows-1252.");
        return outcome;
    }
    QStringDecoder decoder = windows1252 ? QStringDecoder("windows-1252") : QStringDecoder(QStringDecoder::Utf8);
    if (!decoder.isValid()) {
        outcome.error = tr("This build of Qt cannot decode Windows-1252.");
        return outcome;
    }
    if (!windows1252 && first.startsWith("\xEF\xBB\xBF"))
        first.remove(0, 3);

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

    QByteArray chunk = first;
    while (!state.stop) {
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
        chunk = device.read(64 * 1024);
        if (chunk.isEmpty() && device.atEnd())
            break;
        if (chunk.isEmpty()) {
            state.fail(tr("The file could not be read: %1").arg(device.errorString()));
            break;
        }
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

ReadOutcome readExtractFile(const QString &path, const FileOptions &options, const RowHandler &onHeader,
                            const RowHandler &onRow)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return readXlsx(path, options, onHeader, onRow);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadOutcome outcome;
        outcome.error = tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return outcome;
    }
    return readCsv(file, options, onHeader, onRow);
}

} // namespace scwres::extract
