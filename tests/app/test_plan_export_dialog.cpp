// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// File → Export action plan…: the export dialog with the keyboard alone, then the whole path
// from the menu action to the file (and a failed export that leaves nothing).
#include "export/PlanExportDialog.h"
#include "window/Dialogs.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include "ExportReaders.h"
#include "ActionPlanDemo.h"
#include "Database.h"
#include "DemoData.h"
#include "export/ZipArchive.h"
#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace scwres;
using namespace scwres::test;

namespace {

template <typename T>
T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

// The main window on a fresh demo database, its newest year (2024, the draft plan) selected.
struct DemoWindow {
    QTemporaryDir dir;
    MainWindow window;

    DemoWindow()
    {
        REQUIRE(dir.isValid());
        REQUIRE(window.openDatabase(writeDemoPlanDatabase(dir.filePath(QStringLiteral("demo.sqlite")))));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.workspace()->currentYear() == 2024);
    }

    // Triggers File → Export action plan…; `fill` sets the export dialog once it is open, then the
    // dialog is accepted with the Export button. A dialog still open after 10 s is cancelled, so
    // a broken test fails instead of hanging.
    void exportPlan(const std::function<void(PlanExportDialog *)> &fill)
    {
        bool seen = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<PlanExportDialog *>();
            if (!dialog)
                return;
            seen = true;
            fill(dialog);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTimer::singleShot(10000, &window, [&] {
            if (auto *dialog = window.findChild<PlanExportDialog *>())
                dialog->reject();
        });
        auto *action = window.findChild<QAction *>(QStringLiteral("actionExportActionPlan"));
        REQUIRE(action);
        action->trigger();
        CHECK(seen);
    }
};

} // namespace

TEST_CASE("Plan export dialog: format and publication chosen with the keyboard alone", "[plan-export][app]")
{
    PlanExportDialog dialog(QStringLiteral("Exampleshire County Council"), 2024);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);

    // Opens on the PDF for sign-off, full figures.
    CHECK(dialog.format() == PlanFormat::Pdf);
    CHECK_FALSE(dialog.publication().enabled);
    auto *threshold = child<QSpinBox>(&dialog, "thresholdSpin");
    CHECK_FALSE(threshold->isEnabled());
    CHECK(child<QLabel>(&dialog, "planLabel")->text().contains(QStringLiteral("2024 action plan of Exampleshire")));

    // Every input says what it is to a screen reader.
    for (QWidget *input : dialog.findChildren<QWidget *>()) {
        if (!qobject_cast<QAbstractButton *>(input) && !qobject_cast<QSpinBox *>(input))
            continue;
        if (qobject_cast<QPushButton *>(input))
            continue; // the buttons' text is their name
        INFO(input->objectName().toStdString());
        CHECK_FALSE(input->accessibleName().isEmpty());
    }

    // Arrow keys move through the formats; the tracker has no counts, so no publication choice.
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused == child<QRadioButton>(&dialog, "formatPdf"));
    QTest::keyClick(focused, Qt::Key_Down);
    CHECK(dialog.format() == PlanFormat::Docx);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    CHECK(dialog.format() == PlanFormat::Xlsx);
    CHECK_FALSE(child<QGroupBox>(&dialog, "publicationGroup")->isEnabled());
    CHECK(child<QLabel>(&dialog, "publicationNote")->text().contains(QStringLiteral("no counts")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    CHECK(dialog.format() == PlanFormat::Odt);

    // Tab to the switch, Space turns it on, Tab to the threshold and type it, Enter exports.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == child<QCheckBox>(&dialog, "publicationCheck"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(threshold->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == threshold);
    QTest::keyClick(threshold, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(threshold, QStringLiteral("5"));
    CHECK(child<QLabel>(&dialog, "publicationNote")->text().contains(QStringLiteral("Counts under 5")));
    QTest::keyClick(threshold, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.format() == PlanFormat::Odt);
    const SuppressionPolicy policy = dialog.publication();
    CHECK(policy.enabled);
    CHECK(policy.threshold == 5);
}

TEST_CASE("File → Export action plan writes the chosen format, published version named in it", "[plan-export][app]")
{
    DemoWindow w;
    const QString out = w.dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    // Typed without a suffix: the chosen format's is added.
    Dialogs::setNextFileName(QDir(out).filePath(QStringLiteral("plan for the sponsor")));
    Dialogs::setNextAnswer(QMessageBox::No); // "Open the folder?"
    QString note;
    w.exportPlan([&](PlanExportDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("formatOdt")), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("publicationCheck")), Qt::LeftButton);
        note = dialog->findChild<QLabel *>(QStringLiteral("publicationNote"))->text();
    });
    // Before writing, the dialog says what the year's pattern hides in the plan's figures, and why.
    INFO(note.toStdString());
    CHECK(note.contains(QStringLiteral("counts under 10 hidden")));
    CHECK(note.contains(QStringLiteral("relative likelihoods published")));
    const QString path = QDir(out).filePath(QStringLiteral("plan for the sponsor.odt"));
    CHECK(filesIn(out) == QStringList{QStringLiteral("plan for the sponsor.odt")});
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("Saved")));
    CHECK(Dialogs::lastMessage().contains(QDir::toNativeSeparators(path)));

    const auto parts = readZip(path);
    const QString content = QString::fromUtf8(parts.at(QStringLiteral("content.xml")));
    const QString styles = QString::fromUtf8(parts.at(QStringLiteral("styles.xml")));
    CHECK(content.contains(QStringLiteral("NOT YET SIGNED OFF")));
    CHECK(content.contains(demoAuthorityName()));
    // The mode is named on the front page and in the footer of every page.
    CHECK(content.contains(QStringLiteral("Published version.")));
    CHECK(styles.contains(QStringLiteral("published version (counts under 10 hidden)")));
}

TEST_CASE("File → Export action plan into a missing folder says why and leaves nothing", "[plan-export][app]")
{
    DemoWindow w;
    const QStringList before = filesIn(w.dir.path());
    const QString target = w.dir.filePath(QStringLiteral("no-such-folder/plan.pdf"));
    Dialogs::setNextFileName(target);
    Dialogs::setNextAnswer(QMessageBox::Ok); // the warning
    w.exportPlan([](PlanExportDialog *) {}); // the defaults: the PDF for sign-off
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("The action plan was not exported")));
    CHECK(Dialogs::lastMessage().contains(QDir::toNativeSeparators(target)));
    CHECK((Dialogs::lastMessage().contains(QStringLiteral("does not exist"))
           || Dialogs::lastMessage().contains(QStringLiteral("No such file"))));
    CHECK(filesIn(w.dir.path()) == before);
}

TEST_CASE("File → Export action plan: cancelling the dialog or the file name writes nothing", "[plan-export][app]")
{
    DemoWindow w;
    const QStringList before = filesIn(w.dir.path());
    // Cancel in the export dialog: no file name is asked for.
    Dialogs::setNextFileName(w.dir.filePath(QStringLiteral("never.pdf")));
    bool seen = false;
    QTimer::singleShot(0, &w.window, [&] {
        if (auto *dialog = w.window.findChild<PlanExportDialog *>()) {
            seen = true;
            QTest::keyClick(dialog, Qt::Key_Escape);
        }
    });
    w.window.findChild<QAction *>(QStringLiteral("actionExportActionPlan"))->trigger();
    CHECK(seen);
    CHECK(filesIn(w.dir.path()) == before);
    // The queued file name is still unused: the next dialog gets it. Cancel that one (empty name).
    CHECK(Dialogs::saveFileName(nullptr, {}, {}, {}) == w.dir.filePath(QStringLiteral("never.pdf")));
    Dialogs::setNextFileName(QString());
    w.exportPlan([](PlanExportDialog *) {});
    CHECK(filesIn(w.dir.path()) == before);
}
