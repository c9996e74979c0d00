// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "TextLimits.h"

#include <QCoreApplication>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::TextLimits", text);
}

bool isLineBreakOrTab(char16_t u)
{
    return u == 0x09 || u == 0x0A || u == 0x0D;
}

// C0 and C1 controls and DEL: invisible, and most of them cannot be written to XML at all.
bool isControl(char16_t u)
{
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}

bool refused(char16_t u, TextKind kind)
{
    if (u == 0xFFFE || u == 0xFFFF)
        return true;
    if (!isControl(u))
        return false;
    return kind == TextKind::Name || !isLineBreakOrTab(u);
}

} // namespace

QString normalizedText(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QString textProblem(const QString &text, TextKind kind)
{
    const QString normal = normalizedText(text);
    for (const QChar c : normal)
        if (refused(c.unicode(), kind))
            return tr("contains a control character (U+%1), which cannot be kept or published")
                .arg(QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper());
    if (normal.size() > maxLength(kind))
        return tr("is %1 characters long; at most %2 are allowed").arg(normal.size()).arg(maxLength(kind));
    return {};
}

QString keepableText(const QString &text, TextKind kind)
{
    QString out;
    const QString normal = normalizedText(text);
    out.reserve(normal.size());
    for (const QChar c : normal) {
        const char16_t u = c.unicode();
        if (kind == TextKind::Name && isLineBreakOrTab(u))
            out.append(QLatin1Char(' '));
        else if (!refused(u, kind))
            out.append(c);
    }
    if (out.size() > maxLength(kind)) {
        out.truncate(maxLength(kind));
        if (out.back().isHighSurrogate())
            out.chop(1);
    }
    return out;
}

} // namespace scwres
