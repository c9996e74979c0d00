// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "Database.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace scwres {

// What the panels share: the open database, the undo history and the selected authority and
// year. Panels read through it and change data only through undo commands that call it, so
// every edit is saved at once and every panel hears about it.
class Workspace final : public QObject {
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Replaces the open database (the old one is closed, the undo history cleared).
    bool openDatabase(const QString &path, QString *error, Database::OpenFailure *failure = nullptr);
    void closeDatabase();
    Database *database() const { return m_database.get(); }
    // The open file could not be written (its permissions): panels show it and offer no editing.
    bool isReadOnly() const { return m_database && m_database->isReadOnly(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    long long currentAuthorityId() const { return m_authorityId; }
    int currentYear() const { return m_year; }
    void select(long long authorityId, int year);
    std::optional<AnnualReturn> currentReturn() const;

    // Writes a return (add or replace its year) and tells every panel. Used by undo commands.
    bool storeReturn(const AnnualReturn &ret);
    bool removeReturn(const QString &authorityName, int year);
    // Tells the panels that something outside a return changed (an authority profile, a plan).
    void notifyAuthoritiesChanged();

Q_SIGNALS:
    void databaseChanged();
    void authoritiesChanged();
    void selectionChanged(long long authorityId, int year);
    void returnChanged(const QString &authorityName, int year);
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack = nullptr;
    long long m_authorityId = 0;
    int m_year = 0;
};

} // namespace scwres
