// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/ZipArchive.h"

#include "export/DocumentWriter.h"

#include "SafeWrite.h"

#include <QDateTime>
#include <QFile>

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <algorithm>
#include <cstring>


namespace scwres {

namespace {

constexpr int kDeflated = Z_DEFLATED;

// minizip's file functions over a QByteArray: archives are built and read in memory, so no
// temporary file is written (a full disk or a private document never meets /tmp).
struct MemoryFile {
    QByteArray *data = nullptr;
    qint64 position = 0;
    bool readOnly = false;
};

voidpf memoryOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong memoryRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *file = static_cast<MemoryFile *>(stream);
    const qint64 available = std::max<qint64>(0, file->data->size() - file->position);
    const qint64 n = std::min<qint64>(qint64(size), available);
    std::memcpy(buffer, file->data->constData() + file->position, size_t(n));
    file->position += n;
    return uLong(n);
}

uLong memoryWrite(voidpf, voidpf stream, const void *buffer, uLong size)
{
    auto *file = static_cast<MemoryFile *>(stream);
    if (file->readOnly)
        return 0;
    const qint64 end = file->position + qint64(size);
    if (end > file->data->size())
        file->data->resize(end);
    std::memcpy(file->data->data() + file->position, buffer, size);
    file->position = end;
    return size;
}

ZPOS64_T memoryTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<MemoryFile *>(stream)->position);
}

long memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *file = static_cast<MemoryFile *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->data->size();
    const qint64 target = base + qint64(offset);
    if (target < 0 || (file->readOnly && target > file->data->size()))
        return -1;
    file->position = target;
    return 0;
}

int memoryClose(voidpf, voidpf)
{
    return 0;
}

int memoryError(voidpf, voidpf)
{
    return 0;
}

zlib_filefunc64_def memoryFunctions(MemoryFile *file)
{
    zlib_filefunc64_def functions{};
    functions.zopen64_file = memoryOpen;
    functions.zread_file = memoryRead;
    functions.zwrite_file = memoryWrite;
    functions.ztell64_file = memoryTell;
    functions.zseek64_file = memorySeek;
    functions.zclose_file = memoryClose;
    functions.zerror_file = memoryError;
    functions.opaque = file;
    return functions;
}

} // namespace

std::optional<QByteArray> ZipArchive::pack(const std::vector<ZipEntry> &entries, QString *reason)
{
    QByteArray bytes;
    MemoryFile file{&bytes, 0, false};
    zlib_filefunc64_def functions = memoryFunctions(&file);
    zipFile zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &functions);
    if (!zip) {
        if (reason)
            *reason = tr("the archive could not be started");
        return std::nullopt;
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
            *reason = tr("the archive could not be built (out of memory?)");
        return std::nullopt;
    }
    return bytes;
}

std::optional<std::vector<ZipEntry>> ZipArchive::read(const QString &path, QString *reason)
{
    QByteArray bytes;
    if (!SafeWrite::readBack(path, &bytes, reason))
        return std::nullopt;
    return read(bytes, reason);
}

std::optional<std::vector<ZipEntry>> ZipArchive::read(const QByteArray &zipBytes, QString *reason)
{
    QByteArray bytes = zipBytes;
    MemoryFile file{&bytes, 0, true};
    zlib_filefunc64_def functions = memoryFunctions(&file);
    unzFile zip = unzOpen2_64("memory", &functions);
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
    // Built in memory and read back whole before SafeWrite puts it on disk: only a complete,
    // readable archive is ever written.
    const std::optional<QByteArray> bytes = pack(entries, &reason);
    if (!bytes)
        return fail(reason);
    if (!verify(*bytes, &reason, entries.size()))
        return fail(reason);
    if (!SafeWrite::write(target, *bytes, &reason))
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
