// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Navigator.h"

#include "Workspace.h"

#include <QHeaderView>
#include <QMenu>

namespace scwres {

namespace {
constexpr int kAuthorityIdRole = Qt::UserRole;
constexpr int kYearRole = Qt::UserRole + 1;
} // namespace

Navigator::Navigator(Workspace *workspace, QWidget *parent)
    : QTreeWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("navigator"));
    setHeaderLabel(tr("Authorities and years"));
    setAccessibleName(tr("Authorities and years"));
    setAccessibleDescription(tr("Choose a year of an authority's return to work on."));
    setRootIsDecorated(true);
    header()->setVisible(true);
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentItemChanged(current); });
    connect(workspace, &Workspace::authoritiesChanged, this, &Navigator::reload);
    // A year marked complete or draft again shows it in its label.
    connect(workspace, &Workspace::returnChanged, this, &Navigator::reload);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = itemAt(pos);
        if (!item || item->data(0, kYearRole).toInt() == 0)
            return;
        QMenu menu(this);
        const long long id = item->data(0, kAuthorityIdRole).toLongLong();
        const int year = item->data(0, kYearRole).toInt();
        menu.addAction(tr("History of %1...").arg(year), this, [this, id, year] { Q_EMIT historyRequested(id, year); });
        menu.exec(viewport()->mapToGlobal(pos));
    });
    connect(workspace, &Workspace::selectionChanged, this, [this] { selectCurrentInTree(); });
}

void Navigator::reload()
{
    m_reloading = true;
    clear();
    if (Database *db = m_workspace->database()) {
        for (const Authority &authority : db->authorities()) {
            auto *authorityItem = new QTreeWidgetItem(this, {authority.name});
            authorityItem->setData(0, kAuthorityIdRole, authority.id);
            authorityItem->setData(0, kYearRole, 0);
            const std::vector<int> years = db->years(authority.id);
            for (auto it = years.rbegin(); it != years.rend(); ++it) {
                const auto ret = db->loadReturn(authority.id, *it);
                const bool draft = ret && !ret->complete;
                auto *yearItem =
                    new QTreeWidgetItem(authorityItem, {draft ? tr("%1 (draft)").arg(*it) : QString::number(*it)});
                yearItem->setData(0, kAuthorityIdRole, authority.id);
                yearItem->setData(0, kYearRole, *it);
                yearItem->setData(0, Qt::AccessibleTextRole,
                                  draft ? tr("%1, %2, draft").arg(authority.name).arg(*it)
                                        : tr("%1, %2").arg(authority.name).arg(*it));
            }
            authorityItem->setExpanded(true);
        }
    }
    m_reloading = false;
    selectCurrentInTree();
}

void Navigator::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (m_reloading || !current)
        return;
    m_workspace->select(current->data(0, kAuthorityIdRole).toLongLong(), current->data(0, kYearRole).toInt());
}

void Navigator::selectCurrentInTree()
{
    const long long id = m_workspace->currentAuthorityId();
    const int year = m_workspace->currentYear();
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *authorityItem = topLevelItem(i);
        if (authorityItem->data(0, kAuthorityIdRole).toLongLong() != id)
            continue;
        QTreeWidgetItem *target = authorityItem;
        for (int j = 0; j < authorityItem->childCount(); ++j)
            if (authorityItem->child(j)->data(0, kYearRole).toInt() == year)
                target = authorityItem->child(j);
        if (currentItem() != target) {
            const bool wasReloading = m_reloading;
            m_reloading = true;
            setCurrentItem(target);
            m_reloading = wasReloading;
        }
        return;
    }
}

} // namespace scwres
