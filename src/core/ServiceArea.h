// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace scwres {

// A council returns adult social care data and, optionally, children's social care data
// (in 2024, 43 of the 73 councils that returned adult data also returned children's).
enum class ServiceArea { Adult, Children };

inline constexpr std::array<ServiceArea, 2> kServiceAreas{ServiceArea::Adult, ServiceArea::Children};

// Stable keys used in the JSON format and the database.
QString serviceAreaKey(ServiceArea area);
std::optional<ServiceArea> serviceAreaFromKey(const QString &key);
// Human-readable name, translatable.
QString serviceAreaName(ServiceArea area);

// The three national pay bands of the SC-WRES 2024 national report.
enum class NationalBand { Under30k, From30kTo69k, From70k };

inline constexpr std::array<NationalBand, 3> kNationalBands{NationalBand::Under30k, NationalBand::From30kTo69k,
                                                            NationalBand::From70k};

QString nationalBandKey(NationalBand band);
std::optional<NationalBand> nationalBandFromKey(const QString &key);
QString nationalBandName(NationalBand band);

// The three ethnic groups every count is split into. "Unknown" holds not stated, prefer not to
// say and not recorded; it is excluded from every likelihood but always counted and shown.
enum class EthnicGroup { White, MinorityEthnic, Unknown };

inline constexpr std::array<EthnicGroup, 3> kEthnicGroups{EthnicGroup::White, EthnicGroup::MinorityEthnic,
                                                          EthnicGroup::Unknown};

QString ethnicGroupKey(EthnicGroup group);
QString ethnicGroupName(EthnicGroup group);

// The five broad groups of the 2021 (and 2011) census plus unknown: an optional breakdown kept
// beside the headline counts when an extract's detailed ethnicity allows it. White is the
// headline's white, unknown its unknown; Asian, Black, Mixed and Other make up minority ethnic.
enum class BroadGroup { Asian, Black, Mixed, White, Other, Unknown };

inline constexpr std::array<BroadGroup, 6> kBroadGroups{BroadGroup::Asian, BroadGroup::Black, BroadGroup::Mixed,
                                                        BroadGroup::White, BroadGroup::Other, BroadGroup::Unknown};

QString broadGroupKey(BroadGroup group); // "asian", "black", "mixed", "white", "other", "unknown"
std::optional<BroadGroup> broadGroupFromKey(const QString &key);
QString broadGroupName(BroadGroup group); // "Asian", translatable
// The headline group a broad group is counted in.
EthnicGroup headlineGroupOf(BroadGroup group);

} // namespace scwres
