// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "CountDelegate.h"

#include "Validator.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

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
    editor->setMaxLength(20); // "1,000,000,000" and room to see a slip
    editor->setAccessibleName(index.data(Qt::AccessibleTextRole).toString());
    connect(editor, &QLineEdit::textEdited, this, [this, editor](const QString &text) {
        showProblem(editor, problemWith(text));
    });
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
    const QString problem = problemWith(line->text());
    if (!problem.isEmpty()) {
        // Leaving the cell with text that is not a count keeps the count as it was, and says so.
        showProblem(editor, problem);
        return;
    }
    model->setData(index, line->text(), Qt::EditRole);
}

bool CountDelegate::acceptsEditor(QWidget *editor) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return true;
    const QString problem = problemWith(line->text());
    if (problem.isEmpty())
        return true;
    showProblem(editor, problem);
    return false;
}

bool CountDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QLineEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool commits = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab
            || key == Qt::Key_Backtab;
        const QString problem = problemWith(editor->text());
        if (commits && !problem.isEmpty()) {
            showProblem(editor, problem);
            return true; // stay in the cell until it holds a count (or Escape puts the old one back)
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

QString CountDelegate::problemWith(const QString &text)
{
    QString error;
    if (parseCountText(text, &error))
        return {};
    if (text.trimmed().startsWith(QLatin1Char('-')))
        return tr("“%1” is not a count: counts cannot be negative. Type a whole number from 0, or press Escape "
                  "to keep the count as it was.")
            .arg(text);
    return tr("“%1” is not a count: type a whole number from 0 to 1,000,000,000 (digits and thousands commas only), "
              "or press Escape to keep the count as it was.")
        .arg(text);
}

void CountDelegate::showProblem(QWidget *editor, const QString &problem) const
{
    m_lastRefusal = problem;
    editor->setToolTip(problem);
    editor->setAccessibleDescription(problem);
    // Marked by the text and a frame, not colour alone; the tooltip sits under the cell.
    auto *line = static_cast<QLineEdit *>(editor);
    line->setFrame(!problem.isEmpty());
    if (problem.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), problem, editor);
}

} // namespace scwres
