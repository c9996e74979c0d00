// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "BlockSection.h"
#include "window/TextLimitGuard.h"
#include "window/Workspace.h"
#include "ui_BlockSection.h"

#include "CountsGridModel.h"
#include "CurrentReturn.h"
#include "EntryTableView.h"
#include "MetricFiguresBox.h"
#include "NationalBandDelegate.h"
#include "PayBandTableModel.h"

#include <algorithm>
#include <vector>

#include <QGuiApplication>

#include <QTimer>

#include <QHeaderView>
#include <QSignalBlocker>

namespace scwres {

namespace {
// Long enough not to save mid-word, short enough that a crash loses at most a few keystrokes.
constexpr int kNoteSaveDelayMs = 300;
} // namespace

BlockSection::BlockSection(CurrentReturn *current, ServiceArea area, Block block, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::BlockSection>())
    , m_current(current)
    , m_area(area)
    , m_block(block)
{
    m_ui->setupUi(this);
    TextLimitGuard::apply(this);
    const MetricId metric = blockInfo(block).metric;
    const QString key = serviceAreaKey(area) + QLatin1Char('_') + QString::fromLatin1(blockInfo(block).key);
    setObjectName(QStringLiteral("section_") + key);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(tr("Metric %1: %2").arg(metricKey(metric), blockTitle(block)));
    m_ui->wordingLabel->setText(metricWording(metric));
    m_ui->notCollectedCheck->setObjectName(QStringLiteral("notCollected_") + key);
    m_ui->notCollectedCheck->setAccessibleName(
        tr("%1, %2: not collected").arg(serviceAreaName(area), blockTitle(block).toLower()));
    m_ui->noteEdit->setObjectName(QStringLiteral("note_") + key);
    m_ui->noteEdit->setAccessibleName(
        tr("%1, metric %2: data-quality note").arg(serviceAreaName(area), metricKey(metric)));
    m_ui->noteEdit->setMaximumHeight(m_ui->noteEdit->fontMetrics().lineSpacing() * 4);

    m_grid = new EntryTableView(this);
    m_grid->setObjectName(QStringLiteral("grid_") + key);
    m_grid->setAccessibleName(tr("%1, %2: counts").arg(serviceAreaName(area), blockTitle(block).toLower()));
    if (block == Block::PayBands) {
        auto *bands = new PayBandTableModel(current, area, this);
        m_model = bands;
        m_grid->setEntryModel(bands);
        m_grid->setItemDelegateForColumn(PayBandTableModel::NameColumn, new QStyledItemDelegate(m_grid));
        m_grid->setItemDelegateForColumn(PayBandTableModel::NationalBandColumn, new NationalBandDelegate(m_grid));
        for (QPushButton *button :
             {m_ui->addBandButton, m_ui->removeBandButton, m_ui->moveUpButton, m_ui->moveDownButton})
            button->setObjectName(button->objectName() + QLatin1Char('_') + serviceAreaKey(area));
        connect(m_ui->addBandButton, &QPushButton::clicked, this, &BlockSection::addBand);
        connect(m_ui->removeBandButton, &QPushButton::clicked, this, &BlockSection::removeBand);
        connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveBand(-1); });
        connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveBand(1); });
    } else {
        m_model = new CountsGridModel(current, area, block, this);
        m_grid->setEntryModel(m_model);
        m_ui->bandButtons->hide();
    }
    m_ui->gridLayout->addWidget(m_grid);
    m_ui->gridLayout->addStretch();

    m_figures = new MetricFiguresBox(metric, this);
    m_ui->bodyLayout->addWidget(m_figures);
    m_ui->bodyLayout->setStretch(0, 2);
    m_ui->bodyLayout->setStretch(1, 1);

    // Reading order: the switch, the band buttons (above the grid), the grid's counts, the note.
    // Hidden buttons (blocks other than pay bands) are passed over by Tab.
    const std::vector<QWidget *> order{m_ui->notCollectedCheck, m_ui->addBandButton, m_ui->removeBandButton,
                                       m_ui->moveUpButton,        m_ui->moveDownButton, m_grid,
                                       m_ui->noteEdit};
    for (std::size_t i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_ui->notCollectedCheck, &QCheckBox::toggled, this, [this](bool off) { setCollected(!off); });
    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(kNoteSaveDelayMs);
    connect(m_noteTimer, &QTimer::timeout, this, &BlockSection::noteEdited);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_ui->noteEdit->isReadOnly())
            m_noteTimer->start();
    });
    m_ui->noteEdit->installEventFilter(this);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            flushNote();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &BlockSection::flushNote);
    connect(m_current, &CurrentReturn::changed, this, &BlockSection::refresh);
    refresh();
}

BlockSection::~BlockSection() = default;

void BlockSection::refresh()
{
    const AnnualReturn *ret = m_current->value() ? &*m_current->value() : nullptr;
    const AreaReturn *area = ret ? ret->area(m_area) : nullptr;
    const bool collected = area && area->isCollected(m_block);
    {
        const QSignalBlocker blocker(m_ui->notCollectedCheck);
        m_ui->notCollectedCheck->setChecked(area && !collected);
    }
    // A read-only database (its permissions) or a signed-off year is shown, never edited, and
    // looks it: the grid in the palette's read-only colours, the switches off, the note read-only.
    const bool writable = m_current->isEditable();
    m_grid->setReadOnlyLook(!writable);
    m_ui->notCollectedCheck->setEnabled(area != nullptr && writable);
    // Greyed, not emptied: switching the block back on brings its counts back.
    m_grid->setEnabled(collected);
    m_ui->bandButtons->setEnabled(collected && writable);

    const QString key = metricKey(blockInfo(m_block).metric);
    QString note;
    if (area) {
        const auto it = area->notes.find(key);
        if (it != area->notes.end())
            note = it->second;
    }
    // Only when it differs, so the cursor of someone typing the note stays where it is; and not
    // while typed text waits for its save (the typing wins, and is saved within 300 ms).
    if (m_ui->noteEdit->toPlainText() != note && !m_noteTimer->isActive()) {
        const QSignalBlocker blocker(m_ui->noteEdit);
        m_ui->noteEdit->setPlainText(note);
    }
    m_ui->noteEdit->setEnabled(area != nullptr);
    m_ui->noteEdit->setReadOnly(!writable);
    const auto errors = std::count_if(m_current->findings().begin(), m_current->findings().end(), [&](const Finding &f) {
        return f.severity == Severity::Error && f.location.area == m_area && f.location.block == m_block;
    });
    if (errors > 0)
        m_figures->showBlockedByErrors(int(errors));
    else
        m_figures->showReport(m_current->report(m_area));
    m_grid->updateGeometry();
}

void BlockSection::setCollected(bool collected)
{
    const ServiceArea which = m_area;
    const Block block = m_block;
    m_current->change([&](AnnualReturn &ret) {
        if (AreaReturn *area = ret.area(which))
            area->setCollected(block, collected);
    },
                      collected ? tr("Collect %1").arg(blockTitle(block).toLower())
                                : tr("Mark %1 not collected").arg(blockTitle(block).toLower()));
}

void BlockSection::flushNote()
{
    if (m_noteTimer->isActive()) {
        m_noteTimer->stop();
        noteEdited();
    }
}

bool BlockSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->noteEdit && event->type() == QEvent::FocusOut)
        flushNote();
    return QFrame::eventFilter(watched, event);
}

void BlockSection::noteEdited()
{
    const ServiceArea which = m_area;
    const QString key = metricKey(blockInfo(m_block).metric);
    const QString text = m_ui->noteEdit->toPlainText();
    // Typing a note merges into one undo step per note.
    m_current->change(
        [&](AnnualReturn &ret) {
            AreaReturn *area = ret.area(which);
            if (!area)
                return;
            if (text.trimmed().isEmpty())
                area->notes.erase(key);
            else
                area->notes[key] = text;
        },
        tr("Edit note on metric %1").arg(key), QStringLiteral("note:%1:%2").arg(serviceAreaKey(which), key));
}

void BlockSection::addBand()
{
    auto *bands = static_cast<PayBandTableModel *>(m_model);
    const int row = m_grid->currentIndex().isValid() && !bands->isTotalRow(m_grid->currentIndex().row())
        ? m_grid->currentIndex().row() + 1
        : bands->bandCount();
    if (bands->addBand(row, tr("New band"))) {
        m_grid->setCurrentIndex(m_grid->model()->index(row, PayBandTableModel::NameColumn));
        m_grid->setFocus();
        m_grid->edit(m_grid->currentIndex());
    }
}

void BlockSection::removeBand()
{
    auto *bands = static_cast<PayBandTableModel *>(m_model);
    const int row = m_grid->currentIndex().row();
    if (bands->removeBand(row)) {
        m_grid->setCurrentIndex(m_grid->model()->index(std::max(0, row - 1), PayBandTableModel::NameColumn));
        m_grid->setFocus();
    }
}

void BlockSection::moveBand(int delta)
{
    auto *bands = static_cast<PayBandTableModel *>(m_model);
    const QModelIndex current = m_grid->currentIndex();
    if (bands->moveBand(current.row(), delta))
        m_grid->setCurrentIndex(m_grid->model()->index(current.row() + delta, current.column()));
}

void BlockSection::focusLocation(const FieldLocation &location)
{
    const QModelIndex index = m_model->indexOf(location);
    if (index.isValid() && m_grid->isEnabled())
        m_grid->focusCell(index);
    else
        m_ui->notCollectedCheck->setFocus(Qt::OtherFocusReason);
}

} // namespace scwres
