// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "SafeWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::SafeWrite", text);
}

// Writable only when both the owner's bit and the current user's right allow it: as root, Qt's
// WriteUser comes from access() and is always set, but the owner's missing bit is a "no" too.
bool writable(QFileDevice::Permissions permissions)
{
    return permissions.testFlag(QFileDevice::WriteOwner) && permissions.testFlag(QFileDevice::WriteUser);
}

#ifdef Q_OS_UNIX
// Writes everything or says why not: write() may write less than asked (and EINTR).
bool writeAll(int fd, const QByteArray &bytes, int *error)
{
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = errno;
            return false;
        }
        if (n == 0) {
            *error = ENOSPC;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

// The process's umask without changing it: umask() can only be read by setting it, which would
// give files created meanwhile by another thread the wrong mode. Linux reports it in
// /proc/self/status (since 4.7); elsewhere 022, the usual one.
mode_t currentUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint value = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(value & 0777);
            }
        }
    }
    return S_IWGRP | S_IWOTH;
}

bool writeUnix(const QString &target, const QByteArray &bytes, QString *reason)
{
    const QFileInfo info(target);
    const QByteArray finalPath = QFile::encodeName(info.absoluteFilePath());
    // Hidden, beside the target (same file system, so rename() is atomic), unique.
    QByteArray temporary = QFile::encodeName(info.absoluteDir().filePath(QStringLiteral(".%1.tmp-XXXXXX")
                                                                              .arg(info.fileName())));
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) {
        *reason = SafeWrite::reasonForErrno(errno);
        return false;
    }
    int error = 0;
    bool ok = writeAll(fd, bytes, &error);
    if (ok && ::fsync(fd) != 0) {
        error = errno;
        ok = false;
    }
    // A new export gets what any program's new file gets: rw for all, less the user's umask
    // (mkstemp made it 0600). A file replaced keeps its own permissions.
    mode_t mode = (S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH) & ~currentUmask();
    struct stat existing {};
    if (::stat(finalPath.constData(), &existing) == 0)
        mode = existing.st_mode & 07777;
    if (ok && ::fchmod(fd, mode) != 0) {
        error = errno;
        ok = false;
    }
    // close() is where some file systems (NFS, quotas) report the write that failed.
    if (::close(fd) != 0 && ok) {
        error = errno;
        ok = false;
    }
    if (ok && ::rename(temporary.constData(), finalPath.constData()) != 0) {
        error = errno;
        ok = false;
    }
    if (!ok) {
        ::unlink(temporary.constData());
        *reason = SafeWrite::reasonForErrno(error);
        return false;
    }
    // The rename is durable only once the folder's entry is on disk; best effort, as SQLite does.
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}
#endif

} // namespace

bool SafeWrite::checkTarget(const QString &target, QString *reason)
{
    const QFileInfo info(target);
    if (info.isDir()) {
        *reason = tr("it is a folder");
        return false;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        *reason = tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
        return false;
    }
    if (info.exists() && !writable(info.permissions())) {
        *reason = tr("the file is read-only");
        return false;
    }
    if (!writable(folder.permissions())) {
        *reason = tr("the folder is read-only");
        return false;
    }
    return true;
}

bool SafeWrite::write(const QString &target, const QByteArray &bytes, QString *reason)
{
    QString why;
    if (!checkTarget(target, &why)) {
        if (reason)
            *reason = why;
        return false;
    }
#ifdef Q_OS_UNIX
    const bool ok = writeUnix(target, bytes, &why);
#else
    QSaveFile file(target);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush()
        && file.commit();
    if (!ok)
        why = file.errorString();
#endif
    if (!ok && reason)
        *reason = why;
    return ok;
}

bool SafeWrite::readBack(const QString &path, QByteArray *bytes, QString *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (reason)
            *reason = file.errorString();
        return false;
    }
    const qint64 expected = file.size();
    *bytes = file.readAll();
    if (bytes->size() != expected || file.error() != QFileDevice::NoError) {
        if (reason)
            *reason = tr("the temporary copy could not be read back");
        return false;
    }
    return true;
}

QString SafeWrite::reasonForErrno(int error)
{
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return tr("the disk is full");
    case EFBIG:
        return tr("the disk is full, or the file is larger than the system allows");
    case EACCES:
    case EPERM:
        return tr("permission was refused");
    case EROFS:
        return tr("the disk is read-only");
    case ENOENT:
        return tr("the folder does not exist");
    case EIO:
        return tr("the disk could not be written (input/output error)");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

QString SafeWrite::failureMessage(const QString &path, const QString &reason)
{
    return tr("Could not write “%1”: %2.").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace scwres
