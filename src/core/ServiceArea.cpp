// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ServiceArea.h"

#include <QCoreApplication>

namespace scwres {

QString serviceAreaKey(ServiceArea area)
{
    return area == ServiceArea::Adult ? QStringLiteral("adult") : QStringLiteral("children");
}

std::optional<ServiceArea> serviceAreaFromKey(const QString &key)
{
    if (key == QLatin1String("adult"))
        return ServiceArea::Adult;
    if (key == QLatin1String("children"))
        return ServiceArea::Children;
    return std::nullopt;
}

QString serviceAreaName(ServiceArea area)
{
    return area == ServiceArea::Adult ? QCoreApplication::translate("scwres", "Adult social care")
                                      : QCoreApplication::translate("scwres", "Children's social care");
}

QString nationalBandKey(NationalBand band)
{
    switch (band) {
    case NationalBand::Under30k:
        return QStringLiteral("under_30k");
    case NationalBand::From30kTo69k:
        return QStringLiteral("30k_to_69k");
    case NationalBand::From70k:
        return QStringLiteral("70k_plus");
    }
    return {};
}

std::optional<NationalBand> nationalBandFromKey(const QString &key)
{
    for (NationalBand band : kNationalBands)
        if (nationalBandKey(band) == key)
            return band;
    return std::nullopt;
}

QString nationalBandName(NationalBand band)
{
    switch (band) {
    case NationalBand::Under30k:
        return QCoreApplication::translate("scwres", "Under £30,000");
    case NationalBand::From30kTo69k:
        return QCoreApplication::translate("scwres", "£30,000 to £69,999");
    case NationalBand::From70k:
        return QCoreApplication::translate("scwres", "£70,000 and over");
    }
    return {};
}

QString ethnicGroupKey(EthnicGroup group)
{
    switch (group) {
    case EthnicGroup::White:
        return QStringLiteral("white");
    case EthnicGroup::MinorityEthnic:
        return QStringLiteral("minority_ethnic");
    case EthnicGroup::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString ethnicGroupName(EthnicGroup group)
{
    switch (group) {
    case EthnicGroup::White:
        return QCoreApplication::translate("scwres", "White");
    case EthnicGroup::MinorityEthnic:
        return QCoreApplication::translate("scwres", "Minority ethnic");
    case EthnicGroup::Unknown:
        return QCoreApplication::translate("scwres", "Unknown");
    }
    return {};
}

QString broadGroupKey(BroadGroup group)
{
    switch (group) {
    case BroadGroup::Asian: return QStringLiteral("asian");
    case BroadGroup::Black: return QStringLiteral("black");
    case BroadGroup::Mixed: return QStringLiteral("mixed");
    case BroadGroup::White: return QStringLiteral("white");
    case BroadGroup::Other: return QStringLiteral("other");
    case BroadGroup::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

std::optional<BroadGroup> broadGroupFromKey(const QString &key)
{
    for (BroadGroup g : kBroadGroups)
        if (broadGroupKey(g) == key)
            return g;
    return std::nullopt;
}

QString broadGroupName(BroadGroup group)
{
    switch (group) {
    case BroadGroup::Asian: return QCoreApplication::translate("scwres", "Asian");
    case BroadGroup::Black: return QCoreApplication::translate("scwres", "Black");
    case BroadGroup::Mixed: return QCoreApplication::translate("scwres", "Mixed");
    case BroadGroup::White: return QCoreApplication::translate("scwres", "White");
    case BroadGroup::Other: return QCoreApplication::translate("scwres", "Other ethnic group");
    case BroadGroup::Unknown: return QCoreApplication::translate("scwres", "Unknown");
    }
    return {};
}

EthnicGroup headlineGroupOf(BroadGroup group)
{
    switch (group) {
    case BroadGroup::White: return EthnicGroup::White;
    case BroadGroup::Unknown: return EthnicGroup::Unknown;
    default: return EthnicGroup::MinorityEthnic;
    }
}

} // namespace scwres
