// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/PlanHtmlWriter.h"

#include "export/ChartText.h"
#include "export/HtmlPage.h"

#include "SafeWrite.h"

namespace scwres {

QByteArray PlanHtmlWriter::html(const PlanDocument &plan, const ChartPainter *painter)
{
    HtmlPage page(plan.fileTitle, plan.runningHeader, plan.footerNote);
    QString lastHeading = plan.title;
    QString chartSummary; // the page shows it as the chart's caption: not again as a paragraph
    for (const PlanBlock &block : plan.blocks) {
        if (block.kind == PlanBlock::Kind::Prompt && !chartSummary.isEmpty() && block.text == chartSummary) {
            chartSummary.clear();
            continue;
        }
        chartSummary.clear();
        switch (block.kind) {
        case PlanBlock::Kind::Title: page.heading(1, block.text); break;
        case PlanBlock::Kind::Subtitle: page.paragraph(block.text, QStringLiteral("subtitle")); break;
        case PlanBlock::Kind::Banner: page.paragraph(block.text, QStringLiteral("banner")); break;
        case PlanBlock::Kind::Heading1:
            page.heading(2, block.text);
            lastHeading = block.text;
            break;
        case PlanBlock::Kind::Heading2:
            page.heading(3, block.text);
            lastHeading = block.text;
            break;
        case PlanBlock::Kind::Prompt: page.paragraph(block.text, QStringLiteral("prompt")); break;
        case PlanBlock::Kind::Missing: page.paragraph(block.text, QStringLiteral("missing")); break;
        case PlanBlock::Kind::Text: {
            // Paragraphs, and runs of "- " lines as one list.
            QStringList items;
            const auto flush = [&] {
                if (!items.isEmpty())
                    page.list(items);
                items.clear();
            };
            for (const PlanParagraph &paragraph : planParagraphs(block.text)) {
                if (paragraph.listItem) {
                    items << paragraph.text;
                } else {
                    flush();
                    page.paragraph(paragraph.text);
                }
            }
            flush();
            break;
        }
        case PlanBlock::Kind::Table:
            // A form (no header row) names each row in its first cell; a list of actions names
            // each by its first column too.
            page.table(lastHeading, block.table.headers, block.table.rows, true);
            break;
        case PlanBlock::Kind::Chart:
            if (block.chart) {
                chartSummary = ChartText::summary(*block.chart);
                page.chart(*block.chart, block.text, chartSummary, painter);
            }
            break;
        }
    }
    return page.finish();
}

bool PlanHtmlWriter::write(const PlanDocument &plan, const QString &path, const ChartPainter *painter, QString *error)
{
    QString reason;
    if (!SafeWrite::write(path, html(plan, painter), &reason)) {
        if (error)
            *error = SafeWrite::failureMessage(path, reason);
        return false;
    }
    return true;
}

} // namespace scwres
