// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "RegularFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <QDir>
#else
#include "SafeWrite.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::RegularFile", text);
}

#ifndef Q_OS_WIN
QString modeProblem(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return tr("it is a folder, not a file");
    if (S_ISFIFO(mode))
        return tr("it is a named pipe, not a file");
    if (S_ISSOCK(mode))
        return tr("it is a socket, not a file");
    return tr("it is a device, not a file");
}
#endif

} // namespace

QString RegularFile::problem(const QString &path)
{
#ifdef Q_OS_WIN
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return tr("it is a folder, not a file");
    if (!info.isFile())
        return tr("it is a device, not a file");
    return {};
#else
    struct stat st {};
    // stat() follows links: a link to /dev/zero is a device.
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        struct stat link {};
        if (errno == ENOENT && ::lstat(QFile::encodeName(path).constData(), &link) == 0)
            return tr("it is a link to a file that does not exist");
        return {};
    }
    return modeProblem(st.st_mode);
#endif
}

bool RegularFile::open(QFile &file, const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    const QString before = problem(path);
    if (!before.isEmpty()) {
        if (error)
            *error = tr("%1 cannot be read: %2.").arg(name, before);
        return false;
    }
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(name, file.errorString());
        return false;
    }
#ifndef Q_OS_WIN
    // A Qt resource (":/…") has no handle; it is part of the program, not a file from elsewhere.
    struct stat st {};
    if (file.handle() >= 0 && (::fstat(file.handle(), &st) != 0 || !modeProblem(st.st_mode).isEmpty())) {
        file.close();
        if (error)
            *error = tr("%1 cannot be read: %2.").arg(name, modeProblem(st.st_mode));
        return false;
    }
#endif
    return true;
}

bool RegularFile::readAll(QFile &file, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    const QString name = QFileInfo(file.fileName()).fileName();
    bytes->clear();
    if (file.size() > maxBytes) {
        if (error)
            *error = tr("%1 is larger than %2 MB, too large for this kind of file.")
                         .arg(name)
                         .arg(maxBytes / (1024 * 1024));
        return false;
    }
    // The size said may be wrong (a file growing while it is read): the bytes are counted.
    while (true) {
        const QByteArray chunk = file.read(64 * 1024);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                if (error)
                    *error = tr("%1 could not be read: %2").arg(name, file.errorString());
                return false;
            }
            return true;
        }
        if (bytes->size() + chunk.size() > maxBytes) {
            bytes->clear();
            if (error)
                *error = tr("%1 is larger than %2 MB, too large for this kind of file.")
                             .arg(name)
                             .arg(maxBytes / (1024 * 1024));
            return false;
        }
        bytes->append(chunk);
    }
}

bool RegularFile::createPrivate(const QString &path, QString *reason)
{
#ifdef Q_OS_WIN
    // Windows: a new file in the user's profile folders is the user's alone by inheritance.
    QFile file(path);
    if (file.exists() || !file.open(QIODevice::NewOnly | QIODevice::WriteOnly)) {
        if (reason)
            *reason = file.errorString();
        return false;
    }
    return true;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (reason)
            *reason = SafeWrite::reasonForErrno(errno);
        return false;
    }
    // The umask can only take bits away; fchmod makes sure of 0600 whatever it is.
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::close(fd);
    return true;
#endif
}

} // namespace scwres
