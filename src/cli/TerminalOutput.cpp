// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "TerminalOutput.h"

namespace scwres::cli {

namespace {

void appendEscape(QByteArray &out, unsigned codePoint)
{
    static const char hex[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hex[(codePoint >> shift) & 0xF];
}

} // namespace

QByteArray escapeTerminalBytes(const QByteArray &bytes, QByteArray *pending)
{
    const QByteArray in = *pending + bytes;
    pending->clear();
    QByteArray out;
    out.reserve(in.size());
    const auto *s = reinterpret_cast<const unsigned char *>(in.constData());
    const qsizetype n = in.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            appendEscape(out, c);
            ++i;
        } else if (c == 0xC2 || c == 0xE2) {
            // C1 controls are C2 80..C2 9F; the others are E2 80 A8..AE and E2 81 A6..A9.
            const qsizetype length = c == 0xC2 ? 2 : 3;
            if (n - i < length) {
                *pending = in.mid(i); // finished by the next write
                break;
            }
            unsigned codePoint = 0;
            if (c == 0xC2)
                codePoint = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
            else
                codePoint = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
            const bool valid = (s[i + 1] & 0xC0) == 0x80 && (length == 2 || (s[i + 2] & 0xC0) == 0x80);
            const bool escaped = valid
                && ((codePoint >= 0x80 && codePoint <= 0x9F) || (codePoint >= 0x2028 && codePoint <= 0x202E)
                    || (codePoint >= 0x2066 && codePoint <= 0x2069));
            if (escaped) {
                appendEscape(out, codePoint);
                i += length;
            } else {
                out += char(c);
                ++i;
            }
        } else {
            out += char(c);
            ++i;
        }
    }
    return out;
}

QString tabSeparatedField(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\u0009");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\u000a");
        else
            out += c; // the rest is escaped on its way out (TerminalOutput)
    }
    return out;
}

TerminalOutput::TerminalOutput(FILE *stream)
{
    m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalOutput::~TerminalOutput()
{
    if (!m_pending.isEmpty()) {
        QByteArray rest;
        rest.swap(m_pending);
        m_file.write(rest); // a character never finished: nothing to escape in it
    }
    m_file.flush();
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    const QByteArray escaped = escapeTerminalBytes(QByteArray(data, qsizetype(size)), &m_pending);
    if (!escaped.isEmpty() && m_file.write(escaped) != escaped.size())
        return -1;
    m_file.flush();
    return size;
}

} // namespace scwres::cli
