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
bool &unattended()
{
    static bool value = false;
    return value;
}
void report(const QString &title, const QString &text, const QString &answer = QString())
{
    const QString line = answer.isEmpty() ? QStringLiteral("%1: %2").arg(title, text)
                                          : QStringLiteral("%1: %2 [answered: %3]").arg(title, text, answer);
    qInfo("%s", qPrintable(line));
}
} // namespace

void setUnattended(bool value)
{
    unattended() = value;
}

bool isUnattended()
{
    return unattended();
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    lastShown() = title + QStringLiteral(": ") + text;
    if (!nextAnswers().isEmpty())
        return nextAnswers().dequeue();
    if (unattended()) {
        report(title, text, defaultButton == QMessageBox::Yes ? QStringLiteral("Yes") : QStringLiteral("No"));
        return defaultButton;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    lastShown() = title + QStringLiteral(": ") + text;
    if (!nextAnswers().isEmpty()) {
        nextAnswers().dequeue();
        return;
    }
    if (unattended())
        return report(title, text);
    QMessageBox::information(parent, title, text);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    lastShown() = title + QStringLiteral(": ") + text;
    if (!nextAnswers().isEmpty()) {
        nextAnswers().dequeue();
        return;
    }
    if (unattended())
        return report(title, text);
    QMessageBox::warning(parent, title, text);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!nextFileNames().isEmpty())
        return nextFileNames().dequeue();
    if (unattended())
        return {};
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!nextFileNames().isEmpty())
        return nextFileNames().dequeue();
    if (unattended())
        return {};
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
    if (unattended()) {
        if (ok)
            *ok = false;
        return {};
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
