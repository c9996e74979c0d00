// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace scwres {

// The SC-WRES metrics. Metric 7 is reported as two results (from colleagues, from managers)
// that are never merged.
enum class MetricId { M1, M2, M3, M4, M5, M6, M7a, M7b, M8, M9 };

inline constexpr std::array<MetricId, 10> kMetricIds{MetricId::M1, MetricId::M2,  MetricId::M3,  MetricId::M4,
                                                     MetricId::M5, MetricId::M6,  MetricId::M7a, MetricId::M7b,
                                                     MetricId::M8, MetricId::M9};

// "1" … "9", with "7a" and "7b": the keys of the JSON formats and of the action plan.
QString metricKey(MetricId id);
std::optional<MetricId> metricFromKey(const QString &key);
// Short title for tables and charts ("Shortlisting", "Disciplinary"), translatable.
QString metricShortTitle(MetricId id);
// The official SC-WRES wording of the metric (domain notes §2.1).
QString metricWording(MetricId id);

// Which way is worse for minority ethnic staff. Metric 1 has no single ratio; it reads as
// "lower" (a lower minority ethnic share in the higher bands is adverse).
enum class AdverseWhen { Higher, Lower };
AdverseWhen adverseDirection(MetricId id);

// The blocks of counts a return holds; several metrics read the same block (headcount comes
// from the pay bands).
enum class Block {
    PayBands,
    SeniorManagers,
    Shortlisting,
    Disciplinary,
    FitnessToPractise,
    Cpd,
    HarassmentPublic,
    HarassmentColleagues,
    HarassmentManagers,
    Leavers,
};

inline constexpr std::array<Block, 10> kBlocks{Block::PayBands,          Block::SeniorManagers,      Block::Shortlisting,
                                               Block::Disciplinary,      Block::FitnessToPractise,   Block::Cpd,
                                               Block::HarassmentPublic,  Block::HarassmentColleagues, Block::HarassmentManagers,
                                               Block::Leavers};

// How a block's counts are shaped.
enum class BlockShape {
    PayBands, // a list of local pay bands, each with counts
    Counts,   // one row of counts per group (disciplinary, CPD, leavers, senior managers)
    Rate,     // a population and the events within it (shortlisted / appointed, …)
};

struct BlockInfo {
    Block block;
    BlockShape shape;
    const char *key;           // JSON and database key
    MetricId metric;           // the metric whose data-quality note and "not collected" switch it carries
    const char *populationKey; // Rate blocks only: "shortlisted", "regulated", "respondents"
    const char *eventsKey;     // Rate blocks only: "appointed", "referred", "reporting"
};

const BlockInfo &blockInfo(Block block);
std::optional<Block> blockFromKey(const QString &key);
QString blockTitle(Block block);
// Label of the population or events row of a Rate block, or of the single row of a Counts block.
QString blockPopulationLabel(Block block);
QString blockEventsLabel(Block block);

} // namespace scwres
