// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ChartPalette.h"
#include "MetricEngine.h"

#include <QString>

class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QBarSet;
class QChart;
class QColor;
class QScatterSeries;

namespace scwres::chartparts {

// The pieces ChartFactory builds its charts from (ChartFactory.cpp, ChartFactoryIntervals.cpp).

void hideFromLegend(QChart &chart, QAbstractSeries *series);
void attach(QChart &chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y);
// A filled band between two values of y across [from, to] (or of x when vertical): the
// non-adverse range, named "Range 0.80–1.25" in the legend.
QAreaSeries *rangeBand(const NonAdverseRange &range, double from, double to, bool vertical);
QBarSet *percentSet(const QString &name, const QString &objectName, const QColor &colour);
// Joins words into lines of at most length characters with <br> (Qt Charts titles and labels
// take HTML); a single longer word keeps its own line.
QString wrapWords(const QString &text, int length);
// Every legend entry wrapped at lineLength characters.
void wrapLegend(QChart &chart, int lineLength);
// Legend entries and bar categories wrapped for a narrow chart; swatches shaped as their series.
void wrapLabels(QChart &chart);
double clampTo(double value, double lo, double hi);
// A legend entry that is a note, not a series: an empty scatter series with only a name.
QScatterSeries *legendNote(const QString &text);

} // namespace scwres::chartparts
