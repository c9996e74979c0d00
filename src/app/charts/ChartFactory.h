// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ChartData.h"
#include "ChartPalette.h"

#include <QCoreApplication>

#include <memory>

class QAbstractAxis;
class QChart;

namespace scwres {

// Turns prepared chart data (core/ChartData.h) into Qt Charts objects. Needs no widget: the
// dashboard puts the chart in a QChartView, the exports render it into a QPainter
// (ChartRenderer). Every chart gets a title, axis titles with units and a legend, and no
// animation, so that what is saved is what is shown.
//
// Series carry object names so that tests and accessibility tools can find them:
// pay bands "minorityEthnic", "white", "unknown" (bar sets), "workforceShare", "nationalShare";
// likelihoods "minorityEthnic", "white" (bar sets); forest plot "withinRange",
// "adverseToMinorityEthnic", "adverseToWhite" (points), "interval" (whiskers), "range", "parity",
// "national" (a reference line, when given), "highlighted" (the own authority's star);
// trend "authority", "national", "range"; senior managers "percentMinorityEthnic" (bar set).
class ChartFactory final {
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    // titleLineLength: titles longer than this many characters wrap onto more lines (0: never),
    // for charts drawn narrow.
    explicit ChartFactory(ChartPalette palette, int titleLineLength = 0);

    std::unique_ptr<QChart> payBands(const PayBandChartData &data) const;
    std::unique_ptr<QChart> likelihoods(const LikelihoodChartData &data) const;
    std::unique_ptr<QChart> forestPlot(const ForestPlotData &data) const;
    std::unique_ptr<QChart> trend(const TrendChartData &data) const;
    std::unique_ptr<QChart> seniorManagers(const SeniorManagerChartData &data) const;

    // The legend at the right of a wide chart, its entries wrapped at lineLength characters: the
    // plot then keeps the height its rows need (the dashboard's forest plot on a laptop).
    static void placeLegendBeside(QChart &chart, int lineLength = 24);
    // The legend's entries wrapped at lineLength characters (a chart as wide as the window).
    static void wrapLegendAt(QChart &chart, int lineLength);
    // For a narrow pane: a forest plot's row labels wrapped at lineLength characters, and no
    // title on the category axis (it was drawn over the labels; the chart's title names the rows).
    static void fitCategoriesToNarrowPane(QChart &chart, int lineLength = 22);

private:
    std::unique_ptr<QChart> newChart(const ChartLabels &labels) const;
    void styleAxis(QAbstractAxis *axis, const QString &title) const;

    ChartPalette m_palette;
    int m_titleLineLength = 0;
};

} // namespace scwres
