// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "test_action_plan_panel_fixture.h"

#include "Shortfall.h"
#include "export/Suppression.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolButton>

using namespace scwres;
using scwres::test::PlanPanelFixture;

namespace {

QStringList actionDetails(const ActionPlan &plan, int section)
{
    QStringList out;
    for (const PlanAction &a : plan.section(section).actions)
        out << a.details;
    return out;
}

} // namespace

TEST_CASE("Undo and redo work on action edits, and each step is saved", "[planpanel]")
{
    PlanPanelFixture f;
    f.createPlan();
    f.addAction(2, QStringLiteral("Diverse interview panels"));
    REQUIRE(actionDetails(*f.stored(2024), 2) == QStringList{QStringLiteral("Diverse interview panels")});

    // Edit: status on track, and a dated progress note.
    f.click(QStringLiteral("editAction"));
    ActionDialog *dialog = f.openDialog();
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("status"));
    status->setCurrentIndex(status->findText(actionStatusText(ActionStatus::OnTrack)));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("noteText")), QStringLiteral("Guidance agreed"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addNote")), Qt::LeftButton);
    PlanPanelFixture::pressOk(dialog);
    PlanAction stored = f.stored(2024)->section(2).actions.at(0);
    CHECK(stored.status == ActionStatus::OnTrack);
    REQUIRE(stored.notes.size() == 1);
    CHECK(stored.notes.front().text == QStringLiteral("Guidance agreed"));
    CHECK(f.find<QLabel>(QStringLiteral("notesView"))->text().contains(QStringLiteral("Guidance agreed")));

    QUndoStack *undo = f.workspace->undoStack();
    undo->undo();
    stored = f.stored(2024)->section(2).actions.at(0);
    CHECK(stored.status == ActionStatus::NotStarted);
    CHECK(stored.notes.empty());
    auto *view = f.find<QTableView>(QStringLiteral("actionsView"));
    CHECK(view->model()->index(0, 7).data().toString() == actionStatusText(ActionStatus::NotStarted));

    undo->undo(); // the addition
    CHECK(f.stored(2024)->section(2).actions.empty());
    CHECK(view->model()->rowCount() == 0);

    undo->redo();
    undo->redo();
    CHECK(f.stored(2024)->section(2).actions.at(0).status == ActionStatus::OnTrack);
    CHECK(view->model()->index(0, 7).data().toString() == actionStatusText(ActionStatus::OnTrack));
}

TEST_CASE("Actions can be reordered, moved to another metric and deleted", "[planpanel]")
{
    PlanPanelFixture f;
    f.createPlan();
    f.addAction(2, QStringLiteral("First"));
    f.addAction(2, QStringLiteral("Second"));
    auto *view = f.find<QTableView>(QStringLiteral("actionsView"));
    CHECK(view->currentIndex().row() == 1); // the new action is selected

    f.click(QStringLiteral("moveUp"));
    CHECK(actionDetails(*f.stored(2024), 2) == QStringList{QStringLiteral("Second"), QStringLiteral("First")});
    CHECK(view->currentIndex().row() == 0);

    // "Second" goes to metric 5.
    auto *moveTo = f.find<QToolButton>(QStringLiteral("moveTo"));
    QAction *toFive = moveTo->menu()->findChild<QAction *>(QStringLiteral("moveToMetric5"));
    REQUIRE(toFive);
    toFive->trigger();
    CHECK(actionDetails(*f.stored(2024), 2) == QStringList{QStringLiteral("First")});
    CHECK(actionDetails(*f.stored(2024), 5) == QStringList{QStringLiteral("Second")});

    f.click(QStringLiteral("deleteAction"));
    CHECK(f.stored(2024)->section(2).actions.empty());
    f.workspace->undoStack()->undo();
    CHECK(actionDetails(*f.stored(2024), 2) == QStringList{QStringLiteral("First")});
}

TEST_CASE("Starting next year's plan carries the unachieved actions and the evaluation table", "[planpanel]")
{
    PlanPanelFixture f(2023);
    f.createPlan();
    f.addAction(3, QStringLiteral("Pre-disciplinary check"));
    f.addAction(8, QStringLiteral("Exit conversations"));
    // The first is achieved.
    f.showSection(3);
    f.click(QStringLiteral("editAction"));
    ActionDialog *dialog = f.openDialog();
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("status"));
    status->setCurrentIndex(status->findText(actionStatusText(ActionStatus::Achieved)));
    PlanPanelFixture::pressOk(dialog);

    f.click(QStringLiteral("startNextYear"));
    // The 2024 return exists, so the panel moves to the new plan.
    CHECK(f.workspace->currentYear() == 2024);
    const auto next = f.stored(2024);
    REQUIRE(next);
    CHECK(next->startedFromYear == 2023);
    CHECK(next->section(3).actions.empty());
    REQUIRE(next->section(8).actions.size() == 1);
    CHECK(next->section(8).actions.front().status == ActionStatus::RolledOver);
    CHECK_FALSE(next->section(8).actions.front().rolledOverFrom.isEmpty());

    auto *evaluation = f.find<QTableView>(QStringLiteral("evaluationView"));
    REQUIRE(evaluation->model()->rowCount() == 2);
    QStringList finals;
    for (int row = 0; row < 2; ++row)
        finals << evaluation->model()->index(row, 1).data().toString() + QStringLiteral(": ")
                + evaluation->model()->index(row, 2).data().toString();
    CHECK(finals.contains(QStringLiteral("Pre-disciplinary check: ") + actionStatusText(ActionStatus::Achieved)));
    CHECK(finals.contains(QStringLiteral("Exit conversations: ") + actionStatusText(ActionStatus::NotStarted)));

    // The outcome note is written in the table and saved.
    REQUIRE(evaluation->model()->setData(evaluation->model()->index(0, 4), QStringLiteral("Checks in place")));
    CHECK(f.stored(2024)->lastYearEvaluation.front().outcome == QStringLiteral("Checks in place"));
    // A second start for the same year is not offered.
    f.workspace->select(f.authorityId, 2023);
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("startNextYear"))->isEnabled());
}

TEST_CASE("Adding an action to a metric outside the range offers the shortfall as the measure", "[planpanel][shortfall]")
{
    PlanPanelFixture f;
    f.createPlan();
    // The demo's 2024 shortlisting is outside the range; the engine's shortfall is the suggestion.
    const MetricReport report = *f.panel->editor()->report();
    const RatioResult m2 = report.ratio(MetricId::M2);
    REQUIRE(m2.toRange);
    REQUIRE(m2.toRange->swap);
    f.showSection(2);
    f.click(QStringLiteral("addAction"));
    ActionDialog *dialog = f.openDialog();
    const QString offered = dialog->findChild<QPlainTextEdit *>(QStringLiteral("successMeasure"))->toPlainText();
    CHECK(offered.startsWith(QStringLiteral("The relative likelihood for metric 2 rises to 0.80 or above")));
    // Issue 27: for appointments (fixed posts) the swap is offered first, with its rate.
    CHECK(offered.contains(QStringLiteral("%1 of this year's appointments going to minority ethnic rather than white "
                                          "shortlisted candidates")
                               .arg(*m2.toRange->swap)));
    CHECK(offered.contains(QStringLiteral("the minority ethnic rate from ")));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("details")), QStringLiteral("Panels"));
    PlanPanelFixture::pressOk(dialog);
    CHECK(f.stored(2024)->section(2).actions.at(0).successMeasure == offered);

    // A metric inside the range offers nothing (metric 5 in the demo's 2024 return).
    REQUIRE(report.ratio(MetricId::M5).status == MetricStatus::WithinRange);
    f.showSection(5);
    f.click(QStringLiteral("addAction"));
    ActionDialog *inside = f.openDialog();
    CHECK(inside->findChild<QPlainTextEdit *>(QStringLiteral("successMeasure"))->toPlainText().isEmpty());
    inside->reject();
}

TEST_CASE("Adding an action to a metric the published version withholds offers the aim without numbers",
          "[planpanel][shortfall][suppression]")
{
    PlanPanelFixture f;
    f.createPlan();
    const MetricReport report = *f.panel->editor()->report();
    // The demo's 2024 return, as the published version would show it: the combined RL of a
    // section withheld though it has a shortfall (its counts would come back from the numbers).
    const auto ret = f.workspace->database()->loadReturn(f.authorityId, 2024);
    REQUIRE(ret);
    SuppressionPolicy publication;
    publication.enabled = true;
    const ReportSuppression published = ReportSuppression::build(*ret, nullptr, {report}, publication);
    int section = 0;
    for (int n = 2; n <= kPlanSectionCount && section == 0; ++n) {
        const std::vector<MetricId> metrics = sectionMetrics(n);
        const bool withheld = std::any_of(metrics.begin(), metrics.end(), [&](MetricId id) {
            return published.ratioSuppressed(AreaSelection::Combined, id);
        });
        if (withheld && !suggestedMeasureForSection(metrics, report).isEmpty())
            section = n;
    }
    REQUIRE(section != 0);
    f.showSection(section);
    f.click(QStringLiteral("addAction"));
    ActionDialog *dialog = f.openDialog();
    const QString offered = dialog->findChild<QPlainTextEdit *>(QStringLiteral("successMeasure"))->toPlainText();
    CHECK(offered.startsWith(QStringLiteral("The relative likelihood inside the non-adverse range (0.80 to 1.25)")));
    CHECK(offered.contains(QStringLiteral("withheld in the published version")));
    CHECK(offered != suggestedMeasureForSection(sectionMetrics(section), report));
    dialog->reject();
}
