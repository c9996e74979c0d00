// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "DataReportExport.h"

#include "DataReportExportDialog.h"
#include "charts/QtChartPainter.h"
#include "export/DataReport.h"
#include "window/Dialogs.h"
#include "window/Workspace.h"

#include "Database.h"
#include "NationalFigures.h"

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
    return QCoreApplication::translate("scwres::DataReportExport", text);
}

QString suffix(DataReport::Format format)
{
    switch (format) {
    case DataReport::Format::Xlsx: return QStringLiteral("xlsx");
    case DataReport::Format::Pdf: return QStringLiteral("pdf");
    case DataReport::Format::Odt: return QStringLiteral("odt");
    }
    return {};
}

QString filter(DataReport::Format format)
{
    switch (format) {
    case DataReport::Format::Xlsx: return tr("Excel workbook (*.xlsx)");
    case DataReport::Format::Pdf: return tr("PDF document (*.pdf)");
    case DataReport::Format::Odt: return tr("OpenDocument text (*.odt)");
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DataReport::Format format = dialog.format();
    DataReportOptions options;
    options.areas = dialog.areas();
    options.publication = dialog.publication();

    // The published version says so in its name too, so it is not mistaken for the full one.
    QString name = tr("%1 SC-WRES data report %2").arg(current->authorityName).arg(current->year);
    if (options.publication.enabled)
        name += tr(" (published)");
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(name + QLatin1Char('.') + suffix(format));
    QString path = Dialogs::saveFileName(parent, title, suggested, filter(format));
    if (path.isEmpty())
        return;
    if (DataReport::formatForPath(path) != format)
        path += QLatin1Char('.') + suffix(format);

    QString error;
    bool written = false;
    {
        // A few seconds at most (the charts): a busy indicator, no cancel (the write is atomic anyway).
        QProgressDialog progress(tr("Writing the data report…"), QString(), 0, 0, parent);
        progress.setWindowTitle(title);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.setValue(0);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const std::optional<AnnualReturn> previous =
            db->loadReturn(current->authorityName, current->year - 1);
        const NationalFigures national = NationalFigures::builtIn();
        const DataReport report = DataReport::build(*current, previous ? &*previous : nullptr, &national, options);
        const QtChartPainter charts;
        written = report.write(path, format, &charts, &error);
        QGuiApplication::restoreOverrideCursor();
    }
    if (!written) {
        Dialogs::warning(parent, title, tr("The data report was not exported. %1").arg(error));
        return;
    }
    const auto answer = Dialogs::question(
        parent, title,
        tr("Saved the data report as “%1”.\n\nOpen the folder?").arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace scwres
