// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <vector>

namespace scwres {

// One forward step of the database schema. Migration N takes PRAGMA user_version from N-1 to N
// and runs in one transaction with the version bump; a failing statement leaves the file as it
// was. Never edit a released migration: add a new one at the end.
struct Migration {
    int version;
    const char *description;
    std::vector<const char *> statements;
};

const std::vector<Migration> &schemaMigrations();
// The version this build writes; a file with a higher user_version is refused.
int currentSchemaVersion();

} // namespace scwres
