// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>

#include <optional>

namespace scwres {

// The one way the program writes a figure, on screen, in the charts, the exports and the CLI's
// human-readable output (docs/metrics.md, "How figures are written"):
// - a relative likelihood with two decimals ("1.37");
// - a likelihood or a share as a percentage with one decimal ("21.3%");
// - a count with thousands separators ("1,234");
// - a change in percentage points with its sign and one decimal ("+1.2 points").
// Every rounding is decimal and half away from zero (PrintedFigure.h), so "0.995" reads "1.00"
// everywhere, as the xlsx's own formats ("0.00", "0.0%", "#,##0") show it. A missing figure is "—".
QString formatRelativeLikelihood(std::optional<double> value);
// percent is already × 100 (21.3 for 21.3%).
QString formatPercent(std::optional<double> percent);
// fraction is a likelihood or share (0.213 for 21.3%).
QString formatShare(std::optional<double> fraction);
QString formatCount(std::optional<long long> count);
QString formatPoints(std::optional<double> points);

} // namespace scwres
