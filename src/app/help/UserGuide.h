// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QTextBrowser;
class QUrl;

namespace scwres {

// Help > User guide: the offline guide, a page per task of the yearly cycle (collect, check,
// analyse, plan, sign off, publish, review). The pages are docs/guide/*.md, built into the
// program under :/guide, and shown in a QTextBrowser with the page list and a search box that
// keeps only the pages holding every word typed.
class UserGuide final : public QWidget {
    Q_OBJECT

public:
    explicit UserGuide(QWidget *parent);

    // The guide's pages in reading order, as file names under :/guide ("analyse.md").
    static QStringList pages();
    // The page that explains a panel of the main window (0 data entry, 1 dashboard, 2 plan).
    static QString pageForPanel(int panel);

    // Shows the page (a name from pages()) and brings the guide's window to the front.
    void showPage(const QString &page);
    // The page on screen, as a name from pages().
    QString currentPage() const;

private:
    void search(const QString &text);
    void followSource(const QUrl &source);

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_browser = nullptr;
    QStringList m_texts; // each page's Markdown, lower-cased, in pages() order, for the search
};

} // namespace scwres
