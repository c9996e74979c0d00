// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "MetricDetailView.h"

#include "BroadGroupRatios.h"

#include "DashboardReports.h"
#include "charts/ChartFactory.h"
#include "charts/ChartPanel.h"
#include "charts/ChartPalette.h"

#include "Certainty.h"
#include "ChartData.h"
#include "PooledYears.h"
#include "PrintedFigure.h"
#include "Progression.h"
#include "Shortfall.h"

#include <QAbstractAxis>
#include <QChart>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scwres {

namespace {

QString statusMark(MetricStatus status)
{
    // The same shape and colour as the overview's icon and the forest plot's marker.
    static const QString shapes[] = {QStringLiteral("●"), QStringLiteral("▲"), QStringLiteral("◆"),
                                     QStringLiteral("○")};
    const QString shape = shapes[static_cast<int>(statusShape(status))];
    return QStringLiteral("<span style=\"color:%1\">%2</span> %3")
        .arg(ChartPalette::statusColour(status).name(), shape, statusText(status).toHtmlEscaped());
}

// The detail's pane is narrow: a forest plot's legend (statuses, hollow small-number points,
// interval, range, parity) shortened every entry in a row under it; beside it, each has a line.
std::unique_ptr<QChart> besideLegend(std::unique_ptr<QChart> chart)
{
    chart->legend()->setAlignment(Qt::AlignRight);
    // The plot is the narrower for it: the short form of the axis title (the table and the
    // chart's title say the rest).
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal))
        axis->setTitleText(MetricDetailView::tr("RL (log scale)"));
    ChartFactory::fitCategoriesToNarrowPane(*chart);
    return chart;
}

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus); // keyboard and screen reader users can reach it
    return label;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>").arg(label, value);
}

} // namespace

MetricDetailView::MetricDetailView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("metricDetailView"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    m_metricCombo = new QComboBox(this);
    m_metricCombo->setObjectName(QStringLiteral("detailMetricCombo"));
    m_metricCombo->setAccessibleName(tr("Metric shown in detail"));
    for (MetricId id : kMetricIds)
        m_metricCombo->addItem(metricChartLabel(id), static_cast<int>(id));
    metricLabel->setBuddy(m_metricCombo);
    top->addWidget(metricLabel);
    top->addWidget(m_metricCombo);
    top->addStretch();
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *text = new QWidget(scroll);
    auto *textLayout = new QVBoxLayout(text);
    m_definition = wrappingLabel(QStringLiteral("detailDefinition"), text);
    m_counts = new QTableWidget(text);
    m_counts->setObjectName(QStringLiteral("detailCounts"));
    m_counts->setAccessibleName(tr("Counts, unknown included"));
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->verticalHeader()->setVisible(false);
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_counts->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_counts->setWordWrap(true);
    m_counts->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figures = wrappingLabel(QStringLiteral("detailFigures"), text);
    m_figures->setTextFormat(Qt::RichText);
    m_note = wrappingLabel(QStringLiteral("detailNote"), text);
    textLayout->addWidget(m_definition);
    textLayout->addWidget(m_counts);
    textLayout->addWidget(m_figures);
    textLayout->addWidget(m_note);
    textLayout->addStretch();
    scroll->setWidget(text);

    auto *charts = new QTabWidget(splitter);
    charts->setObjectName(QStringLiteral("detailChartTabs"));
    charts->setAccessibleName(tr("Metric chart and trend"));
    m_chart = new ChartPanel(QStringLiteral("detail"), charts);
    m_trend = new ChartPanel(QStringLiteral("detailTrend"), charts);
    charts->addTab(m_chart, tr("&Chart"));
    charts->addTab(m_trend, tr("&Past years"));
    m_chartTabs = charts;
    // One ladder per page: two charts on one page left each too small to read on a laptop, and
    // their buttons' Alt+letters clashed.
    auto *ladders = new QTabWidget(charts);
    ladders->setObjectName(QStringLiteral("detailProgressionTabs"));
    ladders->setAccessibleName(tr("Progression up the pay bands"));
    m_progressionPage = ladders;
    m_progression = new ChartPanel(QStringLiteral("detailProgression"), ladders);
    m_progressionLocal = new ChartPanel(QStringLiteral("detailProgressionLocal"), ladders);
    ladders->addTab(m_progression, tr("National bands"));
    ladders->addTab(m_progressionLocal, tr("Council's own bands"));
    charts->addTab(m_progressionPage, tr("Pro&gression"));
    splitter->addWidget(scroll);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 450});
    layout->addWidget(splitter, 1);

    connect(m_metricCombo, &QComboBox::activated, this, [this] { Q_EMIT metricChosen(metric()); });
}

MetricId MetricDetailView::metric() const
{
    return static_cast<MetricId>(m_metricCombo->currentData().toInt());
}

void MetricDetailView::setMetric(MetricId id)
{
    m_metricCombo->setCurrentIndex(m_metricCombo->findData(static_cast<int>(id)));
}

void MetricDetailView::present(const DashboardReports &reports, const ChartFactory &factory)
{
    const MetricId id = metric();
    m_definition->setText(tr("<b>Definition</b> (SC-WRES): %1").arg(metricWording(id).toHtmlEscaped()));
    if (!reports.hasReport()) {
        m_counts->clear();
        m_counts->setRowCount(0);
        m_figures->setText(tr("Choose an authority and a year to see this metric."));
        m_note->clear();
        m_chart->setMessage(tr("No data selected."));
        m_trend->setMessage(tr("No data selected."));
        return;
    }
    const MetricReport &report = reports.report();
    fillCounts(report, id);
    fillFigures(report, id);
    const QString note = dataQualityNote(reports.currentReturn(), report.area, id);
    m_note->setText(note.isEmpty() ? tr("<b>Data-quality note:</b> none recorded.")
                                   : tr("<b>Data-quality note:</b> %1").arg(note.toHtmlEscaped()));

    const QString name = metricChartLabel(id);
    if (id == MetricId::M1) {
        const PayBandChartData data = payBandChartData(report);
        if (data.collected)
            m_chart->setChart([factory, data] { return factory.payBands(data); }, data.table(), data.labels.title);
        else
            m_chart->setMessage(tr("The pay bands were not collected."));
    } else if (id == MetricId::M9) {
        const SeniorManagerChartData data =
            seniorManagerChartData(report, reports.currentReturn().populationMinorityEthnicPercent);
        m_chart->setChart([factory, data] { return factory.seniorManagers(data); }, data.table(), data.labels.title);
    } else {
        const LikelihoodChartData data = likelihoodChartData(report, {id});
        if (data.bars.empty())
            m_chart->setMessage(report.ratio(id).sentence);
        else
            m_chart->setChart(
                [factory, data] {
                    auto chart = factory.likelihoods(data);
                    ChartFactory::fitCategoriesToNarrowPane(*chart);
                    return chart;
                },
                data.table(), data.labels.title);
    }
    m_chartTabs->setTabVisible(m_chartTabs->indexOf(m_progressionPage), id == MetricId::M1);
    if (id == MetricId::M1)
        presentProgression(report, factory);
    if (id == MetricId::M1) {
        m_trend->setMessage(tr("Metric 1 has no single relative likelihood to follow over the years; compare the "
                               "pay band chart year by year."));
    } else {
        const TrendChartData data = trendChartData(reports.history(), id);
        m_trend->setChart([factory, data] { return factory.trend(data); }, data.table(), data.labels.title);
    }
}

void MetricDetailView::presentProgression(const MetricReport &report, const ChartFactory &factory)
{
    const ProgressionResult result = computeProgression(report);
    if (!result.collected) {
        m_progression->setMessage(tr("The pay bands were not collected."));
        m_progressionLocal->setMessage(tr("The pay bands were not collected."));
        return;
    }
    const ForestPlotData national = progressionChartData(result, ProgressionLadder::National, report.range);
    const ForestPlotData local = progressionChartData(result, ProgressionLadder::Local, report.range);
    if (national.rows.empty())
        m_progression->setMessage(tr("Fewer than two national bands with staff, or no step can be computed."));
    else
        m_progression->setChart([factory, national] { return besideLegend(factory.forestPlot(national)); },
                                progressionTable(result, ProgressionLadder::National), national.labels.title);
    if (local.rows.empty())
        m_progressionLocal->setMessage(tr("Fewer than two of the council's bands with staff, or no step can be computed."));
    else
        m_progressionLocal->setChart([factory, local] { return besideLegend(factory.forestPlot(local)); },
                                     progressionTable(result, ProgressionLadder::Local), local.labels.title);
}

QString MetricDetailView::progressionSummary(const MetricReport &report)
{
    const ProgressionResult result = computeProgression(report);
    const auto compoundText = [](const std::optional<ProgressionCompound> &c) {
        if (!c)
            return tr("fewer than two bands with staff");
        if (!c->relativeLikelihood)
            return tr("none (a step has no relative likelihood)");
        QString text = tr("RL %1 over %2 steps, the share in %4 among %3 and above")
                           .arg(printedTwoDecimals(*c->relativeLikelihood))
                           .arg(c->steps)
                           .arg(c->from, c->to);
        if (c->ci95)
            text += tr(" (95% CI %1–%2)").arg(printedTwoDecimals(c->ci95->lower), printedTwoDecimals(c->ci95->upper));
        if (c->smallNumbers)
            text += tr("; small numbers");
        return text;
    };
    QString summary =
        tr("<b>Progression up the bands</b> (shares at each level, not movement; minority ethnic relative to white, "
           "unknown excluded; see the Progression tab): top band's share ratio, national bands: %1; top band's share "
           "ratio, the council's bands: %2.")
            .arg(compoundText(result.nationalCompound).toHtmlEscaped(), compoundText(result.localCompound).toHtmlEscaped());
    for (const auto *leftOut : {&result.leftOutNational, &result.leftOutLocal})
        if (const QString note = leftOutNote(*leftOut); !note.isEmpty())
            summary += QLatin1Char(' ') + note.toHtmlEscaped();
    return summary;
}

void MetricDetailView::fillCounts(const MetricReport &report, MetricId id)
{
    const ChartTable table = metricCountsTable(report, id);
    m_counts->clear();
    m_counts->setColumnCount(static_cast<int>(table.headers.size()));
    m_counts->setHorizontalHeaderLabels(table.headers);
    m_counts->setRowCount(static_cast<int>(table.rows.size()));
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.rows[r].size(); ++c)
            m_counts->setItem(static_cast<int>(r), c, new QTableWidgetItem(table.rows[r][c]));
    }
    m_counts->setVisible(!table.rows.empty());
    // The first column names the row and wraps, so the figures fit beside it.
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_counts->setColumnWidth(0, 140);
}

void MetricDetailView::fillFigures(const MetricReport &report, MetricId id)
{
    QString html = QStringLiteral("<table>");
    if (id == MetricId::M1) {
        const PayBandChartData data = payBandChartData(report);
        if (!data.collected) {
            m_figures->setText(statusMark(MetricStatus::NotCollected));
            return;
        }
        html += row(tr("Minority ethnic share of the workforce"), formatPercent(data.workforcePercentMinorityEthnic));
        for (const PayBandBar &bar : data.bars) {
            if (bar.nationalBand)
                html += row(bar.label.toHtmlEscaped(), tr("%1 minority ethnic (national %2)")
                                                           .arg(formatPercent(bar.percentMinorityEthnic),
                                                                formatPercent(bar.nationalPercentMinorityEthnic)));
        }
        html += row(tr("Reading"), data.adverseToMinorityEthnic
                                       ? statusMark(MetricStatus::AdverseToMinorityEthnic)
                                             + tr(": the top band has a lower minority ethnic share than the workforce")
                                       : tr("The top band's minority ethnic share is at or above the workforce's"));
        m_figures->setText(html + QStringLiteral("</table><p>%1</p>").arg(progressionSummary(report)));
        return;
    }
    const RatioResult &r = report.ratio(id);
    auto likelihood = [](std::optional<double> value) {
        return formatShare(value);
    };
    html += row(tr("Likelihood, minority ethnic"), likelihood(r.likelihoodMinorityEthnic));
    html += row(tr("Likelihood, white"), likelihood(r.likelihoodWhite));
    QString rl = formatRelativeLikelihood(r.relativeLikelihood);
    if (!r.relativeLikelihood && r.status == MetricStatus::NotComputable)
        rl = tr("Not computable: %1").arg(notComputableReasonText(r.reason).toHtmlEscaped());
    html += row(tr("Relative likelihood<br>(minority ethnic relative to white)"), rl);
    QString interval = QStringLiteral("—");
    if (r.ci95) {
        interval = tr("%1 to %2").arg(formatRelativeLikelihood(r.ci95->lower), formatRelativeLikelihood(r.ci95->upper));
        if (r.haldaneCorrected)
            interval += tr(" (0.5 added to each count because one was 0)");
    }
    html += row(tr("95% interval (an aid to reading, not part of the SC-WRES method)"), interval);
    html += row(tr("Status"), statusMark(r.status));
    if (r.certainty) {
        // The clause says which way the interval reaches: "the data are also consistent with …".
        QString clause = r.certaintyClause;
        const int colon = clause.indexOf(QLatin1Char(':'));
        if (colon >= 0)
            clause = clause.mid(colon + 1).trimmed();
        html += row(tr("Clear or not clear"),
                    tr("<b>%1</b>: %2").arg(certaintyText(*r.certainty).toHtmlEscaped(), clause.toHtmlEscaped()));
    }
    if (r.toRange)
        html += row(tr("To reach the range"), shortfallSentence(r, report.range).toHtmlEscaped());
    if (r.smallNumbers && r.status != MetricStatus::NotCollected)
        html += row(tr("Small numbers"), tr("⚠ Fewer than 10 events in a group: one or two cases move the ratio a "
                                            "long way. Read with care."));
    if (r.pooled)
        html += row(tr("Pooled years (%1)").arg(r.pooled->years.size()), pooledSummary(*r.pooled).toHtmlEscaped());
    // Beside the headline, never instead of it: only where an extract gave the broad groups.
    if (const auto broad = broadGroupRatios(report, id)) {
        QStringList lines;
        for (const BroadGroupRatio &g : broad->groups) {
            QString line = g.relativeLikelihood
                ? tr("%1: %2").arg(broadGroupName(g.group), formatRelativeLikelihood(g.relativeLikelihood))
                : tr("%1: no one in the population").arg(broadGroupName(g.group));
            if (g.ci95)
                line += tr(" (95% interval %1 to %2)")
                            .arg(formatRelativeLikelihood(g.ci95->lower), formatRelativeLikelihood(g.ci95->upper));
            if (g.smallNumbers)
                line += tr(" ⚠ small numbers");
            lines << line.toHtmlEscaped();
        }
        html += row(tr("By broad ethnic group<br>(each relative to white)"), lines.join(QStringLiteral("<br>")));
    }
    if (id == MetricId::M9) {
        const SeniorManagerGaps &g = report.seniorManagers;
        html += row(tr("Minority ethnic senior managers"), formatPercent(g.percentMinorityEthnicSenior));
        auto points = [](std::optional<double> v) {
            return v ? tr("%1 percentage points").arg(QString::number(*v, 'f', 1)) : QStringLiteral("—");
        };
        html += row(tr("Gap against the workforce"), points(g.gapVsWorkforcePoints));
        html += row(tr("Gap against the local population"), points(g.gapVsPopulationPoints));
    }
    html += QStringLiteral("</table><p>%1</p>").arg(r.sentence.toHtmlEscaped());
    m_figures->setText(html);
}

QString MetricDetailView::dataQualityNote(const AnnualReturn &ret, AreaSelection area, MetricId id) const
{
    QStringList notes;
    const QString key = metricKey(id);
    for (ServiceArea which : kServiceAreas) {
        if (area == AreaSelection::Adult && which != ServiceArea::Adult)
            continue;
        if (area == AreaSelection::Children && which != ServiceArea::Children)
            continue;
        const AreaReturn *a = ret.area(which);
        if (!a)
            continue;
        const auto it = a->notes.find(key);
        if (it != a->notes.end() && !it->second.isEmpty())
            notes << tr("%1: %2").arg(serviceAreaName(which), it->second);
    }
    return notes.join(QStringLiteral(" "));
}

} // namespace scwres
