// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "window/MainWindow.h"
#include "window/Dialogs.h"

#include "SafeWrite.h"

#include <QApplication>
#include <QBuffer>
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

    // A screenshot run has nobody to answer a dialog: it must never wait on one.
    const bool unattended = parser.isSet(screenshotOption);
    scwres::Dialogs::setUnattended(unattended);
    scwres::MainWindow window;
    window.show();
    // The database worked on last time, if it is still there; else the default one.
    QString path = parser.value(databaseOption);
    if (path.isEmpty()) {
        path = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (path.isEmpty() || !QFileInfo::exists(path))
            path = scwres::defaultDatabasePath();
    }
    const bool opened = window.openDatabase(path);
    if (opened) {
        if (parser.isSet(demoOption))
            scwres::Dialogs::setNextAnswer(QMessageBox::Yes);
        window.offerDemoIfEmpty();
    } else if (unattended) {
        return 1; // the reason has been written to standard error
    }
    if (parser.isSet(tabOption))
        window.findChild<QTabWidget *>(QStringLiteral("panels"))->setCurrentIndex(parser.value(tabOption).toInt());
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(800, &window, [&window, file] {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QString reason;
            const bool saved = window.grab().save(&buffer, "PNG") && scwres::SafeWrite::write(file, png, &reason);
            if (!saved)
                qCritical("%s", qPrintable(scwres::SafeWrite::failureMessage(file, reason)));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
