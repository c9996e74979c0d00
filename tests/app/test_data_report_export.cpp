// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// File → Export data report…: the dialog with the keyboard, then the whole path from the menu
// action to the file (and a failed export that leaves nothing).
#include "export/DataReportExportDialog.h"
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
T *widget(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

struct ReportWindow {
    QTemporaryDir dir;
    MainWindow window;

    ReportWindow()
    {
        REQUIRE(dir.isValid());
        REQUIRE(window.openDatabase(test::writeDemoPlanDatabase(dir.filePath(QStringLiteral("demo.sqlite")))));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.workspace()->currentYear() == 2024);
    }

    void exportReport(const std::function<void(DataReportExportDialog *)> &fill)
    {
        bool seen = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<DataReportExportDialog *>();
            if (!dialog)
                return;
            seen = true;
            fill(dialog);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTimer::singleShot(10000, &window, [&] {
            if (auto *dialog = window.findChild<DataReportExportDialog *>())
                dialog->reject();
        });
        auto *action = window.findChild<QAction *>(QStringLiteral("actionExportDataReport"));
        REQUIRE(action);
        action->trigger();
        CHECK(seen);
    }
};

} // namespace

TEST_CASE("Data report dialog: format, areas and publication with the keyboard", "[datareport][app]")
{
    DataReportExportDialog dialog(QStringLiteral("Exampleshire County Council"), 2024, true, false);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    CHECK(dialog.format() == DataReport::Format::Xlsx);
    CHECK(dialog.areas() == std::vector<AreaSelection>{AreaSelection::Adult}); // no children's data
    CHECK_FALSE(widget<QCheckBox>(&dialog, "areaCombined")->isEnabled());
    CHECK_FALSE(dialog.publication().enabled);
    for (QWidget *input : dialog.findChildren<QWidget *>()) {
        if (!qobject_cast<QAbstractButton *>(input) && !qobject_cast<QSpinBox *>(input))
            continue;
        if (qobject_cast<QPushButton *>(input))
            continue;
        INFO(input->objectName().toStdString());
        CHECK_FALSE(input->accessibleName().isEmpty());
    }
    REQUIRE(QApplication::focusWidget() == widget<QRadioButton>(&dialog, "formatXlsx"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    CHECK(dialog.format() == DataReport::Format::Pdf);
    // The length: the full report for a private file, until publication is switched on.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget()->parentWidget() == widget<QGroupBox>(&dialog, "layoutGroup"));
    CHECK(dialog.layout() == DataReportLayout::Full);
    // Unticking the only area leaves nothing to export.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (QApplication::focusWidget()->parentWidget() == widget<QGroupBox>(&dialog, "layoutGroup"))
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == widget<QCheckBox>(&dialog, "areaAdult"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK_FALSE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == widget<QCheckBox>(&dialog, "publicationCheck"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == widget<QSpinBox>(&dialog, "thresholdSpin"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
    CHECK(dialog.publication().enabled);
    CHECK(dialog.publication().threshold == 5);
    CHECK(widget<QLabel>(&dialog, "publicationNote")->text().contains(QStringLiteral("<5")));
    // Publication defaults to the summary; the web page and Word document are offered.
    CHECK(dialog.layout() == DataReportLayout::Summary);
    widget<QRadioButton>(&dialog, "formatHtml")->setChecked(true);
    CHECK(dialog.format() == DataReport::Format::Html);
    widget<QRadioButton>(&dialog, "formatDocx")->setChecked(true);
    CHECK(dialog.format() == DataReport::Format::Docx);
    CHECK(widget<QGroupBox>(&dialog, "layoutGroup")->isEnabled());
    widget<QRadioButton>(&dialog, "formatCsv")->setChecked(true);
    CHECK_FALSE(widget<QGroupBox>(&dialog, "layoutGroup")->isEnabled());
}

TEST_CASE("File → Export data report writes the published PDF and offers the folder", "[datareport][app]")
{
    ReportWindow fixture;
    const QString path = fixture.dir.filePath(QStringLiteral("published report"));
    Dialogs::setNextFileName(path);
    Dialogs::setNextAnswer(QMessageBox::No); // "Open the folder?"
    QString hidden;
    fixture.exportReport([&](DataReportExportDialog *dialog) {
        widget<QRadioButton>(dialog, "formatPdf")->setChecked(true);
        widget<QCheckBox>(dialog, "areaChildren")->setChecked(false);
        widget<QCheckBox>(dialog, "areaCombined")->setChecked(false);
        CHECK(widget<QLabel>(dialog, "hiddenSummary")->isHidden()); // private: nothing hidden
        widget<QCheckBox>(dialog, "publicationCheck")->setChecked(true);
        // Before anything is written, the dialog says what the published version hides and why.
        hidden = widget<QLabel>(dialog, "hiddenSummary")->text();
    });
    INFO(hidden.toStdString());
    CHECK(hidden.contains(QStringLiteral("counts under 10 hidden")));
    CHECK(hidden.contains(QStringLiteral("more hidden so that they can't be worked out")));
    CHECK(hidden.contains(QStringLiteral("relative likelihoods published")));
    const QString pdf = path + QStringLiteral(".pdf");
    REQUIRE(QFile::exists(pdf));
    CHECK(Dialogs::lastMessage().contains(QDir::toNativeSeparators(pdf)));
    const QString text = test::pdfLayoutText(pdf);
    CHECK(text.contains(QStringLiteral("Exampleshire County Council")));
    CHECK(text.contains(QStringLiteral("Published version")));
    CHECK(text.contains(QStringLiteral("Adult social care")));
    CHECK_FALSE(text.contains(QStringLiteral("Children's social care")));
}

TEST_CASE("File → Export data report writes the open data CSV", "[datareport][app]")
{
    ReportWindow fixture;
    const QString path = fixture.dir.filePath(QStringLiteral("open data"));
    Dialogs::setNextFileName(path);
    Dialogs::setNextAnswer(QMessageBox::No); // "Open the folder?"
    fixture.exportReport([](DataReportExportDialog *dialog) {
        widget<QRadioButton>(dialog, "formatCsv")->setChecked(true);
        CHECK(dialog->format() == DataReport::Format::Csv);
        widget<QCheckBox>(dialog, "publicationCheck")->setChecked(true);
    });
    const QString csv = path + QStringLiteral(".csv");
    REQUIRE(QFile::exists(csv));
    const auto rows = test::readCsv(csv);
    REQUIRE(rows.size() > 100);
    CHECK(rows.front().join(QLatin1Char(',')) == QStringLiteral("authority,year,area,metric,band,measure,group,value"));
    CHECK(rows[1].value(0) == QStringLiteral("Exampleshire County Council"));
}

TEST_CASE("File → Export data report into a missing folder says why and leaves nothing", "[datareport][app]")
{
    ReportWindow fixture;
    const QString target = fixture.dir.filePath(QStringLiteral("gone/report.xlsx"));
    Dialogs::setNextFileName(target);
    Dialogs::setNextAnswer(QMessageBox::Ok); // the warning
    fixture.exportReport([](DataReportExportDialog *) {});
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("The data report was not exported")));
    CHECK(Dialogs::lastMessage().contains(QDir::toNativeSeparators(target)));
    QStringList left = QDir(fixture.dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    left.removeIf([](const QString &name) { return name.startsWith(QStringLiteral("demo.sqlite")); });
    CHECK(left.isEmpty());
}
