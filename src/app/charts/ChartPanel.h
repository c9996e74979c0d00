// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ChartData.h"

#include <QWidget>

#include <functional>
#include <memory>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace scwres {

// A chart with what every chart of the program offers: "Save chart as…" (PNG or SVG), copy to
// the clipboard, and "Show as table" (the same numbers in a grid, for people who cannot read
// the chart). The panel keeps the recipe of its chart, not the chart, so that every save or copy
// draws a fresh chart at a fixed size, independent of the window.
class ChartPanel final : public QWidget {
    Q_OBJECT

public:
    using ChartBuilder = std::function<std::unique_ptr<QChart>()>;

    // name: the chart's purpose in a few words, for accessibility and the object names of its
    // parts ("<name>ChartView", "<name>Table", "<name>SaveButton", …).
    explicit ChartPanel(const QString &name, QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Shows a new chart (build is called now and for every save or copy) and its table.
    void setChart(ChartBuilder build, const ChartTable &table, const QString &accessibleName);
    // Shows a sentence instead of a chart (no data for this selection).
    void setMessage(const QString &message);

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QTableView *tableView() const { return m_table; }
    bool isTableShown() const;
    void setTableShown(bool shown);

    bool saveChart(const QString &path, QString *error) const;
    void copyToClipboard() const;
    // Asks for a file (PNG or SVG) and saves the chart there: the "Save chart as..." button.
    void saveChartDialog();

private:
    void replaceChart(std::unique_ptr<QChart> chart);

    ChartBuilder m_build;
    QString m_title;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_saveButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_tableButton = nullptr;
};

} // namespace scwres
