// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QByteArray>
#include <QString>

namespace scwres {

// XML 1.0 (§2.2) cannot hold most C0 control characters, U+FFFE/U+FFFF or a lone surrogate, not
// even escaped: one of them in an authority name made LibreOffice refuse the whole ODT. Every XML
// writer of the program (ODT, DOCX, xlsx cells, the PDF's XMP) passes user text through here.
QString xmlSafeText(const QString &text);
// xmlSafeText, then &, <, >, " escaped, for text spliced into hand-written XML.
QString escapeXmlText(const QString &text);
// For XML that a library produced from unchecked text (Qt's ODF writer): the same characters
// removed from UTF-8 bytes. In UTF-8 a byte below 0x20 is always that control character itself,
// so this never cuts a multi-byte sequence.
QByteArray xmlSafeUtf8(const QByteArray &xml);

} // namespace scwres
