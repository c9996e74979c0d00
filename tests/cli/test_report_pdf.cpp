// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The data report PDF as poppler reads it: the summary is a few pages, no text lies outside the
// page's visible area (pdftotext -bbox: inside the page, and in the body unless it is the running
// header or footer), and the Info dictionary has Title, Author and Subject, the published title
// told apart from the private one.
#include "CliRunner.h"
#include "ExportReaders.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace scwres;
using namespace scwres::test;

namespace {

const QString kCli = QStringLiteral(SCWRES_CLI_PATH);

struct Word {
    int page = 0;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    QString text;
};

struct Page {
    double width = 0, height = 0;
};

void readBoxes(const QString &pdf, std::vector<Page> &pages, std::vector<Word> &words)
{
    const QString xml = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression pageRe(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\""));
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([-\\d.]+)\" yMin=\"([-\\d.]+)\" xMax=\"([-\\d.]+)\" yMax=\"([-\\d.]+)\">([^<]*)</word>"));
    for (const QString &line : xml.split(QLatin1Char('\n'))) {
        const auto p = pageRe.match(line);
        if (p.hasMatch()) {
            pages.push_back({p.captured(1).toDouble(), p.captured(2).toDouble()});
            continue;
        }
        const auto w = wordRe.match(line);
        if (w.hasMatch())
            words.push_back({int(pages.size()), w.captured(1).toDouble(), w.captured(2).toDouble(),
                             w.captured(3).toDouble(), w.captured(4).toDouble(), w.captured(5)});
    }
}

// Page geometry of DocumentWriter in points: 14 mm edge margin and a 10 mm band at top and bottom.
constexpr double kMm = 72.0 / 25.4;
constexpr double kBodyTop = (14.0 + 10.0) * kMm;

void checkVisible(const QString &pdf)
{
    std::vector<Page> pages;
    std::vector<Word> words;
    readBoxes(pdf, pages, words);
    REQUIRE_FALSE(pages.empty());
    REQUIRE(words.size() > 200);
    for (int page = 1; page <= int(pages.size()); ++page) {
        const Page &size = pages[std::size_t(page - 1)];
        const double bodyBottom = size.height - kBodyTop;
        // The running header is the first line and the footer ends with "Page N of M".
        double footerY = -1;
        for (const Word &w : words)
            if (w.page == page && w.text == QLatin1String("Page"))
                footerY = w.y0;
        REQUIRE(footerY > bodyBottom);
        for (const Word &w : words) {
            if (w.page != page)
                continue;
            INFO("page " << page << ": '" << w.text.toStdString() << "' at " << w.x0 << "," << w.y0 << "-" << w.x1
                         << "," << w.y1);
            CHECK(w.x0 >= 0);
            CHECK(w.x1 <= size.width);
            CHECK(w.y0 >= 0);
            CHECK(w.y1 <= size.height);
            const bool band = w.y1 <= kBodyTop || std::abs(w.y0 - footerY) < 0.5;
            if (!band) {
                // Body text lies between the header and footer bands, never under them.
                CHECK(w.y0 >= kBodyTop - 0.5);
                CHECK(w.y1 <= bodyBottom + 0.5);
            }
        }
    }
}

QString infoField(const QString &info, const QString &field)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

} // namespace

TEST_CASE("report PDF: the summary is short, no text outside the visible page, Author and Subject in Info",
          "[cli][report][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    const QStringList base{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--authority"),
                           QStringLiteral("Exampleshire County Council"), QStringLiteral("--year"), QStringLiteral("2024")};
    const QString summary = dir.filePath(QStringLiteral("summary.pdf"));
    const QString published = dir.filePath(QStringLiteral("published.pdf"));
    const QString full = dir.filePath(QStringLiteral("full.pdf"));
    REQUIRE(runCli(kCli, base + QStringList{QStringLiteral("--layout"), QStringLiteral("summary"), QStringLiteral("-o"), summary}).exitCode == 0);
    // Publication defaults to the summary.
    REQUIRE(runCli(kCli, base + QStringList{QStringLiteral("--publication"), QStringLiteral("-o"), published}).exitCode == 0);
    REQUIRE(runCli(kCli, base + QStringList{QStringLiteral("-o"), full}).exitCode == 0);

    const QString summaryInfo = pdfInfo(summary);
    const QString publishedInfo = pdfInfo(published);
    const QString fullInfo = pdfInfo(full);
    CHECK(infoField(summaryInfo, QStringLiteral("Pages")).toInt() <= 6);
    CHECK(infoField(publishedInfo, QStringLiteral("Pages")).toInt() <= 6);
    CHECK(infoField(fullInfo, QStringLiteral("Pages")).toInt() > 6); // so the limit above bites
    for (const QString &info : {summaryInfo, publishedInfo, fullInfo}) {
        INFO(info.toStdString());
        CHECK(infoField(info, QStringLiteral("Author")) == QStringLiteral("Exampleshire County Council"));
        CHECK(infoField(info, QStringLiteral("Subject")).contains(QStringLiteral("Race Equality Standard")));
    }
    CHECK(infoField(fullInfo, QStringLiteral("Title")) == QStringLiteral("Exampleshire County Council: SC-WRES data report 2024"));
    CHECK(infoField(publishedInfo, QStringLiteral("Title")).endsWith(QStringLiteral("(published version)")));
    // The summary's content: key findings, the summary table, data quality, how to read an RL.
    const QString text = squeezed(pdfText(summary));
    for (const char *part : {"Key findings", "Summary", "Data quality", "How to read a relative likelihood"})
        CHECK(text.contains(QString::fromLatin1(part)));
    CHECK_FALSE(text.contains(QStringLiteral("Metric 2: Appointment")));

    checkVisible(full);
    checkVisible(published);
}
