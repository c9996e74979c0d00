// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "FindingMarkerProxy.h"

#include "EntryGridModel.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace scwres {

FindingMarkerProxy::FindingMarkerProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

QVariant FindingMarkerProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole && role != Qt::BackgroundRole && role != Qt::ToolTipRole)
        return QIdentityProxyModel::data(index, role);
    const QVariant severity = QIdentityProxyModel::data(index, EntryGridModel::SeverityRole);
    if (!severity.isValid())
        return QIdentityProxyModel::data(index, role);
    const bool error = severity.toInt() == static_cast<int>(Severity::Error);
    switch (role) {
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                         : QStyle::SP_MessageBoxWarning);
    case Qt::BackgroundRole: {
        // Translucent, so the system palette's base shows through in light and dark themes alike;
        // the icon and tooltip carry the meaning, the tint only draws the eye.
        QColor tint = error ? QColor(Qt::red) : QColor(255, 170, 0);
        tint.setAlpha(60);
        return tint;
    }
    case Qt::ToolTipRole:
        return tr("%1: %2")
            .arg(severityName(error ? Severity::Error : Severity::Warning),
                 QIdentityProxyModel::data(index, EntryGridModel::FindingTextRole).toString());
    default:
        return {};
    }
}

} // namespace scwres
