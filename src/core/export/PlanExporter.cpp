// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/PlanExporter.h"

#include "ActionPlanStore.h"
#include "Completeness.h"
#include "Database.h"
#include "NationalFigures.h"
#include "Shortfall.h"
#include "export/ChartText.h"
#include "export/DocumentWriter.h"
#include "export/PlanDocxWriter.h"
#include "export/PlanHtmlWriter.h"
#include "export/PlanTextDocument.h"
#include "export/PlanTracker.h"

#include <QFileInfo>
#include <QTextDocument>

#include <algorithm>

namespace scwres {

namespace {

bool hasData(const PayBandChartData &data)
{
    return std::any_of(data.bars.begin(), data.bars.end(),
                       [](const PayBandBar &bar) { return bar.percentMinorityEthnic.has_value(); });
}
bool hasData(const LikelihoodChartData &data) { return !data.bars.empty(); }
bool hasData(const ForestPlotData &data) { return !data.rows.empty(); }
bool hasData(const SeniorManagerChartData &data) { return data.percentSenior || data.percentWorkforce; }

// The chart with every withheld figure taken out, or nothing when nothing is left to draw.
std::optional<ChartSpec> publishedChart(const ChartSpec &chart, const ReportSuppression &suppression)
{
    return std::visit(
        [&](const auto &data) -> std::optional<ChartSpec> {
            using T = std::decay_t<decltype(data)>;
            if constexpr (std::is_same_v<T, TrendChartData>) {
                return ChartSpec{data}; // RLs over years: never part of a plan section
            } else {
                auto filtered = suppression.filter(AreaSelection::Combined, data);
                if (!hasData(filtered))
                    return std::nullopt;
                return ChartSpec{std::move(filtered)};
            }
        },
        chart);
}

} // namespace

std::optional<PlanFormat> PlanExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const PlanFormat format : {PlanFormat::Pdf, PlanFormat::Docx, PlanFormat::Odt, PlanFormat::Xlsx, PlanFormat::Html})
        if (suffix == PlanExporter::suffix(format))
            return format;
    return std::nullopt;
}

QString PlanExporter::suffix(PlanFormat format)
{
    switch (format) {
    case PlanFormat::Pdf: return QStringLiteral("pdf");
    case PlanFormat::Docx: return QStringLiteral("docx");
    case PlanFormat::Odt: return QStringLiteral("odt");
    case PlanFormat::Xlsx: return QStringLiteral("xlsx");
    case PlanFormat::Html: return QStringLiteral("html");
    }
    return {};
}

QString PlanExporter::formatName(PlanFormat format)
{
    switch (format) {
    case PlanFormat::Pdf: return tr("PDF for sign-off");
    case PlanFormat::Docx: return tr("Word document, to edit (DOCX)");
    case PlanFormat::Odt: return tr("OpenDocument text, to edit (ODT)");
    case PlanFormat::Xlsx: return tr("Action tracker spreadsheet (XLSX)");
    case PlanFormat::Html: return tr("Accessible web page, to publish (HTML)");
    }
    return {};
}

QString PlanExporter::fileFilter(PlanFormat format)
{
    return tr("%1 (*.%2)").arg(formatName(format), suffix(format));
}

std::optional<PlanExportData> PlanExporter::load(Database &database, long long authorityId, int year,
                                                 const QDate &today, QString *error)
{
    ActionPlanStore store(database);
    std::optional<ActionPlan> plan = store.load(authorityId, year);
    if (!plan) {
        if (error) {
            const auto authority = database.authority(authorityId);
            *error = store.lastError().isEmpty()
                ? tr("There is no %1 action plan for %2.").arg(year).arg(authority ? authority->name : tr("this authority"))
                : store.lastError();
        }
        return std::nullopt;
    }
    PlanExportData data;
    data.document.plan = std::move(*plan);
    data.document.madeOn = today;
    const auto current = database.loadReturn(authorityId, year);
    if (current) {
        const auto previous = completeOnly(database.loadReturn(authorityId, year - 1));
        const AnnualReturn *before = previous ? &*previous : nullptr;
        data.document.report = planDataReport(*current, before);
        data.document.populationPercent = current->populationMinorityEthnicPercent;
        data.currentReturn = current;
        data.previousReturn = previous;
    }
    return data;
}

PlanDocument PlanExporter::document(const PlanExportData &data, const SuppressionPolicy &publication)
{
    if (!publication.enabled)
        return buildPlanDocument(data.document);
    ReportSuppression suppression;
    if (data.currentReturn && data.document.report)
        suppression = ReportSuppression::build(*data.currentReturn, data.previousReturn ? &*data.previousReturn : nullptr,
                                               {*data.document.report}, publication);
    else
        suppression = ReportSuppression::build({}, nullptr, {}, publication);
    // A narrative the program drafted is the engine's sentences: with a count behind them hidden,
    // it is withheld like they are. A narrative the lead wrote is printed as written (docs/exports.md).
    PlanDocumentInput input = data.document;
    for (MetricSection &section : input.plan.sections) {
        if (section.narrativeEdited || section.narrative.trimmed().isEmpty())
            continue;
        for (const MetricId id : sectionMetrics(section.number)) {
            // The draft quotes last year's RL too, which only last year's own pattern may show.
            const bool previousQuoted = id != MetricId::M1 && data.document.report
                                     && data.document.report->ratios.count(id)
                                     && data.document.report->ratio(id).previous
                                     && data.document.report->ratio(id).previous->relativeLikelihood;
            if (suppression.anySuppressed(AreaSelection::Combined, id) && id == MetricId::M1)
                section.narrative = suppression.withheldText();
            else if (id != MetricId::M1
                     && (suppression.ratioSuppressed(AreaSelection::Combined, id)
                         || (previousQuoted && suppression.previousSuppressed(AreaSelection::Combined, id))))
                section.narrative = suppression.withheldText();
        }
    }
    if (suppression.headcountSuppressed(AreaSelection::Combined))
        input.headcountWithheld = tr("Withheld in the published version: the return's headcount is hidden so that "
                                     "a count under %1 cannot be worked out.")
                                      .arg(publication.threshold);
    // A suggested target the lead kept as offered is the program's text: published only as the
    // same rule would suggest it now (without numbers for a withheld metric).
    if (data.document.report)
        for (MetricSection &section : input.plan.sections) {
            const std::vector<MetricId> metrics = sectionMetrics(section.number);
            const QString offered = suggestedMeasureForSection(metrics, *data.document.report).trimmed();
            if (offered.isEmpty())
                continue;
            for (PlanAction &action : section.actions)
                if (action.successMeasure.trimmed() == offered)
                    action.successMeasure = suppression.suggestedMeasure(metrics, *data.document.report);
        }
    PlanDocument document = buildPlanDocument(input);
    document.footerNote = publication.modeName();
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        PlanBlock &block = document.blocks[i];
        if (block.kind != PlanBlock::Kind::Chart || !block.chart)
            continue;
        // The chart's summary line follows it, written from the unfiltered chart: said again from
        // what is published, or dropped with the chart.
        const QString fullSummary = ChartText::summary(*block.chart);
        const bool summarised = i + 1 < document.blocks.size()
                             && document.blocks[i + 1].kind == PlanBlock::Kind::Prompt
                             && document.blocks[i + 1].text == fullSummary;
        block.chart = publishedChart(*block.chart, suppression);
        if (!block.chart) {
            block.kind = PlanBlock::Kind::Missing;
            block.text = suppression.withheldText();
            if (summarised)
                document.blocks.erase(document.blocks.begin() + std::ptrdiff_t(i + 1));
        } else if (summarised) {
            document.blocks[i + 1].text = ChartText::summary(*block.chart);
        }
    }
    // Named on the front page too: a reader of one printed page knows. After the sign-off state
    // and the dates, which the sponsor looks for first, before the plan's first section.
    const auto firstSection = std::find_if(document.blocks.begin(), document.blocks.end(),
                                           [](const PlanBlock &b) { return b.kind == PlanBlock::Kind::Heading1; });
    PlanBlock note;
    note.kind = PlanBlock::Kind::Prompt;
    note.text = suppression.note();
    document.blocks.insert(firstSection, note);
    return document;
}

bool PlanExporter::write(const PlanExportData &data, PlanFormat format, const QString &path,
                         const ChartPainter *painter, const SuppressionPolicy &publication, QString *error)
{
    if (format == PlanFormat::Xlsx)
        return PlanTracker::write(data.document.plan, path, data.document.madeOn, error);

    const PlanDocument plan = document(data, publication);
    if (format == PlanFormat::Docx)
        return PlanDocxWriter::write(plan, path, painter, error);
    if (format == PlanFormat::Html)
        return PlanHtmlWriter::write(plan, path, painter, error);

    DocumentInfo info;
    info.title = plan.fileTitle;
    info.author = plan.authority;
    info.subject = tr("SC-WRES action plan");
    info.headerText = plan.runningHeader;
    info.footerText = plan.footerNote;
    QTextDocument text;
    if (format == PlanFormat::Pdf) {
        PlanTextDocument::fill(text, plan, painter, DocumentCharts::Target::Pdf);
        return DocumentWriter::writePdf(text, path, info, error);
    }
    PlanTextDocument::fill(text, plan, painter, DocumentCharts::Target::Odt);
    return DocumentWriter::writeOdt(text, path, info, error);
}

bool PlanExporter::writePdf(const PlanExportData &data, const QString &path, const ChartPainter *painter,
                            const SuppressionPolicy &publication, const PdfEngineChoice &engine, QString *error)
{
    if (engine.engine == PdfEngine::Qt)
        return write(data, PlanFormat::Pdf, path, painter, publication, error);
    return BrowserPdf::print(PlanHtmlWriter::html(document(data, publication), painter), path, engine.browser, error);
}

} // namespace scwres
