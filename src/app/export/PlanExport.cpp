// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanExport.h"

#include "ExportSteps.h"
#include "PlanExportDialog.h"
#include "charts/QtChartPainter.h"
#include "export/PlanExporter.h"
#include "window/Dialogs.h"
#include "window/Workspace.h"

#include <QCoreApplication>
#include <QDir>

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
    if (data->currentReturn && data->document.report)
        dialog.setPreview([&](const SuppressionPolicy &policy) {
            const ReportSuppression s = ReportSuppression::build(
                *data->currentReturn, data->previousReturn ? &*data->previousReturn : nullptr,
                {*data->document.report}, policy);
            return (QStringList{s.summary()} + s.protectionNotes()).join(QLatin1Char('\n'));
        });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PlanFormat format = dialog.format();
    const SuppressionPolicy publication = dialog.publication();
    const PdfEngineChoice pdfEngine = dialog.pdfEngine();

    // The published version says so in its name too, so it is not mistaken for the full one.
    QString name = format == PlanFormat::Xlsx ? tr("%1 SC-WRES action tracker %2") : tr("%1 SC-WRES action plan %2");
    name = name.arg(plan.header.authorityName).arg(plan.year);
    if (publication.enabled)
        name += tr(" (published)");
    const QString path = ExportSteps::askPath(parent, title, name, PlanExporter::suffix(format),
                                              PlanExporter::fileFilter(format));
    if (path.isEmpty())
        return;

    const bool written = ExportSteps::runBusy(parent, title, tr("Writing the action plan..."), [&] {
        if (format == PlanFormat::Pdf)
            return PlanExporter::writePdf(*data, path, &planChartPainter(), publication, pdfEngine, &error);
        return PlanExporter::write(*data, format, path, &planChartPainter(), publication, &error);
    });
    ExportSteps::reportOutcome(
        parent, title, written,
        tr("Saved %1 as “%2”.").arg(PlanExporter::formatName(format), QDir::toNativeSeparators(path)),
        tr("The action plan was not exported. %1").arg(error), path);
}

} // namespace scwres
