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

} // namespace scwres
