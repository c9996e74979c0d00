// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "FigureFormat.h"
#include "YearChange.h"

#include <catch2/catch.hpp>

using namespace scwres;

TEST_CASE("One formatting rule: RL two decimals, shares one decimal of a percent, counts grouped",
          "[format]")
{
    struct Case {
        QString written;
        QString expected;
    };
    const std::vector<Case> cases{
        // RL: two decimals, decimal ties away from zero.
        {formatRelativeLikelihood(0.995), QStringLiteral("1.00")},
        {formatRelativeLikelihood(2.005), QStringLiteral("2.01")},
        {formatRelativeLikelihood(0.625), QStringLiteral("0.63")},
        {formatRelativeLikelihood(1.0), QStringLiteral("1.00")},
        {formatRelativeLikelihood(12.3449), QStringLiteral("12.34")},
        {formatRelativeLikelihood(std::nullopt), QStringLiteral("—")},
        // Likelihoods and shares: one decimal always, the trailing zero kept ("4.0%", never "4%").
        {formatShare(0.04), QStringLiteral("4.0%")},
        {formatShare(0.72), QStringLiteral("72.0%")},
        {formatShare(0.035), QStringLiteral("3.5%")},
        {formatShare(0.0286), QStringLiteral("2.9%")},
        // 0.0285 × 100 is 2.8499… in binary; as a spreadsheet shows 0.0285 in "0.0%": 2.9%.
        {formatShare(0.0285), QStringLiteral("2.9%")},
        {formatShare(1.0), QStringLiteral("100.0%")},
        {formatShare(0.0), QStringLiteral("0.0%")},
        {formatShare(0.00049), QStringLiteral("0.0%")},
        {formatShare(0.0005), QStringLiteral("0.1%")},
        {formatShare(std::nullopt), QStringLiteral("—")},
        {formatPercent(3.5), QStringLiteral("3.5%")},
        {formatPercent(4.0), QStringLiteral("4.0%")},
        {formatPercent(2.86), QStringLiteral("2.9%")},
        {formatPercent(2.25), QStringLiteral("2.3%")},
        // Counts: thousands separators whatever the machine's locale.
        {formatCount(0), QStringLiteral("0")},
        {formatCount(999), QStringLiteral("999")},
        {formatCount(1000), QStringLiteral("1,000")},
        {formatCount(1234567), QStringLiteral("1,234,567")},
        {formatCount(-1234), QStringLiteral("-1,234")},
        // Points: signed, one decimal; a change that rounds to nothing has no sign.
        {formatPoints(1.23), QStringLiteral("+1.2 points")},
        {formatPoints(-1.25), QStringLiteral("-1.3 points")},
        {formatPoints(-0.04), QStringLiteral("0.0 points")},
    };
    for (const Case &c : cases) {
        INFO(c.expected.toStdString());
        CHECK(c.written == c.expected);
    }
}

TEST_CASE("Better or worse since last year, for a metric of each direction", "[format][change]")
{
    const NonAdverseRange range; // 0.80 to 1.25
    // Appointment (adverse when lower): a rise towards the range is better, a fall worse.
    CHECK(describeYearChange(MetricId::M2, 0.64, 0.70, range).text
          == QStringLiteral("0.64 → 0.70: better — closer to the range"));
    CHECK(describeYearChange(MetricId::M2, 0.70, 0.64, range).text
          == QStringLiteral("0.70 → 0.64: worse — further from the range"));
    CHECK(describeYearChange(MetricId::M2, 0.70, 0.90, range).verdict == ChangeVerdict::Better);
    CHECK(describeYearChange(MetricId::M2, 0.70, 0.90, range).verdictText == QStringLiteral("better — now within the range"));
    // Disciplinary (adverse when higher): a fall towards the range is better, a rise worse.
    CHECK(describeYearChange(MetricId::M3, 1.60, 1.40, range).text
          == QStringLiteral("1.60 → 1.40: better — closer to the range"));
    CHECK(describeYearChange(MetricId::M3, 1.40, 1.60, range).text
          == QStringLiteral("1.40 → 1.60: worse — further from the range"));
    CHECK(describeYearChange(MetricId::M3, 1.10, 1.30, range).verdictText == QStringLiteral("worse — now outside the range"));
    // Inside the range both years: neither.
    CHECK(describeYearChange(MetricId::M3, 0.90, 1.10, range).verdict == ChangeVerdict::Same);
    // The same as printed is no change, even when the doubles differ.
    CHECK(describeYearChange(MetricId::M2, 0.641, 0.644, range).verdictText == QStringLiteral("no change"));
    // Past the other bound the reading turns adverse to white staff: judged by distance too.
    // 0.70 is 0.80/0.70 = 1.14× below; 1.50 is 1.50/1.25 = 1.20× above: further.
    CHECK(describeYearChange(MetricId::M2, 0.70, 1.50, range).verdict == ChangeVerdict::Worse);
    CHECK(describeYearChange(MetricId::M2, 0.60, 1.30, range).verdict == ChangeVerdict::Better);
    // A year without an RL: no comparison, no words.
    CHECK(describeYearChange(MetricId::M2, std::nullopt, 0.9, range).verdict == ChangeVerdict::NoComparison);
    CHECK(describeYearChange(MetricId::M2, std::nullopt, 0.9, range).text.isEmpty());
    // The range in force decides: with 0.90-1.10, 0.95 → 1.15 leaves it.
    CHECK(describeYearChange(MetricId::M3, 0.95, 1.15, NonAdverseRange{0.90, 1.10}).verdict == ChangeVerdict::Worse);
}
