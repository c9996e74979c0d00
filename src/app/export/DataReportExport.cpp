// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "DataReportExport.h"

#include "DataReportExportDialog.h"
#include "ExportSteps.h"
#include "charts/QtChartPainter.h"
#include "export/DataReport.h"
#include "window/Dialogs.h"
#include "window/Workspace.h"

#include "Completeness.h"
#include "Database.h"
#include "NationalFigures.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::DataReportExport", text);
}

QString suffix(DataReport::Format format)
{
    switch (format) {
    case DataReport::Format::Xlsx: return QStringLiteral("xlsx");
    case DataReport::Format::Pdf: return QStringLiteral("pdf");
    case DataReport::Format::Odt: return QStringLiteral("odt");
    case DataReport::Format::Csv: return QStringLiteral("csv");
    case DataReport::Format::Html: return QStringLiteral("html");
    case DataReport::Format::Docx: return QStringLiteral("docx");
    }
    return {};
}

QString filter(DataReport::Format format)
{
    switch (format) {
    case DataReport::Format::Xlsx: return tr("Excel workbook (*.xlsx)");
    case DataReport::Format::Pdf: return tr("PDF document (*.pdf)");
    case DataReport::Format::Odt: return tr("OpenDocument text (*.odt)");
    case DataReport::Format::Csv: return tr("Open data, one row per figure (*.csv)");
    case DataReport::Format::Html: return tr("Accessible web page (*.html)");
    case DataReport::Format::Docx: return tr("Word document (*.docx)");
    }
    return {};
}

} // namespace

void exportDataReport(QWidget *parent, Workspace *workspace)
{
    const QString title = tr("Export data report");
    Database *db = workspace ? workspace->database() : nullptr;
    const std::optional<AnnualReturn> current = db ? workspace->currentReturn() : std::nullopt;
    if (!current) {
        Dialogs::information(parent, title, tr("Select an authority and a year first."));
        return;
    }
    DataReportExportDialog dialog(current->authorityName, current->year, current->adult.has_value(),
                                  current->children.has_value(), parent);
    const std::optional<AnnualReturn> before = db->loadReturn(current->authorityName, current->year - 1);
    // The year's pattern is decided in a fraction of a second (and kept), so the dialog can say
    // what will be hidden as the areas and threshold change.
    dialog.setPreview([&](const std::vector<AreaSelection> &areas, const SuppressionPolicy &policy) {
        DataReportOptions preview;
        preview.areas = areas;
        preview.publication = policy;
        const DataReport report = DataReport::build(*current, before ? &*before : nullptr, nullptr, preview);
        QStringList lines{report.suppression().summary()};
        lines << report.suppression().protectionNotes();
        return lines.join(QLatin1Char('\n'));
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DataReport::Format format = dialog.format();
    DataReportOptions options;
    options.areas = dialog.areas();
    options.publication = dialog.publication();
    options.layout = dialog.layout();
    const PdfEngineChoice pdfEngine = dialog.pdfEngine();
    // The dashboard's interval setting, and the two years before for the pooled figures.
    options.intervalMethod =
        intervalMethodFromKey(QSettings().value(QStringLiteral("dashboard/intervalMethod")).toString())
            .value_or(IntervalMethod::Katz);
    for (int year : {current->year - 2, current->year - 1})
        if (auto earlier = db->loadReturn(current->authorityName, year))
            options.earlierYears.push_back(std::move(*earlier));

    // The published version says so in its name too, so it is not mistaken for the full one.
    QString name = tr("%1 SC-WRES data report %2").arg(current->authorityName).arg(current->year);
    if (options.publication.enabled)
        name += tr(" (published)");
    const QString path = ExportSteps::askPath(parent, title, name, suffix(format), filter(format));
    if (path.isEmpty())
        return;

    QString error;
    const bool written = ExportSteps::runBusy(parent, title, tr("Writing the data report…"), [&] {
        const std::optional<AnnualReturn> previous =
            completeOnly(db->loadReturn(current->authorityName, current->year - 1));
        const NationalFigures national = NationalFigures::builtIn();
        const DataReport report = DataReport::build(*current, previous ? &*previous : nullptr, &national, options);
        const QtChartPainter charts;
        if (format == DataReport::Format::Pdf)
            return report.writePdf(path, &charts, pdfEngine, &error);
        return report.write(path, format, &charts, &error);
    });
    ExportSteps::reportOutcome(parent, title, written,
                               tr("Saved the data report as “%1”.").arg(QDir::toNativeSeparators(path)),
                               tr("The data report was not exported. %1").arg(error), path);
}

} // namespace scwres
