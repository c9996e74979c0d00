// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "BarValueLabels.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QGraphicsSimpleTextItem>

#include <cmath>

namespace scwres {

namespace {
constexpr double kGap = 4; // pixels between a bar's end and its text
} // namespace

BarValueLabels::BarValueLabels(QChart &chart, QAbstractBarSeries &series, Layout layout)
    : QObject(&chart)
    , m_chart(chart)
    , m_series(series)
    , m_layout(layout)
{
}

BarValueLabels *BarValueLabels::attach(QChart &chart, QAbstractBarSeries &series, Layout layout, const QColor &colour,
                                       TextFor text)
{
    series.setLabelsVisible(false);
    auto *labels = new BarValueLabels(chart, series, layout);
    const QList<QBarSet *> sets = series.barSets();
    for (int s = 0; s < sets.size(); ++s) {
        for (int i = 0; i < sets[s]->count(); ++i) {
            const QString t = text(s, i);
            if (t.isEmpty())
                continue;
            auto *item = new QGraphicsSimpleTextItem(t, &chart);
            item->setBrush(layout == Layout::Stacked ? QBrush(sets[s]->labelColor()) : QBrush(colour));
            item->setFont(sets[s]->labelFont());
            item->setZValue(10); // above the bars
            labels->m_items.push_back(item);
            labels->m_bars.emplace_back(s, i);
        }
    }
    QObject::connect(&chart, &QChart::plotAreaChanged, labels, &BarValueLabels::place);
    labels->place();
    return labels;
}

void BarValueLabels::place()
{
    const bool horizontal = m_series.type() == QAbstractSeries::SeriesTypeHorizontalBar
        || m_series.type() == QAbstractSeries::SeriesTypeHorizontalStackedBar
        || m_series.type() == QAbstractSeries::SeriesTypeHorizontalPercentBar;
    const QList<QBarSet *> sets = m_series.barSets();
    const double width = m_series.barWidth();
    const int setCount = static_cast<int>(sets.size());
    // The domain point of (value, category) on the series' own axes.
    auto at = [&](double value, double category) {
        return m_chart.mapToPosition(horizontal ? QPointF(value, category) : QPointF(category, value), &m_series);
    };
    for (std::size_t k = 0; k < m_items.size(); ++k) {
        const auto [s, i] = m_bars[k];
        QGraphicsSimpleTextItem *item = m_items[k];
        const QRectF box = item->boundingRect();
        const double value = sets[s]->at(i);
        if (m_layout == Layout::Grouped) {
            // Qt Charts splits the category's bar width evenly between the sets, first set first.
            const double category = i - width / 2 + width / setCount * (s + 0.5);
            const QPointF end = at(value, category);
            item->setPos(horizontal ? QPointF(end.x() + kGap, end.y() - box.height() / 2)
                                    : QPointF(end.x() - box.width() / 2, end.y() - kGap - box.height()));
            item->setVisible(true);
            continue;
        }
        double below = 0;
        for (int t = 0; t < s; ++t)
            below += sets[t]->at(i);
        const QPointF from = at(below, i);
        const QPointF to = at(below + value, i);
        const QPointF middle = (from + to) / 2;
        const double room = horizontal ? std::abs(to.x() - from.x()) : std::abs(to.y() - from.y());
        const double needed = horizontal ? box.width() + 2 : box.height();
        item->setPos(middle.x() - box.width() / 2, middle.y() - box.height() / 2);
        // A segment too thin for its text keeps it in the table and the tooltip, never overprinted.
        item->setVisible(room >= needed);
    }
}

} // namespace scwres
