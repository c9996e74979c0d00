// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace scwres {

// Makes a WAL database's commits durable on a worker thread instead of inside each COMMIT.
// With synchronous=NORMAL a commit is complete once SQLite has written it to the -wal file: a
// crash of the program (kill -9) loses nothing, because the operating system holds the write.
// Only an OS crash or power cut could take back commits not yet fsynced, so this fsyncs the -wal
// file (fsync works on the file, whichever descriptor asks) at most `delay` after the first commit
// not yet synced. The desktop program uses it so that no keystroke waits for the disk; the CLI
// keeps synchronous=FULL, where each commit waits for its own fsync.
class WalSync final {
public:
    WalSync(const QString &databasePath, std::chrono::milliseconds delay);
    ~WalSync(); // syncs what is pending, then stops the worker
    WalSync(const WalSync &) = delete;
    WalSync &operator=(const WalSync &) = delete;

    // A commit was written: sync it within the delay.
    void committed();
    // Syncs now, on the calling thread's behalf (waits for the worker); true when nothing is left
    // pending and the last sync succeeded.
    bool flush();

    // For the tests and the status: commits written but not yet fsynced, and syncs done.
    bool pending() const;
    int syncCount() const;
    // The last sync's failure ("" when it worked); a failing disk is reported, never hidden.
    QString lastError() const;

private:
    void run();
    bool syncFiles(); // called with m_mutex released

    const QString m_walPath;
    const QString m_folder;
    const std::chrono::milliseconds m_delay;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_synced;
    bool m_pending = false;       // a commit since the last sync started
    bool m_flushWanted = false;   // flush(): skip the delay
    bool m_syncing = false;
    bool m_stop = false;
    int m_syncCount = 0;
    QString m_lastError;
    std::thread m_worker; // last: started once every member above exists
};

} // namespace scwres
