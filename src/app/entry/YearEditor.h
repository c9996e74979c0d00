// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class YearEditor;
}

namespace scwres {

class CurrentReturn;

// The selected year: its dates, the population comparator of metric 9, which service areas
// are returned; and adding (empty, or from last year's structure) and deleting years.
class YearEditor final : public QWidget {
    Q_OBJECT

public:
    explicit YearEditor(CurrentReturn *current, QWidget *parent = nullptr);
    ~YearEditor() override;

    // Moves the focus to a return-level field a finding names ("period.end", …).
    void focusField(const QString &returnField);

    void addEmptyYear();
    void addYearFromLast();
    void deleteYear();
    // Runs the completeness checks and the validator; marks the year complete when nothing is
    // left, else lists what is (the year stays a draft). Both are undoable edits.
    bool markComplete();
    bool markDraft();

private:
    void refresh();
    void commitFields();
    void setAreaReturned(ServiceArea area, bool returned);
    // Pushes the new year and selects it.
    void createYear(const AnnualReturn &ret, const QString &undoText);

    std::unique_ptr<Ui::YearEditor> m_ui;
    CurrentReturn *m_current;
    QLabel *m_statusValue = nullptr;
    QPushButton *m_completeButton = nullptr;
};

} // namespace scwres
