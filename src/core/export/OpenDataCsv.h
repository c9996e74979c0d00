// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QByteArray>
#include <QString>

namespace scwres {

class DataReport;

// The data report as tidy open data: one row per figure, with exactly the columns
// authority,year,area,metric,band,measure,group,value (docs/exports.md, "Open data CSV").
// Publication mode applies the year's one disclosure pattern, as every other format does.
class OpenDataCsv final {
public:
    static QByteArray header();
    static QByteArray render(const DataReport &report);
    // Written whole or not at all; on failure *error names the file and the reason.
    static bool write(const DataReport &report, const QString &path, QString *error);
};

} // namespace scwres
