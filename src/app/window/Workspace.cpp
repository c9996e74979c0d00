// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Workspace.h"

#include <QGuiApplication>

namespace scwres {

namespace {
constexpr int kReturnStack = 0;
constexpr int kPlanStack = 1;
} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_idleStack(new QUndoStack(this))
{
    m_undoGroup->addStack(m_idleStack);
    m_undoGroup->setActiveStack(m_idleStack);
    // Leaving the program's windows or quitting makes every commit durable at once, so nothing
    // waits on the worker's delay while the laptop is shut or the power is pulled.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            syncToDisk();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Workspace::syncToDisk);
}

void Workspace::syncToDisk()
{
    if (m_database && !m_database->syncNow())
        Q_EMIT errorOccurred(m_database->lastError());
}

Workspace::~Workspace()
{
    // The stacks clear themselves on destruction and announce it; by then the window that
    // listens is half gone.
    m_undoGroup->blockSignals(true);
    m_idleStack->blockSignals(true);
    for (auto &[key, stack] : m_stacks)
        stack->blockSignals(true);
}

QUndoStack *Workspace::undoStack() const
{
    QUndoStack *active = m_undoGroup->activeStack();
    return active ? active : m_idleStack;
}

QUndoStack *Workspace::stack(const Key &key)
{
    auto it = m_stacks.find(key);
    if (it == m_stacks.end()) {
        auto *created = new QUndoStack(this);
        m_undoGroup->addStack(created);
        it = m_stacks.emplace(key, created).first;
    }
    return it->second;
}

QUndoStack *Workspace::returnStack(const QString &authorityName, int year)
{
    return stack({authorityName, year, kReturnStack});
}

QUndoStack *Workspace::planStack(const QString &authorityName, int year)
{
    return stack({authorityName, year, kPlanStack});
}

QUndoStack *Workspace::authorityStack(const QString &authorityName)
{
    return stack({authorityName, 0, kReturnStack});
}

void Workspace::pushReturnChange(const QString &authorityName, int year, QUndoCommand *command)
{
    command->setText(tr("%1 return: %2").arg(year).arg(command->text()));
    returnStack(authorityName, year)->push(command);
}

void Workspace::pushPlanChange(long long authorityId, int year, QUndoCommand *command)
{
    command->setText(tr("%1 action plan: %2").arg(year).arg(command->text()));
    planStack(authorityName(authorityId), year)->push(command);
}

void Workspace::pushAuthorityChange(const QString &authorityName, QUndoCommand *command)
{
    command->setText(tr("%1: %2").arg(authorityName, command->text()));
    authorityStack(authorityName)->push(command);
}

void Workspace::closeHistory(long long authorityId, int year)
{
    const QString name = authorityName(authorityId);
    returnStack(name, year)->clear();
    planStack(name, year)->clear();
}

void Workspace::renameRecords(const QString &oldName, const QString &newName)
{
    if (oldName == newName)
        return;
    std::map<Key, QUndoStack *> renamed;
    for (auto &[key, stack] : m_stacks) {
        if (std::get<0>(key) == newName) {
            // Left from an authority of that name that no longer exists (an undone creation).
            m_undoGroup->removeStack(stack);
            stack->deleteLater();
        } else if (std::get<0>(key) == oldName) {
            renamed[{newName, std::get<1>(key), std::get<2>(key)}] = stack;
        } else {
            renamed[key] = stack;
        }
    }
    m_stacks = std::move(renamed);
    updateActiveStack();
}

void Workspace::setActiveKind(RecordKind kind)
{
    m_activeKind = kind;
    updateActiveStack();
}

QString Workspace::authorityName(long long id) const
{
    if (!m_database || id == 0)
        return QString();
    const auto authority = m_database->authority(id);
    return authority ? authority->name : QString();
}

void Workspace::updateActiveStack()
{
    const QString name = authorityName(m_authorityId);
    QUndoStack *active = m_idleStack;
    if (!name.isEmpty()) {
        if (m_year == 0)
            active = authorityStack(name);
        else
            active = m_activeKind == RecordKind::Plan ? planStack(name, m_year) : returnStack(name, m_year);
    }
    m_undoGroup->setActiveStack(active);
}

void Workspace::clearStacks()
{
    for (auto &[key, stack] : m_stacks) {
        m_undoGroup->removeStack(stack);
        stack->deleteLater();
    }
    m_stacks.clear();
    m_undoGroup->setActiveStack(m_idleStack);
}

bool Workspace::openDatabase(const QString &path, QString *error, Database::OpenFailure *failure)
{
    auto db = Database::open(path, error, failure);
    if (!db)
        return false;
    // A count committed with Enter is on screen and in the -wal file at once; its fsync follows
    // on a worker thread within this delay (docs/building.md, "Typing").
    if (!db->deferSync(kSyncDelay))
        qWarning("%s", qPrintable(db->lastError())); // the database stays in synchronous=FULL
    clearStacks();
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
    clearStacks();
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
    updateActiveStack();
    Q_EMIT selectionChanged(authorityId, year);
}

std::optional<AnnualReturn> Workspace::currentReturn() const
{
    if (!m_database || m_authorityId == 0 || m_year == 0)
        return std::nullopt;
    return m_database->loadReturn(m_authorityId, m_year);
}

bool Workspace::storeReturn(const AnnualReturn &ret, const QString &historyKind, const QString &historyDetail)
{
    if (!m_database)
        return false;
    const bool isNewAuthority = !m_database->authorityByName(ret.authorityName);
    const std::optional<AnnualReturn> before = m_database->loadReturn(ret.authorityName, ret.year);
    if (!m_database->saveReturn(ret, HistoryNote{historyKind, historyDetail})) {
        // The store's message already says that the change was not saved, and why: said once.
        const QString why = m_database->lastError();
        Q_EMIT errorOccurred(why.isEmpty() ? tr("The change could not be saved.") : why);
        return false;
    }
    if (isNewAuthority || !before) {
        Q_EMIT authoritiesChanged();
        updateActiveStack();
    }
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
    updateActiveStack();
    Q_EMIT authoritiesChanged();
}

void Workspace::notifyReturnChanged(const QString &authorityName, int year)
{
    Q_EMIT returnChanged(authorityName, year);
}

} // namespace scwres
