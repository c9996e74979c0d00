// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>

namespace scwres::test {

// Holds SQLite's lock on a database the way another program can: locking_mode=EXCLUSIVE keeps
// the lock after a write transaction, so no other connection can even read the file while this
// object lives. For the fault tests: a locked file is never "damaged".
class SqliteLockHolder final {
public:
    explicit SqliteLockHolder(const QString &databasePath);
    ~SqliteLockHolder();
    SqliteLockHolder(const SqliteLockHolder &) = delete;
    SqliteLockHolder &operator=(const SqliteLockHolder &) = delete;

private:
    QString m_connection;
};

} // namespace scwres::test
