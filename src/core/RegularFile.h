// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QByteArray>
#include <QString>

class QFile;

namespace scwres {

// The one check every reader of a user-named file makes first (issue 37): only a regular file
// (or a link to one) is read. A directory, a device (/dev/zero), a named pipe or a socket would
// slip past size limits (their size is 0) or block an open() for ever (a pipe with no writer),
// so they are refused with words that say what the path is, before anything opens it.
class RegularFile final {
public:
    // Empty when path is a regular file or does not exist (the caller decides about that);
    // otherwise a phrase without the path: "it is a folder, not a file", "it is a device or a
    // named pipe, not a file", …
    static QString problem(const QString &path);

    // Opens path for reading when it is a regular file, and checks the opened file again (a
    // path swapped between the check and the open is caught). *error is a sentence naming the
    // file by its name only.
    static bool open(QFile &file, const QString &path, QString *error);

    // Reads the whole of an open file when it is at most maxBytes, counting the bytes read rather
    // than trusting the size reported. False (and *error a sentence) when it is larger or a read
    // fails.
    static bool readAll(QFile &file, qint64 maxBytes, QByteArray *bytes, QString *error);

    // Creates path as a new, empty file only its owner can read and write (0600 on POSIX), for
    // files that hold people's names: the database (SQLite gives its -wal, -shm and journal the
    // database file's mode) and its backups. False when it exists already or cannot be made;
    // *reason is a phrase ("the disk is full").
    static bool createPrivate(const QString &path, QString *reason);
};

} // namespace scwres
