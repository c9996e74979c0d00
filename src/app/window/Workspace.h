// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "Database.h"

#include <QObject>
#include <QUndoGroup>
#include <QUndoStack>

#include <map>
#include <memory>
#include <optional>
#include <tuple>

namespace scwres {

// What the panels share: the open database, the undo histories and the selected authority and
// year. Panels read through it and change data only through undo commands that call it, so
// every edit is saved at once and every panel hears about it.
//
// Undo is per record: one stack per return (authority × year), one per action plan and one per
// authority (its profile, adding and deleting years), all in one QUndoGroup. The active stack is
// the record on screen: the selected year's plan while the plan panel is shown, its return
// otherwise, the authority's own stack when no year is selected. So Ctrl+Z never reaches a
// record that is not on screen.
class Workspace final : public QObject {
    Q_OBJECT

public:
    enum class RecordKind { Return, Plan };

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Replaces the open database (the old one is closed, every undo history cleared).
    bool openDatabase(const QString &path, QString *error, Database::OpenFailure *failure = nullptr);
    void closeDatabase();
    Database *database() const { return m_database.get(); }
    // The open file could not be written (its permissions): panels show it and offer no editing.
    bool isReadOnly() const { return m_database && m_database->isReadOnly(); }

    QUndoGroup *undoGroup() const { return m_undoGroup; }
    // The active stack (the record on screen); never null.
    QUndoStack *undoStack() const;
    // The history of one record, made on first use. Records are known by the authority's name,
    // as the commands know them (an authority's id changes when its creation is undone and redone).
    QUndoStack *returnStack(const QString &authorityName, int year);
    QUndoStack *planStack(const QString &authorityName, int year);
    QUndoStack *authorityStack(const QString &authorityName);
    // Pushes a command onto that record's stack, its text prefixed with the record ("2024 return: …")
    // so that Edit > Undo says which year it undoes.
    void pushReturnChange(const QString &authorityName, int year, QUndoCommand *command);
    void pushPlanChange(long long authorityId, int year, QUndoCommand *command);
    void pushAuthorityChange(const QString &authorityName, QUndoCommand *command);
    // Closes a year's undo histories (return and plan): nothing before this point can be undone.
    // Used when the plan is signed off.
    void closeHistory(long long authorityId, int year);
    // An authority renamed: its records' stacks follow the new name.
    void renameRecords(const QString &oldName, const QString &newName);

    // Which of the selected year's records is on screen (the plan panel shows the plan).
    RecordKind activeKind() const { return m_activeKind; }
    void setActiveKind(RecordKind kind);

    long long currentAuthorityId() const { return m_authorityId; }
    int currentYear() const { return m_year; }
    void select(long long authorityId, int year);
    std::optional<AnnualReturn> currentReturn() const;

    // Writes a return (add or replace its year) and tells every panel. Used by undo commands.
    // historyNote: kept with the change in the history (HistoryNote kinds); empty for an edit.
    // The longest a commit waits for its fsync (Database::deferSync).
    static constexpr std::chrono::milliseconds kSyncDelay{100};
    // Every commit fsynced now; a failure is reported through errorOccurred.
    void syncToDisk();

    bool storeReturn(const AnnualReturn &ret, const QString &historyKind = {}, const QString &historyDetail = {});
    bool removeReturn(const QString &authorityName, int year);
    // Tells the panels that something outside a return changed (an authority profile, a plan).
    void notifyAuthoritiesChanged();
    // Tells the panels that a year's records were changed outside an undo command (a restore,
    // a sign-off): they re-read.
    void notifyReturnChanged(const QString &authorityName, int year);

Q_SIGNALS:
    void databaseChanged();
    void authoritiesChanged();
    void selectionChanged(long long authorityId, int year);
    void returnChanged(const QString &authorityName, int year);
    // A plan was written outside its undo stack (signed off, reopened, restored): re-read it.
    void planStored(long long authorityId, int year);
    void errorOccurred(const QString &message);

private:
    using Key = std::tuple<QString, int, int>; // authority name, year (0: the authority), kind
    QUndoStack *stack(const Key &key);
    QString authorityName(long long id) const;
    void updateActiveStack();
    void clearStacks();

    std::unique_ptr<Database> m_database;
    QUndoGroup *m_undoGroup = nullptr;
    // Active when nothing is selected, so that undoStack() is never null; always empty.
    QUndoStack *m_idleStack = nullptr;
    std::map<Key, QUndoStack *> m_stacks;
    RecordKind m_activeKind = RecordKind::Return;
    long long m_authorityId = 0;
    int m_year = 0;
};

} // namespace scwres
