// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "MetricFiguresBox.h"

#include "FigureFormat.h"
#include "MetricEngine.h"
#include "YearChange.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace scwres {

namespace {
// Display rounding only, by the program's one rule (FigureFormat.h); the engine keeps full precision.
QString percent(const std::optional<double> &value)
{
    return formatPercent(value);
}
} // namespace

MetricFiguresBox::MetricFiguresBox(MetricId metric, QWidget *parent)
    : QGroupBox(tr("What the numbers say (metric %1)").arg(metricKey(metric)), parent)
    , m_metric(metric)
    , m_figures(new QLabel(this))
{
    setObjectName(QStringLiteral("figures_%1").arg(metricKey(metric)));
    m_figures->setObjectName(QStringLiteral("figuresText"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_figures->setAccessibleName(tr("Live figures for metric %1").arg(metricKey(metric)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
    layout->addStretch();
    setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QString MetricFiguresBox::figuresText() const
{
    return m_figures->text();
}

void MetricFiguresBox::showReport(const MetricReport *report)
{
    if (!report) {
        m_figures->setText(tr("This service area is not returned this year."));
        return;
    }
    if (m_metric == MetricId::M1)
        showPayBands(*report);
    else
        showRatio(*report);
}

void MetricFiguresBox::showBlockedByErrors(int errors)
{
    m_figures->setText(tr("The figures can't be worked out until the %n error(s) above are fixed.", nullptr, errors));
}

void MetricFiguresBox::showRatio(const MetricReport &report)
{
    const RatioResult &r = report.ratio(m_metric);
    QStringList lines;
    if (r.status == MetricStatus::NotCollected) {
        m_figures->setText(statusText(r.status));
        return;
    }
    // Likelihoods read as percentages ("4.0% of minority ethnic staff"), as in the reports.
    lines << tr("Minority ethnic likelihood: %1").arg(formatShare(r.likelihoodMinorityEthnic));
    lines << tr("White likelihood: %1").arg(formatShare(r.likelihoodWhite));
    lines << tr("Relative likelihood (RL), minority ethnic relative to white: %1").arg(formatRelativeLikelihood(r.relativeLikelihood));
    QString status = statusText(r.status);
    if (r.status == MetricStatus::NotComputable && r.reason != NotComputableReason::None)
        status += QStringLiteral(": ") + notComputableReasonText(r.reason);
    lines << tr("Status: %1").arg(status);
    if (r.smallNumbers)
        lines << tr("Small numbers: fewer than 10 events in a group; read with care.");
    if (!r.sentence.isEmpty())
        lines << r.sentence;
    if (r.previous && r.previous->relativeLikelihood)
        lines << tr("Last year (%1): %2")
                     .arg(r.previous->year)
                     .arg(r.relativeLikelihood ? describeYearChange(r.id, r.previous->relativeLikelihood,
                                                                     r.relativeLikelihood, NonAdverseRange{})
                                                     .text
                                               : tr("RL %1").arg(formatRelativeLikelihood(r.previous->relativeLikelihood)));
    if (m_metric == MetricId::M9) {
        const SeniorManagerGaps &gaps = report.seniorManagers;
        lines << tr("Minority ethnic share: senior managers %1, workforce %2")
                     .arg(percent(gaps.percentMinorityEthnicSenior), percent(gaps.percentMinorityEthnicWorkforce));
        if (gaps.gapVsPopulationPoints)
            lines << tr("Gap to the local population: %1").arg(formatPoints(gaps.gapVsPopulationPoints));
    }
    m_figures->setText(lines.join(QLatin1Char('\n')));
}

void MetricFiguresBox::showPayBands(const MetricReport &report)
{
    const PayBandResult &bands = report.payBands;
    if (!bands.collected) {
        m_figures->setText(statusText(MetricStatus::NotCollected));
        return;
    }
    QStringList lines;
    lines << tr("Minority ethnic share of the workforce: %1").arg(percent(bands.workforce.percentMinorityEthnic));
    for (const BandShare &band : bands.nationalBands)
        if (band.nationalBand)
            lines << tr("%1: %2 minority ethnic (%3 staff)")
                         .arg(nationalBandName(*band.nationalBand), percent(band.percentMinorityEthnic))
                         .arg(band.counts.total());
    // The top national band (£70k and over) with no staff has no share to compare.
    const NationalBand top = kNationalBands.back();
    const auto topBand = std::find_if(bands.nationalBands.begin(), bands.nationalBands.end(),
                                      [&](const BandShare &b) { return b.nationalBand == top; });
    const bool topEmpty = topBand == bands.nationalBands.end() || topBand->counts.total() == 0
        || !topBand->percentMinorityEthnic;
    if (topEmpty)
        lines << tr("Status: no staff are in the top pay band (%1), so its minority ethnic share can't be compared "
                    "with the workforce's.")
                     .arg(nationalBandName(top));
    else
        lines << (bands.adverseToMinorityEthnic
                      ? tr("Status: the top pay band has a lower minority ethnic share than the workforce.")
                      : tr("Status: the top pay band's minority ethnic share is not below the workforce's."));
    m_figures->setText(lines.join(QLatin1Char('\n')));
}

} // namespace scwres
