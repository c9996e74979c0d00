// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ProfileStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace scwres::extract {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::extract::ProfileStore", text);
}

} // namespace

QString ProfileStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/SCWRES/extract-profiles");
}

ProfileStore::ProfileStore(QString folder) : m_folder(std::move(folder)) {}

QString ProfileStore::pathFor(const QString &name) const
{
    // A readable stem plus a hash of the exact name: two names that differ only in punctuation
    // or case are two files, and no name can reach outside the folder.
    QString stem;
    for (QChar c : name.toLower())
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            stem += c;
        else if (!stem.endsWith(QLatin1Char('-')))
            stem += QLatin1Char('-');
    stem = stem.left(40);
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    return m_folder + QLatin1Char('/') + stem + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

std::vector<Profile> ProfileStore::list(QStringList *problems) const
{
    std::vector<Profile> out;
    const QDir dir(m_folder);
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const ProfileReadResult read = readProfileFile(dir.filePath(file));
        if (read.value)
            out.push_back(*read.value);
        else if (problems)
            *problems << tr("%1: %2").arg(file, read.error);
    }
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

std::optional<Profile> ProfileStore::find(const QString &name, QString *error) const
{
    for (const Profile &p : list())
        if (p.name == name)
            return p;
    if (error)
        *error = tr("There is no saved profile named \"%1\" (in %2).").arg(name, m_folder);
    return std::nullopt;
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    if (profile.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A profile needs a name.");
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(m_folder);
        return false;
    }
    return writeProfileFile(profile, pathFor(profile.name), error);
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    QFile file(pathFor(name));
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = tr("Cannot delete the profile \"%1\": %2").arg(name, file.errorString());
    return false;
}

} // namespace scwres::extract
