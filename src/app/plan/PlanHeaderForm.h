// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PlanHeaderForm;
}

namespace scwres {

class PlanEditor;

// The template's header table (filled from the authority profile, editable per plan), how the
// plan will be evaluated, and the learning from last year's plan.
class PlanHeaderForm final : public QWidget {
    Q_OBJECT

public:
    explicit PlanHeaderForm(PlanEditor *editor, QWidget *parent = nullptr);
    ~PlanHeaderForm() override;

private:
    void refresh();
    void commitHeader();
    void updateFromProfile();

    std::unique_ptr<Ui::PlanHeaderForm> m_ui;
    PlanEditor *m_editor;
};

} // namespace scwres
