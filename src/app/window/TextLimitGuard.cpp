// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "TextLimitGuard.h"

#include "TextLimits.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextEdit>

namespace scwres::TextLimitGuard {

namespace {

// Replaces the text only when it must change: the editor's own undo and cursor are kept for
// everything ordinary typing does.
template<typename Edit>
void guardMultiLine(Edit *edit)
{
    QObject::connect(edit, &Edit::textChanged, edit, [edit] {
        // Only what the user types or pastes: text loaded from the record is shown as it is.
        if (!edit->hasFocus())
            return;
        const QString text = edit->toPlainText();
        const QString kept = keepableText(text, TextKind::FreeText);
        if (kept == text)
            return;
        const int position = std::min(edit->textCursor().position(), int(kept.size()));
        edit->setPlainText(kept);
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(position);
        edit->setTextCursor(cursor);
    });
}

} // namespace

void apply(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        // A spin box's or a combo box's own line edit holds a number or a choice, not text.
        if (qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            continue;
        edit->setMaxLength(kMaxNameLength);
        QObject::connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &text) {
            const QString kept = keepableText(text, TextKind::Name);
            if (kept == text)
                return;
            const int position = std::min(edit->cursorPosition(), int(kept.size()));
            edit->setText(kept);
            edit->setCursorPosition(position);
        });
    }
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        guardMultiLine(edit);
    for (QTextEdit *edit : root->findChildren<QTextEdit *>())
        if (!edit->isReadOnly())
            guardMultiLine(edit);
}

} // namespace scwres::TextLimitGuard
