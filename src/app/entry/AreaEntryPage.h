// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "Metric.h"
#include "ServiceArea.h"
#include "Validator.h"

#include <QWidget>

#include <map>

class QLabel;
class QScrollArea;
class QTabWidget;

namespace scwres {

class BlockSection;
class CurrentReturn;

// A service area's return, one tab per group of metrics as the data is gathered (workforce
// from HR, recruitment, employee relations, development, the staff survey, leavers).
class AreaEntryPage final : public QWidget {
    Q_OBJECT

public:
    AreaEntryPage(CurrentReturn *current, ServiceArea area, QWidget *parent = nullptr);

    ServiceArea area() const { return m_area; }
    BlockSection *section(Block block) const;
    // Shows the group holding the location's block and moves the focus to its cell.
    void focusLocation(const FieldLocation &location);
    // The keyboard focus on the first count of the group shown (its first collected block, in
    // the page's order); false when every block there is not collected.
    bool focusFirstCount();
    // The group of metrics shown (Workforce is 0), for putting the window back as it was left.
    int currentGroup() const;
    void setCurrentGroup(int group);

private:
    void refresh();

    CurrentReturn *m_current;
    ServiceArea m_area;
    QLabel *m_absentNote = nullptr;
    QTabWidget *m_groups = nullptr;
    std::map<Block, BlockSection *> m_sections;
    std::map<Block, QScrollArea *> m_pageOf;
};

} // namespace scwres
