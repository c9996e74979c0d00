// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QIdentityProxyModel>

namespace scwres {

// Shows an entry grid's findings: a cell at fault gets an icon (critical or warning), a tinted
// background and the messages as its tooltip, so the fault is never told by colour alone.
// Kept apart from the models so they stay free of presentation.
class FindingMarkerProxy final : public QIdentityProxyModel {
    Q_OBJECT

public:
    explicit FindingMarkerProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace scwres
