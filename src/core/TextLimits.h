// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>

namespace scwres {

// The longest text the program keeps, documented in docs/return-format.md. Without a limit a
// 100,000-character name made a report take 102 s; no council name, grade or person needs more
// than 200 characters, and 20,000 is about eight pages of a narrative.
inline constexpr int kMaxNameLength = 200;      // authority, code, pay band, people's names, titles
inline constexpr int kMaxFreeTextLength = 20000; // notes, narratives, actions, sources, reasons

enum class TextKind {
    Name,     // one line: no control characters at all
    FreeText, // may hold line breaks and tabs, no other control characters
};

inline int maxLength(TextKind kind)
{
    return kind == TextKind::Name ? kMaxNameLength : kMaxFreeTextLength;
}

// Text as the program keeps it: Unicode NFC, so "ü" typed as one character and as u + combining
// diaeresis are the same band or authority, not two that look alike.
QString normalizedText(const QString &text);

// Why the text cannot be kept (too long, a control character), as a phrase; empty when it can.
// Length is counted after NFC normalisation, in UTF-16 code units as Qt's editors count.
QString textProblem(const QString &text, TextKind kind);

// For editors: what a user typed or pasted, made keepable without asking: NFC, control
// characters removed (a name's line breaks become spaces), cut to the maximum length.
QString keepableText(const QString &text, TextKind kind);

} // namespace scwres
