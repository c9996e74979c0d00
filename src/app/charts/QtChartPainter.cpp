// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "QtChartPainter.h"

#include "ChartRenderer.h"

#include <QChart>
#include <QPainter>

#include <algorithm>

namespace scwres {

namespace {

// Characters per title line before it wraps.
constexpr int kTitleLineLength = 80;
// The dashboard's charts are laid out for a window; on a page they are laid out this wide (96 dpi
// pixels) and scaled down to fit, so labels keep their room and print at a smaller size.
constexpr qreal kLayoutWidth = 900;

} // namespace

QtChartPainter::QtChartPainter()
    : m_factory(paperPalette(), kTitleLineLength)
{
}

ChartPalette QtChartPainter::paperPalette()
{
    ChartPalette palette;
    palette.text = QColor(0x1a, 0x1a, 0x1a);
    palette.background = QColor(0xff, 0xff, 0xff);
    palette.grid = QColor(0xc8, 0xc8, 0xc8);
    return palette;
}

void QtChartPainter::paint(QPainter &painter, const QRectF &target, const ChartSpec &chart) const
{
    std::unique_ptr<QChart> built = std::visit(
        [this](const auto &data) -> std::unique_ptr<QChart> {
            using T = std::decay_t<decltype(data)>;
            if constexpr (std::is_same_v<T, PayBandChartData>)
                return m_factory.payBands(data);
            else if constexpr (std::is_same_v<T, LikelihoodChartData>)
                return m_factory.likelihoods(data);
            else if constexpr (std::is_same_v<T, ForestPlotData>)
                return m_factory.forestPlot(data);
            else if constexpr (std::is_same_v<T, TrendChartData>)
                return m_factory.trend(data);
            else
                return m_factory.seniorManagers(data);
        },
        chart);
    if (!built)
        return;
    // A print chart has no drop shadow or rounded plot: flat, like the rest of the page.
    built->setDropShadowEnabled(false);
    built->setBackgroundRoundness(0);
    const qreal scale = std::max<qreal>(1.0, kLayoutWidth / target.width());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(1 / scale, 1 / scale);
    ChartRenderer::render(std::move(built), painter, QRectF(QPointF(0, 0), target.size() * scale));
    painter.restore();
}

} // namespace scwres
