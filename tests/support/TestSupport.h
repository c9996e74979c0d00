// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "Database.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace scwres::test {

// Path of a file in tests/data.
QString dataPath(const QString &name);
QByteArray readFile(const QString &path);
// The documented example return of docs/return-format.md (tests/data/example-return.json).
AnnualReturn exampleReturn();
// Opens (creating) a read-write database or fails the test with the program's own message.
std::unique_ptr<Database> openDatabaseOrFail(const QString &path);

} // namespace scwres::test
