// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "XmlText.h"

namespace scwres {

namespace {

bool allowedControl(char16_t u)
{
    return u == 0x09 || u == 0x0A || u == 0x0D;
}

} // namespace

QString xmlSafeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x20 && !allowedControl(u))
            continue;
        if (u == 0xFFFE || u == 0xFFFF)
            continue;
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out.append(c);
                out.append(text.at(++i));
            }
            continue;
        }
        if (c.isLowSurrogate())
            continue; // a low surrogate without its high one
        out.append(c);
    }
    return out;
}

QString escapeXmlText(const QString &text)
{
    return xmlSafeText(text).toHtmlEscaped();
}

QByteArray xmlSafeUtf8(const QByteArray &xml)
{
    QByteArray out;
    out.reserve(xml.size());
    for (qsizetype i = 0; i < xml.size(); ++i) {
        const auto b = static_cast<unsigned char>(xml.at(i));
        if (b < 0x20 && !allowedControl(b))
            continue;
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        if (b == 0xEF && i + 2 < xml.size() && static_cast<unsigned char>(xml.at(i + 1)) == 0xBF
            && (static_cast<unsigned char>(xml.at(i + 2)) & 0xFE) == 0xBE) {
            i += 2;
            continue;
        }
        out.append(xml.at(i));
    }
    return out;
}

} // namespace scwres
