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

#include <cstdio>

namespace {

// The options, shared by the display-free pass (--help, --version, wrong words) and the real one.
struct Options {
    QCommandLineOption database{QStringList{QStringLiteral("d"), QStringLiteral("database")},
                                QCoreApplication::translate("main", "Open this database file."),
                                QCoreApplication::translate("main", "file")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Load the demo authority into an empty database "
                                                                "without asking.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a picture of the window and quit."),
                                  QCoreApplication::translate("main", "png")};
    QCommandLineOption tab{QStringLiteral("tab"), QCoreApplication::translate("main", "Show this panel first (0, 1 or 2)."),
                           QCoreApplication::translate("main", "index")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Social Care Workforce Race Equality Standard: data return, metrics and "
                                            "action plan."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.database, options.demo, options.screenshot, options.tab});
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SCWRES"));
    QCoreApplication::setApplicationName(QStringLiteral("scwres-desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCWRES_VERSION));
}

// Answers a command line that only asks for text (--help, --version) or is wrong, without
// creating a QApplication (which needs a display): returns the exit code, or -1 when the program
// is to start. Returns instead of exiting, so every object is destroyed on the way out.
int answerWithoutWindow(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    const bool parsed = parser.parse(arguments);
    if (parsed && !parser.isSet(QStringLiteral("help")) && !parser.isSet(QStringLiteral("help-all")) &&
        !parser.isSet(QStringLiteral("version")))
        return -1;
    QCoreApplication textOnly(argc, argv);
    nameApplication();
    if (!parsed) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                     qPrintable(parser.errorText()));
        return 1;
    }
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(textOnly); // Qt's own options too; prints and exits
    if (parser.isSet(QStringLiteral("version")))
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
    else
        std::fputs(qPrintable(parser.helpText()), stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (const int answered = answerWithoutWindow(argc, argv); answered >= 0)
        return answered;
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("SC-WRES"));
    QApplication::setDesktopFileName(QStringLiteral(SCWRES_APP_ID));

    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);

    // A screenshot run has nobody to answer a dialog: it must never wait on one.
    const bool unattended = parser.isSet(options.screenshot);
    scwres::Dialogs::setUnattended(unattended);
    scwres::MainWindow window;
    window.show();
    // The database worked on last time, if it is still there; else the default one.
    QString path = parser.value(options.database);
    if (path.isEmpty()) {
        path = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (path.isEmpty() || !QFileInfo::exists(path))
            path = scwres::defaultDatabasePath();
    }
    const bool opened = window.openDatabase(path);
    if (opened) {
        if (parser.isSet(options.demo))
            scwres::Dialogs::setNextAnswer(QMessageBox::Yes);
        window.offerDemoIfEmpty();
    } else if (unattended) {
        return 1; // the reason has been written to standard error
    }
    if (parser.isSet(options.tab))
        window.findChild<QTabWidget *>(QStringLiteral("panels"))->setCurrentIndex(parser.value(options.tab).toInt());
    if (parser.isSet(options.screenshot)) {
        const QString file = parser.value(options.screenshot);
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
