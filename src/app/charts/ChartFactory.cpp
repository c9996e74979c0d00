// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ChartFactory.h"

#include "BarValueLabels.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace scwres {

namespace {


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

} // namespace

void ChartFactory::wrapLegendAt(QChart &chart, int lineLength)
{
    wrapLegend(chart, lineLength);
}

void ChartFactory::placeLegendBeside(QChart &chart, int lineLength)
{
    chart.legend()->setAlignment(Qt::AlignRight);
    wrapLegend(chart, lineLength);
}

void ChartFactory::fitCategoriesToNarrowPane(QChart &chart, int lineLength)
{
    for (QAbstractAxis *axis : chart.axes(Qt::Vertical)) {
        if (!qobject_cast<QBarCategoryAxis *>(axis) && !qobject_cast<QCategoryAxis *>(axis))
            continue;
        axis->setTitleVisible(false);
        auto *categories = qobject_cast<QCategoryAxis *>(axis);
        if (!categories)
            continue;
        const QStringList labels = categories->categoriesLabels();
        std::vector<std::pair<QString, qreal>> wrapped;
        for (const QString &label : labels)
            wrapped.emplace_back(label.contains(QLatin1Char('<')) ? label : wrapWords(label, lineLength),
                                 categories->endValue(label));
        for (const QString &label : labels)
            categories->remove(label);
        for (const auto &[label, end] : wrapped)
            categories->append(label, end);
    }
}

ChartFactory::ChartFactory(ChartPalette palette, int titleLineLength)
    : m_palette(std::move(palette))
    , m_titleLineLength(titleLineLength)
{
}

std::unique_ptr<QChart> ChartFactory::newChart(const ChartLabels &labels) const
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(wrapWords(labels.title, m_titleLineLength));
    chart->setBackgroundBrush(m_palette.background);
    chart->setBackgroundPen(QPen(m_palette.grid));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(m_palette.text);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(m_palette.text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->setMargins(QMargins(6, 6, 6, 6));
    return chart;
}

void ChartFactory::styleAxis(QAbstractAxis *axis, const QString &title) const
{
    axis->setTitleText(title);
    // A shortened label ("Minorit...") says nothing: the axis takes the room its labels need.
    axis->setTruncateLabels(false);
    axis->setTitleBrush(m_palette.text);
    axis->setLabelsColor(m_palette.text);
    axis->setLinePenColor(m_palette.grid);
    axis->setGridLineColor(m_palette.grid);
    axis->setMinorGridLineColor(m_palette.grid.lighter(110));
}

std::unique_ptr<QChart> ChartFactory::payBands(const PayBandChartData &data) const
{
    auto chart = newChart(data.labels);
    auto *series = new QStackedBarSeries;
    // Minority ethnic at the bottom of each bar, so its height reads against the workforce line.
    QBarSet *me = percentSet(tr("Minority ethnic"), QStringLiteral("minorityEthnic"), ChartPalette::minorityEthnic());
    QBarSet *white = percentSet(tr("White"), QStringLiteral("white"), ChartPalette::white());
    QBarSet *unknown = percentSet(tr("Unknown"), QStringLiteral("unknown"), ChartPalette::unknown());
    QStringList categories;
    for (const PayBandBar &bar : data.bars) {
        categories << bar.label;
        me->append(bar.percentMinorityEthnic.value_or(0));
        white->append(bar.percentWhite.value_or(0));
        unknown->append(bar.percentUnknown.value_or(0));
    }
    series->append({me, white, unknown});
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, data.labels.categoryAxis);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setTickCount(6);
    styleAxis(y, data.labels.valueAxis);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    {
        const std::vector<PayBandBar> shares = data.bars;
        BarValueLabels::attach(*chart, *series, BarValueLabels::Layout::Stacked, m_palette.text,
                               [shares](int set, int index) {
                                   const PayBandBar &b = shares.at(static_cast<std::size_t>(index));
                                   const std::optional<double> v = set == 0 ? b.percentMinorityEthnic
                                       : set == 1                           ? b.percentWhite
                                                                            : b.percentUnknown;
                                   return v ? formatPercent(v) : QString();
                               });
    }

    const double left = -0.5;
    const double right = static_cast<double>(data.bars.size()) - 0.5;
    if (data.workforcePercentMinorityEthnic) {
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("workforceShare"));
        line->setName(tr("Minority ethnic, whole workforce (%1)")
                          .arg(formatPercent(data.workforcePercentMinorityEthnic)));
        line->append(left, *data.workforcePercentMinorityEthnic);
        line->append(right, *data.workforcePercentMinorityEthnic);
        line->setPen(QPen(m_palette.text, 2, Qt::DashLine));
        attach(*chart, line, x, y);
    }
    auto *national = new QScatterSeries;
    national->setObjectName(QStringLiteral("nationalShare"));
    national->setName(tr("Minority ethnic, national"));
    national->setMarkerShape(QScatterSeries::MarkerShapeStar);
    national->setMarkerSize(16);
    national->setColor(ChartPalette::national());
    national->setBorderColor(m_palette.text);
    for (std::size_t i = 0; i < data.bars.size(); ++i) {
        if (data.bars[i].nationalPercentMinorityEthnic)
            national->append(static_cast<double>(i), *data.bars[i].nationalPercentMinorityEthnic);
    }
    if (national->count() > 0)
        attach(*chart, national, x, y);
    else
        delete national;

    const std::vector<PayBandBar> bars = data.bars;
    QObject::connect(series, &QStackedBarSeries::hovered, chart.get(), [bars](bool on, int index, QBarSet *) {
        if (!on || index < 0 || index >= static_cast<int>(bars.size())) {
            QToolTip::hideText();
            return;
        }
        const PayBandBar &b = bars[static_cast<std::size_t>(index)];
        QToolTip::showText(QCursor::pos(), tr("%1: %2 minority ethnic, %3 white, %4 unknown of %5 staff")
                                               .arg(b.label)
                                               .arg(b.counts.minorityEthnic)
                                               .arg(b.counts.white)
                                               .arg(b.counts.unknown)
                                               .arg(b.counts.total()));
    });
    wrapLabels(*chart);
    return chart;
}

std::unique_ptr<QChart> ChartFactory::likelihoods(const LikelihoodChartData &data) const
{
    auto chart = newChart(data.labels);
    // Horizontal bars: the metric names stay whole at the left instead of being cut short
    // under narrow columns. The category axis runs bottom-up, so the bars are added in reverse
    // to read metric 2 first, top-down.
    auto *series = new QHorizontalBarSeries;
    QBarSet *me = percentSet(tr("Minority ethnic"), QStringLiteral("minorityEthnic"), ChartPalette::minorityEthnic());
    QBarSet *white = percentSet(tr("White"), QStringLiteral("white"), ChartPalette::white());
    QStringList categories;
    double top = 0;
    bool anySmall = false;
    for (auto it = data.bars.rbegin(); it != data.bars.rend(); ++it) {
        // The table's small-numbers flag, on the chart too.
        categories << (it->smallNumbers ? tr("%1 ⚠").arg(it->label) : it->label);
        anySmall = anySmall || it->smallNumbers;
        // White first within a category so that, drawn bottom-up, minority ethnic is on top.
        white->append(it->percentWhite);
        me->append(it->percentMinorityEthnic);
        top = std::max({top, it->percentMinorityEthnic, it->percentWhite});
    }
    series->append({white, me});
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    styleAxis(y, data.labels.categoryAxis);
    auto *x = new QValueAxis;
    // Headroom for the labels beyond the longest bar.
    x->setRange(0, std::max(10.0, top * 1.15));
    x->setLabelFormat(QStringLiteral("%.0f%%"));
    x->applyNiceNumbers();
    styleAxis(x, data.labels.valueAxis);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setReverseMarkers(true); // "Minority ethnic" first, as in the bars

    std::vector<LikelihoodBar> bars(data.bars.rbegin(), data.bars.rend()); // in the axis's order
    BarValueLabels::attach(*chart, *series, BarValueLabels::Layout::Grouped, m_palette.text,
                           [bars](int set, int index) {
                               const LikelihoodBar &b = bars.at(static_cast<std::size_t>(index));
                               return formatShare(set == 0 ? b.likelihoodWhite : b.likelihoodMinorityEthnic);
                           });
    if (anySmall)
        attach(*chart, legendNote(tr("⚠ small numbers: fewer than 10 events in a group")), x, y);
    QObject::connect(series, &QHorizontalBarSeries::hovered, chart.get(), [bars, me](bool on, int index, QBarSet *set) {
        if (!on || index < 0 || index >= static_cast<int>(bars.size())) {
            QToolTip::hideText();
            return;
        }
        const LikelihoodBar &b = bars[static_cast<std::size_t>(index)];
        const bool isMe = set == me;
        QToolTip::showText(QCursor::pos(), tr("%1, %2 staff: %3 %4 of %5 %6 (%7)")
                                               .arg(b.label, isMe ? tr("minority ethnic") : tr("white"))
                                               .arg(isMe ? b.events.minorityEthnic : b.events.white)
                                               .arg(b.eventsLabel)
                                               .arg(isMe ? b.population.minorityEthnic : b.population.white)
                                               .arg(b.populationLabel,
                                                    formatPercent(isMe ? b.percentMinorityEthnic : b.percentWhite)));
    });
    wrapLabels(*chart);
    return chart;
}

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

std::unique_ptr<QChart> ChartFactory::seniorManagers(const SeniorManagerChartData &data) const
{
    auto chart = newChart(data.labels);
    auto *series = new QBarSeries;
    QBarSet *set = percentSet(tr("% minority ethnic"), QStringLiteral("percentMinorityEthnic"),
                              ChartPalette::minorityEthnic());
    set->append({data.percentSenior.value_or(0), data.percentWorkforce.value_or(0),
                 data.percentPopulation.value_or(0)});
    series->append(set);
    chart->addSeries(series);
    auto notGiven = [](const std::optional<double> &v, const QString &label) {
        return v ? label : tr("%1 (no figure)").arg(label);
    };
    auto *x = new QBarCategoryAxis;
    x->append({notGiven(data.percentSenior, tr("Senior managers")),
               notGiven(data.percentWorkforce, tr("Workforce")),
               notGiven(data.percentPopulation, tr("Local population"))});
    styleAxis(x, data.labels.categoryAxis);
    auto *y = new QValueAxis;
    const double top = std::max({data.percentSenior.value_or(0), data.percentWorkforce.value_or(0),
                                 data.percentPopulation.value_or(0)});
    y->setRange(0, std::max(10.0, top * 1.2));
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->applyNiceNumbers();
    styleAxis(y, data.labels.valueAxis);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const std::vector<std::optional<double>> shares{data.percentSenior, data.percentWorkforce, data.percentPopulation};
    BarValueLabels::attach(*chart, *series, BarValueLabels::Layout::Grouped, m_palette.text,
                           [shares](int, int index) {
                               const auto &v = shares.at(static_cast<std::size_t>(index));
                               return v ? formatPercent(v) : QString();
                           });
    chart->legend()->setVisible(true);
    wrapLabels(*chart);
    return chart;
}

} // namespace scwres
