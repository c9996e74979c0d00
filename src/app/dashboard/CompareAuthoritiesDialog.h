// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AuthorityComparison.h"
#include "MetricEngine.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace scwres {

class ChartPanel;
class Database;

// View > Compare authorities (issue 17 item 6): every authority in the database for a year and a
// ratio metric, sorted by RL, as a caterpillar chart (each RL with its interval bar, the range
// shaded, parity and the national RL as lines) and a table of the same rows. The user's own
// authority is in bold, marked "▶ … (your authority)" and drawn with its own star marker.
// The chart saves as PNG or SVG (its panel's "Save chart as…"), the table as CSV.
class CompareAuthoritiesDialog final : public QDialog {
    Q_OBJECT

public:
    CompareAuthoritiesDialog(Database *database, const QString &ownAuthority, int year, NonAdverseRange range,
                             IntervalMethod intervalMethod, QWidget *parent = nullptr);

    const AuthorityComparison &comparison() const { return m_comparison; }
    ChartPanel *chartPanel() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    void setYear(int year);
    void setMetric(MetricId id);
    // Writes the table as CSV (through a temporary file renamed into place); on failure says why.
    bool exportCsv(const QString &path, QString *error) const;

private:
    void refresh();
    void exportCsvDialog();

    Database *m_database;
    QString m_own;
    MetricEngine m_engine;
    AuthorityComparison m_comparison;
    QComboBox *m_yearCombo = nullptr;
    QComboBox *m_metricCombo = nullptr;
    QLabel *m_summary = nullptr;
    ChartPanel *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_csvButton = nullptr;
};

} // namespace scwres
