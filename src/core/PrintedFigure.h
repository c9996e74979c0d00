// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>

namespace scwres {

// A figure as the program prints it: two decimal places, ties half away from zero, rounded in
// decimal from the shortest decimal form of the double ("0.995" → "1.00", "0.625" → "0.63").
// Binary rounding (printf, RL × 100) reads 0.995 as 0.99 because the double lies just below it;
// the phrase and every printed RL use this one rule so that they never contradict each other.
QString printedTwoDecimals(double value);
// The same rule at any number of places (0: a whole number).
QString printedDecimals(double value, int places);
// A fraction as a percentage with `places` decimals, rounded as the fraction is written in
// decimal (0.0285 → "2.9"), which is what a spreadsheet's percentage format shows.
QString printedPercentOfFraction(double fraction, int places = 1);

// The printed figure in hundredths (1.00 → 100); far above 10^12 the value is capped, which only
// "N.N times as likely" reads. Non-negative values only (an RL or an interval end).
long long printedHundredths(double value);

} // namespace scwres
