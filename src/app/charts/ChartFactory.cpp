// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ChartFactory.h"

#include "BarValueLabels.h"
#include "ChartParts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace scwres {

using namespace chartparts;

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
