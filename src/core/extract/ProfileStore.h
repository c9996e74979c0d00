// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ExtractProfile.h"

#include <QString>

#include <optional>
#include <vector>

namespace scwres::extract {

// The saved mapping profiles: one public-format JSON file each (docs/importing.md) in the user's
// data folder, shared by the desktop program and `scwres aggregate --profile NAME`. Files rather
// than a database table so that a profile is the same file the lead exports and a neighbouring
// council imports, and so that it serves every database. A profile holds no row of any extract.
class ProfileStore {
public:
    // <data folder>/SCWRES/extract-profiles
    static QString defaultFolder();
    explicit ProfileStore(QString folder = defaultFolder());

    QString folder() const { return m_folder; }
    // Every readable profile, by name; files that cannot be read are named in *problems.
    std::vector<Profile> list(QStringList *problems = nullptr) const;
    std::optional<Profile> find(const QString &name, QString *error) const;
    // Adds or replaces the profile of that name (atomic write).
    bool save(const Profile &profile, QString *error);
    bool remove(const QString &name, QString *error);

private:
    QString pathFor(const QString &name) const;
    QString m_folder;
};

} // namespace scwres::extract
