// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QStyledItemDelegate>

namespace scwres {

// Maps a local pay band to one of the three national bands with a combo box.
class NationalBandDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit NationalBandDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace scwres
