// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "NationalBandDelegate.h"

#include "PayBandTableModel.h"

#include <QComboBox>

namespace scwres {

NationalBandDelegate::NationalBandDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *NationalBandDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("nationalBandEditor"));
    combo->setAccessibleName(index.data(Qt::AccessibleTextRole).toString());
    combo->addItem(tr("(not mapped)"), PayBandTableModel::kUnmapped);
    for (NationalBand band : kNationalBands)
        combo->addItem(nationalBandName(band), static_cast<int>(band));
    // A choice is committed at once, as a spreadsheet's drop-down list does.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<NationalBandDelegate *>(this);
        Q_EMIT self->commitData(combo);
    });
    return combo;
}

void NationalBandDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void NationalBandDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace scwres
