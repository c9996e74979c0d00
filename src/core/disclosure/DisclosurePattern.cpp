// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "disclosure/DisclosurePattern.h"

#include "ChartData.h"

#include <set>

namespace scwres {

namespace {

QString columnKey(CountColumn column)
{
    switch (column) {
    case CountColumn::MinorityEthnic: return QStringLiteral("me");
    case CountColumn::White: return QStringLiteral("w");
    case CountColumn::Unknown: return QStringLiteral("u");
    case CountColumn::Total: return QStringLiteral("t");
    }
    return {};
}

CountColumn groupColumn(EthnicGroup group)
{
    return group == EthnicGroup::White ? CountColumn::White : CountColumn::MinorityEthnic;
}

std::set<QString> areaPrefixes(const std::vector<MetricReport> &views)
{
    std::set<QString> prefixes;
    for (const MetricReport &view : views)
        prefixes.insert(areaSelectionKey(view.area) + QLatin1Char('/'));
    return prefixes;
}

} // namespace

std::vector<const BandShare *> payBandRows(const PayBandResult &payBands)
{
    std::vector<const BandShare *> rows;
    for (const BandShare &band : payBands.nationalBands)
        rows.push_back(&band);
    for (const BandShare &band : payBands.localBands)
        rows.push_back(&band);
    rows.push_back(&payBands.workforce);
    return rows;
}

long long countValue(const GroupCounts &counts, CountColumn column)
{
    switch (column) {
    case CountColumn::MinorityEthnic: return counts.minorityEthnic;
    case CountColumn::White: return counts.white;
    case CountColumn::Unknown: return counts.unknown;
    case CountColumn::Total: return counts.total();
    }
    return 0;
}

QString DisclosurePattern::key(const CountCell &cell)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(areaSelectionKey(cell.area), metricKey(cell.metric), QString::number(cell.row), columnKey(cell.column));
}

int DisclosurePattern::cellIndex(const CountCell &cell) const
{
    const auto it = m_index.find(key(cell));
    return it == m_index.end() ? -1 : it->second;
}

CellState DisclosurePattern::state(const CountCell &cell) const
{
    if (!m_enabled)
        return CellState::Published;
    const int index = cellIndex(cell);
    return index < 0 ? CellState::Published : m_states.at(std::size_t(index));
}

QString DisclosurePattern::text(const CountCell &cell, long long value) const
{
    if (state(cell) == CellState::Published)
        return QString::number(value);
    // "[c]" says "threshold or more", which the audit counts as known.
    return value < m_threshold ? QStringLiteral("<%1").arg(m_threshold) : QStringLiteral("[c]");
}

bool DisclosurePattern::likelihoodPublished(AreaSelection area, MetricId id, EthnicGroup group) const
{
    return !isHidden({area, id, 0, groupColumn(group)}) && !isHidden({area, id, 1, groupColumn(group)});
}

bool DisclosurePattern::ratioPublished(AreaSelection area, MetricId id) const
{
    return likelihoodPublished(area, id, EthnicGroup::MinorityEthnic) && likelihoodPublished(area, id, EthnicGroup::White);
}

bool DisclosurePattern::sharePublished(AreaSelection area, MetricId id, int row, CountColumn group) const
{
    return !isHidden({area, id, row, group}) && !isHidden({area, id, row, CountColumn::Total});
}

QString DisclosurePattern::summary(const std::vector<MetricReport> &views) const
{
    int ratios = 0;
    int published = 0;
    // Every number here follows from the symbols a reader sees (issue 26): a withheld RL counts
    // whether or not it could be computed, and the hidden counts are told apart by their symbol,
    // not by why they were hidden (a small count and a zero hidden to protect it both read "<10").
    for (const MetricReport &view : views)
        for (const auto &[id, ratio] : view.ratios) {
            const bool withheld = m_enabled && !ratioPublished(view.area, id);
            if (ratio.relativeLikelihood || withheld) {
                ++ratios;
                published += withheld ? 0 : 1;
            }
        }
    std::set<int> primary;
    std::set<int> complementary;
    if (m_enabled) {
        const std::set<QString> prefixes = areaPrefixes(views);
        for (const auto &[name, cell] : m_index) {
            if (!prefixes.count(name.left(name.indexOf(QLatin1Char('/')) + 1)))
                continue;
            if (m_states[std::size_t(cell)] == CellState::Published)
                continue;
            if (m_table.value(cell) < m_threshold)
                primary.insert(cell);
            else
                complementary.insert(cell);
        }
    }
    QStringList parts;
    const int small = int(primary.size());
    const int more = int(complementary.size());
    if (small == 0)
        parts << tr("no count under %1 to hide").arg(m_threshold);
    else if (small == 1)
        parts << tr("1 count under %1 hidden").arg(m_threshold);
    else
        parts << tr("%1 counts under %2 hidden").arg(small).arg(m_threshold);
    if (more == 1)
        parts << tr("1 more hidden so that they can't be worked out");
    else if (more > 1)
        parts << tr("%1 more hidden so that they can't be worked out").arg(more);
    parts << tr("%1 of %2 relative likelihoods published").arg(published).arg(ratios);
    QString text = parts.join(QStringLiteral("; "));
    return text.left(1).toUpper() + text.mid(1) + QLatin1Char('.');
}

QStringList DisclosurePattern::protectionNotes(const std::vector<MetricReport> &views) const
{
    QStringList notes;
    if (!m_enabled)
        return notes;
    for (const MetricReport &view : views)
        for (const auto &[id, ratio] : view.ratios) {
            if (!ratio.relativeLikelihood || ratioPublished(view.area, id))
                continue;
            const long long counts[4] = {ratio.events.minorityEthnic, ratio.events.white,
                                         ratio.population.minorityEthnic, ratio.population.white};
            if (std::any_of(std::begin(counts), std::end(counts), [&](long long v) { return v < m_threshold; }))
                continue; // withheld for its own small count, which the summary says
            QStringList protectedCells;
            for (int row = 0; row < 2; ++row)
                for (CountColumn column : {CountColumn::MinorityEthnic, CountColumn::White}) {
                    const int cell = cellIndex({view.area, id, row, column});
                    if (cell >= 0 && m_protects[std::size_t(cell)] >= 0) {
                        const QString what = describe(m_protects[std::size_t(cell)]);
                        if (!protectedCells.contains(what))
                            protectedCells << what;
                    }
                }
            notes << tr("%1, metric %2: the relative likelihood is withheld so that %3 cannot be worked out.")
                         .arg(areaSelectionName(view.area), metricKey(id),
                              protectedCells.isEmpty() ? tr("a hidden count") : protectedCells.join(tr(" and ")));
        }
    return notes;
}

QString DisclosurePattern::describe(int cell) const
{
    return m_labels.at(std::size_t(cell));
}

} // namespace scwres
