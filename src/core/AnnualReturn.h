// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "Metric.h"
#include "ServiceArea.h"

#include <QDate>
#include <QString>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace scwres {

// Counts of people split by ethnic group. Signed so that the validator can report a negative
// count typed or imported by mistake instead of it wrapping round silently.
// A count may be "not entered" (a new year started from last year's): empty, not zero. Its value
// then reads 0 for the arithmetic, and isEntered() tells the difference; the entry grids show it
// empty, the store keeps NULL and the file format null, and marking the return complete refuses it.
// The same people by the census broad groups (BroadGroup). Only ever beside a GroupCounts.
struct BroadCounts {
    std::array<long long, 6> counts{}; // by BroadGroup

    long long get(BroadGroup group) const { return counts[static_cast<size_t>(group)]; }
    void set(BroadGroup group, long long value) { counts[static_cast<size_t>(group)] = value; }
    void add(BroadGroup group, long long n = 1) { counts[static_cast<size_t>(group)] += n; }
    // The headline these broad counts make: white = White, minority ethnic = Asian + Black +
    // Mixed + Other, unknown = unknown.
    long long headline(EthnicGroup group) const;
    BroadCounts &operator+=(const BroadCounts &other);
    bool operator==(const BroadCounts &other) const { return counts == other.counts; }
    bool operator!=(const BroadCounts &other) const { return !(*this == other); }
};

struct GroupCounts {
    long long white = 0;
    long long minorityEthnic = 0;
    long long unknown = 0;
    // Bit per EthnicGroup (1 << index): set when that count is not entered. 0: all entered.
    unsigned notEntered = 0;
    // The optional breakdown by the census broad groups (format version 3, schema 5): present
    // only when an extract import could place every person counted in a broad group. It always
    // sums to the headline (broadMatchesHeadline()); typing a headline count (set, clear) drops
    // it, as it would no longer describe the count. The headline metrics never read it.
    std::optional<BroadCounts> broad = std::nullopt;

    long long total() const { return white + minorityEthnic + unknown; }
    long long get(EthnicGroup group) const;
    // Sets the value; the count is then entered.
    void set(EthnicGroup group, long long value);
    // Makes the count "not entered" (value 0).
    void clear(EthnicGroup group);
    bool isEntered(EthnicGroup group) const;
    bool anyEntered() const;
    // The broad count of a group, when there is a breakdown.
    std::optional<long long> broadCount(BroadGroup group) const;
    // Sets the breakdown and the three headline counts it makes (all entered).
    void setBroad(const BroadCounts &counts);
    // True without a breakdown; with one, whether it sums to each headline count (all entered).
    bool broadMatchesHeadline() const;
    bool allEntered() const { return notEntered == 0; }
    // Both the white and the minority ethnic count entered: what every ratio needs (issue 27).
    bool ratioCountsEntered() const { return isEntered(EthnicGroup::White) && isEntered(EthnicGroup::MinorityEthnic); }
    // Three counts not entered.
    static GroupCounts empty();
    // Adds the headline counts (a count not entered on either side stays not entered); the breakdown is kept when both sides have one or one side is
    // zero people (whose breakdown is all zeros), and dropped otherwise.
    GroupCounts &operator+=(const GroupCounts &other);
    bool operator==(const GroupCounts &other) const;
    bool operator!=(const GroupCounts &other) const { return !(*this == other); }
};

struct PayBand {
    QString name;                             // the council's own grade name, e.g. "Grades 1-5"
    std::optional<NationalBand> nationalBand; // every band must be mapped; the validator says so if not
    GroupCounts counts;

    bool operator==(const PayBand &other) const;
};

// A metric block that is not collected is not the same as one collected with zeros: it has
// no likelihood at all. Counts are kept while a block is switched off so that switching it
// back on in the data entry panel loses nothing; they are not exported.
struct PayBandsBlock {
    bool collected = false;
    std::vector<PayBand> bands;

    // Headcount of directly employed staff: the sum over the pay bands.
    GroupCounts headcount() const;
    bool operator==(const PayBandsBlock &other) const;
};

struct CountBlock {
    bool collected = false;
    GroupCounts counts;

    bool operator==(const CountBlock &other) const;
};

// A population and the events within it, e.g. shortlisted and appointed from shortlisting.
struct RateBlock {
    bool collected = false;
    GroupCounts population;
    GroupCounts events;

    bool operator==(const RateBlock &other) const;
};

struct AreaReturn {
    PayBandsBlock payBands;
    CountBlock seniorManagers;
    RateBlock shortlisting;
    CountBlock disciplinary;
    RateBlock fitnessToPractise;
    CountBlock cpd;
    RateBlock harassmentPublic;
    RateBlock harassmentColleagues;
    RateBlock harassmentManagers;
    CountBlock leavers;
    // Free-text data-quality note per metric key ("1" … "9", "7a", "7b"); empty notes are not kept.
    std::map<QString, QString> notes;

    // Generic access for the entry grids, the store and the validator. Asking for a block of the
    // wrong shape is a programming error (asserts).
    CountBlock &countBlock(Block block);
    const CountBlock &countBlock(Block block) const;
    RateBlock &rateBlock(Block block);
    const RateBlock &rateBlock(Block block) const;
    bool isCollected(Block block) const;
    void setCollected(Block block, bool collected);

    bool operator==(const AreaReturn &other) const;
    bool operator!=(const AreaReturn &other) const { return !(*this == other); }
};

// One authority's return for one collection year.
struct AnnualReturn {
    QString authorityName;
    // Draft until the lead marks it complete (completenessProblems() empty); trends, previous-year
    // comparisons and undimmed exports use complete years only.
    bool complete = false;
    QString authorityCode; // ONS code, e.g. E10000099
    int year = 0;          // the collection year: data collected in the autumn of this year
    QDate snapshotDate;
    QDate periodStart;
    QDate periodEnd;
    std::optional<double> populationMinorityEthnicPercent; // metric 9's comparator
    QString populationSource;
    std::optional<AreaReturn> adult;
    std::optional<AreaReturn> children;

    AreaReturn *area(ServiceArea which);
    const AreaReturn *area(ServiceArea which) const;
    std::optional<AreaReturn> &areaSlot(ServiceArea which);

    bool operator==(const AnnualReturn &other) const;
    bool operator!=(const AnnualReturn &other) const { return !(*this == other); }
};

// A new year started from last year's: the same pay-band structure and areas, dates moved on a
// year, every count not entered (empty, not 0), every block collected as before; a draft.
AnnualReturn startFromPreviousYear(const AnnualReturn &previous);

} // namespace scwres
