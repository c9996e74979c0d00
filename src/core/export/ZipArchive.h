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
    // Entries in order; an entry named "mimetype" is stored uncompressed (ODF and EPUB want it
    // first and stored). On failure sets *reason (a phrase, no path).
    static bool write(const QString &path, const std::vector<ZipEntry> &entries, QString *reason);
    static std::optional<std::vector<ZipEntry>> read(const QString &path, QString *reason);
    static std::optional<std::vector<ZipEntry>> read(const QByteArray &zip, QString *reason);
    // Writes beside target under a temporary name and renames it into place; a failure leaves
    // the target as it was, no temporary file, and *error = "Could not write “path”: reason."
    static bool writeSafely(const QString &target, const std::vector<ZipEntry> &entries, QString *error);
};

// Renames temporary over target (atomically where the system can), removing temporary on
// failure; *reason says why.
bool moveIntoPlace(const QString &temporary, const QString &target, QString *reason);

} // namespace scwres
