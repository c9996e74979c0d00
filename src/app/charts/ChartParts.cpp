// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ChartParts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>

#include <algorithm>

namespace scwres::chartparts {

void hideFromLegend(QChart &chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart.legend()->markers(series))
        marker->setVisible(false);
}

void attach(QChart &chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart.addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// A filled band between two values of y across [x0, x1] (or of x across [y0, y1] when
// vertical): the non-adverse range.
QAreaSeries *rangeBand(const NonAdverseRange &range, double from, double to, bool vertical)
{
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    if (vertical) {
        upper->append(range.lower, to);
        upper->append(range.upper, to);
        lower->append(range.lower, from);
        lower->append(range.upper, from);
    } else {
        upper->append(from, range.upper);
        upper->append(to, range.upper);
        lower->append(from, range.lower);
        lower->append(to, range.lower);
    }
    auto *area = new QAreaSeries(upper, lower);
    // QAreaSeries does not take ownership of its lines: without a parent both leak with every
    // chart. Parented to the area, they go when the chart deletes its series.
    upper->setParent(area);
    lower->setParent(area);
    area->setObjectName(QStringLiteral("range"));
    area->setName(QCoreApplication::translate("scwres::ChartFactory", "Range %1–%2")
                      .arg(QString::number(range.lower, 'f', 2), QString::number(range.upper, 'f', 2)));
    QColor fill = ChartPalette::range();
    fill.setAlphaF(0.25);
    area->setBrush(fill);
    QColor edge = ChartPalette::range();
    edge.setAlphaF(0.6);
    area->setPen(QPen(edge, 1));
    return area;
}

QBarSet *percentSet(const QString &name, const QString &objectName, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setObjectName(objectName);
    set->setColor(colour);
    set->setBorderColor(colour.darker(140));
    // Labels sit on the bar; every Okabe–Ito colour used for bars is light enough for black.
    set->setLabelColor(Qt::black);
    return set;
}

// Joins words into lines of at most length characters with <br> (Qt Charts titles and labels
// take HTML); a single longer word keeps its own line.
QString wrapWords(const QString &text, int length)
{
    if (length <= 0 || text.size() <= length)
        return text.toHtmlEscaped();
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > length) {
            lines << line;
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines << line;
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

// A narrow panel would otherwise cut a legend entry or a category label short ("Minorit...",
// "£30,00..."): both take HTML, so long ones wrap onto more lines instead.
void wrapLegend(QChart &chart, int lineLength)
{
    for (QLegendMarker *marker : chart.legend()->markers()) {
        // From the series' own name (a bar set's label), so that a legend can be wrapped again
        // at another width.
        auto *bar = qobject_cast<QBarLegendMarker *>(marker);
        const QString name = bar ? bar->barset()->label() : marker->series() ? marker->series()->name() : marker->label();
        if (!name.contains(QLatin1Char('<')))
            marker->setLabel(wrapWords(name, lineLength));
    }
}

void wrapLabels(QChart &chart)
{
    constexpr int kLegendLine = 12;
    constexpr int kCategoryLine = 14;
    wrapLegend(chart, kLegendLine);
    for (QLegendMarker *marker : chart.legend()->markers()) {
        // A line's entry is a line, a star's a star: the swatch matches what the plot draws (bars
        // and the range band keep their filled squares).
        if (marker->type() == QLegendMarker::LegendMarkerTypeXY)
            marker->setShape(QLegend::MarkerShapeFromSeries);
    }
    for (QAbstractAxis *axis : chart.axes(Qt::Horizontal)) {
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories)
            continue;
        QStringList wrapped;
        for (const QString &label : categories->categories())
            wrapped << wrapWords(label, kCategoryLine);
        if (wrapped != categories->categories()) {
            categories->clear();
            categories->append(wrapped);
        }
    }
}

double clampTo(double value, double lo, double hi)
{
    return std::min(std::max(value, lo), hi);
}

// A legend entry that is a note, not a series: an empty scatter series with only a name.
QScatterSeries *legendNote(const QString &text)
{
    auto *note = new QScatterSeries;
    note->setObjectName(QStringLiteral("note"));
    note->setName(text);
    note->setMarkerSize(1);
    note->setBrush(Qt::NoBrush);
    note->setPen(Qt::NoPen);
    return note;
}

} // namespace scwres::chartparts
