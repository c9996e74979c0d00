// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanTextEdit.h"

#include <QGuiApplication>
#include <QSignalBlocker>
#include <QTimer>

namespace scwres {

namespace {
// Long enough not to save mid-word, short enough that a crash loses at most a few keystrokes.
constexpr int kIdleMs = 300;
} // namespace

PlanTextEdit::PlanTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(kIdleMs);
    setTabChangesFocus(true); // keyboard users leave the field with Tab, as in every other field
    connect(m_idle, &QTimer::timeout, this, &PlanTextEdit::commit);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!isReadOnly())
            m_idle->start();
    });
    // Leaving the window or quitting saves what is typed at once.
    auto flush = [this] {
        if (m_idle->isActive())
            commit();
    };
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [flush](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            flush();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, flush);
}

void PlanTextEdit::setTextQuietly(const QString &text)
{
    m_stored = text;
    if (toPlainText() == text)
        return;
    const QSignalBlocker blocker(this);
    setPlainText(text);
    m_idle->stop();
}

void PlanTextEdit::commit()
{
    m_idle->stop();
    const QString text = toPlainText();
    if (text == m_stored || isReadOnly())
        return;
    m_stored = text;
    Q_EMIT edited(text);
}

void PlanTextEdit::focusOutEvent(QFocusEvent *event)
{
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace scwres
