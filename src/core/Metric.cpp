// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Metric.h"

#include <QCoreApplication>

namespace scwres {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::Metric", text);
}

constexpr std::array<BlockInfo, 10> kBlockInfo{{
    {Block::PayBands, BlockShape::PayBands, "pay_bands", MetricId::M1, nullptr, nullptr},
    {Block::SeniorManagers, BlockShape::Counts, "senior_managers", MetricId::M9, nullptr, nullptr},
    {Block::Shortlisting, BlockShape::Rate, "shortlisting", MetricId::M2, "shortlisted", "appointed"},
    {Block::Disciplinary, BlockShape::Counts, "disciplinary", MetricId::M3, nullptr, nullptr},
    {Block::FitnessToPractise, BlockShape::Rate, "fitness_to_practise", MetricId::M4, "regulated", "referred"},
    {Block::Cpd, BlockShape::Counts, "cpd", MetricId::M5, nullptr, nullptr},
    {Block::HarassmentPublic, BlockShape::Rate, "harassment_public", MetricId::M6, "respondents", "reporting"},
    {Block::HarassmentColleagues, BlockShape::Rate, "harassment_colleagues", MetricId::M7a, "respondents", "reporting"},
    {Block::HarassmentManagers, BlockShape::Rate, "harassment_managers", MetricId::M7b, "respondents", "reporting"},
    {Block::Leavers, BlockShape::Counts, "leavers", MetricId::M8, nullptr, nullptr},
}};
} // namespace

QString metricKey(MetricId id)
{
    switch (id) {
    case MetricId::M1: return QStringLiteral("1");
    case MetricId::M2: return QStringLiteral("2");
    case MetricId::M3: return QStringLiteral("3");
    case MetricId::M4: return QStringLiteral("4");
    case MetricId::M5: return QStringLiteral("5");
    case MetricId::M6: return QStringLiteral("6");
    case MetricId::M7a: return QStringLiteral("7a");
    case MetricId::M7b: return QStringLiteral("7b");
    case MetricId::M8: return QStringLiteral("8");
    case MetricId::M9: return QStringLiteral("9");
    }
    return {};
}

std::optional<MetricId> metricFromKey(const QString &key)
{
    for (MetricId id : kMetricIds)
        if (metricKey(id) == key)
            return id;
    return std::nullopt;
}

QString metricShortTitle(MetricId id)
{
    switch (id) {
    case MetricId::M1: return tr("Pay bands");
    case MetricId::M2: return tr("Appointment from shortlisting");
    case MetricId::M3: return tr("Formal disciplinary process");
    case MetricId::M4: return tr("Fitness to practise referral");
    case MetricId::M5: return tr("Non-mandatory CPD");
    case MetricId::M6: return tr("Harassment from the public");
    case MetricId::M7a: return tr("Harassment from colleagues");
    case MetricId::M7b: return tr("Harassment from managers");
    case MetricId::M8: return tr("Leaving");
    case MetricId::M9: return tr("Senior manager roles");
    }
    return {};
}

// Wording: Skills for Care SC-WRES page (metrics 1-4) and the improvement programme, Norfolk
// and Bexley pages (5-9), as collected in docs/metrics.md.
QString metricWording(MetricId id)
{
    switch (id) {
    case MetricId::M1:
        return tr("Percentage of directly employed staff from a minority ethnic background, within each pay band, "
                  "compared with the percentage of white staff.");
    case MetricId::M2:
        return tr("Relative likelihood of directly employed staff from a minority ethnic background being appointed "
                  "from shortlisting in the last 12 months, compared to white staff.");
    case MetricId::M3:
        return tr("Relative likelihood of directly employed staff from a minority ethnic background entering the formal "
                  "disciplinary process compared to white staff.");
    case MetricId::M4:
        return tr("Relative likelihood of directly employed regulated professionals from a minority ethnic background "
                  "being referred by the employer to the fitness to practise process in the last 12 months, compared "
                  "to white staff.");
    case MetricId::M5:
        return tr("Relative likelihood of directly employed staff from a minority ethnic background accessing funded "
                  "non-mandatory continuous professional development, compared to white staff.");
    case MetricId::M6:
        return tr("Relative likelihood of minority ethnic staff reporting harassment, bullying or abuse from people who "
                  "use social care, their relatives or the public, compared to white staff.");
    case MetricId::M7a:
        return tr("Relative likelihood of minority ethnic staff reporting harassment, bullying or abuse from colleagues, "
                  "compared to white staff.");
    case MetricId::M7b:
        return tr("Relative likelihood of minority ethnic staff reporting harassment, bullying or abuse from managers, "
                  "compared to white staff.");
    case MetricId::M8:
        return tr("Relative likelihood of minority ethnic staff leaving the organisation in the last 12 months, compared "
                  "to white staff.");
    case MetricId::M9:
        return tr("Relative likelihood of minority ethnic staff being in senior manager roles compared to white staff, "
                  "and the percentage difference between senior management and the overall workforce and local "
                  "population.");
    }
    return {};
}

AdverseWhen adverseDirection(MetricId id)
{
    switch (id) {
    case MetricId::M1:
    case MetricId::M2:
    case MetricId::M5:
    case MetricId::M9:
        return AdverseWhen::Lower;
    default:
        return AdverseWhen::Higher;
    }
}

const BlockInfo &blockInfo(Block block)
{
    return kBlockInfo[static_cast<std::size_t>(block)];
}

std::optional<Block> blockFromKey(const QString &key)
{
    for (const BlockInfo &info : kBlockInfo)
        if (key == QLatin1String(info.key))
            return info.block;
    return std::nullopt;
}

QString blockTitle(Block block)
{
    switch (block) {
    case Block::PayBands: return tr("Pay bands (headcount)");
    case Block::SeniorManagers: return tr("Senior managers");
    case Block::Shortlisting: return tr("Shortlisting");
    case Block::Disciplinary: return tr("Disciplinary");
    case Block::FitnessToPractise: return tr("Fitness to practise");
    case Block::Cpd: return tr("Non-mandatory CPD");
    case Block::HarassmentPublic: return tr("Harassment from the public");
    case Block::HarassmentColleagues: return tr("Harassment from colleagues");
    case Block::HarassmentManagers: return tr("Harassment from managers");
    case Block::Leavers: return tr("Leavers");
    }
    return {};
}

QString blockPopulationLabel(Block block)
{
    switch (block) {
    case Block::Shortlisting: return tr("shortlisted");
    case Block::FitnessToPractise: return tr("regulated professionals");
    case Block::HarassmentPublic:
    case Block::HarassmentColleagues:
    case Block::HarassmentManagers: return tr("survey respondents");
    case Block::SeniorManagers: return tr("senior managers");
    case Block::Disciplinary: return tr("entered formal disciplinary");
    case Block::Cpd: return tr("accessed non-mandatory CPD");
    case Block::Leavers: return tr("leavers");
    case Block::PayBands: return tr("headcount");
    }
    return {};
}

QString blockEventsLabel(Block block)
{
    switch (block) {
    case Block::Shortlisting: return tr("appointed");
    case Block::FitnessToPractise: return tr("referred to fitness to practise");
    case Block::HarassmentPublic:
    case Block::HarassmentColleagues:
    case Block::HarassmentManagers: return tr("reporting harassment");
    default: return blockPopulationLabel(block);
    }
}

} // namespace scwres
