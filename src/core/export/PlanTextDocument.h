// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "export/DocumentWriter.h"
#include "export/PlanDocument.h"

class QTextDocument;

namespace scwres {

class ChartPainter;

// Lays the plan document out as a QTextDocument for DocumentWriter (PDF for sign-off, ODT for
// editing): headings with heading levels, tables with repeated header rows, lists, the
// "NOT YET SIGNED OFF" box, and the charts (vectors in the PDF, pictures in the ODT).
class PlanTextDocument final {
public:
    // document is cleared first. painter may be null: the charts are left out.
    static void fill(QTextDocument &document, const PlanDocument &plan, const ChartPainter *painter,
                     DocumentCharts::Target target);
};

} // namespace scwres
