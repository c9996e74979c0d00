// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The tagged PDFs (issue 32): the data report's HTML page and the plan's, printed by the
// Chromium-family browser the program finds (`--pdf-engine browser`, the default when one is
// found). No PDF/UA validator is packaged in Debian, so tests/pdf/check_tagged_pdf.py reads each
// PDF with python3-pikepdf: StructTreeRoot and MarkInfo, /Lang en-GB, the title shown in the
// window, headings in order, TH cells with Scope, /Alt on every Figure, bookmarks equal to the
// HTML's headings. pdftotext finds the HTML's figures in the PDF. Without a browser the Qt PDF is
// written, and the user is told it is not tagged.
#include "CliRunner.h"
#include "ExportReaders.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

using namespace scwres::test;

namespace {

const QString kCli = QStringLiteral(SCWRES_CLI_PATH);
const QString kAuthority = QStringLiteral("Exampleshire County Council");

// SCWRES_BROWSER set for one scope (the test environment sets it to "none": Qt PDFs elsewhere).
class BrowserSetting final {
public:
    explicit BrowserSetting(const QByteArray &value)
        : m_old(qgetenv("SCWRES_BROWSER")), m_had(qEnvironmentVariableIsSet("SCWRES_BROWSER"))
    {
        if (value.isNull())
            qunsetenv("SCWRES_BROWSER");
        else
            qputenv("SCWRES_BROWSER", value);
    }
    ~BrowserSetting()
    {
        if (m_had)
            qputenv("SCWRES_BROWSER", m_old);
        else
            qunsetenv("SCWRES_BROWSER");
    }
    BrowserSetting(const BrowserSetting &) = delete;
    BrowserSetting &operator=(const BrowserSetting &) = delete;

private:
    QByteArray m_old;
    bool m_had = false;
};

QString plainText(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText().simplified();
}

// The page's headings h1 … h4 as text, in order: what the PDF's bookmarks must be.
QStringList headings(const QString &html)
{
    static const QRegularExpression heading(QStringLiteral("<h[1-6]>(.*?)</h[1-6]>"));
    QStringList out;
    auto it = heading.globalMatch(html);
    while (it.hasNext())
        out << plainText(it.next().captured(1));
    return out;
}

// The data cells of the page's tables that hold a figure ("12", "<10", "1.23", "12.5%",
// "0.80–1.25"): each must be in the PDF's text.
QStringList figureCells(const QString &html)
{
    static const QRegularExpression cell(QStringLiteral("<td class=\"num\">(.*?)</td>"));
    QStringList out;
    auto it = cell.globalMatch(html);
    while (it.hasNext()) {
        const QString text = plainText(it.next().captured(1));
        if (!text.isEmpty() && text != QStringLiteral("—"))
            out << text;
    }
    return out;
}

void checkTagged(const QString &pdf, const QString &html, const QString &title, const QTemporaryDir &dir)
{
    INFO(pdf.toStdString());
    const QString page = readText(html);
    const QString expected = dir.filePath(QFileInfo(pdf).completeBaseName() + QStringLiteral("-headings.txt"));
    {
        QFile file(expected);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(headings(page).join(QLatin1Char('\n')).toUtf8() + "\n");
    }
    const CliResult check = runCli(QStringLiteral(SCWRES_SYSTEM_PYTHON),
                                   {QStringLiteral(SCWRES_TAGGED_PDF_CHECK), pdf, title, expected});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("0 failures")));
    // At least one Figure per chart (the outer <figure> and its SVG), each with its /Alt.
    const int charts = int(page.count(QStringLiteral("<figure ")));
    REQUIRE(charts > 0);
    static const QRegularExpression figures(QStringLiteral("(\\d+) figures;"));
    const auto found = figures.match(check.out);
    REQUIRE(found.hasMatch());
    CHECK(found.captured(1).toInt() >= charts);

    const QString text = squeezed(pdfText(pdf));
    int missing = 0;
    for (const QString &figure : figureCells(page))
        if (!text.contains(figure)) {
            UNSCOPED_INFO("not in the PDF's text: " << figure.toStdString());
            ++missing;
        }
    CHECK(missing == 0);
    const QString info = pdfInfo(pdf);
    CHECK(info.contains(QStringLiteral("Tagged:          yes")));
    CHECK(info.contains(QStringLiteral("(A4)")));
    // The page's own running footer, not the browser's (no file:// address, no date).
    CHECK(text.contains(QRegularExpression(QStringLiteral("Page 1 of \\d+"))));
    CHECK_FALSE(text.contains(QStringLiteral("file://")));
}

} // namespace

TEST_CASE("Tagged PDFs: the report and plan pages printed by the browser pass the accessibility checks",
          "[cli][pdf][browser]")
{
    const BrowserSetting found{QByteArray()}; // find the browser as a user's machine would
    if (QStandardPaths::findExecutable(QStringLiteral("chromium")).isEmpty()
        && QStandardPaths::findExecutable(QStringLiteral("google-chrome")).isEmpty()) {
        WARN("Skipped: no Chromium-family browser is installed (CI installs chromium)");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--authority"), kAuthority,
                           QStringLiteral("--year"), QStringLiteral("2024")};
    const auto file = [&](const char *name) { return dir.filePath(QLatin1String(name)); };

    // The published summary (engine named), the private full report (the default engine) and the
    // published plan: each PDF beside the HTML page it was printed from.
    const struct {
        QStringList args;
        QString pdf, html, title;
    } runs[] = {
        {QStringList{QStringLiteral("report")} + base
             + QStringList{QStringLiteral("--publication"), QStringLiteral("--layout"), QStringLiteral("summary"),
                           QStringLiteral("--pdf-engine"), QStringLiteral("browser"), QStringLiteral("--pdf"),
                           file("summary.pdf"), QStringLiteral("--html"), file("summary.html")},
         file("summary.pdf"), file("summary.html"), QStringLiteral("(published version)")},
        {QStringList{QStringLiteral("report")} + base
             + QStringList{QStringLiteral("--layout"), QStringLiteral("full"), QStringLiteral("--pdf"), file("full.pdf"),
                           QStringLiteral("--html"), file("full.html")},
         file("full.pdf"), file("full.html"), kAuthority},
        {QStringList{QStringLiteral("plan")} + base
             + QStringList{QStringLiteral("--publication"), QStringLiteral("--pdf"), file("plan.pdf"),
                           QStringLiteral("--html"), file("plan.html")},
         file("plan.pdf"), file("plan.html"), kAuthority},
    };
    for (const auto &run : runs) {
        const CliResult r = runCli(kCli, run.args);
        INFO(run.args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Wrote ") + QDir::toNativeSeparators(run.pdf)));
        CHECK_FALSE(r.err.contains(QStringLiteral("not tagged")));
        checkTagged(run.pdf, run.html, run.title, dir);
    }
    // Publication mode prints the published page: its symbols are in the PDF, and its title.
    const QString published = squeezed(pdfText(file("summary.pdf")));
    CHECK(published.contains(QStringLiteral("<10")));
    CHECK(pdfInfo(file("summary.pdf")).contains(QStringLiteral("(published version)")));
    CHECK_FALSE(pdfInfo(file("full.pdf")).contains(QStringLiteral("(published version)")));
}

TEST_CASE("Without a browser the Qt PDF is written and the user is told it is not tagged", "[cli][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    const QStringList base{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--authority"), kAuthority,
                           QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--layout"),
                           QStringLiteral("summary")};
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    {
        const BrowserSetting none{QByteArrayLiteral("none")};
        // The default falls back to Qt, and says so.
        CliResult r = runCli(kCli, base + QStringList{QStringLiteral("--pdf"), pdf});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.contains(QStringLiteral("not tagged")));
        CHECK(r.err.contains(QStringLiteral("install")));
        CHECK(pdfInfo(pdf).contains(QStringLiteral("Tagged:          no")));

        // Asking for the browser when there is none fails, says why and keeps the old file.
        const QByteArray before = readFile(pdf);
        r = runCli(kCli, base + QStringList{QStringLiteral("--pdf-engine"), QStringLiteral("browser"), QStringLiteral("--pdf"), pdf});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("no Chromium-family browser found")));
        CHECK(readFile(pdf) == before);
        // The other formats need no browser.
        r = runCli(kCli, base + QStringList{QStringLiteral("--pdf-engine"), QStringLiteral("browser"), QStringLiteral("--csv"),
                                            dir.filePath(QStringLiteral("report.csv"))});
        CHECK(r.exitCode == 0);
    }
    // --pdf-engine qt is the Qt PDF whatever is installed, and is named as untagged.
    const BrowserSetting found{QByteArray()};
    CliResult r = runCli(kCli, base + QStringList{QStringLiteral("--pdf-engine"), QStringLiteral("qt"), QStringLiteral("--pdf"), pdf});
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("not tagged")));
    // An unknown engine is a usage error.
    r = runCli(kCli, base + QStringList{QStringLiteral("--pdf-engine"), QStringLiteral("cairo"), QStringLiteral("--pdf"), pdf});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("use browser or qt")));
}

TEST_CASE("The ODT carries headings with outline levels, picture descriptions and en-GB", "[cli][odt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    const QString odt = dir.filePath(QStringLiteral("report.odt"));
    const QString html = dir.filePath(QStringLiteral("report.html"));
    const CliResult r = runCli(kCli, {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--authority"),
                                      kAuthority, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--layout"),
                                      QStringLiteral("full"), QStringLiteral("--odt"), odt, QStringLiteral("--html"), html});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto parts = readZip(odt);
    const QString content = QString::fromUtf8(parts.at(QStringLiteral("content.xml")));
    // Still well-formed after the headings and descriptions were put in.
    QXmlStreamReader xml(content);
    while (!xml.atEnd())
        xml.readNext();
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    // As many headings as the web page has below its h1 (the cover title is a paragraph in the
    // ODT), each with an outline level.
    static const QRegularExpression heading(QStringLiteral("<text:h [^>]*text:outline-level=\"(\\d)\""));
    int odtHeadings = 0;
    auto it = heading.globalMatch(content);
    while (it.hasNext()) {
        CHECK(it.next().captured(1).toInt() >= 1);
        ++odtHeadings;
    }
    const int htmlHeadings = int(headings(readText(html)).size());
    CHECK(odtHeadings >= htmlHeadings - 1);
    CHECK(odtHeadings > 3);
    // Every picture has a title and a description.
    const int frames = int(content.count(QStringLiteral("</draw:frame>")));
    REQUIRE(frames > 0);
    static const QRegularExpression described(QStringLiteral("<svg:title>[^<]+</svg:title><svg:desc>[^<]+</svg:desc></draw:frame>"));
    CHECK(int(content.count(described)) == frames);
    const QString styles = QString::fromUtf8(parts.at(QStringLiteral("styles.xml")));
    CHECK(styles.contains(QStringLiteral("fo:language=\"en\" fo:country=\"GB\"")));
}
