// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

// Every question and file dialog of the program goes through here, so that GUI tests can give
// the answer in advance instead of blocking on a modal dialog (KeePassXC's pattern).
namespace scwres::Dialogs {

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::No);
void information(QWidget *parent, const QString &title, const QString &text);
void warning(QWidget *parent, const QString &title, const QString &text);
// Returns an empty string when cancelled.
QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
// Text input; ok false when cancelled.
QString text(QWidget *parent, const QString &title, const QString &label, const QString &initial, bool *ok);

// For tests: the next dialog of that kind returns this at once (one-shot, first in first out).
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFileName(const QString &fileName);
void setNextText(const QString &text); // a null QString means "cancelled"
// The title and text of the last message shown, for tests.
QString lastMessage();

// For runs nobody watches (--screenshot): no dialog is ever shown. A question takes its default
// answer and every message is written to standard error instead; file and text dialogs cancel.
void setUnattended(bool unattended);
bool isUnattended();

} // namespace scwres::Dialogs
