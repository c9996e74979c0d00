// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "Metric.h"
#include "MetricEngine.h"
#include "ServiceArea.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace scwres {

// The published SC-WRES national figures (domain notes §6.1), minority ethnic relative to
// white, for the whole country and both service areas together. They ship as
// resources/national-figures.json, compiled in as ":/scwres/national-figures.json".
class NationalFigures {
public:
    NationalFigures() = default;

    // The figures compiled into the program. Empty (no years) only if the resource is broken,
    // which the tests rule out.
    static NationalFigures builtIn();
    // Parses the national-figures JSON; on failure returns nothing and says why in *error.
    static std::optional<NationalFigures> fromJson(const QByteArray &json, QString *error = nullptr);
    static std::optional<NationalFigures> fromFile(const QString &path, QString *error = nullptr);

    std::optional<NationalFigure> figure(int year, MetricId id) const;
    // Metric 1: the national % minority ethnic within a national pay band (2024 report only).
    std::optional<double> percentMinorityEthnic(int year, NationalBand band) const;
    QString source(int year) const;
    QString url(int year) const;
    std::vector<int> years() const;
    bool isEmpty() const { return m_years.empty(); }

private:
    struct Year {
        QString source;
        QString url;
        std::map<MetricId, double> relativeLikelihoods;
        std::map<NationalBand, double> percentMinorityEthnicByBand;
    };
    std::map<int, Year> m_years;
};

} // namespace scwres
