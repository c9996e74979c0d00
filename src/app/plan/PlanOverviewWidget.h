// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PlanOverviewWidget;
}

namespace scwres {

class PlanEditor;

// The plan at a glance (planOverview): actions by status and by metric, actions past their due
// date, and the warning for metrics outside the non-adverse range with no action.
class PlanOverviewWidget final : public QWidget {
    Q_OBJECT

public:
    explicit PlanOverviewWidget(PlanEditor *editor, QWidget *parent = nullptr);
    ~PlanOverviewWidget() override;

private:
    void refresh();

    std::unique_ptr<Ui::PlanOverviewWidget> m_ui;
    PlanEditor *m_editor;
};

} // namespace scwres
