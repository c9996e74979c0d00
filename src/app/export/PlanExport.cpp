// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanExport.h"

#include "charts/QtChartPainter.h"
#include "export/PlanExporter.h"
#include "window/Dialogs.h"
#include "window/Workspace.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QUrl>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::PlanExport", text);
}

QString filters()
{
    QStringList list;
    for (const PlanFormat format : {PlanFormat::Pdf, PlanFormat::Docx, PlanFormat::Odt, PlanFormat::Xlsx})
        list << PlanExporter::fileFilter(format);
    return list.join(QStringLiteral(";;"));
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
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("%1 SC-WRES action plan %2.pdf").arg(plan.header.authorityName).arg(plan.year));
    QString path = Dialogs::saveFileName(parent, title, suggested, filters());
    if (path.isEmpty())
        return;
    // The file's type picks the format; a name typed without one gets the PDF.
    auto format = PlanExporter::formatForPath(path);
    if (!format) {
        format = PlanFormat::Pdf;
        path += QStringLiteral(".pdf");
    }

    bool written = false;
    {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        written = PlanExporter::write(*data, *format, path, &planChartPainter(), {}, &error);
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
            .arg(PlanExporter::formatName(*format), QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace scwres
