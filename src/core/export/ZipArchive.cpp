// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/ZipArchive.h"

#include "export/DocumentWriter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <dlfcn.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace scwres {

namespace {

// minizip 1.1's ABI (zlib contrib, frozen since 2010), declared here because the headers are in
// libminizip-dev only.
using zipFile = void *;
using unzFile = void *;
struct tm_zip {
    unsigned tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year;
};
struct zip_fileinfo {
    tm_zip tmz_date;
    unsigned long dosDate;
    unsigned long internal_fa;
    unsigned long external_fa;
};
constexpr int kZipOk = 0;
constexpr int kUnzEndOfList = -100;
constexpr int kDeflated = 8;

struct Minizip {
    zipFile (*zipOpen64)(const void *, int) = nullptr;
    int (*zipOpenNewFileInZip64)(zipFile, const char *, const zip_fileinfo *, const void *, unsigned, const void *,
                                 unsigned, const char *, int, int, int) = nullptr;
    int (*zipWriteInFileInZip)(zipFile, const void *, unsigned) = nullptr;
    int (*zipCloseFileInZip)(zipFile) = nullptr;
    int (*zipClose)(zipFile, const char *) = nullptr;
    unzFile (*unzOpen64)(const void *) = nullptr;
    int (*unzGoToFirstFile)(unzFile) = nullptr;
    int (*unzGoToNextFile)(unzFile) = nullptr;
    int (*unzGetCurrentFileInfo64)(unzFile, void *, char *, unsigned long, void *, unsigned long, char *,
                                   unsigned long) = nullptr;
    int (*unzOpenCurrentFile)(unzFile) = nullptr;
    int (*unzReadCurrentFile)(unzFile, void *, unsigned) = nullptr;
    int (*unzCloseCurrentFile)(unzFile) = nullptr;
    int (*unzClose)(unzFile) = nullptr;
    bool ok = false;
};

template <typename F>
bool resolve(void *library, const char *name, F &function)
{
    function = reinterpret_cast<F>(dlsym(library, name));
    return function != nullptr;
}

const Minizip &minizip()
{
    static const Minizip api = [] {
        Minizip m;
        void *library = dlopen("libminizip.so.1", RTLD_NOW | RTLD_LOCAL);
        if (!library)
            return m;
        m.ok = resolve(library, "zipOpen64", m.zipOpen64)
            && resolve(library, "zipOpenNewFileInZip64", m.zipOpenNewFileInZip64)
            && resolve(library, "zipWriteInFileInZip", m.zipWriteInFileInZip)
            && resolve(library, "zipCloseFileInZip", m.zipCloseFileInZip) && resolve(library, "zipClose", m.zipClose)
            && resolve(library, "unzOpen64", m.unzOpen64) && resolve(library, "unzGoToFirstFile", m.unzGoToFirstFile)
            && resolve(library, "unzGoToNextFile", m.unzGoToNextFile)
            && resolve(library, "unzGetCurrentFileInfo64", m.unzGetCurrentFileInfo64)
            && resolve(library, "unzOpenCurrentFile", m.unzOpenCurrentFile)
            && resolve(library, "unzReadCurrentFile", m.unzReadCurrentFile)
            && resolve(library, "unzCloseCurrentFile", m.unzCloseCurrentFile)
            && resolve(library, "unzClose", m.unzClose);
        return m;
    }();
    return api;
}

QString missingLibrary()
{
    return ZipArchive::tr("the zip library (libminizip.so.1) is not available");
}

} // namespace

bool ZipArchive::write(const QString &path, const std::vector<ZipEntry> &entries, QString *reason)
{
    const Minizip &m = minizip();
    if (!m.ok) {
        if (reason)
            *reason = missingLibrary();
        return false;
    }
    const QByteArray encoded = QFile::encodeName(path);
    zipFile zip = m.zipOpen64(encoded.constData(), 0);
    if (!zip) {
        if (reason)
            *reason = tr("the file could not be created");
        return false;
    }
    const QDateTime now = QDateTime::currentDateTime();
    zip_fileinfo info{};
    info.tmz_date = {unsigned(now.time().second()), unsigned(now.time().minute()), unsigned(now.time().hour()),
                     unsigned(now.date().day()), unsigned(now.date().month() - 1), unsigned(now.date().year())};
    bool ok = true;
    for (const ZipEntry &entry : entries) {
        const QByteArray name = entry.name.toUtf8();
        const bool stored = entry.name == QLatin1String("mimetype");
        ok = m.zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                     stored ? 0 : kDeflated, stored ? 0 : 6, 0)
                 == kZipOk
          && m.zipWriteInFileInZip(zip, entry.data.constData(), unsigned(entry.data.size())) == kZipOk
          && m.zipCloseFileInZip(zip) == kZipOk;
        if (!ok)
            break;
    }
    const bool closed = m.zipClose(zip, nullptr) == kZipOk;
    if (!ok || !closed) {
        if (reason)
            *reason = tr("the archive could not be written (disk full?)");
        return false;
    }
    return true;
}

std::optional<std::vector<ZipEntry>> ZipArchive::read(const QString &path, QString *reason)
{
    const Minizip &m = minizip();
    if (!m.ok) {
        if (reason)
            *reason = missingLibrary();
        return std::nullopt;
    }
    const QByteArray encoded = QFile::encodeName(path);
    unzFile zip = m.unzOpen64(encoded.constData());
    if (!zip) {
        if (reason)
            *reason = tr("it is not a zip archive");
        return std::nullopt;
    }
    std::vector<ZipEntry> entries;
    bool ok = true;
    for (int status = m.unzGoToFirstFile(zip); status == kZipOk; status = m.unzGoToNextFile(zip)) {
        char name[1024] = {};
        if (m.unzGetCurrentFileInfo64(zip, nullptr, name, sizeof name - 1, nullptr, 0, nullptr, 0) != kZipOk
            || m.unzOpenCurrentFile(zip) != kZipOk) {
            ok = false;
            break;
        }
        ZipEntry entry{QString::fromUtf8(name), {}};
        char buffer[16384];
        int read = 0;
        while ((read = m.unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            entry.data.append(buffer, read);
        m.unzCloseCurrentFile(zip);
        if (read < 0) {
            ok = false;
            break;
        }
        entries.push_back(std::move(entry));
    }
    m.unzClose(zip);
    if (!ok) {
        if (reason)
            *reason = tr("the archive is damaged");
        return std::nullopt;
    }
    return entries;
}

std::optional<std::vector<ZipEntry>> ZipArchive::read(const QByteArray &zip, QString *reason)
{
    QTemporaryFile file;
    if (!file.open() || file.write(zip) != zip.size() || !file.flush()) {
        if (reason)
            *reason = file.errorString();
        return std::nullopt;
    }
    return read(file.fileName(), reason);
}

bool ZipArchive::writeSafely(const QString &target, const std::vector<ZipEntry> &entries, QString *error)
{
    const QFileInfo info(target);
    QTemporaryFile reserve(info.absoluteFilePath() + QStringLiteral(".tmp-XXXXXX"));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        if (error)
            *error = DocumentWriter::failureMessage(target, reserve.errorString());
        return false;
    }
    const QString temporary = reserve.fileName();
    reserve.close();
    QString reason;
    if (!write(temporary, entries, &reason) || !moveIntoPlace(temporary, target, &reason)) {
        QFile::remove(temporary);
        if (error)
            *error = DocumentWriter::failureMessage(target, reason);
        return false;
    }
    return true;
}

bool moveIntoPlace(const QString &temporary, const QString &target, QString *reason)
{
    // A temporary file is private to its owner; the report gets the permissions of the file it
    // replaces, or those of an ordinary new document.
    QFile::setPermissions(temporary, QFile::exists(target)
                                         ? QFile::permissions(target)
                                         : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                               | QFileDevice::ReadOther);
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(QFileInfo(target).absoluteFilePath());
    // rename() replaces an existing target atomically on POSIX; where it refuses to (Windows),
    // the old file is removed first.
    if (std::rename(from.constData(), to.constData()) == 0)
        return true;
    const QString why = QString::fromLocal8Bit(std::strerror(errno));
    if (QFile::exists(target) && QFile::remove(target) && std::rename(from.constData(), to.constData()) == 0)
        return true;
    QFile::remove(temporary);
    if (reason)
        *reason = why;
    return false;
}

} // namespace scwres
