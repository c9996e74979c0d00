// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>
#include <QStringList>

namespace scwres::test {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real `scwres` binary (path given at build time) with no standard input, as CI does.
CliResult runCli(const QString &program, const QStringList &args);

} // namespace scwres::test
