// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ChartFactory.h"

#include "export/ChartPainter.h"

namespace scwres {

// The dashboard's own charts (ChartFactory, ChartRenderer) for the exports: what the council
// prints is what the programme lead saw on screen, in paper colours.
class QtChartPainter final : public ChartPainter {
public:
    QtChartPainter();

    void paint(QPainter &painter, const QRectF &target, const ChartSpec &chart) const override;

    // Dark text on white with a light grid: a report is read on paper or as a PDF page, whatever
    // the desktop theme the program runs in.
    static ChartPalette paperPalette();

private:
    ChartFactory m_factory;
};

} // namespace scwres
