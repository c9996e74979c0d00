// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ActionPlan.h"
#include "export/ChartPainter.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace scwres {

// The action plan as a document, in the Skills for Care template's order, before it is given a
// format: the PDF, ODT and DOCX writers all lay out this one sequence of blocks, so the three
// files cannot drift apart. Text is plain: a line break starts a new paragraph, and lines that
// begin "- " are list items (as the plan's fields are typed).

struct PlanTable {
    QStringList headers;            // empty: no header row (a form such as the header table)
    std::vector<QStringList> rows;  // each as long as the widest row
    std::vector<int> widths;        // relative column widths, one per column
    bool labelColumn = false;       // the first column holds labels (shown bold)
    int columnCount() const;
};

struct PlanBlock {
    enum class Kind {
        Title,     // the document's title (once, on the front page)
        Subtitle,  // the authority and year under the title
        Banner,    // "NOT YET SIGNED OFF" across the front page: a boxed, bold line
        Heading1,  // the template's sections; Word's navigation pane lists these
        Heading2,
        Prompt,    // the template's question above a free-text answer (italic)
        Text,      // the plan's own text (paragraphs and "- " lists)
        Missing,   // an answer not written yet: "Not completed." (italic, so a reader sees the gap)
        Table,
        Chart,
    };
    Kind kind = Kind::Text;
    QString text;   // Title … Missing; the chart's title (alternative text) for Chart
    bool newPage = false; // headings: the template's metric blocks each start a page
    PlanTable table;                // Table
    std::optional<ChartSpec> chart; // Chart
};

struct PlanDocument {
    QString title;     // "SC-WRES action plan 2024"
    QString authority; // the plan header's authority name
    int year = 0;
    bool signedOff = false;
    QString fileTitle;     // the file's own title (PDF, DOCX, ODT metadata): "Authority: title"
    QString runningHeader; // every page: authority, title and, unsigned, "NOT YET SIGNED OFF"
    QString footerNote;    // every page, left of the page number: publication mode, when on
    std::vector<PlanBlock> blocks;
};

// What the plan document is made from. report: the year's figures (planDataReport) for the charts;
// without it, or with attachChart off for a section, the section has no chart.
struct PlanDocumentInput {
    ActionPlan plan;
    std::optional<MetricReport> report;
    std::optional<double> populationPercent; // the return's local population % minority ethnic (metric 9)
    QDate madeOn;                            // "Made on …" on the front page
    // Publication mode, when the data report hides the whole workforce's headcount: the words
    // printed instead of it in the plan's details (a total hidden in the report is hidden here).
    QString headcountWithheld;
};

PlanDocument buildPlanDocument(const PlanDocumentInput &input);

// The chart the dashboard shows for a plan section's metric(s): pay bands (1), the likelihood
// bars (2-8; section 7 has 7a and 7b), senior managers (9). Nothing when the report has no data
// to draw for it.
std::optional<ChartSpec> planSectionChart(int section, const MetricReport &report,
                                          std::optional<double> populationPercent);

// A Text block's paragraphs: one per non-empty line; lines typed as "- item" (or "• item") are
// list items, without the marker.
struct PlanParagraph {
    QString text;
    bool listItem = false;
};
std::vector<PlanParagraph> planParagraphs(const QString &text);

// "Metric 2: Appointment from shortlisting": a section's heading.
QString planSectionHeading(int section);
// "14 July 2023": dates in every plan export (UK long form, unambiguous on paper).
QString planDateText(const QDate &date);

} // namespace scwres
