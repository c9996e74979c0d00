// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QQueue>

namespace scwres::Dialogs {

namespace {
QQueue<QMessageBox::StandardButton> &nextAnswers()
{
    static QQueue<QMessageBox::StandardButton> queue;
    return queue;
}
QQueue<QString> &nextFileNames()
{
    static QQueue<QString> queue;
    return queue;
}
QQueue<QString> &nextTexts()
{
    static QQueue<QString> queue;
    return queue;
}
QString &lastShown()
{
    static QString text;
    return text;
}
} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    lastShown() = title + QStringLiteral(": ") + text;
    if (!nextAnswers().isEmpty())
        return nextAnswers().dequeue();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    lastShown() = title + QStringLiteral(": ") + text;
    if (!nextAnswers().isEmpty()) {
        nextAnswers().dequeue();
        return;
    }
    QMessageBox::information(parent, title, text);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    lastShown() = title + QStringLiteral(": ") + text;
    if (!nextAnswers().isEmpty()) {
        nextAnswers().dequeue();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!nextFileNames().isEmpty())
        return nextFileNames().dequeue();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!nextFileNames().isEmpty())
        return nextFileNames().dequeue();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString text(QWidget *parent, const QString &title, const QString &label, const QString &initial, bool *ok)
{
    if (!nextTexts().isEmpty()) {
        const QString answer = nextTexts().dequeue();
        if (ok)
            *ok = !answer.isNull();
        return answer;
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, ok);
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswers().enqueue(answer);
}

void setNextFileName(const QString &fileName)
{
    nextFileNames().enqueue(fileName);
}

void setNextText(const QString &text)
{
    nextTexts().enqueue(text);
}

QString lastMessage()
{
    return lastShown();
}

} // namespace scwres::Dialogs
