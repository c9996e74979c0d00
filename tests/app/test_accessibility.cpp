// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "window/Dialogs.h"
#include "window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QScrollArea>
#include <QApplication>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace scwres;

namespace {

// Every visible control a keyboard can reach must tell a screen reader what it is.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
            continue;
        // Parts a screen reader presents through their owner: a spin box's line edit, a view's
        // viewport; and plain scroll areas, which only hold named controls.
        QWidget *parent = w->parentWidget();
        if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QScrollArea *>(w))
            continue;
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent); area && area->viewport() == w)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            unnamed << QStringLiteral("%1 '%2' in %3")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                                  : QString());
    }
    return unnamed;
}

} // namespace

TEST_CASE("Every reachable control on every panel has a name for screen readers", "[accessibility]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("a11y.sqlite"))));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.offerDemoIfEmpty();

    auto *panels = window.findChild<QTabWidget *>(QStringLiteral("panels"));
    REQUIRE(panels);
    for (int i = 0; i < panels->count(); ++i) {
        panels->setCurrentIndex(i);
        QApplication::processEvents();
        // Walk the panel's own inner tabs too: each shows different controls.
        QList<QTabWidget *> tabs = panels->widget(i)->findChildren<QTabWidget *>();
        tabs.prepend(nullptr);
        for (QTabWidget *inner : tabs) {
            const int pages = inner ? inner->count() : 1;
            for (int p = 0; p < pages; ++p) {
                if (inner) {
                    if (!inner->isVisible())
                        continue;
                    inner->setCurrentIndex(p);
                    QApplication::processEvents();
                }
                INFO(panels->tabText(i).toStdString() << (inner ? " / " + inner->tabText(p).toStdString() : ""));
                const QStringList unnamed = unnamedControls(panels->widget(i));
                INFO(unnamed.join(QLatin1Char('\n')).toStdString());
                CHECK(unnamed.isEmpty());
            }
        }
    }
}
