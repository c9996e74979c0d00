// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
// The body of the action plan's Word document (word/document.xml) and the pictures it refers
// to; PlanDocxWriter.cpp wraps them in the package's other parts. Not for other callers.
#pragma once

#include "export/PlanDocument.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace scwres {

class ChartPainter;

namespace docx {

inline const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

struct Picture {
    QString relId;
    QString partName; // "media/chart1.png"
    QString altText;
    QByteArray png;
    qint64 cx = 0; // EMU
    qint64 cy = 0;
};

struct Body {
    QByteArray xml;                // word/document.xml
    std::vector<Picture> pictures; // word/media/…, with the relationship ids the body uses
};

Body writeBody(const PlanDocument &document, const ChartPainter *painter);

} // namespace docx

} // namespace scwres
