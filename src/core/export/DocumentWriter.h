// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "export/ChartPainter.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

class QTextCursor;
class QTextDocument;

namespace scwres {

// What a written document says about itself, and its running header and footer.
struct DocumentInfo {
    QString title;      // PDF Title and XMP dc:title; ODT dc:title; the header's left text
    QString author;     // the authority: XMP dc:creator (PDF), meta:initial-creator (ODT)
    QString subject;    // optional
    QString headerText; // running header; the title when empty
    QString footerText; // left of the page number, e.g. "Published version: counts under 10 shown as <10"
};

// Writes a QTextDocument as a PDF (A4, real text, running header, "Page N of M" footer) or an ODT
// (A4, the same header and footer as fields LibreOffice and Word fill in), safely: the file is
// written beside the target under a temporary name and renamed over it only when complete, so a
// failure leaves the destination as it was and no temporary file behind.
//
// Build documents in 96 dpi pixels (as QTextImageFormat does); kBodyWidth is the width between
// the margins. Fonts in points.
class DocumentWriter final {
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    // A4 210 mm less 2 × 18 mm margins, in 96 dpi pixels.
    static constexpr qreal kBodyWidth = 174.0 / 25.4 * 96.0;
    // A4 297 mm less margins and the header and footer bands, in 96 dpi pixels.
    static constexpr qreal kBodyHeight = (297.0 - 2 * 14.0 - 2 * 10.0) / 25.4 * 96.0;

    // On failure returns false and sets *error to a sentence naming the path and the reason.
    // writePdf lays the document out for the PDF (it sets its page size and paint device).
    static bool writePdf(QTextDocument &document, const QString &path, const DocumentInfo &info,
                         QString *error);
    static bool writeOdt(const QTextDocument &document, const QString &path, const DocumentInfo &info,
                         QString *error);

    // "SC-WRES desktop 0.1.0": the PDF Creator and ODT generator.
    static QString creatorName();
    // "Could not write “path”: reason."
    static QString failureMessage(const QString &path, const QString &reason);
};

// Charts inside a QTextDocument. For a PDF the chart is an inline object the ChartPainter draws
// at print time, so it stays a vector drawing; for an ODT (which holds only pictures) it is a
// PNG resource with both width and height set (QTextDocumentWriter distorts it otherwise).
class DocumentCharts final {
public:
    enum class Target { Pdf, Odt };

    // painter may be null: insert() then does nothing. The document must outlive nothing here:
    // the object handler is owned by the document.
    DocumentCharts(QTextDocument *document, const ChartPainter *painter, Target target);

    bool enabled() const { return m_painter != nullptr; }
    // Inserts the chart at the cursor, size in 96 dpi pixels; altText is the picture's name in the
    // ODT (read by screen readers) and the chart's title.
    void insert(QTextCursor &cursor, const ChartSpec &chart, QSizeF size, const QString &altText);

private:
    QTextDocument *m_document = nullptr;
    const ChartPainter *m_painter = nullptr;
    Target m_target = Target::Pdf;
    class Handler;
    Handler *m_handler = nullptr; // owned by the document
    int m_imageCount = 0;
};

} // namespace scwres
