// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"

#include <QByteArray>
#include <QString>

namespace scwres::test {

// Path of a file in tests/data.
QString dataPath(const QString &name);
QByteArray readFile(const QString &path);
// The documented example return of docs/return-format.md (tests/data/example-return.json).
AnnualReturn exampleReturn();

} // namespace scwres::test
