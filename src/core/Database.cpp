// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Database.h"

#include "extract/ProfileStore.h"

#include "DatabaseContents.h"
#include "RegularFile.h"
#include "Schema.h"
#include "WalSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <limits>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::Database", text);
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("scwres-db-%1").arg(++counter);
}

// The first 16 bytes of every SQLite 3 database (sqlite.org/fileformat.html §1.3).
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true; // an empty file is a valid, empty database
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Writable only when both the owner's bit and the current user's right allow it: as root, Qt's
// WriteUser comes from access() and is always set, but the owner's missing bit is a "no" too.
bool writable(QFileDevice::Permissions permissions)
{
    return permissions.testFlag(QFileDevice::WriteOwner) && permissions.testFlag(QFileDevice::WriteUser);
}

// SQLite's primary result codes (sqlite.org/rescode.html); Qt's driver reports them as the
// native error code.
constexpr int kSqlitePerm = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// Qt's driver reports SQLite's extended codes: an I/O error while *writing* (even a reader
// writes the -shm index beside a WAL database) is a full disk or an unwritable folder, not a
// failing drive.
bool isWriteSideIoError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok || (code & 0xff) != kSqliteIoErr)
        return false;
    switch (code >> 8) {
    case 3:  // SQLITE_IOERR_WRITE
    case 4:  // SQLITE_IOERR_FSYNC
    case 6:  // SQLITE_IOERR_TRUNCATE
    case 18: // SQLITE_IOERR_SHMOPEN
    case 19: // SQLITE_IOERR_SHMSIZE
    case 21: // SQLITE_IOERR_SHMMAP
        return true;
    default:
        return false;
    }
}

QString damagedMessage(const QString &shown)
{
    return tr("%1 is damaged (SQLite's check of the file failed). It has not been changed; restore it from a "
              "backup.")
        .arg(shown);
}

std::atomic<long long> g_waitForWriterMs{0};

} // namespace

void Database::setWaitForOtherWriter(std::chrono::milliseconds wait)
{
    g_waitForWriterMs = std::max<long long>(0, wait.count());
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, OpenFailure *failure, Mode mode)
{
    bool readOnly = mode == Mode::ReadOnly;
    // A file this call created is removed again when the open is refused: a refused open leaves
    // nothing behind.
    bool createdHere = false;
    auto refuse = [&](OpenFailure why, const QString &message) -> std::unique_ptr<Database> {
        if (error)
            *error = message;
        if (failure)
            *failure = why;
        if (createdHere)
            QFile::remove(path);
        return nullptr;
    };
    const QString shown = QDir::toNativeSeparators(path);

    // Only a regular file (or a link to one) is a database: a named pipe would block every open
    // for ever, a device or a folder is no database (issue 37). Checked before anything opens it.
    if (const QString notAFile = RegularFile::problem(path); !notAFile.isEmpty())
        return refuse(OpenFailure::CannotOpen,
                      tr("%1 cannot be used as a database: %2. It has not been changed.").arg(shown, notAFile));
    const QFileInfo info(path);
    if (info.exists() && !QFile(path).open(QIODevice::ReadOnly))
        return refuse(OpenFailure::CannotOpen,
                      tr("%1 cannot be read: permission was refused. It has not been changed.").arg(shown));
    if (info.exists() && !looksLikeSqlite(path))
        return refuse(OpenFailure::NotADatabase,
                      tr("%1 is not an SC-WRES database (it is not an SQLite file). It has not been changed.")
                          .arg(shown));
    if (readOnly && !info.exists())
        return refuse(OpenFailure::CannotOpen, tr("%1 does not exist.").arg(shown));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return refuse(OpenFailure::CannotOpen,
                      tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));

    // Write permission bits are read (not access()), so even an administrator gets read-only
    // where the owner said so. SQLite needs the folder too (journal, lock, backups).
    QString readOnlyReason;
    const bool folderWritable = writable(QFileInfo(info.absolutePath()).permissions());
    if (!readOnly) {
        if (info.exists() && !writable(info.permissions()))
            readOnlyReason = tr("the file is read-only");
        else if (!folderWritable)
            readOnlyReason = tr("its folder is read-only");
        if (!readOnlyReason.isEmpty() && !info.exists())
            return refuse(OpenFailure::CannotOpen,
                          tr("Cannot create %1: %2.").arg(shown, readOnlyReason));
        readOnly = !readOnlyReason.isEmpty();
    }

    // A new database is its owner's alone (0600): it holds people's names and plan text. SQLite
    // gives the -wal, -shm and journal beside it the same mode. An empty file is an empty database.
    if (!info.exists()) {
        QString why;
        if (!RegularFile::createPrivate(path, &why))
            return refuse(OpenFailure::CannotOpen, tr("Cannot create %1: %2.").arg(shown, why));
        createdHere = true;
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_readOnly = readOnly;
    db->m_readOnlyReason = readOnlyReason;
    // A second running copy writing the same file would interleave two users' undo histories;
    // the lock tells it so. staleLockTime 0: only a lock whose process is gone counts as stale.
    db->m_lock = std::make_unique<QLockFile>(db->m_path + QStringLiteral(".lock"));
    db->m_lock->setStaleLockTime(0);
    if (readOnly) {
        db->m_lock.reset(); // readers (reports, `scwres compute`) may run beside the program
    } else if (!db->m_lock->tryLock(int(std::min<long long>(g_waitForWriterMs, std::numeric_limits<int>::max())))) {
        if (db->m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            // QLockFile writes its process number just after creating the file: read between the
            // two, it is empty. Said as it is, not as "process 0".
            if (!db->m_lock->getLockInfo(&pid, &host, &app) || pid <= 0)
                return refuse(OpenFailure::InUse,
                              tr("%1 is being opened by another copy of the program at this moment. Try again in a "
                                 "moment.")
                                  .arg(shown));
            return refuse(OpenFailure::InUse,
                          tr("%1 is already open in another copy of the program (process %2 on %3). Close it there "
                             "first.")
                              .arg(shown)
                              .arg(pid)
                              .arg(host));
        }
        return refuse(OpenFailure::CannotOpen,
                      tr("Cannot open %1: its lock file %2.lock cannot be written.").arg(shown, shown));
    }

    db->m_connectionName = nextConnectionName();
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        sql.setDatabaseName(db->m_path);
        // The busy timeout is set before the first read: another program's short lock is waited
        // for, not mistaken for damage.
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1")
                              .arg(std::max<long long>(kBusyTimeoutMs, std::min<long long>(g_waitForWriterMs, 3'600'000)));
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        sql.setConnectOptions(options);
        if (!sql.open())
            return refuse(OpenFailure::CannotOpen,
                          tr("Cannot open %1: %2.").arg(shown, describeError(sql.lastError())));
    }

    // Checks that only read come first, so that a refused file is left exactly as it was.
    QSqlQuery check(db->connection());
    const bool ran = check.exec(QStringLiteral("PRAGMA quick_check")) && check.next();
    const QString verdict = ran ? check.value(0).toString() : QString();
    const QSqlError checkError = check.lastError();
    // An unfinished statement holds a read transaction, and WAL cannot be switched on inside one.
    check.finish();
    if (!ran) {
        // Only SQLite's own word makes a file "damaged": busy, locked and I/O errors are not, and
        // must never lead to a good file being replaced by an older backup.
        switch (sqliteCode(checkError)) {
        case kSqliteCorrupt:
        case kSqliteNotADb:
            return refuse(OpenFailure::Corrupt, damagedMessage(shown));
        case kSqliteBusy:
        case kSqliteLocked:
            return refuse(OpenFailure::Busy,
                          tr("%1 is locked by another program, still after %2 seconds of waiting. Close the other "
                             "program (or wait until it has finished) and open the file again. It has not been "
                             "changed.")
                              .arg(shown)
                              .arg(kBusyTimeoutMs / 1000));
        case kSqliteIoErr:
            if (isWriteSideIoError(checkError))
                return refuse(OpenFailure::DiskError,
                              tr("%1 cannot be opened: SQLite must write a small working file beside it (%2-shm), "
                                 "even to read it, and could not. The disk is full, or the folder cannot be "
                                 "written. It has not been changed.")
                                  .arg(shown, QFileInfo(shown).fileName()));
            return refuse(OpenFailure::DiskError,
                          tr("%1 could not be read from the disk (an input/output error). The file may be on a "
                             "drive that was disconnected. It has not been changed.")
                              .arg(shown));
        default:
            return refuse(OpenFailure::CannotOpen,
                          tr("Cannot open %1: %2. It has not been changed.").arg(shown, describeError(checkError)));
        }
    }
    if (verdict != QLatin1String("ok"))
        return refuse(OpenFailure::Corrupt, damagedMessage(shown));
    const int version = db->schemaVersion();
    // PRAGMA user_version is any 32-bit number; this program writes 0 (new) upwards.
    if (version < 0)
        return refuse(OpenFailure::NotADatabase,
                      tr("%1 is not an SC-WRES database (its version number, %2, is not one this program "
                         "writes). It has not been changed.")
                          .arg(shown)
                          .arg(version));
    if (version > currentSchemaVersion())
        return refuse(OpenFailure::TooNew,
                      tr("%1 was made by a newer version of this program (database version %2; this version reads up "
                         "to %3). It has not been changed. Please update the program.")
                          .arg(shown)
                          .arg(version)
                          .arg(currentSchemaVersion()));

    // The contents are checked before any migration writes to the file (DatabaseContents.h).
    if (const QString impossible = storedContentsProblem(db->connection()); !impossible.isEmpty())
        return refuse(OpenFailure::Corrupt,
                      tr("%1 holds a value no return can have (%2): the file is damaged or was changed by another "
                         "program, so none of its figures are used. It has not been changed; restore it from a "
                         "backup.")
                          .arg(shown, impossible));

    if (readOnly) {
        if (version < currentSchemaVersion())
            return refuse(OpenFailure::TooOld,
                          readOnlyReason.isEmpty()
                              ? tr("%1 was made by an older version of this program. Open it in the program once to "
                                   "upgrade it.")
                                    .arg(shown)
                              : tr("%1 was made by an older version of this program and must be upgraded, but %2. "
                                   "Copy it to a folder you can write to and open the copy.")
                                    .arg(shown, readOnlyReason));
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA query_only=1"));
        return db;
    }
    if (!db->configure())
        return refuse(OpenFailure::CannotOpen, db->m_lastError);
    QString migrationError;
    if (!db->migrate(&migrationError))
        return refuse(OpenFailure::MigrationFailed, migrationError);
    return db;
}

Database::~Database()
{
    m_walSync.reset(); // its last sync before SQLite's closing checkpoint
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase sql = QSqlDatabase::database(m_connectionName, false);
            if (sql.isOpen()) {
                QSqlQuery(sql).exec(QStringLiteral("PRAGMA optimize"));
                sql.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        const int version = query.value(0).toInt();
        query.finish();
        return version;
    }
    return -1;
}

QString Database::describeError(const QSqlError &error)
{
    // SQLite's own text is for the log (it holds no personal data: statements bind values).
    qWarning("SQLite: %s (code %s)", qPrintable(error.text()), qPrintable(error.nativeErrorCode()));
    switch (sqliteCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        return tr("another program is using the database file; try again in a moment");
    case kSqliteReadOnly:
        return tr("the database file is read-only");
    case kSqliteIoErr:
        return isWriteSideIoError(error) ? tr("the disk is full, or the folder cannot be written")
                                         : tr("the disk could not be read or written");
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return tr("the database file is damaged");
    case kSqliteFull:
        return tr("the disk is full");
    case kSqliteCantOpen:
        return tr("the file cannot be opened (check that its folder exists and can be written)");
    case kSqlitePerm:
        return tr("permission was refused");
    case kSqliteConstraint:
        return tr("the change breaks a rule of the database (for example, a name used twice)");
    default:
        return error.nativeErrorCode().isEmpty()
            ? tr("an unexpected database error")
            : tr("an unexpected database error (SQLite code %1)").arg(error.nativeErrorCode());
    }
}

bool Database::configure()
{
    QSqlQuery query(connection());
    // WAL + FULL: every commit is fsynced; an application crash never loses a committed edit.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=2000"}) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            m_lastError = tr("Cannot set up %1: %2.").arg(QDir::toNativeSeparators(m_path), describeError(query.lastError()));
            return false;
        }
    }
    return true;
}

bool Database::migrate(QString *error)
{
    const int from = schemaVersion();
    if (from == currentSchemaVersion())
        return true;
    // Upgrading a file that already holds work: keep a copy of it as it was first.
    if (from > 0) {
        const QString copy = m_path + QStringLiteral("-pre-v%1").arg(currentSchemaVersion());
        QFile::remove(copy);
        if (!backupTo(copy)) {
            *error = tr("Cannot keep a copy of the database before upgrading it: %1").arg(m_lastError);
            return false;
        }
    }
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= from)
            continue;
        const bool ok = transaction([&] {
            QSqlQuery query(connection());
            for (const char *statement : migration.statements)
                if (!query.exec(QString::fromUtf8(statement))) {
                    m_lastError = describeError(query.lastError());
                    return false;
                }
            return query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        });
        if (!ok) {
            *error = tr("Cannot upgrade the database to version %1 (%2): %3")
                         .arg(migration.version)
                         .arg(QString::fromLatin1(migration.description), m_lastError);
            return false;
        }
    }
    if (from < 4)
        takeInProfileFiles();
    return true;
}

void Database::takeInProfileFiles()
{
    // Before version 4 the mapping profiles were files in the data folder, shared by every
    // database. Each database takes them in once, as it reaches version 4; the files are left in
    // place for older copies of the program. A file that cannot be read is only logged (its
    // name and the reason: a profile holds no row).
    QStringList problems;
    const int added = extract::ProfileStore(*this).takeInFolder(extract::ProfileStore::legacyFolder(), &problems);
    if (added > 0)
        qInfo("Took in %d extract profile file(s) from %s", added,
              qPrintable(QDir::toNativeSeparators(extract::ProfileStore::legacyFolder())));
    for (const QString &problem : problems)
        qWarning("Extract profile file not taken in: %s", qPrintable(problem));
}

bool Database::transaction(const std::function<bool()> &work)
{
    if (m_readOnly) {
        m_lastError = tr("This database is open read-only (%1), so the change was not saved.").arg(m_readOnlyReason);
        return false;
    }
    QSqlQuery control(connection());
    // IMMEDIATE takes the write lock at once, so a failure shows before any work is done.
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = tr("The change was not saved: %1.").arg(describeError(control.lastError()));
        return false;
    }
    bool ok = false;
    ++m_transactionDepth;
    try {
        ok = work();
    } catch (...) {
        --m_transactionDepth;
        control.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    --m_transactionDepth;
    if (ok && control.exec(QStringLiteral("COMMIT"))) {
        if (m_walSync)
            m_walSync->committed();
        return true;
    }
    if (ok)
        m_lastError = tr("The change was not saved: %1.").arg(describeError(control.lastError()));
    control.exec(QStringLiteral("ROLLBACK"));
    return false;
}

bool Database::deferSync(std::chrono::milliseconds delay)
{
    if (m_readOnly || m_walSync)
        return true;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        m_lastError = tr("Cannot set up %1: %2.").arg(QDir::toNativeSeparators(m_path), describeError(query.lastError()));
        return false;
    }
    m_walSync = std::make_unique<WalSync>(m_path, delay);
    return true;
}

bool Database::syncNow()
{
    if (!m_walSync)
        return true;
    if (m_walSync->flush())
        return true;
    m_lastError = tr("The changes could not be written safely to the disk: %1.").arg(m_walSync->lastError());
    return false;
}

bool Database::exec(QSqlQuery &query)
{
    // A prepare() that failed leaves its error on the query; running it anyway gave "Parameter
    // count mismatch", which hid the cause (a damaged schema page, a missing table).
    m_lastSqliteCode = 0;
    if (query.lastError().isValid()) {
        m_lastSqliteCode = sqliteCode(query.lastError());
        m_lastError = tr("The database could not be read: %1.").arg(describeError(query.lastError()));
        return false;
    }
    if (query.exec()) {
        // A write outside transaction() commits by itself (a read marks a sync that finds nothing).
        if (m_walSync && m_transactionDepth == 0 && !query.isSelect())
            m_walSync->committed();
        return true;
    }
    m_lastSqliteCode = sqliteCode(query.lastError());
    m_lastError = tr("The database could not be read or written: %1.").arg(describeError(query.lastError()));
    return false;
}


bool Database::lastExecViolatedConstraint() const
{
    return m_lastSqliteCode == kSqliteConstraint;
}

bool Database::backupTo(const QString &targetPath)
{
    if (QFileInfo::exists(targetPath)) {
        m_lastError = tr("%1 already exists.").arg(QDir::toNativeSeparators(targetPath));
        return false;
    }
    // Made first, empty and private (0600), since VACUUM INTO would create it world-readable; an
    // empty file is what VACUUM INTO accepts as its target.
    QString why;
    if (!RegularFile::createPrivate(targetPath, &why)) {
        m_lastError = tr("Cannot create %1: %2.").arg(QDir::toNativeSeparators(targetPath), why);
        return false;
    }
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(targetPath);
    if (exec(query))
        return true;
    QFile::remove(targetPath);
    return false;
}

} // namespace scwres
