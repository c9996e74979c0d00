// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "window/MainWindow.h"
#include "window/Dialogs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SCWRES"));
    QApplication::setApplicationName(QStringLiteral("scwres-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("SC-WRES"));
    QApplication::setApplicationVersion(QStringLiteral(SCWRES_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("scwres-desktop"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Social Care Workforce Race Equality Standard: data return, metrics and "
                                            "action plan."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption databaseOption(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                                      QCoreApplication::translate("main", "Open this database file."),
                                      QCoreApplication::translate("main", "file"));
    QCommandLineOption demoOption(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Load the demo authority into an empty database "
                                                                      "without asking."));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of the window and quit."),
                                        QCoreApplication::translate("main", "png"));
    QCommandLineOption tabOption(QStringLiteral("tab"),
                                 QCoreApplication::translate("main", "Show this panel first (0, 1 or 2)."),
                                 QCoreApplication::translate("main", "index"));
    parser.addOptions({databaseOption, demoOption, screenshotOption, tabOption});
    parser.process(app);

    scwres::MainWindow window;
    window.show();
    // The database worked on last time, if it is still there; else the default one.
    QString path = parser.value(databaseOption);
    if (path.isEmpty()) {
        path = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (path.isEmpty() || !QFileInfo::exists(path))
            path = scwres::defaultDatabasePath();
    }
    if (window.openDatabase(path)) {
        if (parser.isSet(demoOption))
            scwres::Dialogs::setNextAnswer(QMessageBox::Yes);
        window.offerDemoIfEmpty();
    }
    if (parser.isSet(tabOption))
        window.findChild<QTabWidget *>(QStringLiteral("panels"))->setCurrentIndex(parser.value(tabOption).toInt());
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(800, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
