// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ProfileStore.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

namespace scwres::extract {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::extract::ProfileStore", text);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString ProfileStore::legacyFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/SCWRES/extract-profiles");
}

ProfileStore::ProfileStore(Database &db) : m_db(db) {}

std::vector<Profile> ProfileStore::list(QStringList *problems) const
{
    std::vector<Profile> out;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT name, profile FROM extract_profile"));
    if (!m_db.exec(query)) {
        if (problems)
            *problems << m_db.lastError();
        return out;
    }
    while (query.next()) {
        const QString name = query.value(0).toString();
        ProfileReadResult read = readProfileJson(query.value(1).toString().toUtf8());
        if (!read.value) {
            if (problems)
                *problems << tr("%1: %2").arg(name, read.error);
            continue;
        }
        read.value->name = name; // the row's name is the key the lead chose
        out.push_back(std::move(*read.value));
    }
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

std::optional<Profile> ProfileStore::find(const QString &name, QString *error) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT profile FROM extract_profile WHERE name = ?"));
    query.addBindValue(name);
    if (!m_db.exec(query)) {
        if (error)
            *error = m_db.lastError();
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = tr("There is no saved profile named \"%1\" in %2.")
                         .arg(name, QDir::toNativeSeparators(m_db.path()));
        return std::nullopt;
    }
    ProfileReadResult read = readProfileJson(query.value(0).toString().toUtf8());
    if (!read.value) {
        if (error)
            *error = tr("The saved profile \"%1\" cannot be read: %2").arg(name, read.error);
        return std::nullopt;
    }
    read.value->name = name;
    return read.value;
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("A profile needs a name.");
        return false;
    }
    Profile stored = profile;
    stored.name = name;
    // Written through the public writer and read back: what is stored is exactly what export
    // gives and import accepts.
    const QByteArray text = writeProfileJson(stored);
    const ProfileReadResult check = readProfileJson(text);
    if (!check.value) {
        if (error)
            *error = tr("The profile \"%1\" cannot be saved: %2").arg(name, check.error);
        return false;
    }
    const bool ok = m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO extract_profile (name, kind, profile, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, profile = excluded.profile, "
            "updated_at = excluded.updated_at"));
        const QString now = nowText();
        query.addBindValue(name);
        query.addBindValue(extractKindKey(stored.kind));
        query.addBindValue(QString::fromUtf8(text));
        query.addBindValue(now);
        query.addBindValue(now);
        return m_db.exec(query);
    });
    if (!ok && error)
        *error = tr("Cannot save the profile \"%1\": %2").arg(name, m_db.lastError());
    return ok;
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    const bool ok = m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("DELETE FROM extract_profile WHERE name = ?"));
        query.addBindValue(name);
        return m_db.exec(query);
    });
    if (!ok && error)
        *error = tr("Cannot delete the profile \"%1\": %2").arg(name, m_db.lastError());
    return ok;
}

int ProfileStore::takeInFolder(const QString &folder, QStringList *problems)
{
    const QDir dir(folder);
    if (!dir.exists())
        return 0;
    int added = 0;
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const ProfileReadResult read = readProfileFile(dir.filePath(file));
        if (!read.value) {
            if (problems)
                *problems << tr("%1: %2").arg(file, read.error);
            continue;
        }
        if (read.value->name.trimmed().isEmpty()) {
            if (problems)
                *problems << tr("%1: name: missing").arg(file);
            continue;
        }
        QString ignored;
        if (find(read.value->name.trimmed(), &ignored))
            continue; // a profile saved in this database wins over an old file of the same name
        QString error;
        if (save(*read.value, &error))
            ++added;
        else if (problems)
            *problems << tr("%1: %2").arg(file, error);
    }
    return added;
}

} // namespace scwres::extract
