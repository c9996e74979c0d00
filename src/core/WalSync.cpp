// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "WalSync.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace scwres {

namespace {

// fsync of an existing file; a file that is gone (SQLite checkpointed and removed the WAL on
// close, and a checkpoint syncs itself) needs nothing.
bool syncFile(const QString &path, bool isFolder, QString *error)
{
#ifdef Q_OS_WIN
    if (isFolder)
        return true; // Windows has no directory fsync; NTFS journals the entry itself
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return !file.exists();
    if (::_commit(file.handle()) == 0)
        return true;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), (isFolder ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    if (ok)
        return true;
#endif
    *error = QStringLiteral("fsync of %1 failed").arg(path);
    return false;
}

} // namespace

WalSync::WalSync(const QString &databasePath, std::chrono::milliseconds delay)
    : m_walPath(databasePath + QStringLiteral("-wal"))
    , m_folder(QFileInfo(databasePath).absolutePath())
    , m_delay(delay)
    , m_worker([this] { run(); })
{
}

WalSync::~WalSync()
{
    flush();
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_worker.join();
}

void WalSync::committed()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_pending = true;
    }
    m_wake.notify_all();
}

bool WalSync::flush()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!m_pending && !m_syncing)
        return m_lastError.isEmpty();
    m_flushWanted = true;
    m_wake.notify_all();
    m_synced.wait(lock, [this] { return (!m_pending && !m_syncing) || m_stop; });
    return !m_pending && m_lastError.isEmpty();
}

bool WalSync::pending() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_pending || m_syncing;
}

int WalSync::syncCount() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_syncCount;
}

QString WalSync::lastError() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_lastError;
}

void WalSync::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_pending || m_stop; });
        if (!m_pending && m_stop)
            return;
        // The delay runs from the first unsynced commit, not the last, so steady typing cannot
        // postpone durability: no commit waits longer than the delay.
        m_wake.wait_for(lock, m_delay, [this] { return m_flushWanted || m_stop; });
        m_pending = false;
        m_flushWanted = false;
        m_syncing = true;
        lock.unlock();
        QString error;
        const bool ok = syncFiles();
        if (!ok)
            error = QStringLiteral("the database's changes could not be made durable (%1)").arg(m_walPath);
        lock.lock();
        m_syncing = false;
        ++m_syncCount;
        m_lastError = error;
        m_synced.notify_all();
    }
}

bool WalSync::syncFiles()
{
    QString error;
    // The folder too: a -wal file created since the last sync is reachable only through its entry.
    return syncFile(m_walPath, false, &error) && syncFile(m_folder, true, &error);
}

} // namespace scwres
