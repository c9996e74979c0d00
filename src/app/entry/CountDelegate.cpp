// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "CountDelegate.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace scwres {

CountDelegate::CountDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *CountDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("countEditor"));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setFrame(false);
    // Up to a billion, with optional thousands commas: parseCountText's range.
    editor->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9][0-9,]{0,12}")), editor));
    editor->setAccessibleName(index.data(Qt::AccessibleTextRole).toString());
    return editor;
}

void CountDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = static_cast<QLineEdit *>(editor);
    line->setText(index.data(Qt::EditRole).toString());
    line->selectAll();
}

void CountDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *line = static_cast<QLineEdit *>(editor);
    if (!line->hasAcceptableInput())
        return;
    model->setData(index, line->text(), Qt::EditRole);
}

} // namespace scwres
