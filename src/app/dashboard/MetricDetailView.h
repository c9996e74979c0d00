// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace scwres {

class ChartFactory;
class ChartPanel;
class DashboardReports;

// One metric in full: its definition, the counts (with unknown and its share), both
// likelihoods, the RL and its interval, the status, the generated sentence, the data-quality
// note, its chart and its trend.
class MetricDetailView final : public QWidget {
    Q_OBJECT

public:
    explicit MetricDetailView(QWidget *parent = nullptr);

    // reports may have no report (nothing selected): the view then says so.
    void present(const DashboardReports &reports, const ChartFactory &factory);
    MetricId metric() const;
    void setMetric(MetricId id);

Q_SIGNALS:
    void metricChosen(MetricId id);

private:
    void fillCounts(const MetricReport &report, MetricId id);
    void presentProgression(const MetricReport &report, const ChartFactory &factory);
    static QString progressionSummary(const MetricReport &report);
    void fillFigures(const MetricReport &report, MetricId id);
    QString dataQualityNote(const AnnualReturn &ret, AreaSelection area, MetricId id) const;

    QComboBox *m_metricCombo = nullptr;
    QLabel *m_definition = nullptr;
    QTableWidget *m_counts = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_note = nullptr;
    ChartPanel *m_chart = nullptr;
    ChartPanel *m_trend = nullptr;
    // Metric 1 only: the steps up the national and the council's own bands (issue 17 item 4).
    QTabWidget *m_chartTabs = nullptr;
    QWidget *m_progressionPage = nullptr;
    ChartPanel *m_progression = nullptr;
    ChartPanel *m_progressionLocal = nullptr;
};

} // namespace scwres
