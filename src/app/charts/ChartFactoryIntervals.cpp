// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
// The charts with intervals: the forest plot (every metric's RL and interval) and the trend
// (one metric's RL year by year). The others are in ChartFactory.cpp.
#include "ChartFactory.h"

#include "ChartParts.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace scwres {

using namespace chartparts;

std::unique_ptr<QChart> ChartFactory::forestPlot(const ForestPlotData &data) const
{
    auto chart = newChart(data.labels);
    const int n = static_cast<int>(data.rows.size());
    const double bottom = 0.5;
    const double top = n + 0.5;

    auto *x = new QLogValueAxis;
    // A label per power of 2 ran together on a wide axis ("0.01…0.03…0.06…0.1250.25"): beyond
    // 1/8 to 8, one per power of 4.
    x->setBase(data.axisMax > 8 ? 4 : 2);
    x->setRange(data.axisMin, data.axisMax);
    x->setLabelFormat(QStringLiteral("%.3g"));
    x->setMinorTickCount(data.axisMax <= 4 ? 3 : 1);
    styleAxis(x, data.labels.valueAxis);
    // Rows top-down in metric order; each label carries the RL so it reads without the axis. An
    // RL of 0 (no events for minority ethnic staff) has no place on a log axis: it is said in the
    // label and not drawn, rather than clamped to the edge as if it were a value.
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = n - 1; i >= 0; --i) {
        const ForestRow &row = data.rows[static_cast<std::size_t>(i)];
        const QString label = row.highlighted ? tr("▶ %1 (yours)").arg(row.label) : row.label;
        y->append(row.relativeLikelihood > 0
                      ? tr("%1: %2").arg(label, formatRelativeLikelihood(row.relativeLikelihood))
                      : tr("%1: 0 — no events").arg(label),
                  n - i);
    }
    y->setRange(bottom, top);
    y->setGridLineVisible(false);
    styleAxis(y, data.labels.categoryAxis);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    attach(*chart, rangeBand(data.range, bottom, top, true), x, y);
    auto *parity = new QLineSeries;
    parity->setObjectName(QStringLiteral("parity"));
    parity->setName(tr("1 = as likely"));
    parity->append(1, bottom);
    parity->append(1, top);
    parity->setPen(QPen(m_palette.text, 1.5, Qt::DashLine));
    attach(*chart, parity, x, y);
    if (data.reference && *data.reference > 0) {
        auto *reference = new QLineSeries;
        reference->setObjectName(QStringLiteral("national"));
        reference->setName(data.referenceLabel);
        reference->append(clampTo(*data.reference, data.axisMin, data.axisMax), bottom);
        reference->append(clampTo(*data.reference, data.axisMin, data.axisMax), top);
        reference->setPen(QPen(m_palette.text, 2, Qt::DotLine));
        attach(*chart, reference, x, y);
    }

    // Below the plot: at the right it took the width the axis title needed ("right = …" was cut).
    chart->legend()->setAlignment(Qt::AlignBottom);
    bool intervalInLegend = false;
    for (int i = 0; i < n; ++i) {
        const ForestRow &row = data.rows[static_cast<std::size_t>(i)];
        if (!row.ci95 || row.relativeLikelihood <= 0)
            continue;
        auto *whisker = new QLineSeries;
        whisker->setObjectName(QStringLiteral("interval"));
        whisker->setName(tr("95% interval"));
        whisker->append(clampTo(row.ci95->lower, data.axisMin, data.axisMax), n - i);
        whisker->append(clampTo(row.ci95->upper, data.axisMin, data.axisMax), n - i);
        whisker->setPen(QPen(m_palette.text, 2));
        attach(*chart, whisker, x, y);
        if (intervalInLegend)
            hideFromLegend(*chart, whisker);
        intervalInLegend = true;
    }

    struct StatusSeries {
        MetricStatus status;
        const char *objectName;
        QScatterSeries::MarkerShape shape;
    };
    const StatusSeries kinds[] = {
        {MetricStatus::WithinRange, "withinRange", QScatterSeries::MarkerShapeCircle},
        {MetricStatus::AdverseToMinorityEthnic, "adverseToMinorityEthnic", QScatterSeries::MarkerShapeTriangle},
        {MetricStatus::AdverseToWhite, "adverseToWhite", QScatterSeries::MarkerShapeRotatedRectangle},
    };
    // Each status its shape; a metric on small numbers the same shape hollow, with its own legend
    // entry saying so ("Adverse to minority ethnic staff — small numbers").
    for (const StatusSeries &kind : kinds) {
        for (const bool small : {false, true}) {
            auto *points = new QScatterSeries;
            points->setObjectName(QString::fromLatin1(kind.objectName) + (small ? QStringLiteral("Small") : QString()));
            points->setName(small ? tr("%1 — small numbers (hollow)").arg(statusText(kind.status))
                                  : statusText(kind.status));
            points->setMarkerShape(kind.shape);
            points->setMarkerSize(15);
            if (small) {
                points->setBrush(Qt::NoBrush);
                points->setPen(QPen(ChartPalette::statusColour(kind.status).darker(130), 3));
            } else {
                points->setColor(ChartPalette::statusColour(kind.status));
                points->setBorderColor(m_palette.text);
            }
            for (int i = 0; i < n; ++i) {
                const ForestRow &row = data.rows[static_cast<std::size_t>(i)];
                if (row.status == kind.status && row.relativeLikelihood > 0 && row.smallNumbers == small)
                    points->append(clampTo(row.relativeLikelihood, data.axisMin, data.axisMax), n - i);
            }
            if (points->count() == 0) {
                delete points;
                continue;
            }
            attach(*chart, points, x, y);
            if (small)
                hideFromLegend(*chart, points);
        }
    }
    // One legend entry for every hollow marker, whatever its status: one per status made the
    // legend as tall as the plot.
    if (std::any_of(data.rows.begin(), data.rows.end(),
                    [](const ForestRow &r) { return r.smallNumbers && r.relativeLikelihood > 0; })) {
        auto *note = new QScatterSeries;
        note->setObjectName(QStringLiteral("smallNumbersNote"));
        note->setName(tr("Hollow: small numbers (fewer than 10 events in a group)"));
        note->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        note->setMarkerSize(15);
        note->setBrush(Qt::NoBrush);
        note->setPen(QPen(m_palette.text, 3));
        attach(*chart, note, x, y);
    }
    if (std::any_of(data.rows.begin(), data.rows.end(), [](const ForestRow &r) { return r.highlighted; })) {
        // The user's own authority: a star over its point, and "(yours)" in its label.
        auto *own = new QScatterSeries;
        own->setObjectName(QStringLiteral("highlighted"));
        own->setName(tr("Your authority"));
        own->setMarkerShape(QScatterSeries::MarkerShapeStar);
        own->setMarkerSize(24);
        own->setColor(m_palette.text);
        own->setBorderColor(m_palette.text);
        for (int i = 0; i < n; ++i) {
            const ForestRow &row = data.rows[static_cast<std::size_t>(i)];
            if (row.highlighted && row.relativeLikelihood > 0)
                own->append(clampTo(row.relativeLikelihood, data.axisMin, data.axisMax), n - i);
        }
        attach(*chart, own, x, y);
    }
    wrapLabels(*chart);
    return chart;
}

std::unique_ptr<QChart> ChartFactory::trend(const TrendChartData &data) const
{
    auto chart = newChart(data.labels);
    const double first = data.years.empty() ? 0 : data.years.front();
    const double last = data.years.empty() ? 1 : data.years.back();
    auto *x = new QValueAxis;
    x->setRange(first - 0.5, last + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(first);
    x->setTickInterval(1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(x, data.labels.categoryAxis);
    auto *y = new QLogValueAxis;
    y->setBase(2);
    y->setRange(data.axisMin, data.axisMax);
    y->setLabelFormat(QStringLiteral("%.3g"));
    y->setMinorTickCount(data.axisMax <= 4 ? 3 : 1);
    styleAxis(y, data.labels.valueAxis);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    attach(*chart, rangeBand(data.range, first - 0.5, last + 0.5, false), x, y);
    auto line = [&](const std::vector<TrendPoint> &points, const QString &name, const QString &objectName,
                    const QColor &colour, Qt::PenStyle style) {
        auto *series = new QLineSeries;
        series->setObjectName(objectName);
        series->setName(name);
        for (const TrendPoint &p : points)
            series->append(p.year, clampTo(p.relativeLikelihood, data.axisMin, data.axisMax));
        series->setPen(QPen(colour, 3, style));
        series->setPointsVisible(true);
        series->setMarkerSize(10);
        attach(*chart, series, x, y);
        QObject::connect(series, &QLineSeries::hovered, chart.get(), [points, name](const QPointF &at, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            for (const TrendPoint &p : points) {
                if (qRound(at.x()) == p.year)
                    QToolTip::showText(QCursor::pos(), tr("%1, %2: %3")
                                                           .arg(name)
                                                           .arg(p.year)
                                                           .arg(formatRelativeLikelihood(p.relativeLikelihood)));
            }
        });
    };
    chart->legend()->setAlignment(Qt::AlignRight);
    // Each year's 95% interval first, under the line: a jump on small numbers shows as one.
    bool intervalInLegend = false;
    for (const std::vector<TrendPoint> *points : {&data.authority, &data.drafts}) {
        for (const TrendPoint &p : *points) {
            if (!p.ci95)
                continue;
            auto *whisker = new QLineSeries;
            whisker->setObjectName(QStringLiteral("interval"));
            whisker->setName(tr("95% interval"));
            whisker->append(p.year, clampTo(p.ci95->lower, data.axisMin, data.axisMax));
            whisker->append(p.year, clampTo(p.ci95->upper, data.axisMin, data.axisMax));
            whisker->setPen(QPen(m_palette.text, 2, points == &data.drafts ? Qt::DotLine : Qt::SolidLine));
            attach(*chart, whisker, x, y);
            if (intervalInLegend)
                hideFromLegend(*chart, whisker);
            intervalInLegend = true;
        }
    }
    line(data.authority, tr("This authority"), QStringLiteral("authority"), ChartPalette::minorityEthnic(),
         Qt::SolidLine);
    if (!data.national.empty())
        line(data.national, tr("National (SC-WRES report)"), QStringLiteral("national"), ChartPalette::national(),
             Qt::DashLine);
    if (!data.drafts.empty()) {
        // A draft year is not a figure yet: a hollow point of its own, labelled, never on the line.
        auto *drafts = new QScatterSeries;
        drafts->setObjectName(QStringLiteral("drafts"));
        drafts->setName(tr("Draft year (not complete)"));
        drafts->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        drafts->setMarkerSize(14);
        drafts->setBrush(Qt::NoBrush);
        drafts->setPen(QPen(ChartPalette::minorityEthnic(), 2));
        for (const TrendPoint &p : data.drafts)
            drafts->append(p.year, clampTo(p.relativeLikelihood, data.axisMin, data.axisMax));
        drafts->setPointLabelsVisible(true);
        drafts->setPointLabelsFormat(tr("draft"));
        drafts->setPointLabelsClipping(false);
        attach(*chart, drafts, x, y);
    }
    wrapLabels(*chart);
    return chart;
}

} // namespace scwres
