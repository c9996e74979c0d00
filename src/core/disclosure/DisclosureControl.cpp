// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "disclosure/DisclosureControl.h"

#include "disclosure/CellProtection.h"

#include "ChartData.h"

#include <QMutex>

#include <algorithm>
#include <array>
#include <deque>

namespace scwres {

namespace {

constexpr std::array<CountColumn, 4> kColumns{CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown,
                                              CountColumn::Total};

// Hiding costs per person moved (docs/exports.md): an RL needs only the minority ethnic and white
// counts, so totals and unknowns go first, a pay band's group counts next, and a count that an
// otherwise publishable RL rests on last.
constexpr double kCostTotal = 1;
constexpr double kCostUnknown = 1;
constexpr double kCostBandGroup = 20;
constexpr double kCostRatioGroup = 100;
constexpr double kCostPublishableRatio = 1000;

bool perHeadcount(MetricId id)
{
    return id == MetricId::M3 || id == MetricId::M5 || id == MetricId::M8 || id == MetricId::M9;
}

struct Row {
    AreaSelection area;
    MetricId metric;
    int row;
};

QString columnName(CountColumn column)
{
    switch (column) {
    case CountColumn::MinorityEthnic: return DisclosurePattern::tr("minority ethnic");
    case CountColumn::White: return DisclosurePattern::tr("white");
    case CountColumn::Unknown: return DisclosurePattern::tr("unknown");
    case CountColumn::Total: return DisclosurePattern::tr("total");
    }
    return {};
}

QString rowLabel(const Row &r, const BandShare *band)
{
    if (r.metric == MetricId::M1) {
        if (!band || (!band->nationalBand && band->name.isEmpty()))
            return DisclosurePattern::tr("the whole workforce");
        return band->name.isEmpty() ? nationalBandName(*band->nationalBand) : band->name;
    }
    return r.row == 0 ? metricEventsLabel(r.metric) : metricPopulationLabel(r.metric);
}

struct Builder {
    CellTable &table;
    std::map<QString, int> &index;
    std::vector<QString> &labels;

    int cell(const Row &r, CountColumn column) const
    {
        const auto it = index.find(DisclosurePattern::key({r.area, r.metric, r.row, column}));
        return it == index.end() ? -1 : it->second;
    }

    void addRow(const Row &r, const GroupCounts &counts, bool bandRow, const BandShare *band = nullptr)
    {
        const QString row = rowLabel(r, band);
        std::array<int, 4> cells{};
        for (std::size_t c = 0; c < kColumns.size(); ++c) {
            const CountColumn column = kColumns[c];
            const double cost = column == CountColumn::Total     ? kCostTotal
                              : column == CountColumn::Unknown   ? kCostUnknown
                              : bandRow                          ? kCostBandGroup
                                                                 : kCostRatioGroup;
            cells[c] = table.addCell(countValue(counts, column), cost);
            labels.push_back(DisclosurePattern::tr("the %1 count of %2 (%3, metric %4)")
                                 .arg(columnName(column), row, areaSelectionName(r.area), metricKey(r.metric)));
            index[DisclosurePattern::key({r.area, r.metric, r.row, column})] = cells[c];
        }
        table.addLine({cells[0], cells[1], cells[2]}, cells[3]);
    }

    void alias(const Row &r, const Row &to)
    {
        for (CountColumn column : kColumns)
            index[DisclosurePattern::key({r.area, r.metric, r.row, column})] = cell(to, column);
    }

    // parts add up to total in every column (kept only where the counts say so).
    void addColumnLines(const std::vector<Row> &parts, const Row &total)
    {
        if (parts.empty())
            return;
        for (CountColumn column : kColumns) {
            std::vector<int> cells;
            for (const Row &part : parts)
                cells.push_back(cell(part, column));
            table.addLine(cells, cell(total, column));
        }
    }

    // A combined row: the single areas' rows behind it. One: the same cells (a band only one area
    // has is one count, hidden in both views or in neither). Two: its own cells, tied by sums.
    void addCombinedRow(const Row &r, const GroupCounts &counts, const std::vector<Row> &behind, bool bandRow,
                        const BandShare *band = nullptr)
    {
        if (behind.size() == 1) {
            alias(r, behind.front());
            return;
        }
        addRow(r, counts, bandRow, band);
        addColumnLines(behind, r);
    }

    void addPayBands(AreaSelection area, const PayBandResult &bands)
    {
        const auto rows = payBandRows(bands);
        for (std::size_t i = 0; i < rows.size(); ++i)
            addRow({area, MetricId::M1, int(i)}, rows[i]->counts, i + 1 < rows.size(), rows[i]);
        addBandLines(area, bands);
    }

    void addBandLines(AreaSelection area, const PayBandResult &bands)
    {
        const int rows = int(payBandRows(bands).size());
        const int national = int(bands.nationalBands.size());
        const Row workforce{area, MetricId::M1, rows - 1};
        std::vector<Row> nationalRows;
        std::vector<Row> localRows;
        for (int i = 0; i < national; ++i)
            nationalRows.push_back({area, MetricId::M1, i});
        for (int i = national; i + 1 < rows; ++i)
            localRows.push_back({area, MetricId::M1, i});
        // The national bands make the workforce only when every local band has one: a sum that
        // merely happens to hold (an unmapped band's zero unknowns) is not one a reader knows, and
        // would pin that band's counts in the audit.
        const bool allMapped = std::all_of(bands.localBands.begin(), bands.localBands.end(),
                                           [](const BandShare &band) { return band.nationalBand.has_value(); });
        if (allMapped)
            addColumnLines(nationalRows, workforce);
        addColumnLines(localRows, workforce);
        for (int k = 0; k < national && !localRows.empty(); ++k) {
            std::vector<Row> mapped;
            for (int i = national; i + 1 < rows; ++i)
                if (bands.localBands[std::size_t(i - national)].nationalBand == bands.nationalBands[std::size_t(k)].nationalBand)
                    mapped.push_back({area, MetricId::M1, i});
            addColumnLines(mapped, {area, MetricId::M1, k});
        }
    }

    void addRatios(AreaSelection area, const MetricReport &report)
    {
        for (const auto &[id, ratio] : report.ratios) {
            if (ratio.status == MetricStatus::NotCollected)
                continue;
            addRow({area, id, 0}, ratio.events, false);
            if (ratio.reason == NotComputableReason::NoHeadcount)
                continue;
            if (perHeadcount(id) && report.payBands.collected)
                alias({area, id, 1}, {area, MetricId::M1, int(payBandRows(report.payBands).size()) - 1});
            else
                addRow({area, id, 1}, ratio.population, false);
        }
    }
};

// The single areas a combined metric sums, as the engine decides (MetricEngine.cpp,
// tallySelection): those where it can be computed, else those with events but no headcount.
std::vector<AreaSelection> ratioContributors(const std::vector<std::pair<AreaSelection, const MetricReport *>> &areas,
                                             MetricId id)
{
    std::vector<AreaSelection> available;
    std::vector<AreaSelection> eventsOnly;
    for (const auto &[area, report] : areas) {
        const RatioResult &ratio = report->ratio(id);
        if (ratio.status == MetricStatus::NotCollected)
            continue;
        (ratio.reason == NotComputableReason::NoHeadcount ? eventsOnly : available).push_back(area);
    }
    return available.empty() ? eventsOnly : available;
}

void addCombined(Builder &b, const MetricReport &combined,
                 const std::vector<std::pair<AreaSelection, const MetricReport *>> &areas)
{
    const AreaSelection c = AreaSelection::Combined;
    std::vector<AreaSelection> bandAreas;
    for (const auto &[area, report] : areas)
        if (report->payBands.collected)
            bandAreas.push_back(area);
    const PayBandResult &bands = combined.payBands;
    int combinedWorkforce = -1;
    if (bands.collected && !bandAreas.empty()) {
        const auto rows = payBandRows(bands);
        const int national = int(bands.nationalBands.size());
        combinedWorkforce = int(rows.size()) - 1;
        for (int i = 0; i < int(rows.size()); ++i) {
            std::vector<Row> behind;
            for (const auto &[area, report] : areas) {
                if (!report->payBands.collected)
                    continue;
                const int areaRows = int(payBandRows(report->payBands).size());
                if (i < national) {
                    behind.push_back({area, MetricId::M1, i});
                } else if (i == combinedWorkforce) {
                    behind.push_back({area, MetricId::M1, areaRows - 1});
                } else {
                    // The engine merges local bands by name and national band.
                    const BandShare &band = *rows[std::size_t(i)];
                    const auto &local = report->payBands.localBands;
                    for (std::size_t j = 0; j < local.size(); ++j)
                        if (local[j].name == band.name && local[j].nationalBand == band.nationalBand)
                            behind.push_back({area, MetricId::M1, national + int(j)});
                }
            }
            b.addCombinedRow({c, MetricId::M1, i}, rows[std::size_t(i)]->counts, behind, i != combinedWorkforce,
                             rows[std::size_t(i)]);
        }
        b.addBandLines(c, bands);
    }
    for (const auto &[id, ratio] : combined.ratios) {
        if (ratio.status == MetricStatus::NotCollected)
            continue;
        const std::vector<AreaSelection> behindAreas = ratioContributors(areas, id);
        std::vector<Row> events;
        std::vector<Row> population;
        for (AreaSelection area : behindAreas) {
            events.push_back({area, id, 0});
            population.push_back({area, id, 1});
        }
        b.addCombinedRow({c, id, 0}, ratio.events, events, false);
        if (ratio.reason == NotComputableReason::NoHeadcount)
            continue;
        if (behindAreas.size() > 1 && perHeadcount(id) && combinedWorkforce >= 0 && behindAreas == bandAreas)
            b.alias({c, id, 1}, {c, MetricId::M1, combinedWorkforce});
        else
            b.addCombinedRow({c, id, 1}, ratio.population, population, false);
    }
}

// Makes a count that an otherwise publishable RL rests on the dearest to hide.
void raiseRatioCosts(Builder &b, const std::vector<std::pair<AreaSelection, MetricReport>> &views, int threshold)
{
    for (const auto &[area, report] : views)
        for (const auto &[id, ratio] : report.ratios) {
            if (!ratio.relativeLikelihood)
                continue;
            const long long counts[4] = {ratio.events.minorityEthnic, ratio.events.white,
                                         ratio.population.minorityEthnic, ratio.population.white};
            if (std::any_of(std::begin(counts), std::end(counts), [&](long long v) { return v < threshold; }))
                continue;
            for (int row = 0; row < 2; ++row)
                for (CountColumn column : {CountColumn::MinorityEthnic, CountColumn::White})
                    if (const int cell = b.cell({area, id, row}, column); cell >= 0)
                        b.table.addCost(cell, kCostPublishableRatio);
        }
}

struct CacheEntry {
    AnnualReturn ret;
    int threshold = 0;
    DisclosurePattern pattern;
};

} // namespace

DisclosurePattern DisclosureControl::build(const AnnualReturn &ret, int threshold)
{
    // Every export of a year asks for the same pattern; deciding it takes a few hundred small
    // linear programs, so the last few are kept.
    static QMutex mutex;
    static std::deque<CacheEntry> cache;
    {
        QMutexLocker lock(&mutex);
        for (const CacheEntry &entry : cache)
            if (entry.threshold == threshold && entry.ret == ret)
                return entry.pattern;
    }

    DisclosurePattern pattern;
    pattern.m_enabled = true;
    pattern.m_threshold = threshold;
    pattern.m_year = ret.year;
    const MetricEngine engine;
    std::vector<std::pair<AreaSelection, MetricReport>> views;
    if (ret.adult)
        views.emplace_back(AreaSelection::Adult, engine.compute(ret, AreaSelection::Adult));
    if (ret.children)
        views.emplace_back(AreaSelection::Children, engine.compute(ret, AreaSelection::Children));
    std::vector<std::pair<AreaSelection, const MetricReport *>> areas;
    for (const auto &[area, report] : views)
        areas.emplace_back(area, &report);
    Builder builder{pattern.m_table, pattern.m_index, pattern.m_labels};
    for (const auto &[area, report] : views) {
        if (report.payBands.collected)
            builder.addPayBands(area, report.payBands);
        builder.addRatios(area, report);
    }
    const MetricReport combined = engine.compute(ret, AreaSelection::Combined);
    addCombined(builder, combined, areas);
    views.emplace_back(AreaSelection::Combined, combined);
    raiseRatioCosts(builder, views, threshold);

    CellProtection::Result result = CellProtection::protect(pattern.m_table, threshold);
    pattern.m_states = std::move(result.states);
    pattern.m_protects = std::move(result.protects);
    pattern.m_ranges = std::move(result.ranges);
    pattern.m_safe = result.safe;

    QMutexLocker lock(&mutex);
    cache.push_back({ret, threshold, pattern});
    if (cache.size() > 8)
        cache.pop_front();
    return pattern;
}

} // namespace scwres
