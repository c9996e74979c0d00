// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "export/ChartPainter.h"
#include "export/DocumentWriter.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QTextDocument;

namespace scwres {

// The data report as a document before it has a format: the PDF and ODT (laid out as a
// QTextDocument) and the HTML page are all written from this one list of blocks, so their words,
// figures and suppression cannot drift apart.

struct ReportTable {
    QString caption;                // what the table holds (HTML <caption>; not printed in the PDF)
    QStringList headers;            // the header row
    std::vector<QStringList> rows;  // each as long as headers
    std::vector<int> widths;        // relative column widths (%), one per column
    bool firstColumnIsLabel = true; // the first column names the row (bold; <th scope="row">)
};

struct ReportBlock {
    enum class Kind {
        Kicker,    // the small line above the cover's title
        Title,     // the cover's title (the authority)
        Subtitle,  // under the title
        CoverLine, // the cover's details, one line each
        Heading,   // level 1 (a part of the report) or 2 (an area within it)
        Paragraph,
        Strong,    // a paragraph that states a reading ("Status: …")
        Note,      // secondary text: wording, data-quality notes, the suppression note (italic)
        Table,
        Chart,     // text: the chart's title (its alternative text); summary: what it shows in words
    };
    Kind kind = Kind::Paragraph;
    QString text;
    int level = 1;        // Heading
    bool newPage = false; // Heading: starts a page on paper
    bool small = false;   // Note: the smaller size of the data-quality lines
    ReportTable table;
    std::optional<ChartSpec> chart;
    QString summary;      // Chart: one line saying what the chart shows, printed under it
    qreal chartHeight = 270; // Chart: height in 96 dpi pixels on paper
};

struct ReportModel {
    QString title;     // the document's title (PDF Info, HTML <title>)
    DocumentInfo info; // metadata, running header and footer
    std::vector<ReportBlock> blocks;
};

// Lays the model out in document (PDF: charts as vectors; ODT: as pictures), with the report's
// fonts, shaded repeated table headers and page breaks. painter may be null: no charts.
void layoutReportModel(const ReportModel &model, QTextDocument *document, const ChartPainter *painter,
                       DocumentCharts::Target target);
// The model as one self-contained HTML page (export/HtmlPage.h); painter null: no SVG charts, the
// figures and summaries still there.
QByteArray reportModelHtml(const ReportModel &model, const ChartPainter *painter);

} // namespace scwres
