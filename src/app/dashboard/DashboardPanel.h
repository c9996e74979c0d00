// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "DashboardReports.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace scwres {

class ChartPanel;
class MetricDetailView;
class OverviewModel;
class Workspace;

// The dashboard: the project group reads the metrics at a glance. Controls (authority and year
// follow the workspace's selection; service area; the non-adverse range, kept in QSettings),
// the overview with the forest plot, the charts of issue 6 and one metric in detail. It follows
// the data: an edit anywhere recomputes it at once. Every figure comes from MetricEngine.
class DashboardPanel final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    const DashboardReports &reports() const { return m_reports; }
    // Opens a metric's detail (what activating an overview row does).
    void showMetricDetail(MetricId id);
    // Shows the figures of area (what choosing it in the Area box does).
    void setArea(AreaSelection area);
    // The range and interval method in force (the Compare authorities view uses them too).
    NonAdverseRange range() const;
    IntervalMethod intervalMethod() const;
    AreaSelection area() const;
    // The metric the user is looking at: the detail's, the selected overview row's, or the one
    // chart's (pay bands: 1, trend: its metric, senior managers: 9); none on the overview as a
    // whole. Presentation mode (F5) opens on it.
    std::optional<MetricId> currentMetric() const;
    // The dashboard's own tab (Overview, Pay bands, …, Metric detail).
    int currentTab() const;
    void setCurrentTab(int index);

Q_SIGNALS:
    // The reports were recomputed (selection, area, range, interval or an edit).
    void reportsChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildControls();
    void buildTabs();
    void reloadAuthorities();
    void reloadYears();
    void followSelection();
    void recompute();
    void refreshCharts();
    void onRangeEdited();
    void fitOverviewColumns();
    void fitOverview();

    Workspace *m_workspace;
    DashboardReports m_reports;
    bool m_updatingControls = false;
    // The charts wait while the window is shown but the dashboard is not (someone typing in data
    // entry): rebuilding them took most of each committed cell's time (issue 28 item 8).
    bool m_chartsStale = false;

    QComboBox *m_authorityCombo = nullptr;
    QComboBox *m_yearCombo = nullptr;
    QComboBox *m_areaCombo = nullptr;
    QComboBox *m_intervalCombo = nullptr; // Katz (default) or exact, saved in the settings
    QDoubleSpinBox *m_lowerSpin = nullptr;
    QDoubleSpinBox *m_upperSpin = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewModel *m_overviewModel = nullptr;
    QTableView *m_overview = nullptr;
    QSplitter *m_overviewSplitter = nullptr;
    // Once the user drags the splitter, their position is kept (and saved); until then the table
    // gets the height of all its rows and the forest plot the rest.
    bool m_overviewSizedByUser = false;
    ChartPanel *m_forest = nullptr;
    ChartPanel *m_payBands = nullptr;
    ChartPanel *m_likelihoods = nullptr;
    QComboBox *m_trendMetricCombo = nullptr;
    ChartPanel *m_trend = nullptr;
    ChartPanel *m_seniorManagers = nullptr;
    MetricDetailView *m_detail = nullptr;
};

} // namespace scwres
