// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The data report's model as one accessible HTML page.
#include "export/DataReport.h"
#include "export/BrowserPdf.h"
#include "export/HtmlPage.h"
#include "export/ReportModel.h"

#include "SafeWrite.h"

namespace scwres {

QByteArray reportModelHtml(const ReportModel &model, const ChartPainter *charts)
{
    HtmlPage page(model.title, model.info.headerText, model.info.footerText);
    for (const ReportBlock &b : model.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Kicker: page.paragraph(b.text, QStringLiteral("kicker")); break;
        case ReportBlock::Kind::Title: page.heading(1, b.text); break;
        case ReportBlock::Kind::Subtitle: page.paragraph(b.text, QStringLiteral("subtitle")); break;
        case ReportBlock::Kind::CoverLine: page.paragraph(b.text, QStringLiteral("cover")); break;
        // The cover's title is the page's one h1; the report's parts are h2, areas h3.
        case ReportBlock::Kind::Heading: page.heading(b.level + 1, b.text); break;
        case ReportBlock::Kind::Paragraph: page.paragraph(b.text); break;
        case ReportBlock::Kind::Strong: page.paragraph(b.text, QStringLiteral("strong")); break;
        case ReportBlock::Kind::Note: page.paragraph(b.text, QStringLiteral("note")); break;
        case ReportBlock::Kind::Table:
            page.table(b.table.caption, b.table.headers, b.table.rows, b.table.firstColumnIsLabel);
            break;
        case ReportBlock::Kind::Chart:
            if (b.chart)
                page.chart(*b.chart, b.text, b.summary, charts);
            break;
        }
    }
    return page.finish();
}

bool DataReport::writeHtml(const QString &path, const ChartPainter *charts, QString *error) const
{
    QString reason;
    if (!SafeWrite::write(path, reportModelHtml(document(), charts), &reason)) {
        if (error)
            *error = SafeWrite::failureMessage(path, reason);
        return false;
    }
    return true;
}

bool DataReport::writeTaggedPdf(const QString &path, const ChartPainter *charts, const QString &browser,
                                QString *error) const
{
    return BrowserPdf::print(reportModelHtml(document(), charts), path, browser, error);
}

bool DataReport::writePdf(const QString &path, const ChartPainter *charts, const PdfEngineChoice &engine,
                          QString *error) const
{
    if (engine.engine == PdfEngine::Browser)
        return writeTaggedPdf(path, charts, engine.browser, error);
    return writePdf(path, charts, error);
}

} // namespace scwres
