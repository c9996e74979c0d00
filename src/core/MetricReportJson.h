// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"

#include <nlohmann/json.hpp>

namespace scwres {

// The `scwres compute` document, a public interface documented in docs/metrics.md: keys "1" to
// "9" with "7a" and "7b"; numbers at full precision; null where a figure does not exist.
nlohmann::ordered_json metricReportToJson(const MetricReport &report);

// One metric 2-9 result as it appears under "metrics" (metric 9's extra keys not included).
nlohmann::ordered_json ratioResultToJson(const RatioResult &result);

} // namespace scwres
