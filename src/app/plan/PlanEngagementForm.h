// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PlanEngagementForm;
}

namespace scwres {

class PlanEditor;

// "Other actions and activities to support the SC-WRES" and the staff engagement questions.
class PlanEngagementForm final : public QWidget {
    Q_OBJECT

public:
    explicit PlanEngagementForm(PlanEditor *editor, QWidget *parent = nullptr);
    ~PlanEngagementForm() override;

private:
    void refresh();

    std::unique_ptr<Ui::PlanEngagementForm> m_ui;
    PlanEditor *m_editor;
};

} // namespace scwres
