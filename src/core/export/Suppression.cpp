// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/Suppression.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <QHash>

namespace scwres {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

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

constexpr std::array<CountColumn, 4> kColumns{CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown,
                                              CountColumn::Total};

QString cellKey(AreaSelection area, MetricId metric, int row, CountColumn column)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(areaSelectionKey(area), metricKey(metric), QString::number(row), columnKey(column));
}

// Metrics whose population is the headcount (the pay bands' workforce row).
bool perHeadcount(MetricId id)
{
    return id == MetricId::M3 || id == MetricId::M5 || id == MetricId::M8 || id == MetricId::M9;
}

} // namespace

QString SuppressionPolicy::symbol() const
{
    return QStringLiteral("<%1").arg(threshold);
}

QString SuppressionPolicy::secondarySymbol()
{
    return QStringLiteral("[c]");
}

QString SuppressionPolicy::modeName() const
{
    return enabled ? QCoreApplication::translate("SuppressionPolicy", "published version (counts under %1 hidden)")
                         .arg(threshold)
                   : QCoreApplication::translate("SuppressionPolicy", "full figures, not for publication");
}

// ---- CellSuppression ----

int CellSuppression::addCell(long long value, bool published)
{
    m_values.push_back(value);
    m_published.push_back(published);
    m_states.push_back(CellState::Published);
    return int(m_values.size()) - 1;
}

void CellSuppression::addLine(std::vector<int> parts, int total)
{
    m_lines.push_back({std::move(parts), total});
}

std::vector<CellSuppression::Bounds> CellSuppression::knownBounds(int threshold) const
{
    std::vector<Bounds> known(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        if (!m_published[i])
            continue; // nothing is said about it
        if (m_states[i] == CellState::Published)
            known[i] = {double(m_values[i]), double(m_values[i])};
        else if (m_values[i] < threshold)
            known[i] = {0, double(threshold - 1)}; // "<10"
        else
            known[i] = {double(threshold), kInfinity}; // "[c]": not "<10", so 10 or more
    }
    return known;
}

std::vector<CellSuppression::Bounds> CellSuppression::attack(const std::vector<Line> &lines,
                                                              const std::vector<Bounds> &known)
{
    std::vector<Bounds> b = known;
    // Interval propagation over every sum to a fixed point: what a reader with a spreadsheet can
    // work out. Bounded so that it always ends; each pass tightens by at least one person.
    for (int pass = 0; pass < 10000; ++pass) {
        bool changed = false;
        const auto tighten = [&](int cell, double lower, double upper) {
            Bounds &c = b[std::size_t(cell)];
            if (lower > c.lower) {
                c.lower = lower;
                changed = true;
            }
            if (upper < c.upper) {
                c.upper = upper;
                changed = true;
            }
        };
        for (const Line &line : lines) {
            double sumLower = 0;
            double sumUpperFinite = 0;
            int infiniteUppers = 0;
            for (int part : line.parts) {
                sumLower += b[std::size_t(part)].lower;
                if (std::isinf(b[std::size_t(part)].upper))
                    ++infiniteUppers;
                else
                    sumUpperFinite += b[std::size_t(part)].upper;
            }
            const double sumUpper = infiniteUppers > 0 ? kInfinity : sumUpperFinite;
            tighten(line.total, sumLower, sumUpper);
            const Bounds total = b[std::size_t(line.total)];
            for (int part : line.parts) {
                const Bounds self = b[std::size_t(part)];
                const bool selfInfinite = std::isinf(self.upper);
                const int othersInfinite = infiniteUppers - (selfInfinite ? 1 : 0);
                const double othersUpper =
                    othersInfinite > 0 ? kInfinity : sumUpperFinite - (selfInfinite ? 0 : self.upper);
                const double othersLower = sumLower - self.lower;
                const double lower = std::isinf(othersUpper) ? 0 : total.lower - othersUpper;
                const double upper = total.upper - othersLower;
                tighten(part, std::max(0.0, lower), upper);
            }
        }
        if (!changed)
            break;
    }
    return b;
}

bool CellSuppression::isSensitive(int cell) const
{
    return m_sensitive.at(std::size_t(cell));
}

int CellSuppression::smallestUnsuppressed(const Line &line) const
{
    int best = -1;
    for (int part : line.parts)
        if (m_published[std::size_t(part)] && !isSuppressed(part)
            && (best < 0 || m_values[std::size_t(part)] < m_values[std::size_t(best)]))
            best = part;
    if (best < 0 && m_published[std::size_t(line.total)] && !isSuppressed(line.total))
        best = line.total;
    return best;
}

void CellSuppression::apply(int threshold)
{
    const std::size_t n = m_values.size();
    m_sensitive.assign(n, false);
    // Primary: counts 1 … threshold − 1, and a zero in a line of threshold or fewer people ("0
    // minority ethnic staff in band X" tells a small band's ethnicity to everyone).
    for (std::size_t i = 0; i < n; ++i)
        if (m_values[i] >= 1 && m_values[i] < threshold)
            m_sensitive[i] = true;
    for (const Line &line : m_lines) {
        const long long total = m_values[std::size_t(line.total)];
        if (total < 1 || total > threshold)
            continue;
        for (int part : line.parts)
            if (m_values[std::size_t(part)] == 0)
                m_sensitive[std::size_t(part)] = true;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (m_sensitive[i] && m_published[i])
            m_states[i] = CellState::Primary;

    // Secondary: while a hidden count (or a small count behind the published ones) can be pinned
    // to one value, hide the smallest shown cell of a line it is in.
    std::vector<bool> hopeless(n, false);
    for (;;) {
        const std::vector<Bounds> bounds = attack(m_lines, knownBounds(threshold));
        int pinned = -1;
        for (std::size_t i = 0; i < n && pinned < 0; ++i) {
            const bool mustHide = m_published[i] ? isSuppressed(int(i)) : m_sensitive[i];
            if (mustHide && !hopeless[i] && bounds[i].lower >= bounds[i].upper)
                pinned = int(i);
        }
        if (pinned < 0)
            return;
        int choice = -1;
        for (const Line &line : m_lines) {
            const bool member = line.total == pinned
                             || std::find(line.parts.begin(), line.parts.end(), pinned) != line.parts.end();
            if (!member)
                continue;
            const int candidate = smallestUnsuppressed(line);
            if (candidate >= 0
                && (choice < 0 || m_values[std::size_t(candidate)] < m_values[std::size_t(choice)]))
                choice = candidate;
        }
        if (choice < 0)
            hopeless[std::size_t(pinned)] = true; // every neighbour already hidden
        else
            m_states[std::size_t(choice)] = CellState::Secondary;
    }
}

// ---- the report's tables ----

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

namespace {

struct Builder {
    CellSuppression &cells;
    std::map<QString, int> &index;
    QHash<QString, int> workforceRow; // area key → metric 1's workforce row

    void addRow(const QString &prefix, const GroupCounts &counts, bool published)
    {
        std::vector<int> parts;
        for (CountColumn column : kColumns) {
            const int cell = cells.addCell(countValue(counts, column), published);
            index[prefix + columnKey(column)] = cell;
            if (column != CountColumn::Total)
                parts.push_back(cell);
        }
        cells.addLine(parts, index[prefix + columnKey(CountColumn::Total)]);
    }

    int cell(const QString &key) const
    {
        const auto it = index.find(key);
        return it == index.end() ? -1 : it->second;
    }

    // parts add up to total in every column; added only when the numbers say so, so that a sum
    // the engine does not make (an unmapped band) never constrains anything.
    void addColumnLines(const std::vector<QString> &partRows, const QString &totalRow)
    {
        if (partRows.empty())
            return;
        for (CountColumn column : kColumns) {
            std::vector<int> parts;
            long long sum = 0;
            for (const QString &row : partRows) {
                const int c = cell(row + columnKey(column));
                if (c < 0)
                    return;
                parts.push_back(c);
                sum += cells.value(c);
            }
            const int total = cell(totalRow + columnKey(column));
            if (total < 0 || cells.value(total) != sum)
                continue;
            cells.addLine(parts, total);
        }
    }

    void addReport(const MetricReport &report, bool published)
    {
        const QString area = areaSelectionKey(report.area);
        const auto rowPrefix = [&](MetricId id, int row) {
            return QStringLiteral("%1/%2/%3/").arg(area, metricKey(id), QString::number(row));
        };
        int workforceRow = -1;
        if (report.payBands.collected) {
            const auto rows = payBandRows(report.payBands);
            for (std::size_t i = 0; i < rows.size(); ++i)
                addRow(rowPrefix(MetricId::M1, int(i)), rows[i]->counts, published);
            workforceRow = int(rows.size()) - 1;
            this->workforceRow.insert(area, workforceRow);
            const std::size_t nationalCount = report.payBands.nationalBands.size();
            std::vector<QString> national;
            std::vector<QString> local;
            for (std::size_t i = 0; i < nationalCount; ++i)
                national.push_back(rowPrefix(MetricId::M1, int(i)));
            for (std::size_t i = nationalCount; i + 1 < rows.size(); ++i)
                local.push_back(rowPrefix(MetricId::M1, int(i)));
            addColumnLines(national, rowPrefix(MetricId::M1, workforceRow));
            addColumnLines(local, rowPrefix(MetricId::M1, workforceRow));
            for (std::size_t k = 0; k < nationalCount && !local.empty(); ++k) {
                std::vector<QString> mapped;
                for (std::size_t i = nationalCount; i + 1 < rows.size(); ++i)
                    if (rows[i]->nationalBand == report.payBands.nationalBands[k].nationalBand)
                        mapped.push_back(rowPrefix(MetricId::M1, int(i)));
                addColumnLines(mapped, rowPrefix(MetricId::M1, int(k)));
            }
        }
        for (const auto &[id, ratio] : report.ratios) {
            if (ratio.status == MetricStatus::NotCollected)
                continue;
            addRow(rowPrefix(id, 0), ratio.events, published);
            if (ratio.reason == NotComputableReason::NoHeadcount)
                continue;
            if (perHeadcount(id) && workforceRow >= 0 && ratio.population == report.payBands.workforce.counts) {
                // The same headcount as metric 1's workforce row: one cell, hidden everywhere or nowhere.
                for (CountColumn column : kColumns)
                    index[rowPrefix(id, 1) + columnKey(column)] =
                        index[rowPrefix(MetricId::M1, workforceRow) + columnKey(column)];
            } else {
                addRow(rowPrefix(id, 1), ratio.population, published);
            }
        }
    }
};

} // namespace

ReportSuppression ReportSuppression::build(const std::vector<MetricReport> &published,
                                           const std::vector<MetricReport> &related, SuppressionPolicy policy)
{
    ReportSuppression result;
    result.m_policy = policy;
    if (!policy.enabled)
        return result;
    Builder builder{result.m_cells, result.m_index, {}};
    std::set<AreaSelection> shown;
    for (const MetricReport &report : published) {
        builder.addReport(report, true);
        shown.insert(report.area);
    }
    for (const MetricReport &report : related)
        if (!shown.count(report.area))
            builder.addReport(report, false);

    // The combined view is the sum of the areas (where the metric is available in both): a
    // count hidden in one area must not come back as combined minus the other.
    const QString combined = areaSelectionKey(AreaSelection::Combined) + QLatin1Char('/');
    const auto areaKey = [&](AreaSelection area, const QString &rest) {
        // Metric 1's workforce row sits after each area's own local bands.
        QStringList parts = rest.split(QLatin1Char('/'));
        if (parts.value(0) == metricKey(MetricId::M1)
            && parts.value(1).toInt() == builder.workforceRow.value(areaSelectionKey(AreaSelection::Combined), -1))
            parts[1] = QString::number(builder.workforceRow.value(areaSelectionKey(area), -1));
        return areaSelectionKey(area) + QLatin1Char('/') + parts.join(QLatin1Char('/'));
    };
    for (const auto &[key, cell] : std::map<QString, int>(result.m_index)) {
        if (!key.startsWith(combined))
            continue;
        const QString rest = key.mid(combined.size());
        const QStringList parts = rest.split(QLatin1Char('/'));
        const int combinedWorkforce = builder.workforceRow.value(areaSelectionKey(AreaSelection::Combined), -1);
        // Local bands are matched by position only, which says nothing across areas.
        if (parts.value(0) == metricKey(MetricId::M1) && parts.value(1).toInt() >= 3
            && parts.value(1).toInt() != combinedWorkforce)
            continue;
        // The headcount rows of metrics 3, 5, 8 and 9 are metric 1's workforce cells, linked there.
        if (parts.value(0) != metricKey(MetricId::M1) && parts.value(1) == QLatin1String("1")
            && result.m_index.count(combined + metricKey(MetricId::M1) + QLatin1Char('/')
                                    + QString::number(combinedWorkforce) + QLatin1Char('/') + parts.value(2))
            && result.m_index.at(combined + metricKey(MetricId::M1) + QLatin1Char('/')
                                 + QString::number(combinedWorkforce) + QLatin1Char('/') + parts.value(2))
                   == cell)
            continue;
        const int a = builder.cell(areaKey(AreaSelection::Adult, rest));
        const int c = builder.cell(areaKey(AreaSelection::Children, rest));
        const long long total = result.m_cells.value(cell);
        const long long va = a >= 0 ? result.m_cells.value(a) : -1;
        const long long vc = c >= 0 ? result.m_cells.value(c) : -1;
        if (a >= 0 && c >= 0 && va + vc == total)
            result.m_cells.addLine({a, c}, cell);
        else if (a >= 0 && va == total)
            result.m_cells.addLine({a}, cell);
        else if (c >= 0 && vc == total)
            result.m_cells.addLine({c}, cell);
    }
    result.m_cells.apply(policy.threshold);
    return result;
}

int ReportSuppression::cellIndex(const CountCell &cell) const
{
    const auto it = m_index.find(cellKey(cell.area, cell.metric, cell.row, cell.column));
    return it == m_index.end() ? -1 : it->second;
}

CellState ReportSuppression::state(const CountCell &cell) const
{
    if (!m_policy.enabled)
        return CellState::Published;
    const int index = cellIndex(cell);
    return index < 0 ? CellState::Published : m_cells.state(index);
}

QString ReportSuppression::text(const CountCell &cell, long long value) const
{
    switch (state(cell)) {
    case CellState::Published: return QString::number(value);
    case CellState::Primary: return m_policy.symbol();
    case CellState::Secondary: return value < m_policy.threshold ? m_policy.symbol() : SuppressionPolicy::secondarySymbol();
    }
    return {};
}

bool ReportSuppression::likelihoodSuppressed(AreaSelection area, MetricId id, EthnicGroup group) const
{
    if (!m_policy.enabled)
        return false;
    const CountColumn column = group == EthnicGroup::White ? CountColumn::White : CountColumn::MinorityEthnic;
    return isSuppressed({area, id, 0, column}) || isSuppressed({area, id, 1, column});
}

bool ReportSuppression::ratioSuppressed(AreaSelection area, MetricId id) const
{
    return likelihoodSuppressed(area, id, EthnicGroup::MinorityEthnic) || likelihoodSuppressed(area, id, EthnicGroup::White);
}

bool ReportSuppression::shareSuppressed(AreaSelection area, MetricId id, int row, CountColumn group) const
{
    return isSuppressed({area, id, row, group}) || isSuppressed({area, id, row, CountColumn::Total});
}

bool ReportSuppression::seniorSharesSuppressed(AreaSelection area) const
{
    return shareSuppressed(area, MetricId::M9, 0, CountColumn::MinorityEthnic)
        || shareSuppressed(area, MetricId::M9, 1, CountColumn::MinorityEthnic);
}

bool ReportSuppression::anySuppressed(AreaSelection area, MetricId id) const
{
    if (!m_policy.enabled)
        return false;
    const QString prefix = QStringLiteral("%1/%2/").arg(areaSelectionKey(area), metricKey(id));
    for (const auto &[key, cell] : m_index)
        if (key.startsWith(prefix) && m_cells.isSuppressed(cell) && m_cells.isPublished(cell))
            return true;
    return false;
}

bool ReportSuppression::anySuppressed() const
{
    if (!m_policy.enabled)
        return false;
    for (int i = 0; i < m_cells.cellCount(); ++i)
        if (m_cells.isPublished(i) && m_cells.isSuppressed(i))
            return true;
    return false;
}

QString ReportSuppression::note() const
{
    if (!m_policy.enabled)
        return tr("Full figures: every count is shown. This version is not for publication.");
    return tr("Published version. Counts from 1 to %1 are shown as “%2”, as are zeros in a group of %3 or fewer. "
              "So that none can be worked out from a total or from the other cells of its table, some other counts "
              "are hidden too (“%4” when %3 or more). Every percentage, likelihood, relative likelihood, interval, "
              "status and sentence made from a hidden count is withheld.")
        .arg(m_policy.threshold - 1)
        .arg(m_policy.symbol())
        .arg(m_policy.threshold)
        .arg(SuppressionPolicy::secondarySymbol());
}

QString ReportSuppression::withheldText() const
{
    return tr("Withheld: it would reveal a count under %1.").arg(m_policy.threshold);
}

PayBandChartData ReportSuppression::filter(AreaSelection area, PayBandChartData data) const
{
    if (!m_policy.enabled)
        return data;
    // Bars: the three national bands (rows 0-2), then the whole workforce (the last row).
    const int workforceRow = [&] {
        int last = -1;
        for (int row = 0;; ++row) {
            if (cellIndex({area, MetricId::M1, row, CountColumn::Total}) < 0)
                return last;
            last = row;
        }
    }();
    for (std::size_t i = 0; i < data.bars.size(); ++i) {
        PayBandBar &bar = data.bars[i];
        const int row = bar.nationalBand ? int(i) : workforceRow;
        bool hidden = false;
        for (CountColumn column : kColumns)
            hidden = hidden || isSuppressed({area, MetricId::M1, row, column});
        if (hidden) {
            // A stacked bar with one piece missing would give it away as 100 minus the rest.
            bar.counts = {};
            bar.percentMinorityEthnic.reset();
            bar.percentWhite.reset();
            bar.percentUnknown.reset();
            if (!bar.nationalBand)
                data.workforcePercentMinorityEthnic.reset();
        }
    }
    return data;
}

LikelihoodChartData ReportSuppression::filter(AreaSelection area, LikelihoodChartData data) const
{
    if (!m_policy.enabled)
        return data;
    std::vector<LikelihoodBar> kept;
    for (const LikelihoodBar &bar : data.bars) {
        if (ratioSuppressed(area, bar.id))
            data.withoutBars.push_back(bar.id);
        else
            kept.push_back(bar);
    }
    data.bars = kept;
    return data;
}

ForestPlotData ReportSuppression::filter(AreaSelection area, ForestPlotData data) const
{
    if (!m_policy.enabled)
        return data;
    data.rows.erase(std::remove_if(data.rows.begin(), data.rows.end(),
                                   [&](const ForestRow &row) { return ratioSuppressed(area, row.id); }),
                    data.rows.end());
    return data;
}

SeniorManagerChartData ReportSuppression::filter(AreaSelection area, SeniorManagerChartData data) const
{
    if (!m_policy.enabled)
        return data;
    if (shareSuppressed(area, MetricId::M9, 0, CountColumn::MinorityEthnic)) {
        data.percentSenior.reset();
        data.gapVsWorkforcePoints.reset();
        data.gapVsPopulationPoints.reset();
    }
    if (shareSuppressed(area, MetricId::M9, 1, CountColumn::MinorityEthnic)) {
        data.percentWorkforce.reset();
        data.gapVsWorkforcePoints.reset();
    }
    return data;
}

} // namespace scwres
