// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/ZipArchive.h"

#include "export/DocumentWriter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace scwres {

namespace {

constexpr int kDeflated = Z_DEFLATED;

} // namespace

bool ZipArchive::write(const QString &path, const std::vector<ZipEntry> &entries, QString *reason)
{
    const QByteArray encoded = QFile::encodeName(path);
    zipFile zip = zipOpen64(encoded.constData(), 0);
    if (!zip) {
        if (reason)
            *reason = tr("the file could not be created");
        return false;
    }
    const QDateTime now = QDateTime::currentDateTime();
    zip_fileinfo info{};
    info.tmz_date.tm_sec = uInt(now.time().second());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_year = uInt(now.date().year());
    bool ok = true;
    for (const ZipEntry &entry : entries) {
        const QByteArray name = entry.name.toUtf8();
        const bool stored = entry.name == QLatin1String("mimetype");
        ok = zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                     stored ? 0 : kDeflated, stored ? 0 : 6, 0)
                 == ZIP_OK
          && zipWriteInFileInZip(zip, entry.data.constData(), unsigned(entry.data.size())) == ZIP_OK
          && zipCloseFileInZip(zip) == ZIP_OK;
        if (!ok)
            break;
    }
    const bool closed = zipClose(zip, nullptr) == ZIP_OK;
    if (!ok || !closed) {
        if (reason)
            *reason = tr("the archive could not be written (disk full?)");
        return false;
    }
    return true;
}

std::optional<std::vector<ZipEntry>> ZipArchive::read(const QString &path, QString *reason)
{
    const QByteArray encoded = QFile::encodeName(path);
    unzFile zip = unzOpen64(encoded.constData());
    if (!zip) {
        if (reason)
            *reason = tr("it is not a zip archive");
        return std::nullopt;
    }
    std::vector<ZipEntry> entries;
    bool ok = true;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        char name[1024] = {};
        if (unzGetCurrentFileInfo64(zip, nullptr, name, sizeof name - 1, nullptr, 0, nullptr, 0) != UNZ_OK
            || unzOpenCurrentFile(zip) != UNZ_OK) {
            ok = false;
            break;
        }
        ZipEntry entry{QString::fromUtf8(name), {}};
        char buffer[16384];
        int read = 0;
        while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            entry.data.append(buffer, read);
        unzCloseCurrentFile(zip);
        if (read < 0) {
            ok = false;
            break;
        }
        entries.push_back(std::move(entry));
    }
    unzClose(zip);
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
