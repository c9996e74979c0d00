// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
// Alt+letter must do one thing wherever the user is: a walk over every menu, tab bar and labelled
// widget of the window, page by page, that fails on a letter used twice where both are reachable.
#include "window/Dialogs.h"
#include "window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace scwres;

namespace {

struct Mnemonic {
    QChar letter;
    QString owner; // what the user sees, for the failure message
};

// The letter after a single "&" ("&&" is a literal ampersand), lower-cased; null when none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

void add(std::vector<Mnemonic> &out, const QString &text, const QString &where)
{
    const QChar letter = mnemonicOf(text);
    if (!letter.isNull())
        out.push_back({letter, where + QStringLiteral(" \"") + text + QLatin1Char('"')});
}

bool explicitlyHidden(const QWidget *w, const QWidget *root)
{
    for (; w && w != root; w = w->parentWidget())
        if (w->isHidden() && !qobject_cast<const QTabWidget *>(w->parentWidget()))
            return true;
    return false;
}

// The tab widget a widget is a page (or inside a page) of, below root; null when none.
const QTabWidget *owningTabs(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (auto *tabs = qobject_cast<const QTabWidget *>(p))
            return tabs;
    return nullptr;
}

// The mnemonics that belong to root itself: everything below it except what lies inside a page of
// a tab widget below it (those tab widgets' own tab texts do belong to root).
std::vector<Mnemonic> ownMnemonics(QWidget *root, std::vector<QTabWidget *> &tabWidgets)
{
    std::vector<Mnemonic> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (owningTabs(w, root) != nullptr || explicitlyHidden(w, root))
            continue;
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            tabWidgets.push_back(tabs);
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(out, tabs->tabText(i), QStringLiteral("tab"));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!qobject_cast<QTabBar *>(button->parentWidget()))
                add(out, button->text(), QString::fromLatin1(w->metaObject()->className()));
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy())
                add(out, label->text(), QStringLiteral("label"));
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            if (group->isCheckable())
                add(out, group->title(), QStringLiteral("group"));
        }
    }
    return out;
}

// Every page state reachable by switching tabs: the mnemonics of the window plus those of the
// chosen page of every tab widget, down to the leaves.
void walk(QWidget *root, std::vector<Mnemonic> inherited, const QString &path, std::vector<QString> &clashes)
{
    std::vector<QTabWidget *> tabWidgets;
    const std::vector<Mnemonic> own = ownMnemonics(root, tabWidgets);
    inherited.insert(inherited.end(), own.begin(), own.end());
    if (tabWidgets.empty()) {
        std::map<QChar, QString> seen;
        for (const Mnemonic &m : inherited) {
            const auto [it, isNew] = seen.emplace(m.letter, m.owner);
            if (!isNew)
                clashes.push_back(QStringLiteral("%1: Alt+%2 is %3 and %4").arg(path, m.letter.toUpper(), it->second,
                                                                               m.owner));
        }
        return;
    }
    // Each tab widget's pages are chosen independently: walk them one tab widget at a time, with
    // the others' own mnemonics (their tab texts) already counted.
    for (QTabWidget *tabs : tabWidgets)
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->isTabVisible(i))
                walk(tabs->widget(i), inherited,
                     path + QStringLiteral(" > ") + QString(tabs->tabText(i)).remove(QLatin1Char('&')), clashes);
}

void walkMenu(QMenu *menu, const QString &path, std::vector<QString> &clashes)
{
    std::map<QChar, QString> seen;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar letter = mnemonicOf(action->text());
        if (!letter.isNull()) {
            const auto [it, isNew] = seen.emplace(letter, action->text());
            if (!isNew)
                clashes.push_back(QStringLiteral("menu %1: Alt+%2 is \"%3\" and \"%4\"")
                                      .arg(path, letter.toUpper(), it->second, action->text()));
        }
        if (action->menu())
            walkMenu(action->menu(), path + QStringLiteral(" > ") + action->text(), clashes);
    }
}

} // namespace

TEST_CASE("No Alt+letter does two things in one window or page", "[mnemonics][accessibility]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("mnemonics.sqlite"))));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.offerDemoIfEmpty();

    std::vector<QString> clashes;
    std::vector<Mnemonic> menuBar;
    for (QAction *action : window.menuBar()->actions()) {
        add(menuBar, action->text(), QStringLiteral("menu"));
        if (action->menu())
            walkMenu(action->menu(), QString(action->text()).remove(QLatin1Char('&')), clashes);
    }
    walk(window.centralWidget(), menuBar, QStringLiteral("window"), clashes);
    for (const QString &clash : clashes) {
        UNSCOPED_INFO(clash.toStdString());
        if (qEnvironmentVariableIsSet("SCWRES_PRINT_CLASHES"))
            qInfo("%s", qPrintable(clash));
    }
    CHECK(clashes.empty());
}
