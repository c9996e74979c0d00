// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PresentationPage.h"

#include "charts/BarValueLabels.h"
#include "charts/ChartFactory.h"
#include "charts/ChartPalette.h"
#include "charts/ChartPanel.h"
#include "dashboard/DashboardReports.h"

#include "ChartData.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QXYSeries>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QVBoxLayout>

#include <memory>

namespace scwres {

namespace {

QLabel *pageLabel(const QString &objectName, QWidget *parent, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(wrap);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString shapeOf(MetricStatus status)
{
    // The same shapes as the overview's icons and the forest plot's markers.
    static const QString shapes[] = {QStringLiteral("●"), QStringLiteral("▲"), QStringLiteral("◆"),
                                     QStringLiteral("○")};
    return shapes[static_cast<int>(statusShape(status))];
}

void scaleChartText(QChart &chart, int pixels)
{
    const auto resized = [pixels](QFont f) {
        f.setPixelSize(pixels);
        return f;
    };
    for (QAbstractAxis *axis : chart.axes()) {
        axis->setLabelsFont(resized(axis->labelsFont()));
        axis->setTitleFont(resized(axis->titleFont()));
    }
    chart.legend()->setFont(resized(chart.legend()->font()));
    // A page is wider than it is tall: beside the plot the legend leaves the axes their height.
    chart.legend()->setAlignment(Qt::AlignRight);
    for (QAbstractSeries *series : chart.series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(resized(set->labelFont()));
        if (auto *points = qobject_cast<QXYSeries *>(series))
            points->setPointLabelsFont(resized(points->pointLabelsFont()));
    }
    // The figures on the bars are the chart's own text items (BarValueLabels), placed afresh
    // whenever the plot area moves, which it does once the chart is laid out at this size.
    for (BarValueLabels *labels : chart.findChildren<BarValueLabels *>())
        for (QGraphicsSimpleTextItem *item : labels->items())
            item->setFont(resized(item->font()));
}

} // namespace

PresentationPage::PresentationPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("presentationPage"));
    auto *layout = new QVBoxLayout(this);
    m_headingLabel = pageLabel(QStringLiteral("presentationHeading"), this);
    m_place = pageLabel(QStringLiteral("presentationPlace"), this, false);
    m_publication = pageLabel(QStringLiteral("presentationPublication"), this);
    m_title = pageLabel(QStringLiteral("presentationMetricTitle"), this);
    m_sentence = pageLabel(QStringLiteral("presentationSentence"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_headingLabel, 1);
    top->addWidget(m_place, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_publication);
    layout->addWidget(m_title);
    layout->addWidget(m_sentence);

    auto *middle = new QHBoxLayout;
    m_figureColumn = new QWidget(this);
    m_figureColumn->setObjectName(QStringLiteral("presentationFigures"));
    auto *figures = new QVBoxLayout(m_figureColumn);
    figures->setContentsMargins(0, 0, 0, 0);
    m_figureCaption = pageLabel(QStringLiteral("presentationFigureCaption"), m_figureColumn);
    // Wraps only between words: metric 1's two shares ("12.0% against 24.8%") on a narrow column.
    m_figure = pageLabel(QStringLiteral("presentationFigure"), m_figureColumn);
    auto *statusRow = new QHBoxLayout;
    m_statusMark = pageLabel(QStringLiteral("presentationStatusMark"), m_figureColumn, false);
    m_statusMark->setAlignment(Qt::AlignTop);
    m_status = pageLabel(QStringLiteral("presentationStatus"), m_figureColumn);
    statusRow->addWidget(m_statusMark);
    statusRow->addWidget(m_status, 1);
    m_certainty = pageLabel(QStringLiteral("presentationCertainty"), m_figureColumn);
    m_smallNumbers = pageLabel(QStringLiteral("presentationSmallNumbers"), m_figureColumn);
    m_previous = pageLabel(QStringLiteral("presentationPrevious"), m_figureColumn);
    m_national = pageLabel(QStringLiteral("presentationNational"), m_figureColumn);
    figures->addWidget(m_figureCaption);
    figures->addWidget(m_figure);
    figures->addLayout(statusRow);
    figures->addWidget(m_certainty);
    figures->addWidget(m_smallNumbers);
    figures->addWidget(m_previous);
    figures->addWidget(m_national);
    figures->addStretch();
    m_chart = new ChartPanel(QStringLiteral("presented"), this);
    middle->addWidget(m_figureColumn, 2);
    middle->addWidget(m_chart, 3);
    layout->addLayout(middle, 1);

    m_keys = pageLabel(QStringLiteral("presentationKeys"), this);
    // The short list; the window's actions (and docs/dashboard.md) also name Page Up/Down,
    // Shift+Y, Ctrl+C and Ctrl+S.
    setText(m_keys, tr("Keys: → ← metric · Home overview · A area · Y year · P publication preview · Esc leave"));
    m_keys->setAccessibleDescription(
        tr("Right or Page Down: next metric. Left or Page Up: previous metric. Home: the overview. A: the next service "
           "area. Y: the next year, Shift+Y the one before. P: publication preview on or off. Ctrl+C: copy the chart. "
           "Ctrl+S: save the chart. Esc: back to the dashboard."));
    layout->addWidget(m_keys);
    applyFonts();
}

void PresentationPage::setText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

void PresentationPage::setBodyPixels(int pixels)
{
    m_body = std::max(24, pixels);
    applyFonts();
}

void PresentationPage::applyFonts()
{
    const auto sized = [this](QWidget *widget, double times, bool bold) {
        QFont f = font();
        f.setPixelSize(static_cast<int>(m_body * times));
        f.setBold(bold);
        widget->setFont(f);
    };
    for (QWidget *w : std::initializer_list<QWidget *>{m_headingLabel, m_place, m_publication, m_figureCaption, m_status,
                                                       m_certainty, m_smallNumbers, m_previous, m_national, m_keys})
        sized(w, 1.0, false);
    sized(m_title, 4.0 / 3.0, true);
    sized(m_sentence, 1.25, false);
    sized(m_figure, 2.0, true);
    sized(m_statusMark, 1.25, false);
    sized(m_chart, 1.0, false);
    layout()->setContentsMargins(m_body, m_body / 2, m_body, m_body / 2);
}

void PresentationPage::showChart(const ChartPanel::ChartBuilder &build, const ChartTable &table,
                                 const QString &accessibleName)
{
    // The chart on screen is drawn with the page's type; every copy or save calls the builder
    // again and gets the usual size. The fonts are set before the chart reaches its view: set
    // afterwards, QtCharts lays the axis titles over the labels.
    auto onScreen = std::make_shared<bool>(true);
    const int pixels = m_body * 2 / 3; // 16 px at 768: as big as categories and legends allow, none shortened or dropped
    m_chart->setChart(
        [build, onScreen, pixels] {
            std::unique_ptr<QChart> chart = build();
            if (*onScreen)
                scaleChartText(*chart, pixels);
            return chart;
        },
        table, accessibleName);
    *onScreen = false;
    // The page's title names the metric; the chart's own title stays in its accessible name and in
    // every copied or saved picture, and the room goes to the plot.
    if (auto *chartTitle = m_chart->findChild<QLabel *>(QStringLiteral("presentedTitle")))
        chartTitle->hide();
}

void PresentationPage::setFigureColumnShown(bool shown)
{
    m_figureColumn->setVisible(shown);
}

void PresentationPage::setPlace(const QString &place, const QString &publication)
{
    setText(m_place, place);
    setText(m_publication, publication);
}

void PresentationPage::showNothing(const QString &why)
{
    setText(m_headingLabel, QString());
    setText(m_title, tr("Presentation"));
    setText(m_sentence, why);
    setFigureColumnShown(false);
    m_chart->setMessage(why);
}

void PresentationPage::showOverview(const DashboardReports &reports, const ReportSuppression &published,
                                    const ChartFactory &factory)
{
    const MetricReport &report = reports.report();
    setText(m_headingLabel, PresentationText::heading(report));
    setText(m_title, tr("Overview: the metrics side by side"));
    int outside = 0;
    int withFigure = 0;
    int withheld = 0;
    for (const auto &[id, r] : report.ratios) {
        if (published.ratioSuppressed(report.area, id)) {
            ++withheld;
            continue;
        }
        if (!r.relativeLikelihood)
            continue;
        ++withFigure;
        if (r.status == MetricStatus::AdverseToMinorityEthnic || r.status == MetricStatus::AdverseToWhite)
            ++outside;
    }
    QString sentence = tr("%1 of %2 relative likelihoods lie outside the non-adverse range (%3 to %4). Each is "
                          "minority ethnic staff relative to white staff.")
                           .arg(outside)
                           .arg(withFigure)
                           .arg(formatRelativeLikelihood(report.range.lower), formatRelativeLikelihood(report.range.upper));
    if (withheld > 0)
        sentence += QLatin1Char(' ') + tr("%n withheld in the published files.", nullptr, withheld);
    setText(m_sentence, sentence);
    setFigureColumnShown(false);
    const ForestPlotData data =
        published.filter(report.area, ChartData::fromReport(report, reports.currentReturn().populationMinorityEthnicPercent).forest);
    if (data.rows.empty())
        m_chart->setMessage(tr("No metric has a relative likelihood for this selection."));
    else
        showChart([factory, data] { return factory.forestPlot(data); }, data.table(), data.labels.title);
    applyFonts();
}

void PresentationPage::showMetric(const DashboardReports &reports, const ReportSuppression &published,
                                  const ChartFactory &factory, MetricId id)
{
    const MetricReport &report = reports.report();
    const PresentedMetric shown = PresentationText::metric(report, published, id);
    setText(m_headingLabel, PresentationText::heading(report));
    setText(m_title, shown.title);
    setText(m_sentence, shown.sentence);
    setFigureColumnShown(true);
    setText(m_figureCaption, shown.figureCaption);
    setText(m_figure, shown.figure);
    m_figure->setAccessibleName(tr("%1: %2").arg(shown.figureCaption, shown.figure));
    if (shown.status) {
        m_statusMark->setText(shapeOf(*shown.status));
        QPalette marked = m_statusMark->palette();
        marked.setColor(QPalette::WindowText, ChartPalette::statusColour(*shown.status));
        m_statusMark->setPalette(marked);
        m_statusMark->show();
    } else {
        m_statusMark->hide();
    }
    setText(m_status, tr("Status: %1").arg(shown.statusText));
    m_statusMark->setAccessibleName(shown.statusText);
    setText(m_certainty, shown.certainty);
    setText(m_smallNumbers, shown.smallNumbers);
    setText(m_previous, shown.previous);
    setText(m_national, shown.national);

    // The chart of the metric detail, with what the published files leave out taken out.
    // Metric 1's chart is published with the hidden bands' bars left empty, even when its reading
    // is withheld.
    if (id == MetricId::M1) {
        const PayBandChartData data = published.filter(report.area, payBandChartData(report));
        if (data.collected)
            showChart([factory, data] { return factory.payBands(data); }, data.table(), data.labels.title);
        else
            m_chart->setMessage(tr("The pay bands were not collected."));
    } else if (shown.withheld) {
        m_chart->setMessage(shown.sentence);
    } else if (id == MetricId::M9) {
        const SeniorManagerChartData data = published.filter(
            report.area, seniorManagerChartData(report, reports.currentReturn().populationMinorityEthnicPercent));
        showChart([factory, data] { return factory.seniorManagers(data); }, data.table(), data.labels.title);
    } else {
        const LikelihoodChartData data = published.filter(report.area, likelihoodChartData(report, {id}));
        if (data.bars.empty())
            m_chart->setMessage(shown.sentence);
        else
            showChart([factory, data] { return factory.likelihoods(data); }, data.table(), data.labels.title);
    }
    applyFonts();
}

} // namespace scwres
