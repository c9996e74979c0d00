// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace scwres {

class Database;

// Dated copies of the user's database, kept beside it in a "backups" folder: the safety net for
// a mistake made and saved (every edit is saved at once) or a file damaged later. Taken with
// VACUUM INTO, so they are consistent while the program runs, and each is checked by opening it
// before older ones are thinned.
class Backups final {
public:
    // Backups of db go to backupFolder; at most keep of them are kept (the newest).
    Backups(QString backupFolder, int keep = 12);

    // The folder beside a database: <folder of db>/backups.
    static QString defaultFolderFor(const QString &databasePath);

    // Takes a backup named <database name>-<yyyyMMdd-HHmmss>.sqlite. Returns its path, or an
    // empty string and *error on failure (nothing half-written is left behind).
    QString take(Database &db, const QDateTime &now, QString *error) const;
    // Backups of the database with this file name, newest first.
    QStringList list(const QString &databaseFileName) const;

private:
    void thin(const QString &databaseFileName) const;

    QString m_folder;
    int m_keep;
};

} // namespace scwres
