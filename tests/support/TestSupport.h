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

// A database of four authorities for the comparison of authorities (issue 17 item 6), metric 2
// (appointed of shortlisted) in 2024, stored in this order: Gamma 45 of 100 minority ethnic and
// 30 of 100 white (RL 1.5), Alpha 20 of 100 and 40 of 100 (RL 0.5), Beta 30 of 100 each (RL 1.0,
// a draft); Delta has a 2023 return only. Returns false and sets *error when it cannot be written.
bool writeComparisonDatabase(const QString &path, QString *error);

} // namespace scwres::test
