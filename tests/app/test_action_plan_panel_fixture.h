// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "plan/ActionDialog.h"
#include "plan/ActionPlanPanel.h"
#include "plan/PlanEditor.h"
#include "plan/PlanTextEdit.h"
#include "window/Dialogs.h"
#include "window/Workspace.h"

#include "ActionPlanDemo.h"
#include "ActionPlanStore.h"
#include "Database.h"
#include "DemoData.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace scwres::test {

// A workspace on a fresh database holding the demo returns, the demo authority's 2024 selected,
// and the plan panel shown. "Today" is fixed so overdue actions do not depend on the clock.
struct PlanPanelFixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("plans.sqlite"));
    std::unique_ptr<Workspace> workspace = std::make_unique<Workspace>();
    std::unique_ptr<ActionPlanPanel> panel;
    long long authorityId = 0;

    explicit PlanPanelFixture(int year = 2024, bool withDemoPlans = false)
    {
        QString error;
        REQUIRE(workspace->openDatabase(path, &error));
        REQUIRE(writeDemoData(*workspace->database(), &error));
        if (withDemoPlans)
            REQUIRE(writeDemoPlans(*workspace->database(), &error));
        authorityId = workspace->database()->authorityByName(demoAuthorityName())->id;
        openPanel(year);
    }

    void openPanel(int year)
    {
        panel = std::make_unique<ActionPlanPanel>(workspace.get());
        panel->editor()->setToday(QDate(2024, 10, 1));
        // The plan is on screen: undo acts on its history (MainWindow does this on the plan tab).
        workspace->setActiveKind(Workspace::RecordKind::Plan);
        panel->resize(1100, 800);
        panel->show();
        REQUIRE(QTest::qWaitForWindowExposed(panel.get()));
        workspace->select(authorityId, year);
    }

    template <typename T>
    T *find(const QString &name) const
    {
        T *widget = panel->findChild<T *>(name);
        INFO("widget " << name.toStdString());
        REQUIRE(widget);
        return widget;
    }

    void click(const QString &buttonName) const
    {
        auto *button = find<QAbstractButton>(buttonName);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void createPlan() const
    {
        click(QStringLiteral("createPlan"));
        REQUIRE(panel->editor()->plan());
    }

    void showSection(int section) const
    {
        find<QTabWidget>(QStringLiteral("planTabs"))->setCurrentIndex(2);
        find<QListWidget>(QStringLiteral("sectionList"))->setCurrentRow(section - 1);
    }

    // The action dialog opened by "Add action" or "Edit": fill it and press OK (or Cancel).
    ActionDialog *openDialog() const
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the last one closed
        auto *dialog = panel->findChild<ActionDialog *>(QStringLiteral("actionDialog"));
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        return dialog;
    }

    static void pressOk(ActionDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    void addAction(int section, const QString &details) const
    {
        showSection(section);
        click(QStringLiteral("addAction"));
        ActionDialog *dialog = openDialog();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("details")), details);
        pressOk(dialog);
    }

    std::optional<ActionPlan> stored(int year) const
    {
        return ActionPlanStore(*workspace->database()).load(authorityId, year);
    }
};

// Waits (processing events) until the condition holds or about 3 seconds pass.
inline bool waitUntil(const std::function<bool()> &condition)
{
    for (int i = 0; i < 60 && !condition(); ++i)
        QTest::qWait(50);
    return condition();
}

} // namespace scwres::test
