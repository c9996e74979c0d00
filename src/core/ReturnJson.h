// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace scwres {

// The return's JSON file, format "scwres-return", documented in docs/return-format.md.
// Version 2 adds "status" and null counts ("not entered"); version 1 files are still read.
// Version 3 adds the optional breakdown by the census broad groups ("broad"); it is written only
// when a return has one, so a file without it stays version 2 for older programs.
inline constexpr int kReturnFormatVersion = 3;
inline constexpr int kReturnFormatVersionWithoutBroad = 2;

struct ReturnReadResult {
    std::optional<AnnualReturn> value;
    // When value is empty: one sentence that starts with the JSON path of the fault, e.g.
    // "areas.adult.shortlisting.appointed.white: expected a whole number >= 0, got \"12a\"".
    QString error;
};

// Reads a return. Never throws; a refused document gives no value and the reason.
// Counts that break the validation rules (appointed > shortlisted, …) are accepted: the
// validator reports them.
ReturnReadResult readReturnJson(const QByteArray &bytes);
ReturnReadResult readReturnFile(const QString &path);

// Writes the return as pretty-printed JSON (UTF-8). Blocks not collected are left out.
QByteArray writeReturnJson(const AnnualReturn &ret);
// Atomic: a temporary file in the same folder is renamed over the target only once complete.
bool writeReturnFile(const AnnualReturn &ret, const QString &path, QString *error);

} // namespace scwres
