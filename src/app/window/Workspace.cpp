// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Workspace.h"

namespace scwres {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

Workspace::~Workspace()
{
    // The stack clears itself on destruction and announces it; by then the window that listens
    // is half gone.
    m_undoStack->blockSignals(true);
}

bool Workspace::openDatabase(const QString &path, QString *error, Database::OpenFailure *failure)
{
    auto db = Database::open(path, error, failure);
    if (!db)
        return false;
    m_undoStack->clear();
    m_database = std::move(db);
    m_authorityId = 0;
    m_year = 0;
    Q_EMIT databaseChanged();
    Q_EMIT authoritiesChanged();
    Q_EMIT selectionChanged(0, 0);
    return true;
}

void Workspace::closeDatabase()
{
    m_undoStack->clear();
    m_database.reset();
    m_authorityId = 0;
    m_year = 0;
    Q_EMIT databaseChanged();
    Q_EMIT authoritiesChanged();
    Q_EMIT selectionChanged(0, 0);
}

void Workspace::select(long long authorityId, int year)
{
    if (authorityId == m_authorityId && year == m_year)
        return;
    m_authorityId = authorityId;
    m_year = year;
    Q_EMIT selectionChanged(authorityId, year);
}

std::optional<AnnualReturn> Workspace::currentReturn() const
{
    if (!m_database || m_authorityId == 0 || m_year == 0)
        return std::nullopt;
    return m_database->loadReturn(m_authorityId, m_year);
}

bool Workspace::storeReturn(const AnnualReturn &ret)
{
    if (!m_database)
        return false;
    const bool isNewAuthority = !m_database->authorityByName(ret.authorityName);
    const std::optional<AnnualReturn> before = m_database->loadReturn(ret.authorityName, ret.year);
    if (!m_database->saveReturn(ret)) {
        Q_EMIT errorOccurred(tr("The change could not be saved: %1").arg(m_database->lastError()));
        return false;
    }
    if (isNewAuthority || !before)
        Q_EMIT authoritiesChanged();
    Q_EMIT returnChanged(ret.authorityName, ret.year);
    return true;
}

bool Workspace::removeReturn(const QString &authorityName, int year)
{
    if (!m_database)
        return false;
    const auto authority = m_database->authorityByName(authorityName);
    if (!authority)
        return false;
    if (!m_database->deleteReturn(authority->id, year)) {
        Q_EMIT errorOccurred(tr("The year could not be deleted: %1").arg(m_database->lastError()));
        return false;
    }
    if (m_authorityId == authority->id && m_year == year)
        select(authority->id, 0);
    Q_EMIT authoritiesChanged();
    Q_EMIT returnChanged(authorityName, year);
    return true;
}

void Workspace::notifyAuthoritiesChanged()
{
    Q_EMIT authoritiesChanged();
}

} // namespace scwres
