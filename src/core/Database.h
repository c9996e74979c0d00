// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "Authority.h"
#include "history/HistoryNote.h"

#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QLockFile;
class QSqlError;
class QSqlQuery;

namespace scwres {

class WalSync;

// The user's SQLite file: a year of their work. Owns the connection, the schema and its
// migrations. Every change is one transaction, committed at once (WAL), so closing the program or
// a crash of it loses nothing; each commit is fsynced in it (synchronous=FULL) unless
// deferSync() moved the fsync to a worker thread. Returns errors (lastError()); never shows a dialog.
class Database final {
public:
    enum class OpenFailure {
        None,
        NotADatabase, // the file is not SQLite: left untouched
        TooNew,       // made by a newer version of the program: left untouched
        Corrupt,      // SQLite says the file is damaged (SQLITE_CORRUPT / SQLITE_NOTADB): left untouched
        InUse,        // another copy of the program has it open
        Busy,         // another program holds SQLite's lock, still after a few seconds of retrying
        DiskError,    // the disk could not be read (SQLITE_IOERR): not damage, never a restore
        CannotOpen,   // permissions, missing folder, disk
        MigrationFailed,
        TooOld, // read-only open of a file that needs an upgrade first
    };

    enum class Mode {
        ReadWrite, // creates a missing file, upgrades an older one, locks out other copies
        ReadOnly,  // for reports and exports: no lock, no upgrade, never writes
    };

    // How long a busy database is retried before the open or a save gives up.
    static constexpr int kBusyTimeoutMs = 3000;

    // How long a read-write open waits for another copy of the program to let go of the file
    // before it refuses ("already open"); 0 (the default) refuses at once. `scwres --wait
    // SECONDS` sets it for the whole command (issue 37).
    static void setWaitForOtherWriter(std::chrono::milliseconds wait);

    // Opens (creating if missing) and upgrades the database at path. On failure returns null and
    // sets *error to a sentence for the user and *failure to the reason.
    static std::unique_ptr<Database> open(const QString &path, QString *error, OpenFailure *failure = nullptr,
                                          Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    // A read-write open of a file or folder without write permission opens read-only instead:
    // the work can be read and exported, and every change is refused with readOnlyReason().
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The user-facing words for a failed SQLite call: never SQLite's own text ("attempt to write a
    // readonly database Unable to fetch row"), which goes to the log instead.
    static QString describeError(const QSqlError &error);
    QString lastError() const { return m_lastError; }
    int schemaVersion() const;

    // For other stores in the core (action plans): the same connection and transactions.
    QSqlDatabase connection() const;
    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back when work returns false or throws.
    bool transaction(const std::function<bool()> &work);
    // Runs a prepared query; on failure records lastError() and returns false.
    bool exec(QSqlQuery &query);
    void setLastError(const QString &message) { m_lastError = message; }

    // Authorities, ordered by name.
    std::vector<Authority> authorities();
    std::optional<Authority> authority(long long id);
    std::optional<Authority> authorityByName(const QString &name);
    // Inserts (id 0) or updates; returns the id.
    std::optional<long long> saveAuthority(const Authority &authority);
    bool deleteAuthority(long long id);

    // Years stored for an authority, ascending.
    std::vector<int> years(long long authorityId);
    std::optional<AnnualReturn> loadReturn(long long authorityId, int year);
    std::optional<AnnualReturn> loadReturn(const QString &authorityName, int year);
    // Adds or replaces the authority's year (the authority is created by name if new; its code
    // is updated from the return). One transaction, with its change-history entry (ChangeHistory);
    // refused while the year's action plan is signed off.
    bool saveReturn(const AnnualReturn &ret, const HistoryNote &note = {});
    bool deleteReturn(long long authorityId, int year);

    // The desktop program's mode: commits are written at once (a kill -9 loses none) but fsynced by
    // a worker thread at most delay later (synchronous=NORMAL + WalSync), so no keystroke waits for
    // the disk; only an OS crash or power cut within the delay could take a commit back.
    bool deferSync(std::chrono::milliseconds delay);
    // Commits fsynced now (quit, window deactivation); true when nothing is left unsynced.
    bool syncNow();
    // For the tests: the worker's state (null without deferSync()).
    const WalSync *walSync() const { return m_walSync.get(); }

    // A consistent copy of the live database (VACUUM INTO), safe while it is in use.
    bool backupTo(const QString &targetPath);

private:
    Database() = default;
    bool configure();
    bool migrate(QString *error);
    void takeInProfileFiles();
    bool writeReturn(long long authorityId, const AnnualReturn &ret);
    std::optional<long long> ensureAuthority(const QString &name, const QString &code);
    // The last failed exec() broke a UNIQUE or other constraint (a name already taken).
    bool lastExecViolatedConstraint() const;

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
    int m_lastSqliteCode = 0; // SQLite's primary result code of the last failed exec()
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<WalSync> m_walSync;
    int m_transactionDepth = 0; // writes outside transaction() commit on their own
};

} // namespace scwres
