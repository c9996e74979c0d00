// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "Metric.h"

#include <QGroupBox>

class QLabel;

namespace scwres {

struct MetricReport;

// Beside a metric's grid: what its numbers say, from the metric engine, redrawn on every edit.
// For a ratio metric the two likelihoods, the RL, the status in words and the phrase; for
// metric 1 the minority ethnic share of each national band and of the workforce.
class MetricFiguresBox final : public QGroupBox {
    Q_OBJECT

public:
    MetricFiguresBox(MetricId metric, QWidget *parent = nullptr);

    // report null: the area is not returned this year.
    void showReport(const MetricReport *report);
    // Instead of figures from impossible counts (appointed above shortlisted gave "RL 12.00").
    void showBlockedByErrors(int errors);
    QString figuresText() const;

private:
    void showRatio(const MetricReport &report);
    void showPayBands(const MetricReport &report);

    MetricId m_metric;
    QLabel *m_figures = nullptr;
};

} // namespace scwres
