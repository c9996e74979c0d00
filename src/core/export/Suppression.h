// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ChartData.h"

#include <QCoreApplication>
#include <QString>

#include <limits>
#include <map>
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
    // "[c]": a count of threshold or more hidden so that a small one cannot be worked out from a
    // total (GSS table symbol for "confidential").
    static QString secondarySymbol();
    // One line for file names and footers: "published version (counts under 10 hidden)".
    QString modeName() const;
};

enum class CellState {
    Published,
    Primary,   // a small count (or a zero in a small line): shown as policy.symbol()
    Secondary, // hidden to protect a small count: shown as "<10" when below the threshold, else "[c]"
};

// The arithmetic of suppression over any set of counts tied by sums ("lines": the parts add up
// to the total). Primary suppression, then secondary suppression until nobody, knowing every
// published cell, every line and what each symbol says ("<10": 0 … threshold − 1; "[c]":
// threshold or more), can narrow a hidden count to a single value.
class CellSuppression final {
public:
    struct Line {
        std::vector<int> parts;
        int total = -1;
    };
    // The range an attacker can narrow a cell to (upper may be +infinity).
    struct Bounds {
        double lower = 0;
        double upper = std::numeric_limits<double>::infinity();
    };

    // published=false: a count behind the published ones (e.g. one service area when only the
    // combined view is published); never shown, but protected like a shown one.
    int addCell(long long value, bool published = true);
    void addLine(std::vector<int> parts, int total);
    void apply(int threshold);

    int cellCount() const { return int(m_values.size()); }
    long long value(int cell) const { return m_values.at(std::size_t(cell)); }
    bool isPublished(int cell) const { return m_published.at(std::size_t(cell)); }
    CellState state(int cell) const { return m_states.at(std::size_t(cell)); }
    bool isSuppressed(int cell) const { return state(cell) != CellState::Published; }
    const std::vector<Line> &lines() const { return m_lines; }

    // What the published cells, the lines and the symbols give away about every cell; the same
    // attack the secondary suppression defends against (tests run it on the output).
    static std::vector<Bounds> attack(const std::vector<Line> &lines, const std::vector<Bounds> &known);
    std::vector<Bounds> knownBounds(int threshold) const;

private:
    bool isSensitive(int cell) const;
    int smallestUnsuppressed(const Line &line) const;

    std::vector<long long> m_values;
    std::vector<bool> m_published;
    std::vector<CellState> m_states;
    std::vector<bool> m_sensitive;
    std::vector<Line> m_lines;
};

enum class CountColumn { MinorityEthnic, White, Unknown, Total };

// A count in the report's tables. Metric 1: row indexes payBandRows() (the three national bands,
// the local bands, the whole workforce). Metrics 2-9: row 0 the events, row 1 the population.
struct CountCell {
    AreaSelection area = AreaSelection::Combined;
    MetricId metric = MetricId::M1;
    int row = 0;
    CountColumn column = CountColumn::Total;
};

// The rows of metric 1's table, in the order CountCell::row indexes them.
std::vector<const BandShare *> payBandRows(const PayBandResult &payBands);
long long countValue(const GroupCounts &counts, CountColumn column);

// Suppression of one data report (or action plan): every count table of every published area,
// with the sums that tie them (row totals, bands to workforce, local to national bands, the
// headcount shared by metrics 3, 5, 8 and 9, the areas to the combined view), decided at once so
// that a count is hidden everywhere or nowhere.
class ReportSuppression final {
    Q_DECLARE_TR_FUNCTIONS(ReportSuppression)

public:
    ReportSuppression() = default; // publication mode off: everything published
    // published: the areas the report shows. related: reports that are not shown but whose counts
    // can be worked out from the shown ones (the single areas behind a combined view).
    static ReportSuppression build(const std::vector<MetricReport> &published,
                                   const std::vector<MetricReport> &related, SuppressionPolicy policy);

    const SuppressionPolicy &policy() const { return m_policy; }
    bool enabled() const { return m_policy.enabled; }

    CellState state(const CountCell &cell) const;
    bool isSuppressed(const CountCell &cell) const { return state(cell) != CellState::Published; }
    // The count as printed: the number, or "<10" / "[c]".
    QString text(const CountCell &cell, long long value) const;

    // Derived figures are withheld when any count they come from is hidden.
    bool likelihoodSuppressed(AreaSelection area, MetricId id, EthnicGroup group) const;
    // The RL and everything made from it: interval, status, phrase, sentence, change on last year.
    bool ratioSuppressed(AreaSelection area, MetricId id) const;
    // A row's unknown share (unknown ÷ row total) or a band's group share (group ÷ band total).
    bool shareSuppressed(AreaSelection area, MetricId id, int row, CountColumn group) const;
    // Metric 9's percentage-point gaps (senior % minority ethnic; workforce %).
    bool seniorSharesSuppressed(AreaSelection area) const;
    // Any hidden count or figure in the metric's section.
    bool anySuppressed(AreaSelection area, MetricId id) const;
    bool anySuppressed() const;

    // The note every published output prints.
    QString note() const;
    // "Withheld: it would reveal a count under 10."
    QString withheldText() const;

    // Chart data with withheld figures taken out (bars and forest rows dropped, shares emptied).
    PayBandChartData filter(AreaSelection area, PayBandChartData data) const;
    LikelihoodChartData filter(AreaSelection area, LikelihoodChartData data) const;
    ForestPlotData filter(AreaSelection area, ForestPlotData data) const;
    SeniorManagerChartData filter(AreaSelection area, SeniorManagerChartData data) const;

    // For tests: the whole problem solved.
    const CellSuppression &cells() const { return m_cells; }

private:
    int cellIndex(const CountCell &cell) const;

    SuppressionPolicy m_policy;
    CellSuppression m_cells;
    std::map<QString, int> m_index; // "area/metric/row/column" → cell
};

} // namespace scwres
