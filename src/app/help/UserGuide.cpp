// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "UserGuide.h"

#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace scwres {

namespace {

const QString kRoot = QStringLiteral("qrc:/guide/");

QString readPage(const QString &page)
{
    QFile file(QStringLiteral(":/guide/") + page);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// A page's title is its first heading.
QString titleOf(const QString &markdown, const QString &fallback)
{
    for (const QString &line : markdown.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("# ")))
            return line.mid(2).trimmed();
    return fallback;
}

// The screenshots are the program's window at full size: shown no wider than this, so a page
// reads without scrolling sideways in the guide's window (the picture keeps its proportions).
constexpr int kImageWidth = 600;

class GuideBrowser final : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return resource;
        QImage image;
        if (!image.loadFromData(resource.toByteArray()) || image.width() <= kImageWidth)
            return resource;
        return image.scaledToWidth(kImageWidth, Qt::SmoothTransformation);
    }
};

} // namespace

QStringList UserGuide::pages()
{
    return {QStringLiteral("index.md"),    QStringLiteral("collect.md"),  QStringLiteral("check.md"),
            QStringLiteral("analyse.md"),  QStringLiteral("plan.md"),     QStringLiteral("sign-off.md"),
            QStringLiteral("publish.md"),  QStringLiteral("review.md")};
}

QString UserGuide::pageForPanel(int panel)
{
    switch (panel) {
    case 0:
        return QStringLiteral("collect.md");
    case 1:
        return QStringLiteral("analyse.md");
    case 2:
        return QStringLiteral("plan.md");
    default:
        return QStringLiteral("index.md");
    }
}

UserGuide::UserGuide(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("SC-WRES user guide"));
    resize(900, 640);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userGuideSearch"));
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the guide"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("userGuidePages"));
    m_list->setAccessibleName(tr("Pages of the guide"));
    m_browser = new GuideBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuidePage"));
    m_browser->setOpenExternalLinks(true);

    for (const QString &page : pages()) {
        const QString text = readPage(page);
        m_texts << text.toLower();
        auto *item = new QListWidgetItem(titleOf(text, page), m_list);
        item->setData(Qt::UserRole, page);
    }

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_list);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 660});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != currentPage())
            m_browser->setSource(QUrl(kRoot + item->data(Qt::UserRole).toString()), QTextDocument::MarkdownResource);
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuide::followSource);
    connect(m_search, &QLineEdit::textChanged, this, &UserGuide::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!words.isEmpty()) {
            m_browser->moveCursor(QTextCursor::Start);
            m_browser->find(words.first());
        }
    });
    showPage(QStringLiteral("index.md"));
}

void UserGuide::showPage(const QString &page)
{
    if (page != currentPage())
        m_browser->setSource(QUrl(kRoot + page), QTextDocument::MarkdownResource);
    show();
    raise();
    activateWindow();
}

QString UserGuide::currentPage() const
{
    const QString source = m_browser->source().toString();
    return source.startsWith(kRoot) ? source.mid(kRoot.size()) : QString();
}

void UserGuide::followSource(const QUrl &source)
{
    // The signal comes before QTextBrowser::source() changes: the page is the signal's URL.
    const QString url = source.toString();
    const QString page = url.startsWith(kRoot) ? url.mid(kRoot.size()) : QString();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == page) {
            m_list->setCurrentRow(i);
            return;
        }
}

void UserGuide::search(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *firstShown = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        bool matches = true;
        for (const QString &word : words)
            matches = matches && m_texts.at(i).contains(word);
        m_list->item(i)->setHidden(!matches);
        if (matches && !firstShown)
            firstShown = m_list->item(i);
    }
    if (firstShown && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(firstShown);
}

} // namespace scwres
