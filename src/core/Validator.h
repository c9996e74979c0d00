// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"

#include <QString>

#include <optional>
#include <vector>

namespace scwres {

enum class Severity {
    Error,   // the figures cannot be true
    Warning, // possible, but worth checking
};
QString severityKey(Severity severity); // "error", "warning"
QString severityName(Severity severity);

// Where a finding points: enough for the data entry panel to move the focus to the cell.
struct FieldLocation {
    std::optional<ServiceArea> area; // empty: a return-level field (dates, population)
    std::optional<Block> block;
    int bandIndex = -1;              // pay bands only
    enum class Part { None, Population, Events } part = Part::None;
    std::optional<EthnicGroup> group;
    QString returnField;             // "snapshot_date", "period", "population" for return-level fields
};

struct Finding {
    Severity severity = Severity::Error;
    QString field;   // the JSON path of the field, e.g. "areas.adult.shortlisting.appointed.white"
    QString message; // a sentence a programme lead understands
    FieldLocation location;
};

// The one validator: the data entry panel, the CLI and the importers all call it. Findings
// come in a stable order (return fields, then adult, then children; block order within).
std::vector<Finding> validateReturn(const AnnualReturn &ret);
bool hasErrors(const std::vector<Finding> &findings);
// A collected block (or pay band) holds a count not entered (empty): such a return cannot be
// complete (issue 27).
bool hasCountNotEntered(const AnnualReturn &ret);

// Unknown above this share of a metric's total is a data-quality warning.
inline constexpr double kUnknownWarningShare = 0.10;

// Reads a count typed or pasted by a person ("1,204", " 35 "): a whole number >= 0. On failure
// returns empty and sets *error to the reason, e.g. "expected a whole number >= 0, got \"12a\"".
std::optional<long long> parseCountText(const QString &text, QString *error);

} // namespace scwres
