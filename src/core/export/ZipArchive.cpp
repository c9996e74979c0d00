// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/ZipArchive.h"

#include "export/DocumentWriter.h"

#include "SafeWrite.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <minizip/unzip.h>
#include <minizip/zip.h>


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
        // Closing is where minizip compares the CRC: a truncated or damaged entry fails here.
        const bool intact = unzCloseCurrentFile(zip) == UNZ_OK;
        if (read < 0 || !intact) {
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
    auto fail = [&](const QString &reason) {
        if (error)
            *error = SafeWrite::failureMessage(target, reason);
        return false;
    };
    QString reason;
    if (!SafeWrite::checkTarget(target, &reason))
        return fail(reason);
    // minizip writes only to a path: a private folder in the system's temporary location, read
    // back and checked, so only a complete, readable archive is ever handed to SafeWrite.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(tr("no temporary folder could be made (%1)").arg(scratch.errorString()));
    const QString temporary = scratch.filePath(QStringLiteral("archive.zip"));
    QByteArray bytes;
    if (!write(temporary, entries, &reason) || !SafeWrite::readBack(temporary, &bytes, &reason))
        return fail(reason);
    if (!verify(bytes, &reason, entries.size()))
        return fail(reason);
    if (!SafeWrite::write(target, bytes, &reason))
        return fail(reason);
    return true;
}

bool ZipArchive::verify(const QByteArray &zip, QString *reason, std::size_t expectedEntries)
{
    const auto entries = read(zip, reason);
    if (!entries)
        return false;
    if (entries->empty() || (expectedEntries != 0 && entries->size() != expectedEntries)) {
        if (reason)
            *reason = tr("the archive was not written completely (the disk may be full)");
        return false;
    }
    return true;
}

} // namespace scwres
