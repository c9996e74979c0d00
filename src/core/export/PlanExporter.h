// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "export/BrowserPdf.h"
#include "export/PlanDocument.h"
#include "export/Suppression.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace scwres {

class ChartPainter;
class Database;

enum class PlanFormat {
    Pdf,  // for sign-off: A4, real text, vector charts, "NOT YET SIGNED OFF" when it is not
    Docx, // for editing in Word
    Odt,  // for editing in LibreOffice
    Xlsx, // the action tracker
    Html, // to publish: one accessible, self-contained web page
};

// Everything a plan export is made from: the plan and the year's figures (for the charts).
struct PlanExportData {
    PlanDocumentInput document;
    // The year's return and last year's, when stored: publication mode uses the year's one
    // disclosure pattern (DisclosureControl), the same as the data report's.
    std::optional<AnnualReturn> currentReturn;
    std::optional<AnnualReturn> previousReturn;
};

// The action plan exports, for the CLI and the desktop program alike: load what a plan needs
// from the database, then write one format. Every writer is safe (temporary file renamed into
// place): a failure leaves the destination as it was and says why.
class PlanExporter final {
    Q_DECLARE_TR_FUNCTIONS(PlanExporter)

public:
    // By the file's suffix (.pdf, .docx, .odt, .xlsx, .html; any case); nothing for another suffix.
    static std::optional<PlanFormat> formatForPath(const QString &path);
    static QString suffix(PlanFormat format); // "pdf"
    // "PDF for sign-off (*.pdf)": for a file dialog's filter and a format chooser.
    static QString formatName(PlanFormat format);
    static QString fileFilter(PlanFormat format);

    // The authority's plan for the year, with the year's return (and last year's, for the
    // narratives' comparisons) when stored: without a return the plan is written without charts.
    // today: the "Made on" date. Nothing, and *error says why, when there is no such plan.
    static std::optional<PlanExportData> load(Database &database, long long authorityId, int year,
                                              const QDate &today, QString *error);

    // Writes one format. painter may be null (no charts). publication: counts under the threshold
    // withheld from the charts (the plan's own words are printed as written), the mode named in
    // the footer and on the front page.
    static bool write(const PlanExportData &data, PlanFormat format, const QString &path,
                      const ChartPainter *painter, const SuppressionPolicy &publication, QString *error);

    // The PDF by the chosen engine: Browser prints the plan's HTML page (the published one in
    // publication mode) to a tagged PDF (export/BrowserPdf.h); Qt writes the untagged one.
    static bool writePdf(const PlanExportData &data, const QString &path, const ChartPainter *painter,
                         const SuppressionPolicy &publication, const PdfEngineChoice &engine, QString *error);

    // The document as written (publication mode applied): for tests and previews.
    static PlanDocument document(const PlanExportData &data, const SuppressionPolicy &publication);
};

} // namespace scwres
