// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "CompareAuthoritiesDialog.h"

#include "charts/ChartFactory.h"
#include "charts/ChartPalette.h"
#include "charts/ChartPanel.h"
#include "window/Dialogs.h"

#include "Database.h"
#include "MetricTally.h"
#include "NationalFigures.h"
#include "SafeWrite.h"

#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace scwres {

namespace {

const QString kLastDirKey = QStringLiteral("compare/lastDirectory");

} // namespace

CompareAuthoritiesDialog::CompareAuthoritiesDialog(Database *database, const QString &ownAuthority, int year,
                                                   NonAdverseRange range, IntervalMethod intervalMethod,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_own(ownAuthority)
    , m_engine(range, intervalMethod)
{
    setObjectName(QStringLiteral("compareAuthoritiesDialog"));
    setWindowTitle(tr("Compare authorities"));
    setAccessibleName(tr("Compare authorities"));
    resize(1000, 720);
    auto *layout = new QVBoxLayout(this);

    auto *choices = new QFormLayout;
    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("compareYear"));
    m_yearCombo->setAccessibleName(tr("Year"));
    std::set<int> years{year};
    if (m_database)
        for (const Authority &authority : m_database->authorities())
            for (int stored : m_database->years(authority.id))
                years.insert(stored);
    for (auto it = years.rbegin(); it != years.rend(); ++it)
        if (*it > 0)
            m_yearCombo->addItem(QString::number(*it), *it);
    m_metricCombo = new QComboBox(this);
    m_metricCombo->setObjectName(QStringLiteral("compareMetric"));
    m_metricCombo->setAccessibleName(tr("Metric"));
    for (MetricId id : tally::kRatioMetrics)
        m_metricCombo->addItem(tr("%1 %2").arg(metricKey(id), metricShortTitle(id)), static_cast<int>(id));
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearCombo);
    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metricCombo);
    choices->addRow(yearLabel, m_yearCombo);
    choices->addRow(metricLabel, m_metricCombo);
    layout->addLayout(choices);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_chart = new ChartPanel(QStringLiteral("compare"), splitter);
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Authorities compared, one row per authority"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setSizes({450, 250});
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_csvButton = buttons->addButton(tr("E&xport table as CSV..."), QDialogButtonBox::ActionRole);
    m_csvButton->setObjectName(QStringLiteral("compareExportCsvButton"));
    m_csvButton->setAccessibleName(tr("Export the table as CSV"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_csvButton, &QPushButton::clicked, this, &CompareAuthoritiesDialog::exportCsvDialog);
    layout->addWidget(buttons);

    setYear(year);
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &CompareAuthoritiesDialog::refresh);
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, &CompareAuthoritiesDialog::refresh);
    refresh();
}

void CompareAuthoritiesDialog::setYear(int year)
{
    const int index = m_yearCombo->findData(year);
    if (index >= 0)
        m_yearCombo->setCurrentIndex(index);
}

void CompareAuthoritiesDialog::setMetric(MetricId id)
{
    const int index = m_metricCombo->findData(static_cast<int>(id));
    if (index >= 0)
        m_metricCombo->setCurrentIndex(index);
}

void CompareAuthoritiesDialog::refresh()
{
    const int year = m_yearCombo->currentData().toInt();
    const auto metric = static_cast<MetricId>(m_metricCombo->currentData().toInt());
    m_comparison = AuthorityComparison{};
    m_comparison.year = year;
    m_comparison.metric = metric;
    m_comparison.range = m_engine.range();
    static const NationalFigures national = NationalFigures::builtIn();
    QString error;
    if (m_database) {
        if (auto all = compareAuthorities(*m_database, year, {metric}, m_engine, national, &error))
            m_comparison = all->front();
    }

    const ForestPlotData data = comparisonChartData(m_comparison, m_own);
    const ChartTable table = comparisonTable(m_comparison, m_own);
    if (!error.isEmpty())
        m_chart->setMessage(tr("The authorities could not be compared: %1").arg(error));
    else if (data.rows.empty())
        m_chart->setMessage(tr("No authority has a relative likelihood for metric %1 in %2.")
                                .arg(metricKey(metric))
                                .arg(year));
    else
    {
        const ChartFactory factory(ChartPalette::fromPalette(palette()));
        m_chart->setChart([factory, data] { return factory.forestPlot(data); }, table, data.labels.title);
    }
    const int withFigure = static_cast<int>(data.rows.size());
    m_summary->setText(
        tr("%1 authorities, %2 with a relative likelihood (minority ethnic relative to white), lowest first; the "
           "non-adverse range is %3 to %4. Authorities without a figure are listed last.")
            .arg(m_comparison.rows.size())
            .arg(withFigure)
            .arg(formatRelativeLikelihood(m_comparison.range.lower), formatRelativeLikelihood(m_comparison.range.upper)));

    m_table->clear();
    m_table->setColumnCount(static_cast<int>(table.headers.size()));
    m_table->setHorizontalHeaderLabels(table.headers);
    m_table->setRowCount(static_cast<int>(table.rows.size()));
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const bool own = r < m_comparison.rows.size() && m_comparison.rows[r].authority == m_own;
        for (int c = 0; c < table.rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(table.rows[r][c]);
            if (own) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(static_cast<int>(r), c, item);
        }
    }
}

bool CompareAuthoritiesDialog::exportCsv(const QString &path, QString *error) const
{
    QString reason;
    if (!SafeWrite::write(path, comparisonCsv(m_comparison, m_own), &reason)) {
        if (error)
            *error = SafeWrite::failureMessage(path, reason);
        return false;
    }
    return true;
}

void CompareAuthoritiesDialog::exportCsvDialog()
{
    const QString dir = QSettings().value(kLastDirKey, QDir::homePath()).toString();
    QString path = Dialogs::saveFileName(this, tr("Export table as CSV"), dir, tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".csv");
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    QString error;
    if (!exportCsv(path, &error))
        Dialogs::warning(this, tr("Export table as CSV"), error);
}

} // namespace scwres
