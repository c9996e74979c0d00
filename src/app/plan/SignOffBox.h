// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QWidget>

#include <memory>
#include <utility>

namespace Ui {
class SignOffBox;
}

namespace scwres {

class PlanEditor;

// Sign-off: who signed the plan off, their role and the date. Signing makes the plan read-only;
// "Reopen for changes" asks for a reason and keeps a dated record, listed here.
class SignOffBox final : public QWidget {
    Q_OBJECT

public:
    explicit SignOffBox(PlanEditor *editor, QWidget *parent = nullptr);
    ~SignOffBox() override;

private:
    void refresh();
    void signOff();
    void reopen();
    // The name and role last signed with on this computer, offered as completions.
    void offerRemembered();

    std::unique_ptr<Ui::SignOffBox> m_ui;
    PlanEditor *m_editor;
    std::pair<long long, int> m_shownKey{0, 0}; // the plan (authority, year) the fields belong to
};

} // namespace scwres
