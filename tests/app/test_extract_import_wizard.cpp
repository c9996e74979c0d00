// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The import assistant over the core: a profile used, the values page blocking an unmapped
// value, the result page, Finish as one undoable step, the profile saved for next year.
#include "TestSupport.h"
#include "import/ExtractImportWizard.h"
#include "extract/ProfileStore.h"
#include "history/ChangeHistory.h"
#include "window/Dialogs.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace scwres;
using namespace scwres::extract;

namespace {

GroupCounts g(long long white, long long minority, long long unknown)
{
    GroupCounts c;
    c.white = white;
    c.minorityEthnic = minority;
    c.unknown = unknown;
    return c;
}

QPushButton *buttonNamed(QWidget &parent, const char *text)
{
    for (QPushButton *b : parent.findChildren<QPushButton *>())
        if (b->text() == QLatin1String(text))
            return b;
    FAIL("no button " << text);
    return nullptr;
}

int rowOf(QTableWidget *table, const QString &value)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 1) && table->item(r, 1)->data(Qt::UserRole).toString() == value)
            return r;
    return -1;
}

} // namespace

TEST_CASE("Import assistant: profile, values with counts, result beside the return, one undo step", "[app][extract]")
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    REQUIRE(workspace.openDatabase(dir.filePath(QStringLiteral("w.sqlite")), &error));
    AnnualReturn ret;
    ret.authorityName = QStringLiteral("Testshire");
    ret.year = 2024;
    ret.snapshotDate = QDate(2024, 8, 31);
    ret.periodStart = QDate(2023, 9, 1);
    ret.periodEnd = QDate(2024, 8, 31);
    ret.adult = AreaReturn{};
    ret.adult->leavers.collected = true;
    ret.adult->leavers.counts = g(1, 2, 3);
    REQUIRE(workspace.storeReturn(ret));
    workspace.notifyAuthoritiesChanged();
    workspace.select(workspace.database()->authorityByName(QStringLiteral("Testshire"))->id, 2024);
    REQUIRE(workspace.currentReturn());

    ExtractImportWizard wizard(&workspace);
    wizard.show();
    const auto profile = readProfileFile(test::dataPath(QStringLiteral("extracts/staff-profile.json"))).value;
    REQUIRE(profile);
    wizard.useProfile(*profile);
    wizard.setFile(test::dataPath(QStringLiteral("extracts/staff-windows1252.csv")));
    wizard.next();
    REQUIRE(wizard.currentId() == ExtractImportWizard::ColumnsPage);
    CHECK(wizard.findChild<QLabel *>(QStringLiteral("fillsLabel"))->text().contains(QStringLiteral("will fill")));
    wizard.next();
    REQUIRE(wizard.currentId() == ExtractImportWizard::ValuesPage);

    auto *values = wizard.findChild<QTableWidget *>(QStringLiteral("valuesTable"));
    const int african = rowOf(values, QStringLiteral("Black - African"));
    REQUIRE(african >= 0);
    CHECK(values->item(african, 2)->text() == QStringLiteral("1"));
    const int british = rowOf(values, QStringLiteral("White - British"));
    REQUIRE(british >= 0);
    CHECK(values->item(british, 2)->text() == QStringLiteral("3"));
    // No name column is mapped, so no name is listed.
    for (int r = 0; r < values->rowCount(); ++r)
        CHECK_FALSE(values->item(r, 1)->text().contains(QStringLiteral("Zqxm")));

    // A value left unmapped blocks the way on.
    auto *combo = qobject_cast<QComboBox *>(values->cellWidget(african, 3));
    REQUIRE(combo);
    const int chosen = combo->currentIndex();
    CHECK(chosen > 0);
    combo->setCurrentIndex(0);
    wizard.next();
    CHECK(wizard.currentId() == ExtractImportWizard::ValuesPage);
    CHECK(wizard.findChild<QLabel *>(QStringLiteral("valuesProblem"))->text().contains(QStringLiteral("not mapped")));
    combo->setCurrentIndex(chosen);
    // The broad group beside it is pre-filled (the profile has none yet) and must agree with it.
    auto *broad = qobject_cast<QComboBox *>(values->cellWidget(african, 4));
    REQUIRE(broad);
    CHECK(broad->currentData().toString() == QStringLiteral("black"));
    broad->setCurrentIndex(broad->findData(QStringLiteral("white")));
    wizard.next();
    CHECK(wizard.currentId() == ExtractImportWizard::ValuesPage);
    CHECK(wizard.findChild<QLabel *>(QStringLiteral("valuesProblem"))->text().contains(QStringLiteral("broad group")));
    broad->setCurrentIndex(broad->findData(QStringLiteral("black")));
    wizard.next();
    REQUIRE(wizard.currentId() == ExtractImportWizard::SummaryPage);
    CHECK(wizard.profile().values.at(QStringLiteral("ethnicity_group")).at(QStringLiteral("Black - African"))
          == QStringLiteral("black"));
    CHECK(wizard.findChild<QLabel *>(QStringLiteral("reportLabel"))->text().contains(QStringLiteral("broad ethnic group")));

    CHECK(wizard.findChild<QLabel *>(QStringLiteral("reportLabel"))->text().contains(QStringLiteral("Rows read: 8. Used: 6.")));
    CHECK(wizard.findChild<QTableWidget *>(QStringLiteral("compareTable"))->rowCount() > 10);
    REQUIRE(wizard.canApply());
    wizard.findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(QStringLiteral("Wizard staff list"));
    // Export the profile for another council, through the file dialog answered in advance.
    const QString exported = dir.filePath(QStringLiteral("shared-profile.json"));
    Dialogs::setNextFileName(exported);
    buttonNamed(wizard, "Export profile...")->click();
    const auto shared = readProfileFile(exported).value;
    REQUIRE(shared);
    CHECK(shared->name == QStringLiteral("Wizard staff list"));
    CHECK(shared->values == wizard.profile().values); // with the broad groups confirmed on the values page
    wizard.accept();

    auto after = workspace.currentReturn();
    REQUIRE(after);
    // The headline, with the breakdown by broad group beside it: White British and White Irish, Asian Indian.
    CHECK(after->adult->cpd.counts.white == 2);
    CHECK(after->adult->cpd.counts.minorityEthnic == 1);
    CHECK(after->adult->cpd.counts.unknown == 0);
    CHECK(after->adult->cpd.counts.broadCount(BroadGroup::White) == 2);
    CHECK(after->adult->cpd.counts.broadCount(BroadGroup::Asian) == 1);
    CHECK(after->adult->cpd.counts.broadMatchesHeadline());
    CHECK(after->children->seniorManagers.counts.white == 1);
    CHECK(after->children->seniorManagers.counts.broadCount(BroadGroup::White) == 1);
    CHECK(after->children->seniorManagers.counts.total() == 1);
    CHECK(after->adult->leavers.counts == g(1, 2, 3)); // a block the extract cannot fill is left as it was
    CHECK_FALSE(after->complete); // a draft
    QUndoStack *stack = workspace.returnStack(QStringLiteral("Testshire"), 2024);
    REQUIRE(stack->count() == 1);
    CHECK(stack->text(0).contains(QStringLiteral("staff-windows1252.csv")));
    CHECK_FALSE(stack->text(0).contains(QStringLiteral("Zqxm")));
    stack->undo();
    CHECK_FALSE(workspace.currentReturn()->adult->cpd.collected);

    const auto saved = ProfileStore(*workspace.database()).find(QStringLiteral("Wizard staff list"), &error);
    REQUIRE(saved);
    CHECK(saved->values == wizard.profile().values);
    CHECK(saved->values.count(QStringLiteral("ethnicity_group")) == 1);
    {
        // The stored profile holds mapped category values, never a name or an identifier of a row.
        QSqlQuery q(workspace.database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name || kind || profile FROM extract_profile")));
        REQUIRE(q.next());
        const QString stored = q.value(0).toString();
        CHECK(stored.contains(QStringLiteral("White - British")));
        CHECK_FALSE(stored.contains(QStringLiteral("Zqxm")));
        CHECK_FALSE(stored.contains(QStringLiteral("E001")));
        CHECK_FALSE(stored.contains(QStringLiteral("Ren\u00e9e")));
    }
    CHECK(saved->columns == profile->columns);

    // Next year: a new assistant lists the saved profile, and imports the shared file.
    ExtractImportWizard nextYear(&workspace);
    auto *saved2 = nextYear.findChild<QComboBox *>(QStringLiteral("savedProfile"));
    CHECK(saved2->findText(QStringLiteral("Wizard staff list")) > 0);
    Dialogs::setNextFileName(exported);
    buttonNamed(nextYear, "Import profile...")->click();
    CHECK(nextYear.profile() == *shared);
}

TEST_CASE("Import assistant: several files of one kind, one undoable step with one history entry", "[app][extract]")
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    REQUIRE(workspace.openDatabase(dir.filePath(QStringLiteral("m.sqlite")), &error));
    AnnualReturn ret;
    ret.authorityName = QStringLiteral("Testshire");
    ret.year = 2024;
    ret.periodStart = QDate(2023, 9, 1);
    ret.periodEnd = QDate(2024, 8, 31);
    ret.adult = AreaReturn{};
    REQUIRE(workspace.storeReturn(ret));
    workspace.notifyAuthoritiesChanged();
    const long long id = workspace.database()->authorityByName(QStringLiteral("Testshire"))->id;
    workspace.select(id, 2024);

    ExtractImportWizard wizard(&workspace);
    wizard.show();
    auto profile = readProfileFile(test::dataPath(QStringLiteral("extracts/staff-broad-profile.json"))).value;
    REQUIRE(profile);
    wizard.useProfile(*profile);
    wizard.setFile(test::dataPath(QStringLiteral("extracts/staff-broad.csv")));
    // The same staff exported twice: the second file's people are all duplicates, left out.
    Dialogs::setNextFileName(test::dataPath(QStringLiteral("extracts/staff-broad.csv")));
    buttonNamed(wizard, "Add another file of this kind...")->click();
    CHECK(wizard.files().size() == 1); // the same file is not read twice
    const QString copy = dir.filePath(QStringLiteral("staff-broad-copy.csv"));
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("extracts/staff-broad.csv")), copy));
    Dialogs::setNextFileName(copy);
    buttonNamed(wizard, "Add another file of this kind...")->click();
    REQUIRE(wizard.files().size() == 2);
    CHECK(wizard.findChild<QLabel *>(QStringLiteral("moreFiles"))->text().contains(QStringLiteral("staff-broad-copy.csv")));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ExtractImportWizard::ValuesPage);
    auto *values = wizard.findChild<QTableWidget *>(QStringLiteral("valuesTable"));
    const int roma = rowOf(values, QStringLiteral("White: Roma"));
    REQUIRE(roma >= 0);
    CHECK(values->item(roma, 2)->text() == QStringLiteral("2")); // one row in each file
    wizard.next();
    REQUIRE(wizard.currentId() == ExtractImportWizard::SummaryPage);
    const QString report = wizard.findChild<QLabel *>(QStringLiteral("reportLabel"))->text();
    CHECK(report.contains(QStringLiteral("staff-broad.csv: 11 rows read, 11 used; fills ")));
    CHECK(report.contains(QStringLiteral("staff-broad-copy.csv: 11 rows read, 0 used; fills ")));
    CHECK(report.contains(QStringLiteral("Rows read: 22. Used: 11.")));
    REQUIRE(wizard.canApply());
    wizard.accept();

    const auto after = workspace.currentReturn();
    REQUIRE(after);
    CHECK(after->adult->cpd.counts.white == 2);
    CHECK(after->adult->cpd.counts.minorityEthnic == 3);
    CHECK(after->adult->cpd.counts.broadCount(BroadGroup::Mixed) == 1);
    QUndoStack *stack = workspace.returnStack(QStringLiteral("Testshire"), 2024);
    REQUIRE(stack->count() == 1);
    CHECK(stack->text(0).contains(QStringLiteral("staff-broad.csv, staff-broad-copy.csv (11 of 22 rows")));
    const auto entries = ChangeHistory(*workspace.database()).entries(id, 2024);
    REQUIRE(entries.size() == 2); // the return as stored, then the one import
    CHECK(entries.back().note.kind == QStringLiteral("imported"));
    CHECK(entries.back().note.detail.contains(QStringLiteral("staff-broad.csv, staff-broad-copy.csv")));
    stack->undo();
    CHECK_FALSE(workspace.currentReturn()->adult->cpd.collected);
}

TEST_CASE("Import assistant: on the File menu", "[app][extract]")
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("actionImportExtract"));
    REQUIRE(action);
    bool inFileMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action))
            inFileMenu = menu->menu()->objectName() == QStringLiteral("menuFile");
    CHECK(inFileMenu);
}

TEST_CASE("Import assistant: an extract that fills nothing says so, Finish is off, and the return is left as it was",
          "[app][extract]")
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    REQUIRE(workspace.openDatabase(dir.filePath(QStringLiteral("e.sqlite")), &error));
    AnnualReturn ret;
    ret.authorityName = QStringLiteral("Testshire");
    ret.year = 2030; // every leaver in the file left before this period
    ret.snapshotDate = QDate(2030, 8, 31);
    ret.periodStart = QDate(2029, 9, 1);
    ret.periodEnd = QDate(2030, 8, 31);
    ret.adult = AreaReturn{};
    ret.adult->leavers.collected = true;
    ret.adult->leavers.counts = g(200, 80, 10);
    ret.children = AreaReturn{};
    ret.children->leavers.collected = true;
    ret.children->leavers.counts = GroupCounts::empty();
    REQUIRE(workspace.storeReturn(ret));
    workspace.notifyAuthoritiesChanged();
    workspace.select(workspace.database()->authorityByName(QStringLiteral("Testshire"))->id, 2030);
    const AnnualReturn before = *workspace.currentReturn();

    ExtractImportWizard wizard(&workspace);
    wizard.show();
    Profile profile;
    profile.name = QStringLiteral("Leavers");
    profile.kind = ExtractKind::Leavers;
    profile.columns = {{QStringLiteral("ethnicity"), QStringLiteral("Ethnicity")},
                       {QStringLiteral("service_area"), QStringLiteral("Service Area")},
                       {QStringLiteral("leaving_date"), QStringLiteral("Date Left")}};
    profile.values[QStringLiteral("ethnicity")] = {{"White British", "white"}, {"Indian", "minority_ethnic"},
                                                   {"Caribbean", "minority_ethnic"}, {"Prefer not to say", "unknown"}};
    profile.values[QStringLiteral("service_area")] = {{"Adult", "adult"}, {"Children", "children"}};
    wizard.useProfile(profile);
    wizard.setFile(test::dataPath(QStringLiteral("extracts/leavers.csv")));
    wizard.next();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ExtractImportWizard::SummaryPage);
    const QString report = wizard.findChild<QLabel *>(QStringLiteral("reportLabel"))->text();
    INFO(report.toStdString());
    // The result names where it would write, and says that nothing would change.
    CHECK(report.contains(QStringLiteral("Writes into: Testshire, the 2030 return.")));
    CHECK(report.contains(QStringLiteral("Used: 0.")));
    CHECK(report.contains(QStringLiteral("No rows in the period")));
    CHECK_FALSE(wizard.canApply());
    CHECK_FALSE(wizard.currentPage()->isComplete());
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());

    Dialogs::setNextAnswer(QMessageBox::Ok);
    wizard.accept();
    const auto after = workspace.currentReturn();
    REQUIRE(after);
    CHECK(*after == before);
    CHECK(after->adult->leavers.counts == g(200, 80, 10));
    CHECK(after->children->leavers.counts == GroupCounts::empty());
    CHECK(workspace.returnStack(QStringLiteral("Testshire"), 2030)->count() == 0);
}
