// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/DataReport.h"
#include "PrintedFigure.h"

#include "Certainty.h"
#include "NationalFigures.h"
#include "PooledYears.h"
#include "Shortfall.h"
#include "YearChange.h"
#include "export/OpenDataCsv.h"

#include <QFileInfo>
#include <QLocale>

namespace scwres {

namespace {

QString twoPlaces(double value)
{
    return formatRelativeLikelihood(value);
}

} // namespace

DataReport DataReport::build(const AnnualReturn &ret, const AnnualReturn *previous, const NationalFigures *national,
                             DataReportOptions options)
{
    DataReport report;
    report.m_return = ret;
    report.m_madeOn = QDate::currentDate();
    if (options.areas.empty()) {
        if (ret.adult)
            options.areas.push_back(AreaSelection::Adult);
        if (ret.children)
            options.areas.push_back(AreaSelection::Children);
        if (ret.adult && ret.children)
            options.areas.push_back(AreaSelection::Combined);
        if (options.areas.empty())
            options.areas.push_back(AreaSelection::Combined);
    }
    report.m_options = options;
    const MetricEngine engine(options.range, options.intervalMethod);
    std::vector<MetricReport> published;
    for (AreaSelection area : options.areas) {
        View view;
        view.area = area;
        view.report = engine.compute(ret, area, previous, national);
        addPooledYears(view.report, ret, options.earlierYears, engine);
        published.push_back(view.report);
        report.m_views.push_back(std::move(view));
    }
    // One pattern for the year, whatever views this file shows (DisclosureControl).
    report.m_suppression =
        ReportSuppression::build(ret, previous, published, options.publication, options.earlierYears);
    for (View &view : report.m_views) {
        ChartData charts = ChartData::fromReport(view.report, ret.populationMinorityEthnicPercent);
        const ReportSuppression &s = report.m_suppression;
        charts.payBands = s.filter(view.area, charts.payBands);
        charts.likelihoods = s.filter(view.area, charts.likelihoods);
        charts.forest = s.filter(view.area, charts.forest);
        charts.seniorManagers = s.filter(view.area, charts.seniorManagers);
        view.charts = std::move(charts);
    }
    return report;
}

std::optional<DataReport::Format> DataReport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("docx"))
        return Format::Docx;

    return std::nullopt;
}

bool DataReport::write(const QString &path, Format format, const ChartPainter *charts, QString *error) const
{
    switch (format) {
    case Format::Xlsx: return writeXlsx(path, error);
    case Format::Pdf: return writePdf(path, charts, error);
    case Format::Odt: return writeOdt(path, charts, error);
    case Format::Csv: return writeCsv(path, error);
    case Format::Html: return writeHtml(path, charts, error);
    case Format::Docx: return writeDocx(path, charts, error);
    }
    return false;
}

DataReportLayout DataReport::layout() const
{
    if (m_options.layout)
        return *m_options.layout;
    return m_options.publication.enabled ? DataReportLayout::Summary : DataReportLayout::Full;
}

bool DataReport::writeCsv(const QString &path, QString *error) const
{
    return OpenDataCsv::write(*this, path, error);
}

QString DataReport::title() const
{
    if (m_suppression.enabled())
        return tr("%1: SC-WRES data report %2 (published version)").arg(m_return.authorityName).arg(m_return.year);
    return tr("%1: SC-WRES data report %2").arg(m_return.authorityName).arg(m_return.year);
}

QString DataReport::areasText() const
{
    QStringList names;
    for (const View &view : m_views)
        names << areaSelectionName(view.area);
    return QLocale().createSeparatedList(names);
}

QString DataReport::countText(const View &view, MetricId id, int row, CountColumn column, long long value) const
{
    return m_suppression.text({view.area, id, row, column}, value);
}

bool DataReport::isEntered(const GroupCounts &counts, CountColumn column)
{
    switch (column) {
    case CountColumn::MinorityEthnic: return counts.isEntered(EthnicGroup::MinorityEthnic);
    case CountColumn::White: return counts.isEntered(EthnicGroup::White);
    case CountColumn::Unknown: return counts.isEntered(EthnicGroup::Unknown);
    case CountColumn::Total: return counts.allEntered();
    }
    return true;
}

QString DataReport::notEnteredText()
{
    return tr("not entered");
}

// Publication mode stays safe: a reader told "not entered" knows less than the disclosure audit
// assumed (it counted the cell, and the total, as known).
QString DataReport::countText(const View &view, MetricId id, int row, CountColumn column, const GroupCounts &counts) const
{
    return isEntered(counts, column) ? countText(view, id, row, column, countValue(counts, column)) : notEnteredText();
}

QString DataReport::countDisplayText(const View &view, MetricId id, int row, CountColumn column,
                                     const GroupCounts &counts) const
{
    return isEntered(counts, column) ? countDisplayText(view, id, row, column, countValue(counts, column))
                                     : notEnteredText();
}

QString DataReport::countDisplayText(const View &view, MetricId id, int row, CountColumn column, long long value) const
{
    const QString text = countText(view, id, row, column, value);
    return text == QString::number(value) ? formatCount(value) : text;
}

QString DataReport::likelihoodText(const View &view, MetricId id, EthnicGroup group) const
{
    if (m_suppression.likelihoodSuppressed(view.area, id, group))
        return tr("withheld");
    const RatioResult &ratio = view.report.ratio(id);
    const auto &value = group == EthnicGroup::White ? ratio.likelihoodWhite : ratio.likelihoodMinorityEthnic;
    return formatShare(value);
}

QString DataReport::relativeLikelihoodText(const View &view, MetricId id) const
{
    if (m_suppression.ratioSuppressed(view.area, id))
        return tr("withheld");
    return formatRelativeLikelihood(view.report.ratio(id).relativeLikelihood);
}

QString DataReport::intervalText(const View &view, MetricId id) const
{
    if (m_suppression.ratioSuppressed(view.area, id))
        return tr("withheld");
    const auto &ci = view.report.ratio(id).ci95;
    return ci ? QStringLiteral("%1–%2").arg(twoPlaces(ci->lower), twoPlaces(ci->upper)) : QStringLiteral("—");
}

QString DataReport::statusText(const View &view, MetricId id) const
{
    if (m_suppression.ratioSuppressed(view.area, id))
        return tr("withheld");
    const RatioResult &ratio = view.report.ratio(id);
    if (ratio.status == MetricStatus::NotComputable)
        return notComputableReasonText(ratio.reason);
    // Withheld above with the ratio: the certainty is read from the interval, so it goes too.
    if (ratio.certainty)
        return tr("%1 (%2)").arg(scwres::statusText(ratio.status), certaintyText(*ratio.certainty).toLower());
    return scwres::statusText(ratio.status);
}

QString DataReport::shortfallText(const View &view, MetricId id) const
{
    // Beside a withheld ratio the same words whether or not there would be a shortfall: its
    // presence alone would say on which side of the range the withheld RL lies.
    if (m_suppression.ratioSuppressed(view.area, id))
        return m_suppression.withheldText();
    const RatioResult &ratio = view.report.ratio(id);
    if (!ratio.toRange)
        return {};
    return shortfallSentence(ratio, view.report.range);
}

QString DataReport::pooledText(const View &view, MetricId id) const
{
    const RatioResult &ratio = view.report.ratio(id);
    if (!ratio.pooled)
        return {};
    // A pooled figure is published only when it follows from published counts alone: every
    // pooled year's own pattern published the metric's four counts (issue 26).
    if (m_suppression.ratioSuppressed(view.area, id) || m_suppression.pooledSuppressed(view.area, id, ratio.pooled->years))
        return m_suppression.pooledWithheldText(ratio.pooled->years);
    return pooledSummary(*ratio.pooled) + QLatin1Char('.');
}

QString DataReport::sentenceText(const View &view, MetricId id) const
{
    if (m_suppression.ratioSuppressed(view.area, id))
        return m_suppression.withheldText();
    const RatioResult &ratio = view.report.ratio(id);
    if (!ratio.sentence.isEmpty())
        return ratio.sentence;
    if (ratio.status == MetricStatus::NotCollected)
        return tr("Not collected this year.");
    return notComputableReasonText(ratio.reason) + QLatin1Char('.');
}

QString DataReport::previousText(const View &view, MetricId id) const
{
    const auto &previous = view.report.ratio(id).previous;
    if (!previous)
        return QStringLiteral("—");
    // Withheld whether or not last year's RL could be computed: "—" would say which.
    if (m_suppression.previousSuppressed(view.area, id))
        return tr("withheld (%1)").arg(previous->year);
    if (!previous->relativeLikelihood)
        return QStringLiteral("—");
    const QString text = tr("%1 (%2)").arg(formatRelativeLikelihood(previous->relativeLikelihood)).arg(previous->year);
    const QString change = changeText(view, id);
    return change.isEmpty() ? text : tr("%1: %2").arg(text, change);
}

QString DataReport::changeText(const View &view, MetricId id) const
{
    const RatioResult &r = view.report.ratio(id);
    // Better or worse says where this year's RL lies: never beside a withheld one.
    if (!r.previous || m_suppression.ratioSuppressed(view.area, id) || m_suppression.previousSuppressed(view.area, id))
        return {};
    return describeYearChange(id, r.previous->relativeLikelihood, r.relativeLikelihood, view.report.range).verdictText;
}

QString DataReport::nationalText(const View &view, MetricId id) const
{
    const auto &national = view.report.ratio(id).national;
    if (!national)
        return QStringLiteral("—");
    return tr("%1 (%2)").arg(twoPlaces(national->relativeLikelihood)).arg(national->year);
}

QString DataReport::payBandReading(const View &view) const
{
    const PayBandResult &bands = view.report.payBands;
    if (!bands.collected)
        return tr("Not collected this year.");
    const int rows = int(payBandRows(bands).size());
    for (int row = 0; row < rows; ++row)
        if (row < int(bands.nationalBands.size()) || row == rows - 1)
            if (m_suppression.shareSuppressed(view.area, MetricId::M1, row, CountColumn::MinorityEthnic))
                return m_suppression.withheldText();
    return bands.adverseToMinorityEthnic
             ? tr("The share of minority ethnic staff in the highest national pay band with staff is below their "
                  "share of the whole workforce.")
             : tr("The share of minority ethnic staff in the highest national pay band with staff is not below their "
                  "share of the whole workforce.");
}

QString DataReport::dataQualityNote(const View &view, MetricId id) const
{
    QStringList parts;
    // "Ethnicity unknown for 2.3% of appointed", or that the share is withheld.
    const auto unknownShare = [&](int row, const GroupCounts &counts, const QString &of) {
        if (m_suppression.shareSuppressed(view.area, id, row, CountColumn::Unknown))
            return tr("The share of %1 with ethnicity unknown is withheld.").arg(of);
        return tr("Ethnicity unknown for %1 of %2.").arg(formatPercent(percentUnknown(counts)), of);
    };
    if (id == MetricId::M1) {
        if (view.report.payBands.collected) {
            const int workforceRow = int(payBandRows(view.report.payBands).size()) - 1;
            parts << unknownShare(workforceRow, view.report.payBands.workforce.counts, tr("the workforce"));
        }
    } else {
        const RatioResult &ratio = view.report.ratio(id);
        if (ratio.status != MetricStatus::NotCollected) {
            parts << unknownShare(0, ratio.events, metricEventsLabel(id));
            if (ratio.reason != NotComputableReason::NoHeadcount)
                parts << unknownShare(1, ratio.population, metricPopulationLabel(id));
            parts << tr("Unknowns are left out of the likelihoods.");
            // Beside a withheld figure the note would say which side of 10 a hidden count lies.
            if (ratio.smallNumbers && !m_suppression.ratioSuppressed(view.area, id))
                parts << tr("Small numbers: fewer than 10 events in a group, so the figure can move a lot from "
                            "year to year.");
            if (ratio.haldaneCorrected && !m_suppression.ratioSuppressed(view.area, id))
                parts << tr("A count of 0 needed the Haldane correction (+0.5) for the interval.");
        }
    }
    const QString key = metricKey(id);
    const auto addNote = [&](const AreaReturn *area, const QString &prefix) {
        if (!area)
            return;
        const auto it = area->notes.find(key);
        if (it != area->notes.end() && !it->second.trimmed().isEmpty())
            parts << prefix + it->second.trimmed();
    };
    switch (view.area) {
    case AreaSelection::Adult: addNote(m_return.area(ServiceArea::Adult), tr("Council's note: ")); break;
    case AreaSelection::Children: addNote(m_return.area(ServiceArea::Children), tr("Council's note: ")); break;
    case AreaSelection::Combined:
        addNote(m_return.area(ServiceArea::Adult), tr("Council's note (adult): "));
        addNote(m_return.area(ServiceArea::Children), tr("Council's note (children): "));
        break;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace scwres
