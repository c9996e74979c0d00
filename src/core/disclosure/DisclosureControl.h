// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "disclosure/DisclosurePattern.h"

#include "AnnualReturn.h"

namespace scwres {

// Decides the disclosure-control pattern of one authority and year (docs/exports.md,
// "Publication mode"). The cells are every count of the adult, children's and combined views;
// the lines every sum a reader knows: each row's groups to its total, pay bands to the workforce
// and local bands to their national band, the headcount that is the population of metrics 3, 5,
// 8 and 9, and adult + children = combined. Derived figures add nothing a reader can use: every
// one whose inputs are hidden is withheld, and the rest follow from published counts. Nor do
// other years: no sum ties the counts of two years, and a previous year's figure is printed only
// where that year's own pattern published it, so each year's audit is exact on its own.
class DisclosureControl final {
public:
    static DisclosurePattern build(const AnnualReturn &ret, int threshold);
};

} // namespace scwres
