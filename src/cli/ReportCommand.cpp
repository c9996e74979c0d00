// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Commands.h"

namespace scwres::cli {

// Placeholder until the exports land (issue 8).
int runReport(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "scwres report: not available yet\n";
    return 2;
}

} // namespace scwres::cli
