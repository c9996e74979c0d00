// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PresentationText.h"

#include "Certainty.h"
#include "ChartData.h"
#include "YearChange.h"

namespace scwres {

QString PresentationText::heading(const MetricReport &report)
{
    QString text = tr("%1 · %2 · %3").arg(report.authority).arg(report.year).arg(areaSelectionName(report.area));
    if (report.draft)
        text += tr(" · draft figures");
    return text;
}

PresentedMetric PresentationText::payBands(const MetricReport &report, const ReportSuppression &published)
{
    PresentedMetric shown;
    shown.id = MetricId::M1;
    shown.title = metricChartLabel(MetricId::M1);
    shown.figureCaption = tr("Minority ethnic share: highest national pay band with staff, and the whole workforce");
    const PayBandResult &bands = report.payBands;
    if (!bands.collected) {
        shown.sentence = tr("The pay bands were not collected this year.");
        shown.figure = QStringLiteral("—");
        shown.status = MetricStatus::NotCollected;
        shown.statusText = statusText(MetricStatus::NotCollected);
        return shown;
    }
    // The top band is the one metric 1 reads (the engine's rule): the highest national band with staff.
    const PayBandChartData full = payBandChartData(report);
    std::optional<std::size_t> top;
    std::optional<std::size_t> workforce;
    for (std::size_t i = 0; i < full.bars.size(); ++i) {
        if (full.bars[i].nationalBand && full.bars[i].counts.total() > 0)
            top = i;
        if (!full.bars[i].nationalBand)
            workforce = i;
    }
    // The published files' rule for metric 1's reading (DataReport::payBandReading): withheld when
    // the minority ethnic share of any national band or of the whole workforce is.
    bool hidden = false;
    const int rows = static_cast<int>(payBandRows(bands).size());
    for (int row = 0; row < rows; ++row)
        if (row < static_cast<int>(bands.nationalBands.size()) || row == rows - 1)
            hidden = hidden || published.shareSuppressed(report.area, MetricId::M1, row, CountColumn::MinorityEthnic);
    if (hidden) {
        shown.withheld = true;
        shown.sentence = published.withheldText();
        shown.figure = tr("withheld");
        shown.statusText = tr("Withheld with the figure");
    } else {
        shown.figure = tr("%1 against %2")
                           .arg(formatPercent(top ? full.bars[*top].percentMinorityEthnic : std::nullopt),
                                formatPercent(workforce ? full.bars[*workforce].percentMinorityEthnic : std::nullopt));
        shown.sentence =
            bands.adverseToMinorityEthnic
                ? tr("The share of minority ethnic staff in the highest national pay band with staff is below their "
                     "share of the whole workforce.")
                : tr("The share of minority ethnic staff in the highest national pay band with staff is not below "
                     "their share of the whole workforce.");
        shown.status = bands.adverseToMinorityEthnic ? MetricStatus::AdverseToMinorityEthnic : MetricStatus::WithinRange;
        shown.statusText = bands.adverseToMinorityEthnic ? statusText(MetricStatus::AdverseToMinorityEthnic)
                                                         : tr("No adverse reading");
    }
    shown.previous = tr("Last year: compare the pay band chart year by year.");
    if (top && full.bars[*top].nationalPercentMinorityEthnic)
        shown.national = tr("National %1: %2 minority ethnic in that band")
                             .arg(report.year)
                             .arg(formatPercent(full.bars[*top].nationalPercentMinorityEthnic));
    else
        shown.national = tr("National: not published");
    return shown;
}

PresentedMetric PresentationText::metric(const MetricReport &report, const ReportSuppression &published, MetricId id)
{
    if (id == MetricId::M1)
        return payBands(report, published);
    const RatioResult &r = report.ratio(id);
    PresentedMetric shown;
    shown.id = id;
    shown.title = metricChartLabel(id);
    shown.figureCaption = tr("Relative likelihood (minority ethnic relative to white)");
    if (published.ratioSuppressed(report.area, id)) {
        // The published files withhold the RL and everything made from it (DataReport).
        shown.withheld = true;
        shown.sentence = published.withheldText();
        shown.figure = tr("withheld");
        shown.statusText = tr("Withheld with the figure");
    } else {
        shown.sentence = r.sentence;
        if (shown.sentence.isEmpty())
            shown.sentence = r.status == MetricStatus::NotCollected ? tr("Not collected this year.")
                                                                   : notComputableReasonText(r.reason) + QLatin1Char('.');
        shown.figure = formatRelativeLikelihood(r.relativeLikelihood);
        shown.status = r.status;
        shown.statusText = statusText(r.status);
        if (r.status == MetricStatus::NotComputable)
            shown.statusText = tr("Not computable: %1").arg(notComputableReasonText(r.reason));
        if (r.certainty) {
            // The clause says which way the interval reaches, as the metric detail shows it.
            QString clause = r.certaintyClause;
            const int colon = clause.indexOf(QLatin1Char(':'));
            if (colon >= 0)
                clause = clause.mid(colon + 1).trimmed();
            shown.certainty = clause.isEmpty() ? certaintyText(*r.certainty)
                                               : tr("%1: %2").arg(certaintyText(*r.certainty), clause);
        }
        if (r.smallNumbers && r.status != MetricStatus::NotCollected)
            shown.smallNumbers = tr("⚠ Small numbers: fewer than 10 events in a group, so one or two cases move the "
                                    "ratio a long way.");
    }
    if (!r.previous)
        shown.previous = tr("Last year: no earlier complete year");
    else if (published.previousSuppressed(report.area, id)) // before "no figure", which would say why
        shown.previous = tr("Last year (%1): withheld").arg(r.previous->year);
    else if (!r.previous->relativeLikelihood)
        shown.previous = tr("Last year (%1): no figure").arg(r.previous->year);
    else if (r.previous->change && !shown.withheld)
        // The shared wording: "3.86 → 3.27: better — closer to the range" (YearChange.h).
        shown.previous = tr("Last year (%1): %2")
                             .arg(r.previous->year)
                             .arg(describeYearChange(id, r.previous->relativeLikelihood, r.relativeLikelihood,
                                                     report.range)
                                      .text);
    else
        shown.previous =
            tr("Last year (%1): %2").arg(r.previous->year).arg(formatRelativeLikelihood(r.previous->relativeLikelihood));
    shown.national = r.national ? tr("National %1: %2")
                                      .arg(r.national->year)
                                      .arg(formatRelativeLikelihood(r.national->relativeLikelihood))
                                : tr("National: not published");
    return shown;
}

} // namespace scwres
