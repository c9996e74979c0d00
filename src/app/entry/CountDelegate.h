// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QStyledItemDelegate>

namespace scwres {

// The editor of a count cell: a line edit whose validator refuses anything but digits (and the
// thousands commas people type), so a non-number never reaches the model.
class CountDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit CountDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace scwres
