// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace scwres::cli {

// The words of one sub-command split into "--name value" options and positional arguments.
// Kept tiny on purpose: every sub-command has a handful of options, all taking a value.
struct Options {
    QMap<QString, QString> values; // "--db" -> "file.db"
    QStringList positional;
    QString error; // non-empty when the words could not be read

    static Options parse(const QStringList &args, const QStringList &known);
    bool has(const QString &name) const { return values.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
};

} // namespace scwres::cli
