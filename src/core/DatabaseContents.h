// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>

class QSqlDatabase;

namespace scwres {

// The database's own contents are read as defensively as a file from elsewhere (issue 37): a
// file changed by another program or damaged past what SQLite's quick_check sees could hold a
// count of 2^63 - 1, a negative count, a year of 1e300 or a percentage of 400, which would become
// totals and percentages in every figure. Every stored count, year and percentage is checked
// against the ranges the return's JSON reader accepts (ValueLimits.h) before the file is used.
// Only reads: a refused file is left exactly as it was. Tables and columns that an older schema
// version lacks are skipped.
//
// Empty when every value is in range; otherwise a phrase naming the table and column (never a
// value of a row): "count_row.white: a count outside 0 to 1,000,000,000".
QString storedContentsProblem(const QSqlDatabase &connection);

} // namespace scwres
