// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The data report's model as a Word document, through the action plan's DOCX writer: the blocks
// map one to one (headings to Heading1/Heading2, notes to the italic prompt style, tables with a
// repeated header row, charts as pictures with alternative text and the summary line under them).
#include "export/DataReport.h"
#include "export/PlanDocxWriter.h"
#include "export/ReportModel.h"

namespace scwres {

namespace {

PlanDocument docxDocument(const ReportModel &model, const DataReport &report)
{
    PlanDocument doc;
    doc.title = model.title;
    doc.authority = report.annualReturn().authorityName;
    doc.year = report.annualReturn().year;
    doc.signedOff = true; // no sign-off banner: a data report is not signed off
    doc.fileTitle = model.info.title;
    doc.runningHeader = model.info.headerText;
    doc.footerNote = model.info.footerText;
    const auto add = [&](PlanBlock::Kind kind, const QString &text, bool newPage = false) {
        PlanBlock block;
        block.kind = kind;
        block.text = text;
        block.newPage = newPage;
        doc.blocks.push_back(std::move(block));
    };
    for (const ReportBlock &b : model.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Kicker: add(PlanBlock::Kind::Subtitle, b.text); break;
        case ReportBlock::Kind::Title: add(PlanBlock::Kind::Title, b.text); break;
        case ReportBlock::Kind::Subtitle: add(PlanBlock::Kind::Subtitle, b.text); break;
        case ReportBlock::Kind::CoverLine:
        case ReportBlock::Kind::Paragraph:
        case ReportBlock::Kind::Strong: add(PlanBlock::Kind::Text, b.text); break;
        case ReportBlock::Kind::Note: add(PlanBlock::Kind::Prompt, b.text); break;
        case ReportBlock::Kind::Heading:
            add(b.level == 1 ? PlanBlock::Kind::Heading1 : PlanBlock::Kind::Heading2, b.text, b.newPage);
            break;
        case ReportBlock::Kind::Table: {
            PlanBlock block;
            block.kind = PlanBlock::Kind::Table;
            block.table.headers = b.table.headers;
            block.table.rows = b.table.rows;
            block.table.widths = b.table.widths;
            block.table.labelColumn = b.table.firstColumnIsLabel;
            doc.blocks.push_back(std::move(block));
            break;
        }
        case ReportBlock::Kind::Chart:
            if (b.chart) {
                PlanBlock block;
                block.kind = PlanBlock::Kind::Chart;
                block.text = b.text + QStringLiteral(": ") + b.summary; // the picture's alternative text
                block.chart = b.chart;
                doc.blocks.push_back(std::move(block));
                if (!b.summary.isEmpty())
                    add(PlanBlock::Kind::Prompt, b.summary);
            }
            break;
        }
    }
    return doc;
}

} // namespace

bool DataReport::writeDocx(const QString &path, const ChartPainter *charts, QString *error) const
{
    return PlanDocxWriter::write(docxDocument(document(), *this), path, charts, error);
}

} // namespace scwres
