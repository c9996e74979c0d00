// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "DashboardPanel.h"

#include "MetricDetailView.h"
#include "OverviewModel.h"
#include "charts/ChartFactory.h"
#include "charts/ChartPanel.h"
#include "window/Workspace.h"

#include "ChartData.h"
#include "Database.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <numeric>
#include <vector>

namespace scwres {

namespace {
const QString kLowerKey = QStringLiteral("dashboard/nonAdverseLower");
const QString kUpperKey = QStringLiteral("dashboard/nonAdverseUpper");
const QString kIntervalKey = QStringLiteral("dashboard/intervalMethod");
const QString kAreaKey = QStringLiteral("dashboard/area");
const QString kSplitterKey = QStringLiteral("dashboard/overviewSplitter");
// Title line lengths (characters) for charts the width of the panel and half of it.
constexpr int kWideTitle = 110;
constexpr int kNarrowTitle = 55;

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

DashboardPanel::DashboardPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("dashboardPanel"));
    buildControls();
    buildTabs();

    connect(m_workspace, &Workspace::databaseChanged, this, [this] {
        reloadAuthorities();
        followSelection();
    });
    connect(m_workspace, &Workspace::authoritiesChanged, this, [this] {
        reloadAuthorities();
        followSelection();
    });
    connect(m_workspace, &Workspace::selectionChanged, this, &DashboardPanel::followSelection);
    // An edit in the data entry panel (or an undo) reaches the dashboard at once.
    connect(m_workspace, &Workspace::returnChanged, this, [this](const QString &authorityName, int) {
        if (authorityName == m_authorityCombo->currentText())
            recompute();
    });
    reloadAuthorities();
    followSelection();
}

DashboardPanel::~DashboardPanel() = default;

void DashboardPanel::buildControls()
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;

    m_authorityCombo = new QComboBox(this);
    m_authorityCombo->setObjectName(QStringLiteral("dashboardAuthorityCombo"));
    m_authorityCombo->setAccessibleName(tr("Authority"));
    m_authorityCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // On a laptop the row has no room for a long name ("Exampleshire C…"): the tooltip has it whole.
    connect(m_authorityCombo, &QComboBox::currentTextChanged, m_authorityCombo, [this](const QString &name) {
        m_authorityCombo->setToolTip(name.isEmpty() ? QString() : tr("Authority: %1").arg(name));
    });
    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("dashboardYearCombo"));
    m_yearCombo->setAccessibleName(tr("Year"));
    // As wide as "2024", not wider: on a laptop the authority's name needs the room.
    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_areaCombo = new QComboBox(this);
    m_areaCombo->setObjectName(QStringLiteral("dashboardAreaCombo"));
    m_areaCombo->setAccessibleName(tr("Service area"));
    m_areaCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_areaCombo->addItem(tr("Adult and children's"), areaSelectionKey(AreaSelection::Combined));
    m_areaCombo->addItem(tr("Adult only"), areaSelectionKey(AreaSelection::Adult));
    m_areaCombo->addItem(tr("Children's only"), areaSelectionKey(AreaSelection::Children));
    const QString savedArea = QSettings().value(kAreaKey, areaSelectionKey(AreaSelection::Combined)).toString();
    m_areaCombo->setCurrentIndex(std::max(0, m_areaCombo->findData(savedArea)));

    // 0.80-1.25 is NHS England's non-adverse range (A fair experience for all, 2019); SC-WRES
    // publishes none, so the project group may set its own.
    const NonAdverseRange defaults;
    QSettings settings;
    m_lowerSpin = new QDoubleSpinBox(this);
    m_lowerSpin->setObjectName(QStringLiteral("rangeLowerSpin"));
    m_lowerSpin->setAccessibleName(tr("Lower end of the non-adverse range"));
    m_lowerSpin->setRange(0.01, 0.99);
    m_lowerSpin->setDecimals(2);
    m_lowerSpin->setSingleStep(0.01);
    m_lowerSpin->setValue(settings.value(kLowerKey, defaults.lower).toDouble());
    m_upperSpin = new QDoubleSpinBox(this);
    m_upperSpin->setObjectName(QStringLiteral("rangeUpperSpin"));
    m_upperSpin->setAccessibleName(tr("Upper end of the non-adverse range"));
    m_upperSpin->setRange(1.01, 20.0);
    m_upperSpin->setDecimals(2);
    m_upperSpin->setSingleStep(0.01);
    m_upperSpin->setValue(settings.value(kUpperKey, defaults.upper).toDouble());
    auto *resetRange = new QPushButton(tr("Defa&ult range"), this);
    resetRange->setObjectName(QStringLiteral("rangeResetButton"));
    resetRange->setAccessibleName(tr("Reset the non-adverse range to 0.80 to 1.25"));
    resetRange->setToolTip(tr("0.80 to 1.25: NHS England's non-adverse range (the four-fifths rule)"));

    controls->addWidget(buddyLabel(tr("&Authority:"), m_authorityCombo, this));
    controls->addWidget(m_authorityCombo);
    controls->addWidget(buddyLabel(tr("&Year:"), m_yearCombo, this));
    controls->addWidget(m_yearCombo);
    controls->addWidget(buddyLabel(tr("A&rea:"), m_areaCombo, this));
    controls->addWidget(m_areaCombo);
    controls->addSpacing(12);
    controls->addWidget(buddyLabel(tr("&Non-adverse range:"), m_lowerSpin, this));
    controls->addWidget(m_lowerSpin);
    controls->addWidget(buddyLabel(tr("to"), m_upperSpin, this));
    controls->addWidget(m_upperSpin);
    controls->addWidget(resetRange);
    // Katz stays the default; the exact interval is the better reading at small counts
    // (docs/metrics.md §4a).
    m_intervalCombo = new QComboBox(this);
    m_intervalCombo->setObjectName(QStringLiteral("intervalMethodCombo"));
    m_intervalCombo->setAccessibleName(tr("How the 95% interval is computed"));
    m_intervalCombo->addItem(tr("Katz log (default)"), intervalMethodKey(IntervalMethod::Katz));
    m_intervalCombo->addItem(tr("Exact (small counts)"), intervalMethodKey(IntervalMethod::Exact));
    m_intervalCombo->setToolTip(tr("The exact interval (Clopper–Pearson based) is wider and safer when a group has "
                                   "few events; neither is part of the published SC-WRES method."));
    m_intervalCombo->setCurrentIndex(
        std::max(0, m_intervalCombo->findData(settings.value(kIntervalKey, intervalMethodKey(IntervalMethod::Katz)))));
    controls->addSpacing(12);
    controls->addWidget(buddyLabel(tr("&Interval:"), m_intervalCombo, this));
    controls->addWidget(m_intervalCombo);
    controls->addStretch();
    layout->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(m_authorityCombo, &QComboBox::activated, this, [this] {
        Database *db = m_workspace->database();
        const long long id = m_authorityCombo->currentData().toLongLong();
        if (!db || id == 0)
            return;
        const std::vector<int> years = db->years(id);
        // Keep the year when the other authority has it, else its newest year.
        const int year = std::find(years.begin(), years.end(), m_workspace->currentYear()) != years.end()
                           ? m_workspace->currentYear()
                           : (years.empty() ? 0 : years.back());
        m_workspace->select(id, year);
    });
    connect(m_yearCombo, &QComboBox::activated, this, [this] {
        m_workspace->select(m_authorityCombo->currentData().toLongLong(), m_yearCombo->currentData().toInt());
    });
    connect(m_areaCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kAreaKey, m_areaCombo->currentData().toString());
        recompute();
    });
    connect(m_intervalCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kIntervalKey, m_intervalCombo->currentData().toString());
        recompute();
    });
    connect(m_lowerSpin, &QDoubleSpinBox::valueChanged, this, &DashboardPanel::onRangeEdited);
    connect(m_upperSpin, &QDoubleSpinBox::valueChanged, this, &DashboardPanel::onRangeEdited);
    connect(resetRange, &QPushButton::clicked, this, [this, defaults] {
        m_lowerSpin->setValue(defaults.lower);
        m_upperSpin->setValue(defaults.upper);
    });
}

void DashboardPanel::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setAccessibleName(tr("Dashboard views"));
    m_tabs->setDocumentMode(true);

    auto *overviewSplitter = new QSplitter(Qt::Vertical, m_tabs);
    overviewSplitter->setObjectName(QStringLiteral("overviewSplitter"));
    m_overviewModel = new OverviewModel(this);
    m_overview = new QTableView(overviewSplitter);
    m_overview->setObjectName(QStringLiteral("overviewTable"));
    m_overview->setAccessibleName(tr("Overview of the metrics. Press Enter on a row to open that metric's detail."));
    m_overview->setModel(m_overviewModel);
    m_overview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overview->setWordWrap(true);
    m_overview->setAlternatingRowColors(true);
    m_overview->verticalHeader()->setVisible(false);
    m_overview->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Column widths are set by fitOverviewColumns: each as wide as its text, the compact wording
    // on a laptop, and wrapped rather than scrolled sideways when even that is too wide (issue 18).
    m_overview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_overview->horizontalHeader()->setStretchLastSection(true);
    m_forest = new ChartPanel(QStringLiteral("forest"), overviewSplitter);
    // The table's rows come first on a laptop: the forest plot may be shorter than other charts.
    m_forest->chartView()->setMinimumHeight(120);
    overviewSplitter->addWidget(m_overview);
    overviewSplitter->addWidget(m_forest);
    overviewSplitter->setStretchFactor(0, 0);
    overviewSplitter->setStretchFactor(1, 1);
    overviewSplitter->setChildrenCollapsible(false);
    overviewSplitter->setSizes({230, 400});
    m_overviewSplitter = overviewSplitter;
    const QByteArray savedSplitter = QSettings().value(kSplitterKey).toByteArray();
    m_overviewSizedByUser = !savedSplitter.isEmpty() && overviewSplitter->restoreState(savedSplitter);
    connect(overviewSplitter, &QSplitter::splitterMoved, this, [this] {
        m_overviewSizedByUser = true;
        QSettings().setValue(kSplitterKey, m_overviewSplitter->saveState());
    });
    overviewSplitter->installEventFilter(this);
    m_tabs->addTab(overviewSplitter, tr("&Overview"));
    connect(m_overview, &QTableView::activated, this,
            [this](const QModelIndex &index) { showMetricDetail(m_overviewModel->metricAt(index.row())); });

    m_payBands = new ChartPanel(QStringLiteral("payBands"), m_tabs);
    m_tabs->addTab(m_payBands, tr("Pay &bands (1)"));
    m_likelihoods = new ChartPanel(QStringLiteral("likelihoods"), m_tabs);
    m_tabs->addTab(m_likelihoods, tr("&Likelihoods (2-8)"));

    auto *trendPage = new QWidget(m_tabs);
    auto *trendLayout = new QVBoxLayout(trendPage);
    auto *trendTop = new QHBoxLayout;
    m_trendMetricCombo = new QComboBox(trendPage);
    m_trendMetricCombo->setObjectName(QStringLiteral("trendMetricCombo"));
    m_trendMetricCombo->setAccessibleName(tr("Metric shown in the trend chart"));
    for (MetricId id : kMetricIds) {
        if (id != MetricId::M1)
            m_trendMetricCombo->addItem(metricChartLabel(id), static_cast<int>(id));
    }
    trendTop->addWidget(buddyLabel(tr("Trend of &metric:"), m_trendMetricCombo, trendPage));
    trendTop->addWidget(m_trendMetricCombo);
    trendTop->addStretch();
    trendLayout->addLayout(trendTop);
    m_trend = new ChartPanel(QStringLiteral("trend"), trendPage);
    trendLayout->addWidget(m_trend, 1);
    m_tabs->addTab(trendPage, tr("&Trend"));
    connect(m_trendMetricCombo, &QComboBox::currentIndexChanged, this, &DashboardPanel::refreshCharts);

    m_seniorManagers = new ChartPanel(QStringLiteral("seniorManagers"), m_tabs);
    m_tabs->addTab(m_seniorManagers, tr("&Senior managers (9)"));

    m_detail = new MetricDetailView(m_tabs);
    m_tabs->addTab(m_detail, tr("Metric &detail"));
    connect(m_detail, &MetricDetailView::metricChosen, this, &DashboardPanel::showMetricDetail);

    layout()->addWidget(m_tabs);
}

void DashboardPanel::reloadAuthorities()
{
    m_updatingControls = true;
    m_authorityCombo->clear();
    if (Database *db = m_workspace->database()) {
        for (const Authority &a : db->authorities())
            m_authorityCombo->addItem(a.name, a.id);
    }
    m_updatingControls = false;
}

void DashboardPanel::reloadYears()
{
    m_yearCombo->clear();
    Database *db = m_workspace->database();
    const long long id = m_workspace->currentAuthorityId();
    if (!db || id == 0)
        return;
    for (int year : db->years(id)) {
        const auto ret = db->loadReturn(id, year);
        m_yearCombo->addItem(ret && !ret->complete ? tr("%1 (draft)").arg(year) : QString::number(year), year);
    }
}

void DashboardPanel::followSelection()
{
    m_updatingControls = true;
    m_authorityCombo->setCurrentIndex(m_authorityCombo->findData(m_workspace->currentAuthorityId()));
    reloadYears();
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(m_workspace->currentYear()));
    m_updatingControls = false;
    recompute();
}

void DashboardPanel::setArea(AreaSelection area)
{
    m_areaCombo->setCurrentIndex(std::max(0, m_areaCombo->findData(areaSelectionKey(area))));
}

AreaSelection DashboardPanel::area() const
{
    return areaSelectionFromKey(m_areaCombo->currentData().toString()).value_or(AreaSelection::Combined);
}

NonAdverseRange DashboardPanel::range() const
{
    return NonAdverseRange{m_lowerSpin->value(), m_upperSpin->value()};
}

IntervalMethod DashboardPanel::intervalMethod() const
{
    return intervalMethodFromKey(m_intervalCombo->currentData().toString()).value_or(IntervalMethod::Katz);
}

void DashboardPanel::onRangeEdited()
{
    QSettings settings;
    settings.setValue(kLowerKey, m_lowerSpin->value());
    settings.setValue(kUpperKey, m_upperSpin->value());
    recompute();
}

void DashboardPanel::recompute()
{
    if (m_updatingControls)
        return;
    m_reports.load(m_workspace->database(), m_workspace->currentAuthorityId(), m_workspace->currentYear(), area(),
                   range(), intervalMethod());
    m_overviewModel->setReport(m_reports.hasReport() ? std::optional<MetricReport>(m_reports.report()) : std::nullopt);
    fitOverview();
    if (m_reports.hasReport()) {
        const MetricReport &r = m_reports.report();
        m_summary->setText(tr("%1, %2, %3. Every relative likelihood is minority ethnic relative to white; "
                              "non-adverse range %4 to %5.")
                               .arg(r.authority)
                               .arg(r.year)
                               .arg(areaSelectionName(r.area), formatRelativeLikelihood(r.range.lower),
                                    formatRelativeLikelihood(r.range.upper)));
        if (r.draft)
            m_summary->setText(tr("Draft: %1 is not marked complete, so these are draft figures, left out of the "
                                  "trend and of other years' comparisons.")
                                   .arg(r.year)
                               + QLatin1Char(' ') + m_summary->text());
    } else {
        m_summary->setText(m_workspace->currentAuthorityId() == 0
                               ? tr("Choose an authority in the navigator to see its metrics.")
                               : tr("Choose a year of this authority to see its metrics."));
    }
    if (window()->isVisible() && !isVisible())
        m_chartsStale = true; // drawn when the dashboard is shown
    else
        refreshCharts();
    Q_EMIT reportsChanged();
}

void DashboardPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartsStale) {
        m_chartsStale = false;
        refreshCharts();
    }
}

void DashboardPanel::fitOverviewColumns()
{
    // The full wording when every column fits the table's width on one line, else the compact
    // one (the full wording stays in each cell's tooltip and accessible text).
    // Hidden, the table has no width of its own yet: it is fitted when it is shown.
    const int available = m_overview->viewport()->width();
    const int rows = m_overviewModel->rowCount();
    if (!m_overview->isVisible() || available <= 0 || rows == 0)
        return;
    constexpr int kColumns = OverviewModel::ColumnCount;
    // Each column's cell widths, widest first, and its heading's.
    const auto measure = [&](std::array<std::vector<int>, kColumns> &cells, std::array<int, kColumns> &headings) {
        for (int column = 0; column < kColumns; ++column) {
            cells[std::size_t(column)].clear();
            for (int row = 0; row < rows; ++row)
                // + 1: the grid line QTableView adds to each column.
                cells[std::size_t(column)].push_back(
                    m_overview->sizeHintForIndex(m_overviewModel->index(row, column)).width() + 1);
            std::sort(cells[std::size_t(column)].rbegin(), cells[std::size_t(column)].rend());
            headings[std::size_t(column)] = m_overview->horizontalHeader()->sectionSizeHint(column);
        }
    };
    std::array<std::vector<int>, kColumns> cells;
    std::array<int, kColumns> headings{};
    std::array<int, kColumns> widths{};
    const auto natural = [&] {
        for (int column = 0; column < kColumns; ++column)
            widths[std::size_t(column)] = std::max(cells[std::size_t(column)].front(), headings[std::size_t(column)]);
        return std::accumulate(widths.begin(), widths.end(), 0);
    };
    m_overviewModel->setCompact(false);
    measure(cells, headings);
    if (natural() > available) {
        m_overviewModel->setCompact(true);
        measure(cells, headings);
        natural();
    }
    // Still too wide (a narrow window): the fewest cells wrap onto a second line. Step by step,
    // a column of words gives up the width its widest remaining cell needs beyond the next one,
    // the largest saving first; the metric's name never wraps.
    constexpr int kFloor = 80;
    int excess = std::accumulate(widths.begin(), widths.end(), 0) - available;
    for (int level = 1; excess > 0 && level < rows; ++level) {
        std::vector<std::pair<int, int>> savings; // (saving, column)
        for (int column = OverviewModel::RlColumn; column < kColumns; ++column) {
            const int next = std::max({cells[std::size_t(column)][std::size_t(level)], headings[std::size_t(column)] / 2, kFloor});
            if (widths[std::size_t(column)] > next)
                savings.emplace_back(widths[std::size_t(column)] - next, column);
        }
        std::sort(savings.rbegin(), savings.rend());
        for (const auto &[saving, column] : savings) {
            const int cut = std::min(saving, excess);
            widths[std::size_t(column)] -= cut;
            excess -= cut;
            if (excess <= 0)
                break;
        }
    }
    for (int column = 0; column < kColumns; ++column)
        m_overview->setColumnWidth(column, widths[std::size_t(column)]);
}

void DashboardPanel::fitOverview()
{
    fitOverviewColumns();
    if (m_overviewSizedByUser || m_overviewSplitter->height() <= 0)
        return;
    // Rows wrap (ResizeToContents), so their heights follow the column widths of the moment.
    m_overview->resizeRowsToContents();
    int needed = m_overview->horizontalHeader()->height() + m_overview->verticalHeader()->length()
               + 2 * m_overview->frameWidth();
    if (m_overview->horizontalScrollBar()->isVisible())
        needed += m_overview->horizontalScrollBar()->height();
    const int total = m_overviewSplitter->height() - m_overviewSplitter->handleWidth();
    const int chart = std::max(m_forest->minimumSizeHint().height(), total - needed);
    m_overviewSplitter->setSizes({total - chart, chart});
}

bool DashboardPanel::eventFilter(QObject *watched, QEvent *event)
{
    // After the splitter has handled the event itself: its own resize would share the new height
    // out again by its stretch factors.
    if (watched == m_overviewSplitter && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        QMetaObject::invokeMethod(this, &DashboardPanel::fitOverview, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

std::optional<MetricId> DashboardPanel::currentMetric() const
{
    QWidget *page = m_tabs->currentWidget();
    if (page == m_detail)
        return m_detail->metric();
    if (page == m_payBands)
        return MetricId::M1;
    if (page == m_seniorManagers)
        return MetricId::M9;
    if (page == m_trend->parentWidget())
        return static_cast<MetricId>(m_trendMetricCombo->currentData().toInt());
    const QModelIndex row = m_overview->currentIndex();
    if (row.isValid() && m_overview->selectionModel()->isRowSelected(row.row(), {}))
        return m_overviewModel->metricAt(row.row());
    return std::nullopt;
}

int DashboardPanel::currentTab() const
{
    return m_tabs->currentIndex();
}

void DashboardPanel::setCurrentTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void DashboardPanel::refreshCharts()
{
    // Built from the current palette each time, so the charts follow a change of theme.
    const ChartFactory factory(ChartPalette::fromPalette(palette()), kWideTitle);
    m_detail->present(m_reports, ChartFactory(ChartPalette::fromPalette(palette()), kNarrowTitle));
    if (!m_reports.hasReport()) {
        const QString none = tr("No data selected.");
        for (ChartPanel *panel : {m_forest, m_payBands, m_likelihoods, m_trend, m_seniorManagers})
            panel->setMessage(none);
        return;
    }
    const MetricReport &report = m_reports.report();
    const ChartData data = ChartData::fromReport(report, m_reports.currentReturn().populationMinorityEthnicPercent);
    if (data.forest.rows.empty())
        m_forest->setMessage(tr("No metric has a relative likelihood for this selection."));
    else
        m_forest->setChart(
            [factory, d = data.forest] {
                // Beside the plot, the legend leaves it the height of all nine rows under the
                // overview table on a laptop.
                auto chart = factory.forestPlot(d);
                ChartFactory::placeLegendBeside(*chart);
                return chart;
            },
            data.forest.table(),
                           data.forest.labels.title);
    if (data.payBands.collected)
        m_payBands->setChart([factory, d = data.payBands] { return factory.payBands(d); }, data.payBands.table(),
                             data.payBands.labels.title);
    else
        m_payBands->setMessage(tr("The pay bands were not collected for this selection."));
    if (data.likelihoods.bars.empty())
        m_likelihoods->setMessage(tr("No metric from 2 to 8 has likelihoods for this selection."));
    else
        m_likelihoods->setChart(
            [factory, d = data.likelihoods] {
                // As wide as the window: the small-numbers note on one line, not five.
                auto chart = factory.likelihoods(d);
                ChartFactory::wrapLegendAt(*chart, 60);
                return chart;
            },
            data.likelihoods.table(), data.likelihoods.labels.title);
    m_seniorManagers->setChart([factory, d = data.seniorManagers] { return factory.seniorManagers(d); },
                               data.seniorManagers.table(), data.seniorManagers.labels.title);
    const auto trendMetric = static_cast<MetricId>(m_trendMetricCombo->currentData().toInt());
    const TrendChartData trend = trendChartData(m_reports.history(), trendMetric);
    m_trend->setChart([factory, trend] { return factory.trend(trend); }, trend.table(), trend.labels.title);
}

void DashboardPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshCharts();
}

void DashboardPanel::showMetricDetail(MetricId id)
{
    m_detail->setMetric(id);
    m_detail->present(m_reports, ChartFactory(ChartPalette::fromPalette(palette()), kNarrowTitle));
    m_tabs->setCurrentWidget(m_detail);
}

} // namespace scwres
