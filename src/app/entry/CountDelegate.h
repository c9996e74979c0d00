// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QStyledItemDelegate>

namespace scwres {

// The editor of a count cell. Whatever is typed stays visible (a keystroke dropped silently made
// "-5" a 5 and "12a" a 12): text that is not a whole number from 0 to a billion is marked as it
// is typed, with the reason in a tooltip and the editor's accessible description, and Enter or
// Tab on it is refused — the editor stays open and the stored count is unchanged.
class CountDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit CountDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // Whether the editor's text is a count; when not, marks it with the reason and returns false
    // (the grid then keeps the editor open instead of committing and moving on).
    bool acceptsEditor(QWidget *editor) const;

    // Why the last text was refused (empty once a valid count is typed); for the tests.
    QString lastRefusal() const { return m_lastRefusal; }

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    // The reason text cannot be a count, or empty when it can.
    static QString problemWith(const QString &text);
    void showProblem(QWidget *editor, const QString &problem) const;

    mutable QString m_lastRefusal;
};

} // namespace scwres
