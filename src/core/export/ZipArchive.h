// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace scwres {

struct ZipEntry {
    QString name; // path inside the archive, "/" separated
    QByteArray data;
};

// Zip containers (ODT, DOCX) through minizip, the zip library libxlsxwriter already uses.
// Not QuaZip: it exports its own, incompatible copies of minizip's zipOpen*/unz* functions, and
// once libquazip is loaded libxlsxwriter's calls bind to them and workbook_close() crashes.
class ZipArchive final {
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    // The archive in memory. Entries in order; an entry named "mimetype" is stored uncompressed
    // (ODF and EPUB want it first and stored). On failure sets *reason (a phrase, no path).
    static std::optional<QByteArray> pack(const std::vector<ZipEntry> &entries, QString *reason);
    static std::optional<std::vector<ZipEntry>> read(const QString &path, QString *reason);
    static std::optional<std::vector<ZipEntry>> read(const QByteArray &zip, QString *reason);
    // Builds the archive privately, checks it reads back whole, then writes it through SafeWrite:
    // a failure leaves the target as it was, no temporary file, and
    // *error = "Could not write “path”: reason."
    static bool writeSafely(const QString &target, const std::vector<ZipEntry> &entries, QString *error);
    // True when zip opens, every entry decompresses with a good CRC, and it has expectedEntries
    // entries (0: any number but none).
    static bool verify(const QByteArray &zip, QString *reason, std::size_t expectedEntries = 0);
};

} // namespace scwres
