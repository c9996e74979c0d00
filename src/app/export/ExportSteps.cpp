// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ExportSteps.h"

#include "window/Dialogs.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QUrl>

namespace scwres::ExportSteps {

QString askPath(QWidget *parent, const QString &title, const QString &name, const QString &suffix,
                const QString &filter)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(name + QLatin1Char('.') + suffix);
    QString path = Dialogs::saveFileName(parent, title, suggested, filter);
    if (!path.isEmpty() && !path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    return path;
}

bool runBusy(QWidget *parent, const QString &title, const QString &label, const std::function<bool()> &write)
{
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = write();
    QGuiApplication::restoreOverrideCursor();
    return written;
}

void reportOutcome(QWidget *parent, const QString &title, bool written, const QString &savedMessage,
                   const QString &failedMessage, const QString &path)
{
    if (!written) {
        Dialogs::warning(parent, title, failedMessage);
        return;
    }
    const auto answer = Dialogs::question(
        parent, title,
        savedMessage + QStringLiteral("\n\n") + QCoreApplication::translate("scwres::ExportSteps", "Open the folder?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace scwres::ExportSteps
