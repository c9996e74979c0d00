// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QMenu;

namespace Ui {
class MetricSectionWidget;
}

namespace scwres {

class ActionsTableModel;
class PlanEditor;
struct ActionPlan;

// One metric block of the plan: the metric's wording, what the data say, the data narrative
// (drafted from the metric engine, "Redraft from data" asks before overwriting edited text), the
// actions with add / edit / reorder / move to another metric / delete, the selected action's
// progress notes and the "attach the chart" choice. Shows the section set by setSection().
class MetricSectionWidget final : public QWidget {
    Q_OBJECT

public:
    explicit MetricSectionWidget(PlanEditor *editor, QWidget *parent = nullptr);
    ~MetricSectionWidget() override;

    int section() const { return m_section; }
    void setSection(int section);

private:
    void refresh();
    void showNotes();
    int selectedRow() const;
    void selectRow(int row);
    void redraft();
    void addAction();
    void editAction();
    void moveBy(int offset);
    void moveToSection(int target);
    void deleteAction();
    // Applies a change to a copy of the plan as one undoable edit.
    bool change(const std::function<void(ActionPlan &)> &apply, const QString &text, const QString &mergeKey = {});

    std::unique_ptr<Ui::MetricSectionWidget> m_ui;
    PlanEditor *m_editor;
    ActionsTableModel *m_model;
    QMenu *m_moveMenu;
    int m_section = 1;
};

} // namespace scwres
