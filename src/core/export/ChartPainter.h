// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ChartData.h"

#include <QImage>
#include <QRectF>
#include <QSize>

#include <variant>

class QPainter;

namespace scwres {

// One chart of a report, as the prepared data the dashboard draws from (ChartData.h).
using ChartSpec =
    std::variant<PayBandChartData, LikelihoodChartData, ForestPlotData, TrendChartData, SeniorManagerChartData>;

// Draws report charts for the exports. The core cannot link Qt Charts, so the exports take this
// interface and the app supplies the dashboard's own charts (app/charts/QtChartPainter): a chart
// is drawn once, not written twice. An export given no painter (nullptr) leaves its charts out.
class ChartPainter {
public:
    virtual ~ChartPainter() = default;

    // Paints chart into target (painter coordinates; on a QPdfWriter these are device pixels at
    // the writer's resolution). Implementations lay the chart out as on a 96 dpi screen scaled to
    // the target, so its text keeps its point size at any resolution, and draw vectors, so a PDF
    // chart stays sharp. Colours are for paper: dark text on white, whatever the desktop theme.
    virtual void paint(QPainter &painter, const QRectF &target, const ChartSpec &chart) const = 0;

    // A raster copy for formats that hold only images (ODT): size in 96 dpi pixels, drawn at
    // scale times that for print sharpness. White background.
    QImage toImage(const ChartSpec &chart, QSize size, qreal scale = 2.0) const;
};

} // namespace scwres
