// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "PresentationText.h"

#include "ChartData.h"

#include <QWidget>

#include <functional>
#include <memory>

class QChart;
class QLabel;

namespace scwres {

class ChartFactory;
class ChartPanel;
class DashboardReports;
class ReportSuppression;

// One page of presentation mode, read from the back of a room: the heading, the metric's name,
// its sentence in large type, the figure with its status (shape and words, never the colour
// alone) and certainty, last year and the national figure beside the chart; or the overview
// (the forest plot). The widgets stay; each page refills them.
class PresentationPage final : public QWidget {
    Q_OBJECT

public:
    explicit PresentationPage(QWidget *parent = nullptr);

    // The size of body text in pixels (at least 24); figures are twice that. Takes effect on the
    // next page shown (the window shows the page again).
    void setBodyPixels(int pixels);
    int bodyPixels() const { return m_body; }

    void showNothing(const QString &why);
    void showOverview(const DashboardReports &reports, const ReportSuppression &published,
                      const ChartFactory &factory);
    void showMetric(const DashboardReports &reports, const ReportSuppression &published, const ChartFactory &factory,
                    MetricId id);
    // "Page 3 of 11" beside the heading; the publication preview's note (empty: none) under it.
    void setPlace(const QString &place, const QString &publication);

    ChartPanel *chartPanel() const { return m_chart; }

private:
    void setText(QLabel *label, const QString &text);
    void setFigureColumnShown(bool shown);
    void applyFonts();
    void showChart(const std::function<std::unique_ptr<QChart>()> &build, const ChartTable &table,
                   const QString &accessibleName);

    int m_body = 24;
    QString m_heading;
    QLabel *m_headingLabel = nullptr;
    QLabel *m_place = nullptr;
    QLabel *m_publication = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_sentence = nullptr;
    QWidget *m_figureColumn = nullptr;
    QLabel *m_figureCaption = nullptr;
    QLabel *m_figure = nullptr;
    QLabel *m_statusMark = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_certainty = nullptr;
    QLabel *m_smallNumbers = nullptr;
    QLabel *m_previous = nullptr;
    QLabel *m_national = nullptr;
    QLabel *m_keys = nullptr;
    ChartPanel *m_chart = nullptr;
};

} // namespace scwres
