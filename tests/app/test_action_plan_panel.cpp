// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "test_action_plan_panel_fixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>

using namespace scwres;
using scwres::test::PlanPanelFixture;
using scwres::test::waitUntil;

TEST_CASE("Creating a plan for the demo authority pre-fills the header and the nine narratives", "[planpanel]")
{
    PlanPanelFixture f;
    CHECK_FALSE(f.panel->editor()->plan());
    f.createPlan();

    const Authority profile = demoAuthority();
    CHECK(f.find<QLineEdit>(QStringLiteral("authorityName"))->text() == profile.name);
    CHECK(f.find<QLineEdit>(QStringLiteral("sponsor"))->text() == profile.sponsor);
    CHECK(f.find<QLineEdit>(QStringLiteral("programmeLead"))->text() == profile.programmeLead);
    CHECK(f.find<QLineEdit>(QStringLiteral("pswChildren"))->text() == profile.principalSocialWorkerChildren);

    const auto &report = f.panel->editor()->report();
    REQUIRE(report);
    auto *narrative = f.find<PlanTextEdit>(QStringLiteral("narrative"));
    auto *wording = f.find<QLabel>(QStringLiteral("wordingLabel"));
    for (int n = 1; n <= kPlanSectionCount; ++n) {
        INFO("metric " << n);
        f.showSection(n);
        CHECK(wording->text() == sectionWording(n));
        CHECK_FALSE(narrative->toPlainText().isEmpty());
        for (MetricId id : sectionMetrics(n))
            if (id != MetricId::M1)
                CHECK(narrative->toPlainText().contains(report->ratio(id).sentence));
    }
    // Saved at once, as shown.
    const auto stored = f.stored(2024);
    REQUIRE(stored);
    CHECK(stored->header.sponsor == profile.sponsor);
    CHECK(stored->section(9).narrative == narrative->toPlainText());
}

TEST_CASE("An edited narrative is kept unless the user agrees to redraft it", "[planpanel]")
{
    PlanPanelFixture f;
    f.createPlan();
    f.showSection(3);
    auto *narrative = f.find<PlanTextEdit>(QStringLiteral("narrative"));
    const QString drafted = narrative->toPlainText();
    narrative->setFocus();
    narrative->moveCursor(QTextCursor::End);
    QTest::keyClicks(narrative, QStringLiteral(" The project group will look at each case."));
    REQUIRE(waitUntil([&] { return f.stored(2024)->section(3).narrativeEdited; }));
    const QString edited = drafted + QStringLiteral(" The project group will look at each case.");
    CHECK(f.stored(2024)->section(3).narrative == edited);

    // Declined: the lead's text stays.
    Dialogs::setNextAnswer(QMessageBox::No);
    f.click(QStringLiteral("redraftButton"));
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("edited")));
    CHECK(narrative->toPlainText() == edited);
    CHECK(f.stored(2024)->section(3).narrative == edited);

    // Accepted: the draft from the data comes back, no longer marked edited; undo restores the text.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    f.click(QStringLiteral("redraftButton"));
    CHECK(narrative->toPlainText() == drafted);
    CHECK_FALSE(f.stored(2024)->section(3).narrativeEdited);
    f.workspace->undoStack()->undo();
    CHECK(narrative->toPlainText() == edited);
    CHECK(f.stored(2024)->section(3).narrativeEdited);
}

TEST_CASE("A signed-off plan refuses edits until reopened, and the reopening is recorded", "[planpanel]")
{
    PlanPanelFixture f;
    f.createPlan();
    f.addAction(2, QStringLiteral("Diverse interview panels"));
    auto *name = f.find<QLineEdit>(QStringLiteral("signOffName"));
    name->setText(QStringLiteral("Corporate Director of People (demo)"));
    f.find<QLineEdit>(QStringLiteral("signOffRole"))->setText(QStringLiteral("Senior sponsor"));
    Dialogs::setNextAnswer(QMessageBox::Yes); // confirms the sign-off
    f.click(QStringLiteral("signOffButton"));
    REQUIRE(f.stored(2024)->isSignedOff());

    // Everything that edits is now read-only or disabled.
    f.showSection(2);
    CHECK(f.find<PlanTextEdit>(QStringLiteral("narrative"))->isReadOnly());
    CHECK(f.find<QLineEdit>(QStringLiteral("sponsor"))->isReadOnly());
    CHECK(f.find<PlanTextEdit>(QStringLiteral("evaluation"))->isReadOnly());
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("addAction"))->isEnabled());
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("deleteAction"))->isEnabled());
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("signOffButton"))->isEnabled());
    CHECK(f.find<QLabel>(QStringLiteral("stateLabel"))->text().contains(QStringLiteral("read-only")));
    // An edit that gets past the widgets is still refused, and the user is told.
    ActionPlan changed = *f.panel->editor()->plan();
    changed.section(2).actions.clear();
    Dialogs::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(f.panel->editor()->edit(changed, QStringLiteral("sneak")));
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("signed off")));
    CHECK(f.stored(2024)->section(2).actions.size() == 1);

    // Reopening without a reason (cancelled) changes nothing.
    Dialogs::setNextText(QString());
    f.click(QStringLiteral("reopenButton"));
    CHECK(f.stored(2024)->isSignedOff());

    Dialogs::setNextText(QStringLiteral("The staff survey results came in"));
    Dialogs::setNextText(QStringLiteral("Sam Reopener")); // who reopens it (issue 28 item 6)
    f.click(QStringLiteral("reopenButton"));
    const auto reopened = f.stored(2024);
    CHECK_FALSE(reopened->isSignedOff());
    REQUIRE(reopened->reopenings.size() == 1);
    CHECK(reopened->reopenings.front().by == QStringLiteral("Sam Reopener"));
    CHECK(QSettings().value(QStringLiteral("people/reopenedBy")).toString() == QStringLiteral("Sam Reopener"));
    // Who signed it off is remembered too, and offered (not filled in) next time.
    CHECK_FALSE(QSettings().value(QStringLiteral("people/signedOffBy")).toString().isEmpty());
    REQUIRE(f.find<QLineEdit>(QStringLiteral("signOffName"))->completer());
    CHECK(reopened->reopenings.front().reason == QStringLiteral("The staff survey results came in"));
    CHECK(reopened->reopenings.front().date == QDate(2024, 10, 1));
    CHECK(reopened->reopenings.front().previousSignOff.name == QStringLiteral("Corporate Director of People (demo)"));
    auto *record = f.find<QListWidget>(QStringLiteral("reopenings"));
    REQUIRE(record->count() == 1);
    CHECK(record->item(0)->text().contains(QStringLiteral("The staff survey results came in")));
    CHECK(f.find<QPushButton>(QStringLiteral("addAction"))->isEnabled());
    CHECK_FALSE(f.find<PlanTextEdit>(QStringLiteral("narrative"))->isReadOnly());
}

TEST_CASE("The 'data says act, plan is silent' warning appears and clears when an action is added", "[planpanel]")
{
    PlanPanelFixture f;
    f.createPlan();
    const auto &report = f.panel->editor()->report();
    REQUIRE(report);
    int silent = 0;
    for (int n = kPlanSectionCount; n >= 1; --n)
        if (sectionOutsideRange(n, *report))
            silent = n;
    REQUIRE(silent != 0);

    auto *warning = f.find<QLabel>(QStringLiteral("silentWarning"));
    // "Metric 2" as a whole word, not the start of "Metric 2x".
    const QRegularExpression name(QStringLiteral("\\b%1\\b").arg(sectionTitle(silent)));
    CHECK(warning->isVisibleTo(f.panel.get()));
    CHECK(warning->text().contains(name));
    auto *list = f.find<QListWidget>(QStringLiteral("sectionList"));
    CHECK(list->item(silent - 1)->text().contains(QStringLiteral("Warning")));

    f.addAction(silent, QStringLiteral("Task and finish group on the data"));
    CHECK_FALSE(warning->text().contains(name));
    CHECK_FALSE(list->item(silent - 1)->text().contains(QStringLiteral("Warning")));
    // Undoing the action brings the warning back.
    f.workspace->undoStack()->undo();
    CHECK(warning->text().contains(name));
}

TEST_CASE("Plans survive closing and reopening the database", "[planpanel]")
{
    PlanPanelFixture f;
    f.createPlan();
    f.addAction(5, QStringLiteral("Ring-fenced places on the leadership programme"));
    auto *otherActions = f.find<PlanTextEdit>(QStringLiteral("otherActions"));
    otherActions->setFocus();
    QTest::keyClicks(otherActions, QStringLiteral("Staff conference"));
    otherActions->commit();

    f.panel.reset();
    f.workspace->closeDatabase();
    f.workspace = std::make_unique<Workspace>();
    QString error;
    REQUIRE(f.workspace->openDatabase(f.path, &error));
    f.openPanel(2024);

    REQUIRE(f.panel->editor()->plan());
    CHECK(f.find<PlanTextEdit>(QStringLiteral("otherActions"))->toPlainText() == QStringLiteral("Staff conference"));
    f.showSection(5);
    auto *view = f.find<QTableView>(QStringLiteral("actionsView"));
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()->index(0, 0).data().toString()
          == QStringLiteral("Ring-fenced places on the leadership programme"));
}
