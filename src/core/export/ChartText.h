// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "export/ChartPainter.h"

#include "ChartData.h"

#include <QCoreApplication>
#include <QString>

namespace scwres {

// What a chart shows, in words and as a table, for readers who cannot see it: every export
// prints the summary line under the chart (PDF, ODT, DOCX, HTML) and the HTML page puts the
// table beside it. Both come from the chart's own (already suppressed) data, so they say exactly
// what the chart draws.
class ChartText final {
    Q_DECLARE_TR_FUNCTIONS(ChartText)

public:
    // One sentence: "Relative likelihoods of 8 metrics: 5 within the non-adverse range, …".
    static QString summary(const ChartSpec &chart);
    // The chart's figures (ChartData's table()), a bar with nothing drawn shown as "—".
    static ChartTable figures(const ChartSpec &chart);
    static QString title(const ChartSpec &chart);
};

} // namespace scwres
