// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Backups.h"

#include "Database.h"
#include "SafeWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace scwres {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::Backups", text);
}

QString stem(const QString &databaseFileName)
{
    return QFileInfo(databaseFileName).completeBaseName();
}
} // namespace

Backups::Backups(QString backupFolder, int keep)
    : m_folder(std::move(backupFolder))
    , m_keep(std::max(1, keep))
{
}

QString Backups::defaultFolderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backups::take(Database &db, const QDateTime &now, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_folder));
        return {};
    }
    const QString name = QStringLiteral("%1-%2.sqlite")
                             .arg(stem(QFileInfo(db.path()).fileName()), now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString target = QDir(m_folder).filePath(name);
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!db.backupTo(partial)) {
        QFile::remove(partial);
        if (error)
            *error = tr("Cannot back up the database: %1").arg(db.lastError());
        return {};
    }
    // A backup nobody can open is worse than none: it would be trusted. Check it before keeping it.
    {
        QString openError;
        if (!Database::open(partial, &openError, nullptr, Database::Mode::ReadOnly)) {
            QFile::remove(partial);
            if (error)
                *error = tr("The backup could not be checked: %1").arg(openError);
            return {};
        }
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        if (error)
            *error = tr("Cannot name the backup %1.").arg(QDir::toNativeSeparators(target));
        return {};
    }
    thin(QFileInfo(db.path()).fileName());
    return target;
}

QStringList Backups::list(const QString &databaseFileName) const
{
    QDir dir(m_folder);
    // The timestamp in the name sorts the same as time, so the newest come first by name.
    // Built up because "??-" in one literal is a trigraph to the compiler.
    const QString pattern = stem(databaseFileName) + QLatin1Char('-') + QString(8, QLatin1Char('?')) + QLatin1Char('-')
        + QString(6, QLatin1Char('?')) + QStringLiteral(".sqlite");
    QStringList names = dir.entryList({pattern},
                                      QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &n : names)
        n = dir.filePath(n);
    return names;
}

QString Backups::restore(const QString &backup, const QString &databasePath, const QDateTime &now, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    const QString restored = databasePath + QStringLiteral(".restoring");
    QFile::remove(restored);
    QByteArray bytes;
    QString reason;
    if (!SafeWrite::readBack(backup, &bytes, &reason))
        return fail(tr("The backup %1 cannot be read: %2.").arg(QDir::toNativeSeparators(backup), reason));
    if (!SafeWrite::write(restored, bytes, &reason))
        return fail(tr("The backup could not be copied beside the database: %1.").arg(reason));
    {
        QString openError;
        if (!Database::open(restored, &openError, nullptr, Database::Mode::ReadOnly)) {
            QFile::remove(restored);
            return fail(tr("The backup did not pass its check: %1").arg(openError));
        }
    }
    // Renames within one folder need no space and cannot half-happen; each one done is undone if
    // a later one fails.
    const QString damaged = databasePath + QStringLiteral(".damaged-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QStringList moved;
    auto rollBack = [&] {
        for (const QString &suffix : moved)
            QFile::rename(damaged + suffix, databasePath + suffix);
        QFile::remove(restored);
    };
    // The -wal and -shm files belong to the damaged file; they must not be replayed into the copy.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFile::exists(databasePath + suffix))
            continue;
        if (!QFile::rename(databasePath + suffix, damaged + suffix)) {
            rollBack();
            return fail(tr("The damaged database could not be renamed, so nothing was changed."));
        }
        moved << suffix;
    }
    if (!QFile::rename(restored, databasePath)) {
        rollBack();
        return fail(tr("The restored copy could not be put in place, so nothing was changed."));
    }
    return damaged;
}

void Backups::thin(const QString &databaseFileName) const
{
    const QStringList all = list(databaseFileName);
    for (int i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
}

} // namespace scwres
