// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QByteArray>
#include <QString>

namespace scwres {

// The one way the program puts a finished file on disk: every export (JSON, xlsx, docx, odt, pdf,
// html, csv, png, svg) is built in memory or in a private temporary file first, then handed here.
//
// Why not QSaveFile alone: Qt 6.4's QSaveFile::write() only buffers and commit() does not report
// a failed final flush, so a full disk left a 0-byte file and "success". Here every write(),
// fsync() and close() is checked before the rename, and any failure leaves the previous file
// byte-identical and no temporary behind.
class SafeWrite final {
public:
    // Refuses a target that must not be replaced: a folder, a file without write permission, or a
    // folder without write permission. Permission *bits* are read, not access(), so an
    // administrator (root) is refused a read-only file too: the owner said no. *reason is a
    // phrase ("the file is read-only"), no path.
    static bool checkTarget(const QString &target, QString *reason);

    // Writes bytes to target atomically: a temporary file beside it, every byte checked, fsync,
    // rename. The new file keeps the permissions of the one it replaces (a new one: rw for all less
    // the umask, as any program's new file).
    // *reason as above.
    static bool write(const QString &target, const QByteArray &bytes, QString *reason);

    // Reads a file that a library (libxlsxwriter, minizip) wrote to a private temporary path, so
    // that it can be checked and then written with write(). Fails on a short read.
    static bool readBack(const QString &path, QByteArray *bytes, QString *reason);

    // A user-facing phrase for an errno value: "the disk is full", "permission was refused", …
    static QString reasonForErrno(int error);

    // "Could not write “path”: reason." — the sentence every writer returns.
    static QString failureMessage(const QString &path, const QString &reason);
};

} // namespace scwres
