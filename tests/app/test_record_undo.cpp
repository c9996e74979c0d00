// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Undo per record, the keys, and sign-off as an event that undo cannot go around.
#include "test_action_plan_panel_fixture.h"

#include "entry/CurrentReturn.h"
#include "entry/DataEntryPanel.h"
#include "entry/YearEditor.h"
#include "window/HistoryDialog.h"
#include "window/MainWindow.h"

#include "history/ChangeHistory.h"
#include "history/HistoryText.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>

using namespace scwres;
using scwres::test::PlanPanelFixture;

namespace
{

// The main window on a fresh demo database (returns 2022-2024, plans 2023 signed and 2024 draft).
struct WindowFixture {
    QTemporaryDir dir;
    MainWindow window;
    long long id = 0;

    WindowFixture()
    {
        window.resize(1200, 800);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("undo.sqlite"))));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        window.offerDemoIfEmpty();
        id = db()->authorityByName(demoAuthorityName())->id;
    }

    Database *db() const { return window.workspace()->database(); }
    void select(int year, int panel = 0)
    {
        window.findChild<QTabWidget *>(QStringLiteral("panels"))->setCurrentIndex(panel);
        window.workspace()->select(id, year);
    }
    long long appointedMe(int year) const
    {
        return db()->loadReturn(id, year)->adult->shortlisting.events.minorityEthnic;
    }
    // An edit as the grids make it: through the data entry panel's current return.
    void setAppointedMe(long long value)
    {
        REQUIRE(window.dataEntryPanel()->currentReturn()->change(
            [value](AnnualReturn &r) { r.adult->shortlisting.events.set(EthnicGroup::MinorityEthnic, value); },
            QStringLiteral("adult shortlisting edit")));
    }
    QString undoText() const { return window.findChild<QAction *>(QStringLiteral("actionUndo"))->text(); }
    void key(int key, Qt::KeyboardModifiers modifiers)
    {
        QTest::keyClick(&window, static_cast<Qt::Key>(key), modifiers);
    }
};

} // namespace

TEST_CASE("Undo acts on the year on screen only, names it, and every redo key redoes", "[undo]")
{
    WindowFixture f;
    f.select(2024);
    const long long was2024 = f.appointedMe(2024);
    f.setAppointedMe(was2024 + 2);

    // 2025 from 2024, then an edit there.
    f.window.dataEntryPanel()->yearEditor()->addYearFromLast();
    REQUIRE(f.window.workspace()->currentYear() == 2025);
    f.setAppointedMe(7);
    CHECK(f.undoText() == QStringLiteral("&Undo 2025 return: adult shortlisting edit"));

    // Ctrl+Z on 2025 undoes 2025's edit and leaves 2024 alone.
    f.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.db()->loadReturn(f.id, 2025)->adult->shortlisting.events.isEntered(EthnicGroup::MinorityEthnic));
    CHECK(f.appointedMe(2024) == was2024 + 2);
    // Undo again removes the year added on it; 2024 still has its edit.
    CHECK(f.undoText().contains(QStringLiteral("2025 return: Add year 2025 from 2024")));

    // On 2024, the menu names 2024 and undo changes 2024 only.
    f.select(2024);
    CHECK(f.undoText() == QStringLiteral("&Undo 2024 return: adult shortlisting edit"));
    f.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.appointedMe(2024) == was2024);
    CHECK(f.db()->loadReturn(f.id, 2025));
    // Both redo keys redo, on every platform's key scheme.
    f.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.appointedMe(2024) == was2024 + 2);
    f.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.appointedMe(2024) == was2024);
    f.key(Qt::Key_Y, Qt::ControlModifier);
    CHECK(f.appointedMe(2024) == was2024 + 2);

    // No key is bound twice (Qt would call it ambiguous and do nothing).
    QList<QKeySequence> all;
    for (QAction *action : f.window.findChildren<QAction *>())
        for (const QKeySequence &key : action->shortcuts()) {
            INFO(key.toString().toStdString());
            CHECK_FALSE(all.contains(key));
            all << key;
        }

    // The plan panel has its own history: the return's steps are not offered there.
    f.select(2024, 2);
    CHECK_FALSE(f.undoText().contains(QStringLiteral("return")));
}

TEST_CASE("Ctrl+Z after sign-off leaves the plan signed from any panel and year — only Reopen unsigns", "[undo]")
{
    WindowFixture f;
    f.select(2024, 2);
    PlanEditor *editor = f.window.actionPlanPanel()->editor();
    REQUIRE(editor->plan());
    ActionPlan edited = *editor->plan();
    edited.header.sponsor = QStringLiteral("New sponsor");
    REQUIRE(editor->edit(edited, QStringLiteral("Edit the sponsor")));
    f.select(2024, 0);
    const long long before = f.appointedMe(2024);
    f.setAppointedMe(before + 1);

    f.select(2024, 2);
    f.window.findChild<QLineEdit *>(QStringLiteral("signOffName"))->setText(QStringLiteral("A. Director"));
    Dialogs::setNextAnswer(QMessageBox::Yes); // signs despite what the plan lacks
    QTest::mouseClick(f.window.findChild<QPushButton *>(QStringLiteral("signOffButton")), Qt::LeftButton);
    auto stored = [&] { return *ActionPlanStore(*f.db()).load(f.id, 2024); };
    REQUIRE(stored().isSignedOff());
    const AnnualReturn signedFigures = *f.db()->loadReturn(f.id, 2024);

    for (int year : { 2022, 2023, 2024 })
        for (int panel = 0; panel < 3; ++panel) {
            f.select(year, panel);
            for (int i = 0; i < 3; ++i)
                f.key(Qt::Key_Z, Qt::ControlModifier);
            INFO("year " << year << ", panel " << panel);
            CHECK(stored().isSignedOff());
            CHECK(stored().header.sponsor == QStringLiteral("New sponsor"));
            CHECK(*f.db()->loadReturn(f.id, 2024) == signedFigures);
        }

    // Changing the signed figures asks to reopen; declining changes nothing.
    f.select(2024, 0);
    Dialogs::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(f.window.dataEntryPanel()->currentReturn()->change(
        [](AnnualReturn &r) { r.adult->shortlisting.events.minorityEthnic += 5; }, QStringLiteral("sneak")));
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("signed off")));
    CHECK(*f.db()->loadReturn(f.id, 2024) == signedFigures);

    // Reopen, with its reason: the plan is a draft again, and the reopening is in the history.
    f.select(2024, 2);
    Dialogs::setNextText(QStringLiteral("Late survey results"));
    Dialogs::setNextText(QStringLiteral("Jo Lead")); // who reopens it
    QTest::mouseClick(f.window.findChild<QPushButton *>(QStringLiteral("reopenButton")), Qt::LeftButton);
    CHECK_FALSE(stored().isSignedOff());
    QStringList lines;
    for (const HistoryLine &line : describeHistory(ChangeHistory(*f.db()).entries(f.id, 2024)))
        lines << line.text();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.filter(QStringLiteral("action plan signed off by A. Director")).size() == 1);
    CHECK(lines.filter(QStringLiteral(": Late survey results")).size() == 1);
    // Nothing from before the sign-off came back into reach.
    f.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored().header.sponsor == QStringLiteral("New sponsor"));
    CHECK_FALSE(stored().isSignedOff());
}

TEST_CASE("Sign-off lists what the plan lacks and can be cancelled — a new year's plan has no signatory", "[undo]")
{
    PlanPanelFixture f(2024, true);
    // 2023 is signed off in the demo: its block shows the signatory.
    f.workspace->select(f.authorityId, 2023);
    CHECK_FALSE(f.find<QLineEdit>(QStringLiteral("signOffName"))->text().isEmpty());
    f.workspace->select(f.authorityId, 2024);
    CHECK(f.find<QLineEdit>(QStringLiteral("signOffName"))->text().isEmpty());

    // A plan with a metric outside the range and no action for it.
    ActionPlan plan = *f.panel->editor()->plan();
    const auto &report = f.panel->editor()->report();
    REQUIRE(report);
    int silent = 0;
    for (int n = 1; n <= kPlanSectionCount && !silent; ++n)
        if (sectionOutsideRange(n, *report))
            silent = n;
    REQUIRE(silent != 0);
    plan.section(silent).actions.clear();
    REQUIRE(f.panel->editor()->edit(plan, QStringLiteral("clear")));

    f.find<QLineEdit>(QStringLiteral("signOffName"))->setText(QStringLiteral("A. Director"));
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    f.click(QStringLiteral("signOffButton"));
    CHECK(Dialogs::lastMessage().contains(
        QStringLiteral("Metric %1 is outside the non-adverse range and the plan has no action for it.").arg(silent)));
    CHECK_FALSE(f.stored(2024)->isSignedOff());

    Dialogs::setNextAnswer(QMessageBox::Yes);
    f.click(QStringLiteral("signOffButton"));
    REQUIRE(f.stored(2024)->isSignedOff());

    // Next year's plan, started from the signed one, has an empty sign-off block.
    Dialogs::setNextAnswer(QMessageBox::Ok); // "it will show when the 2025 return is added"
    f.click(QStringLiteral("startNextYear"));
    REQUIRE(f.stored(2025));
    CHECK_FALSE(f.stored(2025)->signOff);
    f.workspace->select(f.authorityId, 2025);
    CHECK(f.find<QLineEdit>(QStringLiteral("signOffName"))->text().isEmpty());
    CHECK(f.find<QLineEdit>(QStringLiteral("signOffRole"))->text().isEmpty());
    CHECK(f.find<QPushButton>(QStringLiteral("signOffButton"))->isEnabled());
}

TEST_CASE("Edit > History lists the year's changes and restores an earlier moment as one undo step", "[undo]")
{
    WindowFixture f;
    f.select(2024);
    const long long was = f.appointedMe(2024);
    f.setAppointedMe(was + 2);
    f.setAppointedMe(was + 5);

    HistoryDialog dialog(f.window.workspace(), f.window.actionPlanPanel()->editor());
    QListWidget *list = dialog.list();
    REQUIRE(list->count() >= 3);
    CHECK(list->item(0)->text().contains(
        QStringLiteral("adult shortlisting, minority ethnic appointed %1 \u2192 %2").arg(was + 2).arg(was + 5)));
    CHECK(list->item(1)->text().contains(
        QStringLiteral("adult shortlisting, minority ethnic appointed %1 \u2192 %2").arg(was).arg(was + 2)));

    // As the demo wrote it.
    int created = -1;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().contains(QStringLiteral("return created")))
            created = row;
    REQUIRE(created > 1);
    REQUIRE(dialog.restoreRow(created));
    CHECK(f.appointedMe(2024) == was);
    CHECK(f.undoText().contains(QStringLiteral("2024 return: Restore as at")));
    f.window.workspace()->undoStack()->undo();
    CHECK(f.appointedMe(2024) == was + 5);
}

TEST_CASE("History restores a plan as it was, keeping its sign-off record, as one undo step", "[undo]")
{
    WindowFixture f;
    f.select(2024, 2);
    PlanEditor *editor = f.window.actionPlanPanel()->editor();
    REQUIRE(editor->plan());
    const QString original = editor->plan()->header.sponsor;
    for (const char *sponsor : { "First sponsor", "Second sponsor" }) {
        ActionPlan edited = *editor->plan();
        edited.header.sponsor = QString::fromLatin1(sponsor);
        REQUIRE(editor->edit(edited, QStringLiteral("Edit the sponsor")));
    }

    HistoryDialog dialog(f.window.workspace(), editor);
    QListWidget *list = dialog.list();
    REQUIRE(list->count() >= 3);
    CHECK(list->item(0)->text().contains(QStringLiteral("action plan, header, sponsor: \u201cSecond sponsor\u201d")));
    CHECK(list->item(1)->text().contains(QStringLiteral("action plan, header, sponsor: \u201cFirst sponsor\u201d")));
    REQUIRE(dialog.restoreRow(1));
    auto stored = [&] { return *ActionPlanStore(*f.db()).load(f.id, 2024); };
    CHECK(stored().header.sponsor == QStringLiteral("First sponsor"));
    CHECK(f.undoText().contains(QStringLiteral("2024 action plan: Restore as at")));
    f.window.workspace()->undoStack()->undo();
    CHECK(stored().header.sponsor == QStringLiteral("Second sponsor"));
    CHECK(original != stored().header.sponsor);
}
