// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "AnnualReturn.h"

#include <cassert>

namespace scwres {

long long GroupCounts::get(EthnicGroup group) const
{
    switch (group) {
    case EthnicGroup::White: return white;
    case EthnicGroup::MinorityEthnic: return minorityEthnic;
    case EthnicGroup::Unknown: return unknown;
    }
    return 0;
}

namespace {
unsigned bitOf(EthnicGroup group)
{
    return 1u << static_cast<unsigned>(group);
}
} // namespace

long long BroadCounts::headline(EthnicGroup group) const
{
    long long n = 0;
    for (BroadGroup b : kBroadGroups)
        if (headlineGroupOf(b) == group)
            n += get(b);
    return n;
}

BroadCounts &BroadCounts::operator+=(const BroadCounts &other)
{
    for (size_t i = 0; i < counts.size(); ++i)
        counts[i] += other.counts[i];
    return *this;
}

void GroupCounts::set(EthnicGroup group, long long value)
{
    broad.reset();
    switch (group) {
    case EthnicGroup::White: white = value; break;
    case EthnicGroup::MinorityEthnic: minorityEthnic = value; break;
    case EthnicGroup::Unknown: unknown = value; break;
    }
    notEntered &= ~bitOf(group);
}

void GroupCounts::clear(EthnicGroup group)
{
    set(group, 0);
    notEntered |= bitOf(group);
}

bool GroupCounts::isEntered(EthnicGroup group) const
{
    return (notEntered & bitOf(group)) == 0;
}

bool GroupCounts::anyEntered() const
{
    for (EthnicGroup g : kEthnicGroups)
        if (isEntered(g))
            return true;
    return false;
}

std::optional<long long> GroupCounts::broadCount(BroadGroup group) const
{
    return broad ? std::optional<long long>(broad->get(group)) : std::nullopt;
}

void GroupCounts::setBroad(const BroadCounts &counts)
{
    for (EthnicGroup g : kEthnicGroups)
        set(g, counts.headline(g));
    broad = counts;
}

bool GroupCounts::broadMatchesHeadline() const
{
    if (!broad)
        return true;
    for (EthnicGroup g : kEthnicGroups)
        if (!isEntered(g) || broad->headline(g) != get(g))
            return false;
    return true;
}

GroupCounts GroupCounts::empty()
{
    GroupCounts c;
    for (EthnicGroup g : kEthnicGroups)
        c.clear(g);
    return c;
}

GroupCounts &GroupCounts::operator+=(const GroupCounts &other)
{
    const bool none = total() == 0 && !broad, otherNone = other.total() == 0 && !other.broad;
    if (broad && other.broad)
        *broad += *other.broad;
    else if (none && other.broad)
        broad = other.broad;
    else if (!otherNone)
        broad.reset();
    white += other.white;
    minorityEthnic += other.minorityEthnic;
    unknown += other.unknown;
    // A sum with a count not entered is not entered either: it must never read as a total (issue 27).
    notEntered |= other.notEntered;
    return *this;
}

bool GroupCounts::operator==(const GroupCounts &other) const
{
    return white == other.white && minorityEthnic == other.minorityEthnic && unknown == other.unknown
        && notEntered == other.notEntered && broad == other.broad;
}

bool PayBand::operator==(const PayBand &other) const
{
    return name == other.name && nationalBand == other.nationalBand && counts == other.counts;
}

GroupCounts PayBandsBlock::headcount() const
{
    GroupCounts sum;
    for (const PayBand &band : bands)
        sum += band.counts;
    return sum;
}

bool PayBandsBlock::operator==(const PayBandsBlock &other) const
{
    return collected == other.collected && bands == other.bands;
}

bool CountBlock::operator==(const CountBlock &other) const
{
    return collected == other.collected && counts == other.counts;
}

bool RateBlock::operator==(const RateBlock &other) const
{
    return collected == other.collected && population == other.population && events == other.events;
}

CountBlock &AreaReturn::countBlock(Block block)
{
    return const_cast<CountBlock &>(std::as_const(*this).countBlock(block));
}

const CountBlock &AreaReturn::countBlock(Block block) const
{
    switch (block) {
    case Block::SeniorManagers: return seniorManagers;
    case Block::Disciplinary: return disciplinary;
    case Block::Cpd: return cpd;
    case Block::Leavers: return leavers;
    default: break;
    }
    assert(false && "not a counts block");
    return disciplinary;
}

RateBlock &AreaReturn::rateBlock(Block block)
{
    return const_cast<RateBlock &>(std::as_const(*this).rateBlock(block));
}

const RateBlock &AreaReturn::rateBlock(Block block) const
{
    switch (block) {
    case Block::Shortlisting: return shortlisting;
    case Block::FitnessToPractise: return fitnessToPractise;
    case Block::HarassmentPublic: return harassmentPublic;
    case Block::HarassmentColleagues: return harassmentColleagues;
    case Block::HarassmentManagers: return harassmentManagers;
    default: break;
    }
    assert(false && "not a rate block");
    return shortlisting;
}

bool AreaReturn::isCollected(Block block) const
{
    switch (blockInfo(block).shape) {
    case BlockShape::PayBands: return payBands.collected;
    case BlockShape::Counts: return countBlock(block).collected;
    case BlockShape::Rate: return rateBlock(block).collected;
    }
    return false;
}

void AreaReturn::setCollected(Block block, bool collected)
{
    switch (blockInfo(block).shape) {
    case BlockShape::PayBands: payBands.collected = collected; break;
    case BlockShape::Counts: countBlock(block).collected = collected; break;
    case BlockShape::Rate: rateBlock(block).collected = collected; break;
    }
}

bool AreaReturn::operator==(const AreaReturn &other) const
{
    return payBands == other.payBands && seniorManagers == other.seniorManagers && shortlisting == other.shortlisting
        && disciplinary == other.disciplinary && fitnessToPractise == other.fitnessToPractise && cpd == other.cpd
        && harassmentPublic == other.harassmentPublic && harassmentColleagues == other.harassmentColleagues
        && harassmentManagers == other.harassmentManagers && leavers == other.leavers && notes == other.notes;
}

AreaReturn *AnnualReturn::area(ServiceArea which)
{
    auto &slot = areaSlot(which);
    return slot ? &*slot : nullptr;
}

const AreaReturn *AnnualReturn::area(ServiceArea which) const
{
    const auto &slot = which == ServiceArea::Adult ? adult : children;
    return slot ? &*slot : nullptr;
}

std::optional<AreaReturn> &AnnualReturn::areaSlot(ServiceArea which)
{
    return which == ServiceArea::Adult ? adult : children;
}

bool AnnualReturn::operator==(const AnnualReturn &other) const
{
    return authorityName == other.authorityName && complete == other.complete && authorityCode == other.authorityCode
        && year == other.year
        && snapshotDate == other.snapshotDate && periodStart == other.periodStart && periodEnd == other.periodEnd
        && populationMinorityEthnicPercent == other.populationMinorityEthnicPercent
        && populationSource == other.populationSource && adult == other.adult && children == other.children;
}

AnnualReturn startFromPreviousYear(const AnnualReturn &previous)
{
    AnnualReturn next;
    next.authorityName = previous.authorityName;
    next.authorityCode = previous.authorityCode;
    next.year = previous.year + 1;
    next.snapshotDate = previous.snapshotDate.isValid() ? previous.snapshotDate.addYears(1) : QDate();
    next.periodStart = previous.periodStart.isValid() ? previous.periodStart.addYears(1) : QDate();
    next.periodEnd = previous.periodEnd.isValid() ? previous.periodEnd.addYears(1) : QDate();
    // The population comparator changes only with a new census, so it carries over.
    next.populationMinorityEthnicPercent = previous.populationMinorityEthnicPercent;
    next.populationSource = previous.populationSource;
    for (ServiceArea which : kServiceAreas) {
        const AreaReturn *old = previous.area(which);
        if (!old)
            continue;
        AreaReturn fresh;
        for (Block block : kBlocks)
            fresh.setCollected(block, old->isCollected(block));
        for (const PayBand &band : old->payBands.bands)
            fresh.payBands.bands.push_back(PayBand{band.name, band.nationalBand, GroupCounts::empty()});
        for (Block block : kBlocks) {
            const BlockShape shape = blockInfo(block).shape;
            if (shape == BlockShape::Counts) {
                fresh.countBlock(block).counts = GroupCounts::empty();
            } else if (shape == BlockShape::Rate) {
                fresh.rateBlock(block).population = GroupCounts::empty();
                fresh.rateBlock(block).events = GroupCounts::empty();
            }
        }
        next.areaSlot(which) = fresh;
    }
    return next;
}

} // namespace scwres
