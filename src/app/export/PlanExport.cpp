// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanExport.h"

#include "PlanExportDialog.h"
#include "charts/QtChartPainter.h"
#include "export/PlanExporter.h"
#include "window/Dialogs.h"
#include "window/Workspace.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QUrl>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::PlanExport", text);
}

} // namespace

const ChartPainter &planChartPainter()
{
    static const QtChartPainter painter;
    return painter;
}

void exportActionPlan(QWidget *parent, Workspace *workspace)
{
    const QString title = tr("Export action plan");
    Database *db = workspace ? workspace->database() : nullptr;
    if (!db || workspace->currentAuthorityId() == 0 || workspace->currentYear() == 0) {
        Dialogs::information(parent, title, tr("Select an authority and a year first."));
        return;
    }
    QString error;
    const auto data = PlanExporter::load(*db, workspace->currentAuthorityId(), workspace->currentYear(),
                                         QDate::currentDate(), &error);
    if (!data) {
        Dialogs::warning(parent, title, error);
        return;
    }
    const ActionPlan &plan = data->document.plan;
    PlanExportDialog dialog(plan.header.authorityName, plan.year, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PlanFormat format = dialog.format();
    const SuppressionPolicy publication = dialog.publication();

    // The published version says so in its name too, so it is not mistaken for the full one.
    QString name = format == PlanFormat::Xlsx ? tr("%1 SC-WRES action tracker %2") : tr("%1 SC-WRES action plan %2");
    name = name.arg(plan.header.authorityName).arg(plan.year);
    if (publication.enabled)
        name += tr(" (published)");
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(name + QLatin1Char('.') + PlanExporter::suffix(format));
    QString path = Dialogs::saveFileName(parent, title, suggested, PlanExporter::fileFilter(format));
    if (path.isEmpty())
        return;
    // The format was chosen in the dialog: a name typed without its suffix gets it.
    if (PlanExporter::formatForPath(path) != format)
        path += QLatin1Char('.') + PlanExporter::suffix(format);

    bool written = false;
    {
        // A few seconds at most (the charts): a busy indicator, no cancel (the write is atomic anyway).
        QProgressDialog progress(tr("Writing the action plan..."), QString(), 0, 0, parent);
        progress.setWindowTitle(title);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.setValue(0);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        written = PlanExporter::write(*data, format, path, &planChartPainter(), publication, &error);
        QGuiApplication::restoreOverrideCursor();
    }
    if (!written) {
        Dialogs::warning(parent, title, tr("The action plan was not exported. %1").arg(error));
        return;
    }
    const QString folder = QFileInfo(path).absolutePath();
    const auto answer = Dialogs::question(
        parent, title,
        tr("Saved %1 as “%2”.\n\nOpen the folder?")
            .arg(PlanExporter::formatName(format), QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace scwres
