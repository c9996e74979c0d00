// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "disclosure/DisclosurePattern.h"

#include "AnnualReturn.h"
#include "ChartData.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace scwres {

// Publication mode: small counts hidden in what leaves the program. Applied by the exports only;
// the program's own screens and private exports show every number. The rules, with their
// sources, are in docs/exports.md.
struct SuppressionPolicy {
    bool enabled = false;
    int threshold = 10; // counts 1 … threshold − 1 are hidden (Social Work England: "<10")

    // "<10": a hidden count below the threshold (and a hidden zero).
    QString symbol() const;
    // "[c]": a count of threshold or more hidden so that a small one cannot be worked out (GSS
    // table symbol for "confidential").
    static QString secondarySymbol();
    // One line for file names and footers: "published version (counts under 10 hidden)".
    QString modeName() const;
};

// What one published file asks of its year's disclosure pattern (DisclosureControl): the same
// pattern for every file of the year, whatever views it shows, and last year's pattern for the
// previous year's figures. Every writer asks it whether a cell or figure is published and as what.
class ReportSuppression final {
    Q_DECLARE_TR_FUNCTIONS(ReportSuppression)

public:
    ReportSuppression() = default; // publication mode off: everything published
    // views: the file's views (for its note); previous: last year's return, when there is one.
    // earlier: the authority's other stored returns, whose own patterns decide the pooled figures.
    static ReportSuppression build(const AnnualReturn &ret, const AnnualReturn *previous,
                                   const std::vector<MetricReport> &views, SuppressionPolicy policy,
                                   const std::vector<AnnualReturn> &earlier = {});

    const SuppressionPolicy &policy() const { return m_policy; }
    bool enabled() const { return m_policy.enabled; }
    const DisclosurePattern &pattern() const { return m_pattern; }
    const DisclosurePattern &previousPattern() const { return m_previous; }

    CellState state(const CountCell &cell) const { return m_pattern.state(cell); }
    bool isSuppressed(const CountCell &cell) const { return state(cell) != CellState::Published; }
    // The count as printed: the number, or "<10" / "[c]".
    QString text(const CountCell &cell, long long value) const { return m_pattern.text(cell, value); }

    // Derived figures are withheld when any count they come from is hidden.
    bool likelihoodSuppressed(AreaSelection area, MetricId id, EthnicGroup group) const;
    // The RL and everything made from it: interval, status, phrase, sentence, change on last year.
    bool ratioSuppressed(AreaSelection area, MetricId id) const;
    // Last year's RL: printed only where last year's own pattern published it.
    bool previousSuppressed(AreaSelection area, MetricId id) const;
    // A figure over several years (the pooled three years): published only when every year's own
    // pattern published the metric's four counts (minority ethnic and white events and population),
    // so that it follows from published counts alone. A year whose return is not at hand counts as hidden.
    bool pooledSuppressed(AreaSelection area, MetricId id, const std::vector<int> &years) const;
    // The whole workforce's headcount (metric 1's last row, total): the plan's header quotes it.
    bool headcountSuppressed(AreaSelection area) const;
    // A row's unknown share (unknown ÷ row total) or a band's group share (group ÷ band total).
    bool shareSuppressed(AreaSelection area, MetricId id, int row, CountColumn group) const;
    // Metric 9's percentage-point gaps (senior % minority ethnic; workforce %).
    bool seniorSharesSuppressed(AreaSelection area) const;
    // A progression step up the pay bands (Progression.h) or its compound figure: withheld when a
    // minority ethnic or white count of any band it adds up (its bandRows) is hidden. Everything it
    // shows then follows from published counts.
    bool progressionSuppressed(AreaSelection area, const std::vector<int> &bandRows) const;
    // A metric's figures by broad ethnic group (BroadGroupRatios.h), in every area at once:
    // withheld unless, in each area with a breakdown, the headline RL is published and every
    // Asian, Black, Mixed and Other count of events and population is at or above the threshold
    // (or a zero in a row of threshold or more). docs/exports.md says why all-or-nothing.
    bool broadGroupsSuppressed(MetricId id) const;
    // Any hidden count or figure in the metric's section.
    bool anySuppressed(AreaSelection area, MetricId id) const;
    bool anySuppressed() const;

    // The note every published output prints: the rules, then what was hidden in this file and why.
    QString note() const;
    // "12 counts under 10 hidden; 5 more hidden so that they can't be worked out; 8 of 9 relative
    // likelihoods published." Empty in private mode.
    QString summary() const;
    // Each RL withheld only to protect another count, with the count it protects.
    QStringList protectionNotes() const;
    // "Withheld: it would reveal a count under 10."
    QString withheldText() const;
    // The suggested "how you'll know it is achieved" of a plan section's action (Shortfall.h):
    // the program's own suggestion, or, when publication would withhold a metric of the section,
    // the same aim without any number, since the shortfall's counts are made from hidden ones.
    QString suggestedMeasure(const std::vector<MetricId> &metrics, const MetricReport &combined) const;
    // "Pooled 2022–2024: withheld, …": the same words whatever the withheld figure would have been.
    QString pooledWithheldText(const std::vector<int> &years) const;

    // Chart data with withheld figures taken out (bars and forest rows dropped, shares emptied).
    PayBandChartData filter(AreaSelection area, PayBandChartData data) const;
    LikelihoodChartData filter(AreaSelection area, LikelihoodChartData data) const;
    ForestPlotData filter(AreaSelection area, ForestPlotData data) const;
    SeniorManagerChartData filter(AreaSelection area, SeniorManagerChartData data) const;

private:
    SuppressionPolicy m_policy;
    DisclosurePattern m_pattern;
    DisclosurePattern m_previous;
    std::vector<MetricReport> m_views;
    std::vector<MetricId> m_broadWithheld;
    std::vector<std::pair<int, DisclosurePattern>> m_earlier; // other years' patterns, for pooled figures
};

// Figures as published: an RL or interval end to 2 decimals, a likelihood or share to 1 decimal
// of a percent. Publication files never hold more precision than they print.
double publishedRatio(double value);
double publishedFraction(double fraction); // 0.123456 → 0.123 (12.3%)

} // namespace scwres
