// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ChartPanel.h"

#include "ChartRenderer.h"
#include "window/Dialogs.h"

#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace scwres {

namespace {
const QString kLastDirKey = QStringLiteral("lastDirectory"); // shared with the main window's file dialogs

QToolButton *toolButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}
} // namespace

ChartPanel::ChartPanel(const QString &name, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(name + QStringLiteral("ChartPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_tableButton = toolButton(tr("Sho&w as table"), name + QStringLiteral("TableButton"), this);
    m_tableButton->setCheckable(true);
    m_saveButton = toolButton(tr("Save chart as..."), name + QStringLiteral("SaveButton"), this);
    m_copyButton = toolButton(tr("Copy chart"), name + QStringLiteral("CopyButton"), this);
    buttons->addWidget(m_tableButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_copyButton);
    layout->addLayout(buttons);

    // The title on screen is a label that wraps: QChart cuts a long title short ("…by year: r...")
    // in a narrow panel. Saved and copied pictures keep the title inside the chart.
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(name + QStringLiteral("Title"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setAlignment(Qt::AlignHCenter);
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->hide();
    layout->addWidget(m_titleLabel);

    m_stack = new QStackedWidget(this);
    m_view = new QChartView(m_stack);
    m_view->setObjectName(name + QStringLiteral("ChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus); // so keyboard users reach the chart and its name
    m_view->setMinimumHeight(200);
    m_model = new QStandardItemModel(this);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(name + QStringLiteral("Message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_tableButton, &QToolButton::toggled, this, &ChartPanel::setTableShown);
    connect(m_saveButton, &QToolButton::clicked, this, &ChartPanel::saveChartDialog);
    connect(m_copyButton, &QToolButton::clicked, this, &ChartPanel::copyToClipboard);
    setMessage(tr("No chart for this selection."));
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::replaceChart(std::unique_ptr<QChart> chart)
{
    // QChartView gives up the old chart without deleting it.
    QChart *old = m_view->chart();
    m_view->setChart(chart.release());
    delete old;
}

void ChartPanel::setChart(ChartBuilder build, const ChartTable &table, const QString &accessibleName)
{
    m_build = std::move(build);
    std::unique_ptr<QChart> chart = m_build();
    m_title = chart->title();
    m_titleLabel->setText(QTextDocumentFragment::fromHtml(m_title).toPlainText().replace(QLatin1Char('\n'), QLatin1Char(' ')));
    m_titleLabel->setVisible(!m_title.isEmpty());
    chart->setTitle(QString());
    replaceChart(std::move(chart));
    m_view->setAccessibleName(accessibleName);
    m_view->setAccessibleDescription(tr("Chart. Use \"Show as table\" to read the same figures as a table."));
    m_table->setAccessibleName(tr("Table: %1").arg(accessibleName));

    m_model->clear();
    m_model->setHorizontalHeaderLabels(table.headers);
    for (const QStringList &row : table.rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : row)
            items << new QStandardItem(cell);
        m_model->appendRow(items);
    }
    m_saveButton->setEnabled(true);
    m_copyButton->setEnabled(true);
    m_tableButton->setEnabled(true);
    setTableShown(m_tableButton->isChecked());
}

void ChartPanel::setMessage(const QString &message)
{
    m_build = nullptr;
    m_titleLabel->hide();
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_stack->setCurrentWidget(m_message);
    m_saveButton->setEnabled(false);
    m_copyButton->setEnabled(false);
    m_tableButton->setEnabled(false);
}

QChart *ChartPanel::chart() const
{
    return m_build ? m_view->chart() : nullptr;
}

bool ChartPanel::isTableShown() const
{
    return m_build && m_stack->currentWidget() == m_table;
}

void ChartPanel::setTableShown(bool shown)
{
    if (m_tableButton->isChecked() != shown)
        m_tableButton->setChecked(shown); // comes back here through toggled
    if (!m_build)
        return;
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_table) : m_view);
}

bool ChartPanel::saveChart(const QString &path, QString *error) const
{
    if (!m_build) {
        if (error)
            *error = tr("There is no chart to save.");
        return false;
    }
    return ChartRenderer::save(m_build(), path, m_title, error);
}

void ChartPanel::copyToClipboard() const
{
    if (!m_build)
        return;
    QGuiApplication::clipboard()->setImage(ChartRenderer::toImage(m_build()));
}

void ChartPanel::saveChartDialog()
{
    if (!m_build)
        return;
    const QString dir = QSettings().value(kLastDirKey, QDir::homePath()).toString();
    QString path = Dialogs::saveFileName(this, tr("Save chart as"), dir,
                                         tr("PNG image (*.png);;SVG vector image (*.svg)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("svg"))
        path += QStringLiteral(".png");
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    QString error;
    if (!saveChart(path, &error))
        Dialogs::warning(this, tr("Save chart as"), error);
}

} // namespace scwres
