// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ReturnCells.h"

namespace scwres::ReturnCells {

namespace {
const GroupCounts *countsOf(const AreaReturn &area, const FieldLocation &loc)
{
    const BlockInfo &info = blockInfo(*loc.block);
    switch (info.shape) {
    case BlockShape::PayBands:
        if (loc.bandIndex < 0 || loc.bandIndex >= static_cast<int>(area.payBands.bands.size()))
            return nullptr;
        return &area.payBands.bands[static_cast<std::size_t>(loc.bandIndex)].counts;
    case BlockShape::Counts:
        return &area.countBlock(*loc.block).counts;
    case BlockShape::Rate:
        if (loc.part == FieldLocation::Part::Population)
            return &area.rateBlock(*loc.block).population;
        if (loc.part == FieldLocation::Part::Events)
            return &area.rateBlock(*loc.block).events;
        return nullptr;
    }
    return nullptr;
}
} // namespace

std::optional<long long> count(const AnnualReturn &ret, const FieldLocation &loc)
{
    if (!loc.area || !loc.block || !loc.group)
        return std::nullopt;
    const AreaReturn *area = ret.area(*loc.area);
    if (!area)
        return std::nullopt;
    const GroupCounts *counts = countsOf(*area, loc);
    if (!counts || !counts->isEntered(*loc.group))
        return std::nullopt;
    return counts->get(*loc.group);
}

bool setCount(AnnualReturn &ret, const FieldLocation &loc, long long value)
{
    if (!loc.area || !loc.block || !loc.group)
        return false;
    AreaReturn *area = ret.area(*loc.area);
    if (!area)
        return false;
    // countsOf is shared with the reader; the return is ours to change.
    auto *counts = const_cast<GroupCounts *>(countsOf(*area, loc));
    if (!counts)
        return false;
    counts->set(*loc.group, value);
    return true;
}

bool clearCount(AnnualReturn &ret, const FieldLocation &loc)
{
    if (!setCount(ret, loc, 0))
        return false;
    AreaReturn *area = ret.area(*loc.area);
    const_cast<GroupCounts *>(countsOf(*area, loc))->clear(*loc.group);
    return true;
}

bool sameCell(const FieldLocation &a, const FieldLocation &b)
{
    return a.area == b.area && a.block == b.block && a.bandIndex == b.bandIndex && a.part == b.part
        && a.group == b.group && a.returnField == b.returnField;
}

} // namespace scwres::ReturnCells
