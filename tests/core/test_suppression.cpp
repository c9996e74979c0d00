// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/Suppression.h"

#include "DemoData.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <random>

using namespace scwres;

namespace {

// Each cell's range as a reader can work it out from what is shown: the same propagation the
// secondary suppression defends against, run on the output only (published values, the
// symbols' meaning, the sums).
std::vector<CellSuppression::Bounds> readerBounds(const CellSuppression &cells, int threshold)
{
    return CellSuppression::attack(cells.lines(), cells.knownBounds(threshold));
}

void requireNothingRecoverable(const CellSuppression &cells, int threshold)
{
    const auto bounds = readerBounds(cells, threshold);
    for (int i = 0; i < cells.cellCount(); ++i) {
        const bool mustHide = cells.isPublished(i) ? cells.isSuppressed(i)
                                                   : (cells.value(i) >= 1 && cells.value(i) < threshold);
        if (!mustHide)
            continue;
        INFO("cell " << i << " value " << cells.value(i) << " range " << bounds[std::size_t(i)].lower << "–"
                     << bounds[std::size_t(i)].upper);
        CHECK(bounds[std::size_t(i)].lower < bounds[std::size_t(i)].upper);
        CHECK(bounds[std::size_t(i)].lower <= double(cells.value(i)));
        CHECK(bounds[std::size_t(i)].upper >= double(cells.value(i)));
    }
}

void requireNoSmallPublished(const CellSuppression &cells, int threshold)
{
    for (int i = 0; i < cells.cellCount(); ++i)
        if (cells.isPublished(i) && !cells.isSuppressed(i)) {
            INFO("cell " << i);
            CHECK((cells.value(i) == 0 || cells.value(i) >= threshold));
        }
}

// A table of rows × columns with row totals, column totals and a grand total.
CellSuppression table(const std::vector<std::vector<long long>> &values)
{
    CellSuppression cells;
    const std::size_t rows = values.size();
    const std::size_t columns = values.front().size();
    std::vector<std::vector<int>> index(rows, std::vector<int>(columns));
    std::vector<int> rowTotals;
    std::vector<long long> columnSums(columns, 0);
    long long grand = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        long long sum = 0;
        for (std::size_t c = 0; c < columns; ++c) {
            index[r][c] = cells.addCell(values[r][c]);
            sum += values[r][c];
            columnSums[c] += values[r][c];
        }
        rowTotals.push_back(cells.addCell(sum));
        cells.addLine(index[r], rowTotals.back());
        grand += sum;
    }
    std::vector<int> columnTotals;
    for (std::size_t c = 0; c < columns; ++c) {
        std::vector<int> parts;
        for (std::size_t r = 0; r < rows; ++r)
            parts.push_back(index[r][c]);
        columnTotals.push_back(cells.addCell(columnSums[c]));
        cells.addLine(parts, columnTotals.back());
    }
    const int grandTotal = cells.addCell(grand);
    cells.addLine(rowTotals, grandTotal);
    cells.addLine(columnTotals, grandTotal);
    return cells;
}

} // namespace

TEST_CASE("Suppression: a lone small count is hidden with its line's smallest other cell", "[suppression]")
{
    // Minority ethnic 3, white 40, unknown 12, total 55: hiding the 3 alone lets 55 − 40 − 12 give it back.
    CellSuppression cells;
    const int me = cells.addCell(3);
    const int white = cells.addCell(40);
    const int unknown = cells.addCell(12);
    const int total = cells.addCell(55);
    cells.addLine({me, white, unknown}, total);
    cells.apply(10);
    CHECK(cells.state(me) == CellState::Primary);
    CHECK(cells.state(unknown) == CellState::Secondary);
    CHECK(cells.state(white) == CellState::Published);
    CHECK(cells.state(total) == CellState::Published);
    requireNothingRecoverable(cells, 10);
}

TEST_CASE("Suppression: a zero in a line of ten or fewer is hidden, and not given back by the total",
          "[suppression]")
{
    // Nobody minority ethnic among 10 in a band: all ten are white, which says who they are.
    CellSuppression cells;
    const int me = cells.addCell(0);
    const int white = cells.addCell(10);
    const int unknown = cells.addCell(0);
    const int total = cells.addCell(10);
    cells.addLine({me, white, unknown}, total);
    cells.apply(10);
    CHECK(cells.isSuppressed(me));
    CHECK(cells.isSuppressed(unknown));
    requireNothingRecoverable(cells, 10);
    requireNoSmallPublished(cells, 10);

    // A zero in a large line stays.
    CellSuppression large;
    const int zero = large.addCell(0);
    const int many = large.addCell(50);
    large.addLine({zero, many}, large.addCell(50));
    large.apply(10);
    CHECK_FALSE(large.isSuppressed(zero));
}

TEST_CASE("Suppression: the threshold is configurable", "[suppression]")
{
    CellSuppression cells;
    const int seven = cells.addCell(7);
    const int twenty = cells.addCell(20);
    cells.addLine({seven, twenty}, cells.addCell(27));
    cells.apply(5);
    CHECK_FALSE(cells.isSuppressed(seven));
}

TEST_CASE("Suppression: random tables never show a small count and never give one back", "[suppression]")
{
    std::mt19937 random(20260415);
    std::uniform_int_distribution<int> size(2, 5);
    std::uniform_int_distribution<int> pick(0, 9);
    for (int trial = 0; trial < 300; ++trial) {
        const int rows = size(random);
        const int columns = size(random);
        std::vector<std::vector<long long>> values(static_cast<std::size_t>(rows), std::vector<long long>(static_cast<std::size_t>(columns)));
        for (auto &row : values)
            for (auto &value : row) {
                const int kind = pick(random);
                value = kind < 3 ? pick(random) : kind < 5 ? 0 : 10 + pick(random) * 7;
            }
        CellSuppression cells = table(values);
        cells.apply(10);
        INFO("trial " << trial);
        requireNoSmallPublished(cells, 10);
        requireNothingRecoverable(cells, 10);
    }
}

TEST_CASE("Suppression: the demo return's report hides small counts in every table", "[suppression]")
{
    const std::vector<AnnualReturn> returns = demoReturns();
    REQUIRE_FALSE(returns.empty());
    const AnnualReturn &ret = returns.back();
    const MetricEngine engine;
    std::vector<MetricReport> published;
    std::vector<MetricReport> related;
    published.push_back(engine.compute(ret, AreaSelection::Combined));
    related.push_back(engine.compute(ret, AreaSelection::Adult));
    related.push_back(engine.compute(ret, AreaSelection::Children));
    const ReportSuppression suppression =
        ReportSuppression::build(published, related, SuppressionPolicy{true, 10});
    requireNoSmallPublished(suppression.cells(), 10);
    requireNothingRecoverable(suppression.cells(), 10);

    // Every shown count of every table is 0 or at least 10, and a figure made from a hidden
    // count is withheld.
    const MetricReport &report = published.front();
    for (const auto &[id, ratio] : report.ratios) {
        for (int row = 0; row < 2; ++row)
            for (CountColumn column :
                 {CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown, CountColumn::Total}) {
                const long long value = countValue(row == 0 ? ratio.events : ratio.population, column);
                const QString text = suppression.text({AreaSelection::Combined, id, row, column}, value);
                if (value >= 1 && value <= 9)
                    CHECK(text == QStringLiteral("<10"));
            }
        if (ratio.events.minorityEthnic >= 1 && ratio.events.minorityEthnic <= 9)
            CHECK(suppression.ratioSuppressed(AreaSelection::Combined, id));
    }
    const auto rows = payBandRows(report.payBands);
    for (std::size_t row = 0; row < rows.size(); ++row)
        for (CountColumn column : {CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown}) {
            const long long value = countValue(rows[row]->counts, column);
            if (value >= 1 && value <= 9) {
                CHECK(suppression.isSuppressed({AreaSelection::Combined, MetricId::M1, int(row), column}));
                CHECK(suppression.shareSuppressed(AreaSelection::Combined, MetricId::M1, int(row), column));
            }
        }
}

TEST_CASE("Suppression: off by default, and off shows every number", "[suppression]")
{
    const AnnualReturn ret = demoReturns().back();
    const MetricReport report = MetricEngine().compute(ret, AreaSelection::Combined);
    const ReportSuppression off = ReportSuppression::build({report}, {}, SuppressionPolicy{});
    CHECK_FALSE(SuppressionPolicy{}.enabled);
    CHECK_FALSE(off.anySuppressed());
    const long long value = report.ratio(MetricId::M3).events.minorityEthnic;
    CHECK(off.text({AreaSelection::Combined, MetricId::M3, 0, CountColumn::MinorityEthnic}, value)
          == QString::number(value));
}
