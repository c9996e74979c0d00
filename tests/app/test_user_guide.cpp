// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "help/UserGuide.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QWidget>

using namespace scwres;

namespace {

QString pageText(const QString &page)
{
    QFile file(QStringLiteral(":/guide/") + page);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("The user guide: a page per task of the year, every link and picture inside the program", "[guide]")
{
    const QStringList pages = UserGuide::pages();
    for (const char *task : {"collect.md", "check.md", "analyse.md", "plan.md", "sign-off.md", "publish.md",
                             "review.md"})
        CHECK(pages.contains(QString::fromLatin1(task)));
    for (int panel = 0; panel < 3; ++panel)
        CHECK(pages.contains(UserGuide::pageForPanel(panel)));

    // Markdown links and images: every target is a page of the guide or a picture built in.
    const QRegularExpression link(QStringLiteral(R"(\]\(([^)]+)\))"));
    for (const QString &page : pages) {
        INFO(page.toStdString());
        const QString text = pageText(page);
        CHECK(text.startsWith(QStringLiteral("# ")));
        for (auto it = link.globalMatch(text); it.hasNext();) {
            const QString target = it.next().captured(1);
            INFO(target.toStdString());
            if (target.startsWith(QLatin1String("images/")))
                CHECK(QFile::exists(QStringLiteral(":/guide/") + target));
            else
                CHECK(pages.contains(target));
        }
    }
    // The index links every task.
    const QString index = pageText(QStringLiteral("index.md"));
    for (const QString &page : pages)
        if (page != QLatin1String("index.md"))
            CHECK(index.contains(QStringLiteral("](%1)").arg(page)));
}

TEST_CASE("The user guide shows a page with its pictures, follows links and searches every page", "[guide]")
{
    QWidget owner;
    UserGuide guide(&owner);
    auto *browser = guide.findChild<QTextBrowser *>(QStringLiteral("userGuidePage"));
    auto *list = guide.findChild<QListWidget *>(QStringLiteral("userGuidePages"));
    auto *search = guide.findChild<QLineEdit *>(QStringLiteral("userGuideSearch"));
    REQUIRE(browser);
    REQUIRE(list);
    REQUIRE(search);
    CHECK(guide.currentPage() == QStringLiteral("index.md"));
    CHECK(list->count() == UserGuide::pages().size());
    CHECK(list->item(3)->text() == QStringLiteral("3. Analyse the metrics")); // titles from the pages' headings

    guide.showPage(QStringLiteral("analyse.md"));
    CHECK(guide.isVisible());
    CHECK(guide.currentPage() == QStringLiteral("analyse.md"));
    CHECK(list->currentItem()->text() == QStringLiteral("3. Analyse the metrics"));
    CHECK(browser->toPlainText().contains(QStringLiteral("non-adverse range")));
    // The screenshot is drawn from the resource, not a missing-image placeholder.
    const QVariant image = browser->document()->resource(QTextDocument::ImageResource,
                                                         QUrl(QStringLiteral("qrc:/guide/images/dashboard.png")));
    CHECK(image.isValid());

    // Following a link keeps the page list in step.
    browser->setSource(QUrl(QStringLiteral("qrc:/guide/sign-off.md")));
    CHECK(guide.currentPage() == QStringLiteral("sign-off.md"));
    CHECK(list->currentItem()->text() == QStringLiteral("5. Sign off the plan"));

    // Search: only the pages holding every word stay listed.
    search->setText(QStringLiteral("publication mode"));
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        if (!list->item(i)->isHidden())
            shown << list->item(i)->data(Qt::UserRole).toString();
    CHECK(shown.contains(QStringLiteral("publish.md")));
    CHECK_FALSE(shown.contains(QStringLiteral("sign-off.md")));
    CHECK(guide.currentPage() == shown.first());
    search->clear();
    for (int i = 0; i < list->count(); ++i)
        CHECK_FALSE(list->item(i)->isHidden());
}
