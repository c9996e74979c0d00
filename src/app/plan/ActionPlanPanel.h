// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QWidget>

#include <memory>

class QListWidget;
class QTableView;

namespace Ui {
class ActionPlanPanel;
}

namespace scwres {

class MetricSectionWidget;
class PlanEditor;
class Workspace;

// Action plan panel: the SC-WRES action plan of the selected authority and year, written in the
// template's parts (overview, header and review, the nine metrics, other actions and staff
// engagement, last year's actions, sign-off), tracked through the year and rolled into the next.
class ActionPlanPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ActionPlanPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~ActionPlanPanel() override;

    PlanEditor *editor() const { return m_editor; }

private:
    QWidget *createMetricsPage();
    QWidget *createEvaluationPage();
    void refresh();
    void refreshSectionList();
    void startNextYear();

    std::unique_ptr<Ui::ActionPlanPanel> m_ui;
    Workspace *m_workspace;
    PlanEditor *m_editor;
    QListWidget *m_sectionList = nullptr;
    MetricSectionWidget *m_sectionWidget = nullptr;
    QTableView *m_evaluationView = nullptr;
};

} // namespace scwres
