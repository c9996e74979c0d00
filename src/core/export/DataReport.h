// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "export/BrowserPdf.h"
#include "export/ChartPainter.h"
#include "export/Suppression.h"

#include "AnnualReturn.h"
#include "ChartData.h"
#include "MetricEngine.h"
#include "Progression.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace scwres {

class NationalFigures;
struct ReportModel;

// "Summary": cover, key findings in words, the forest plot and summary table per area, data
// quality, how to read an RL (a few pages, what a council publishes). "Full": every metric's
// counts, figures and chart as well.
enum class DataReportLayout { Summary, Full };

struct DataReportOptions {
    // The views shown, in order; empty: each service area the return holds, then the combined
    // view when it holds both.
    std::vector<AreaSelection> areas;
    SuppressionPolicy publication; // off by default
    NonAdverseRange range;
    IntervalMethod intervalMethod = IntervalMethod::Katz;
    // The authority's other stored returns (any years, drafts too), for the pooled three years
    // (PooledYears.h); empty: no pooled figures.
    std::vector<AnnualReturn> earlierYears;
    // Unset: Summary in publication mode, Full otherwise.
    std::optional<DataReportLayout> layout;
};

// The data report of one authority and year: every figure from MetricEngine, one MetricReport per
// chosen view, decided once for publication mode; the writers only lay it out.
class DataReport final {
    Q_DECLARE_TR_FUNCTIONS(DataReport)

public:
    enum class Format { Xlsx, Pdf, Odt, Csv, Html, Docx };

    struct View {
        AreaSelection area = AreaSelection::Combined;
        MetricReport report;
        ChartData charts; // publication mode: already filtered
    };

    static DataReport build(const AnnualReturn &ret, const AnnualReturn *previous, const NationalFigures *national,
                            DataReportOptions options);
    // By the file's suffix (.xlsx, .pdf, .odt, .csv, .html, .docx); nothing for any other.
    static std::optional<Format> formatForPath(const QString &path);

    // Writes the report; on failure returns false and *error names the file and the reason.
    // charts: the dashboard's charts (app/charts/QtChartPainter), or null for none.
    bool write(const QString &path, Format format, const ChartPainter *charts, QString *error) const;
    bool writeXlsx(const QString &path, QString *error) const;
    // The untagged PDF (Qt; export/DocumentWriter.h), for printing.
    bool writePdf(const QString &path, const ChartPainter *charts, QString *error) const;
    // The tagged PDF: this report's HTML page (writeHtml's bytes, so a publication report prints
    // its published page) printed by a Chromium-family browser (export/BrowserPdf.h).
    bool writeTaggedPdf(const QString &path, const ChartPainter *charts, const QString &browser, QString *error) const;
    // A PDF by the chosen engine.
    bool writePdf(const QString &path, const ChartPainter *charts, const PdfEngineChoice &engine, QString *error) const;
    bool writeOdt(const QString &path, const ChartPainter *charts, QString *error) const;
    // Open data: one row per figure (export/OpenDataCsv.h).
    bool writeCsv(const QString &path, QString *error) const;
    // One self-contained, accessible page (export/HtmlPage.h): the PDF's content, charts as SVG.
    bool writeHtml(const QString &path, const ChartPainter *charts, QString *error) const;
    // WordprocessingML for the council to edit before publishing: heading styles, repeated table
    // header rows, alt text on every chart, en-GB (the plan's DOCX writer, export/PlanDocxWriter.h).
    bool writeDocx(const QString &path, const ChartPainter *charts, QString *error) const;

    // The document every text format is written from (PDF, ODT, HTML, DOCX), in the chosen layout.
    ReportModel document() const;
    DataReportLayout layout() const;

    const AnnualReturn &annualReturn() const { return m_return; }
    const std::vector<View> &views() const { return m_views; }
    const ReportSuppression &suppression() const { return m_suppression; }
    const DataReportOptions &options() const { return m_options; }
    QDate madeOn() const { return m_madeOn; }

    // "Exampleshire County Council: SC-WRES data report 2024"; in publication mode "… (published
    // version)", so the two files are told apart wherever only the title shows.
    QString title() const;
    // "Adult social care, Children's social care and Combined"
    QString areasText() const;
    // What the report says about a metric's source data: unknown shares, small numbers, the
    // council's note. Shared by the PDF, the ODT and the Data quality sheet.
    QString dataQualityNote(const View &view, MetricId id) const;

    // Cell texts shared by every format, with publication mode applied.
    QString countText(const View &view, MetricId id, int row, CountColumn column, long long value) const;
    // The same from the row's counts: "not entered" for a count left empty (and for a total with
    // one of its parts empty), never 0 (issue 27).
    QString countText(const View &view, MetricId id, int row, CountColumn column, const GroupCounts &counts) const;
    static bool isEntered(const GroupCounts &counts, CountColumn column);
    static QString notEnteredText();
    // "better — closer to the range" (YearChange), or empty when either year's RL is missing or withheld.
    QString changeText(const View &view, MetricId id) const;
    // The same for a reader: a published count with thousands separators ("1,234"), as in the xlsx.
    QString countDisplayText(const View &view, MetricId id, int row, CountColumn column, long long value) const;
    QString countDisplayText(const View &view, MetricId id, int row, CountColumn column, const GroupCounts &counts) const;
    QString likelihoodText(const View &view, MetricId id, EthnicGroup group) const;
    QString relativeLikelihoodText(const View &view, MetricId id) const;
    QString intervalText(const View &view, MetricId id) const;
    QString statusText(const View &view, MetricId id) const;
    QString sentenceText(const View &view, MetricId id) const;
    // The shortfall to the range and the pooled years in words; empty when there is none, the
    // withheld text when the year's ratio is withheld (docs/exports.md, publication mode).
    QString shortfallText(const View &view, MetricId id) const;
    QString pooledText(const View &view, MetricId id) const;
    QString previousText(const View &view, MetricId id) const;
    QString nationalText(const View &view, MetricId id) const;
    // Metric 1's reading in words.
    QString payBandReading(const View &view) const;
    // Progression up the pay bands (issue 17 item 4, DataReportProgression.cpp): one row per step of
    // the ladder and the compound figure last, publication mode applied (a step resting on a hidden
    // count is withheld); the chart with the withheld steps taken out.
    static QStringList progressionHeaders();
    // The ladders as this file may show them: in publication mode a band with a hidden count
    // stays a rung (computeProgression's HiddenBandRow), so the ladder's shape tells nothing.
    ProgressionResult progression(const View &view) const;
    std::vector<QStringList> progressionRows(const View &view, ProgressionLadder ladder) const;
    ForestPlotData progressionChart(const View &view, ProgressionLadder ladder) const;
    // Figures by broad ethnic group (issue 17 item 5, DataReportBroadGroups.cpp): white staff's
    // row, then Asian, Black, Mixed and Other, each relative to white. No rows without a
    // breakdown or when publication mode withholds them (broadGroupsWithheld: a metric's groups
    // are published in every area or in none, ReportSuppression::broadGroupsSuppressed).
    static QStringList broadGroupHeaders();
    bool hasBroadGroups(const View &view, MetricId id) const;
    bool broadGroupsWithheld(MetricId id) const;
    std::vector<QStringList> broadGroupRows(const View &view, MetricId id) const;
    QString broadGroupsWithheldText() const;

private:
    AnnualReturn m_return;
    DataReportOptions m_options;
    std::vector<View> m_views;
    ReportSuppression m_suppression;
    QDate m_madeOn;
};

// The metrics' order in every part of the report.
inline constexpr std::array<MetricId, 9> kRatioMetricIds{MetricId::M2, MetricId::M3,  MetricId::M4,
                                                         MetricId::M5, MetricId::M6,  MetricId::M7a,
                                                         MetricId::M7b, MetricId::M8, MetricId::M9};

} // namespace scwres
