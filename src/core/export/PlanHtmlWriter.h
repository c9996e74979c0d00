// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "export/ChartPainter.h"
#include "export/PlanDocument.h"

#include <QByteArray>
#include <QString>

namespace scwres {

// The action plan's blocks (the ones the PDF, ODT and DOCX are written from) as one accessible,
// self-contained HTML page (export/HtmlPage.h).
class PlanHtmlWriter final {
public:
    static QByteArray html(const PlanDocument &plan, const ChartPainter *painter);
    // Written through SafeWrite; on failure *error = "Could not write “path”: reason."
    static bool write(const PlanDocument &plan, const QString &path, const ChartPainter *painter, QString *error);
};

} // namespace scwres
