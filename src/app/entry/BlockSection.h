// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "Metric.h"
#include "ServiceArea.h"
#include "Validator.h"

#include <QFrame>

#include <memory>

namespace Ui {
class BlockSection;
}

class QTimer;

namespace scwres {

class CurrentReturn;
class EntryGridModel;
class EntryTableView;
class MetricFiguresBox;

// One block of a service area's return: its grid, its "not collected" switch, its live figures
// and its metric's data-quality note. Pay bands also get buttons to add, remove and move bands.
class BlockSection final : public QFrame {
    Q_OBJECT

public:
    BlockSection(CurrentReturn *current, ServiceArea area, Block block, QWidget *parent = nullptr);
    ~BlockSection() override;

    Block block() const { return m_block; }
    EntryTableView *grid() const { return m_grid; }
    EntryGridModel *model() const { return m_model; }
    MetricFiguresBox *figures() const { return m_figures; }
    // Moves the focus to the cell a finding points at.
    void focusLocation(const FieldLocation &location);

private:
    void refresh();
    void setCollected(bool collected);
    void noteEdited();
    // Saves the note now if typing has not been saved yet (the pause timer is running).
    void flushNote();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void addBand();
    void removeBand();
    void moveBand(int delta);

    std::unique_ptr<Ui::BlockSection> m_ui;
    CurrentReturn *m_current;
    ServiceArea m_area;
    Block m_block;
    EntryGridModel *m_model = nullptr;
    EntryTableView *m_grid = nullptr;
    MetricFiguresBox *m_figures = nullptr;
    // Typing a note saves 300 ms after the last key, on leaving the field, when the window is
    // left and on quit: a keystroke never waits for the disk or the validator.
    QTimer *m_noteTimer = nullptr;
};

} // namespace scwres
