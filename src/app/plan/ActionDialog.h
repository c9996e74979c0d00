// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ActionPlan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ActionDialog;
}

namespace scwres {

// Edits one action: the template's three columns, lead, improvement area, dates, status and the
// dated progress notes. Works on a copy; the caller turns the accepted result into one undoable edit.
class ActionDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ActionDialog(const PlanAction &action, const QDate &today, QWidget *parent = nullptr);
    ~ActionDialog() override;

    PlanAction action() const;

private:
    void addNote();
    void removeNote();
    void showNotes();

    std::unique_ptr<Ui::ActionDialog> m_ui;
    PlanAction m_action;
};

} // namespace scwres
