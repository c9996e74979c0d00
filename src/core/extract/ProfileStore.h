// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ExtractProfile.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace scwres {
class Database;
}

namespace scwres::extract {

// The saved mapping profiles of one database (table extract_profile, schema version 4), shared
// by the desktop program and `scwres aggregate --profile NAME --db FILE`. Each is kept as its
// public-format JSON text (docs/importing.md), so `scwres profile export` writes what the lead
// saved and a neighbouring council's file is taken in unchanged. A profile holds column names and
// category values, never a row of any extract.
class ProfileStore {
public:
    // Where versions before the database's version 4 kept one JSON file per profile
    // (<data folder>/SCWRES/extract-profiles). Read once per database, never written.
    static QString legacyFolder();

    explicit ProfileStore(Database &db);

    // Every readable profile, by name; a stored text that no longer reads is named in *problems.
    std::vector<Profile> list(QStringList *problems = nullptr) const;
    std::optional<Profile> find(const QString &name, QString *error) const;
    // Adds or replaces the profile of that name in one transaction (its created time kept).
    bool save(const Profile &profile, QString *error);
    bool remove(const QString &name, QString *error);

    // Takes in every readable profile file of folder whose name is not stored yet (the files are
    // left where they are); unreadable files are named in *problems. Returns how many were added.
    int takeInFolder(const QString &folder, QStringList *problems = nullptr);

private:
    Database &m_db;
};

} // namespace scwres::extract
