// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QColor>
#include <QObject>

#include <functional>
#include <vector>

class QAbstractBarSeries;
class QChart;
class QGraphicsSimpleTextItem;

namespace scwres {

// The figure printed on each bar, in the program's one format (FigureFormat.h). Qt Charts' own
// bar labels print "@value" with significant digits ("30%" beside "16.7%", "2.86%"), which the
// rule forbids, and take no per-bar text in Qt 6.4; so the labels are text items of the chart,
// placed on its plot through mapToPosition whenever the plot area moves.
class BarValueLabels final : public QObject {
    Q_OBJECT

public:
    enum class Layout {
        Grouped, // bars side by side: the text just beyond the bar's end
        Stacked, // segments on top of each other: the text inside the segment, when it fits
    };
    using TextFor = std::function<QString(int set, int index)>; // "" leaves a bar unlabelled

    static BarValueLabels *attach(QChart &chart, QAbstractBarSeries &series, Layout layout, const QColor &colour,
                                  TextFor text);

    // For the tests: every label item, in set order then bar order.
    const std::vector<QGraphicsSimpleTextItem *> &items() const { return m_items; }

private:
    BarValueLabels(QChart &chart, QAbstractBarSeries &series, Layout layout);
    void place();

    QChart &m_chart;
    QAbstractBarSeries &m_series;
    Layout m_layout;
    std::vector<QGraphicsSimpleTextItem *> m_items; // owned by the chart
    std::vector<std::pair<int, int>> m_bars;        // (set, index) of each item
};

} // namespace scwres
