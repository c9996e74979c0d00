// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// `scwres plan` through the real binary, on a database made by `scwres demo`: every format, the
// PDF as poppler reads it (sections, authority, sign-off state, A4, title), the charts the
// binary draws, publication mode, and the usage and data errors.
#include "CliRunner.h"
#include "ExportReaders.h"
#include "ActionPlanDemo.h"
#include "Database.h"
#include "DemoData.h"
#include "export/ZipArchive.h"
#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "ActionPlan.h"
#include "Metric.h"

#include <QRegularExpression>

using namespace scwres;
using namespace scwres::test;

namespace {

const QString kCli = QStringLiteral(SCWRES_CLI_PATH);

struct DemoDatabase {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.sqlite"));

    DemoDatabase()
    {
        REQUIRE(dir.isValid());
        const CliResult r = runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), path});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    QString file(const QString &name) const { return dir.filePath(name); }

    CliResult plan(int year, const QStringList &more) const
    {
        QStringList args{QStringLiteral("plan"), QStringLiteral("--db"), path, QStringLiteral("--authority"),
                         demoAuthorityName(), QStringLiteral("--year"), QString::number(year)};
        return runCli(kCli, args + more);
    }
};

// Every page's size line of pdfinfo, e.g. "Page    3 size: 595.276 x 841.89 pts (A4)".
QStringList pageSizes(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                                             QStringLiteral("-l"), QStringLiteral("9999"), pdf});
    QStringList sizes;
    const QRegularExpression line(QStringLiteral("^Page +\\d+ size: *(.*)$"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(info); it.hasNext();)
        sizes << it.next().captured(1).trimmed();
    return sizes;
}

QString infoField(const QString &info, const QString &field)
{
    const QRegularExpression line(QStringLiteral("^%1: *(.*)$").arg(field), QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

// Metric titles as the domain names them: each must be in the plan's metric sections.
QStringList metricTitles()
{
    QStringList titles;
    for (int section = 1; section <= kPlanSectionCount; ++section)
        titles << sectionTitle(section);
    for (const MetricId id : kMetricIds)
        if (id != MetricId::M7a && id != MetricId::M7b)
            titles << metricShortTitle(id);
    return titles;
}

} // namespace

TEST_CASE("scwres plan writes the draft plan in every format", "[cli][plan-export]")
{
    const DemoDatabase db;
    const QString pdf = db.file(QStringLiteral("plan.pdf"));
    const QString docx = db.file(QStringLiteral("plan.docx"));
    const QString odt = db.file(QStringLiteral("plan.odt"));
    const QString xlsx = db.file(QStringLiteral("tracker.xlsx"));
    const CliResult r = db.plan(2024, {QStringLiteral("--pdf"), pdf, QStringLiteral("--docx"), docx,
                                       QStringLiteral("--odt"), odt, QStringLiteral("--xlsx"), xlsx});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    for (const QString &path : {pdf, docx, odt, xlsx})
        CHECK(r.out.contains(QStringLiteral("Wrote ") + QDir::toNativeSeparators(path)));

    // The PDF for sign-off: A4 on every page, titled, every metric section, the draft state.
    const QString info = pdfInfo(pdf);
    CHECK(infoField(info, QStringLiteral("Title")) == demoAuthorityName() + QStringLiteral(": SC-WRES action plan 2024"));
    const QStringList sizes = pageSizes(pdf);
    CHECK(sizes.size() >= kPlanSectionCount + 2); // front matter, a page per metric, the rest
    for (const QString &size : sizes) {
        INFO(size.toStdString());
        CHECK(QRegularExpression(QStringLiteral("^595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)$")).match(size).hasMatch());
    }
    const QString text = squeezed(pdfText(pdf));
    CHECK(text.contains(demoAuthorityName()));
    CHECK(text.contains(QStringLiteral("NOT YET SIGNED OFF")));
    for (const QString &title : metricTitles()) {
        INFO(title.toStdString());
        CHECK(text.contains(title));
    }
    // The charts are drawn by the binary as vectors: their words are text, and no picture is in
    // the file.
    CHECK(text.contains(QStringLiteral("Relative likelihood")));
    CHECK(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).count(QLatin1Char('\n')) <= 2);

    // DOCX and ODT for editing: the charts are pictures in the package, one per chart in the PDF.
    const auto docxParts = readZip(docx);
    const QString document = QString::fromUtf8(docxParts.at(QStringLiteral("word/document.xml")));
    CHECK(document.contains(demoAuthorityName()));
    int docxPictures = 0;
    for (const auto &[name, data] : docxParts)
        if (name.startsWith(QLatin1String("word/media/")) && name.endsWith(QLatin1String(".png")))
            ++docxPictures;
    CHECK(docxPictures >= 7);
    CHECK(document.count(QStringLiteral("<w:drawing>")) == docxPictures);

    const auto odtParts = readZip(odt);
    CHECK(odtParts.at(QStringLiteral("mimetype")) == "application/vnd.oasis.opendocument.text");
    const QString content = QString::fromUtf8(odtParts.at(QStringLiteral("content.xml")));
    CHECK(content.contains(QStringLiteral("NOT YET SIGNED OFF")));
    int odtPictures = 0;
    for (const auto &[name, data] : odtParts)
        odtPictures += name.startsWith(QLatin1String("Pictures/")) ? 1 : 0;
    CHECK(odtPictures == docxPictures);

    // The tracker: a workbook with the Actions sheet filtered.
    const auto xlsxParts = readZip(xlsx);
    CHECK(QString::fromUtf8(xlsxParts.at(QStringLiteral("xl/workbook.xml"))).contains(QStringLiteral("name=\"Actions\"")));
    CHECK(QString::fromUtf8(xlsxParts.at(QStringLiteral("xl/worksheets/sheet1.xml"))).contains(QStringLiteral("<autoFilter")));
}

TEST_CASE("scwres plan -o: a signed-off plan carries its sign-off, not the draft banner", "[cli][plan-export]")
{
    const DemoDatabase db;
    const QString pdf = db.file(QStringLiteral("signed.PDF"));
    const CliResult r = db.plan(2023, {QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = squeezed(pdfText(pdf));
    CHECK_FALSE(text.contains(QStringLiteral("NOT YET SIGNED OFF")));
    CHECK(text.contains(QStringLiteral("Action plan signed off by")));
    CHECK(text.contains(QStringLiteral("14 July 2023")));
    CHECK(infoField(pdfInfo(pdf), QStringLiteral("Title")).endsWith(QStringLiteral("action plan 2023")));
}

TEST_CASE("scwres plan --publication names the mode on the page", "[cli][plan-export]")
{
    const DemoDatabase db;
    const QString pdf = db.file(QStringLiteral("published.pdf"));
    CliResult r = db.plan(2024, {QStringLiteral("--pdf"), pdf, QStringLiteral("--publication"),
                                 QStringLiteral("--threshold"), QStringLiteral("5")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = squeezed(pdfText(pdf));
    CHECK(text.contains(QStringLiteral("published version (counts under 5 hidden)")));
    CHECK(text.contains(QStringLiteral("Counts from 1 to 4 are shown as “<5”")));

    const QString full = db.file(QStringLiteral("full.pdf"));
    r = db.plan(2024, {QStringLiteral("--pdf"), full});
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(squeezed(pdfText(full)).contains(QStringLiteral("published version")));
}

TEST_CASE("scwres plan: usage errors exit 2 with the usage, data errors exit 1 with the reason",
          "[cli][plan-export]")
{
    const DemoDatabase db;
    const QString out = db.file(QStringLiteral("plan.pdf"));

    CliResult r = runCli(kCli, {QStringLiteral("plan")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("expected --db FILE --authority NAME --year YEAR")));
    CHECK(r.err.contains(QStringLiteral("Usage: scwres plan")));

    r = db.plan(2024, {});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("expected -o PLAN")));

    r = db.plan(2024, {QStringLiteral("-o"), db.file(QStringLiteral("plan.doc"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral(".pdf, .docx, .odt, .xlsx or .html")));

    r = db.plan(2024, {QStringLiteral("--pdf"), out, QStringLiteral("--threshold"), QStringLiteral("5")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--threshold needs --publication")));

    r = runCli(kCli, {QStringLiteral("plan"), QStringLiteral("--db"), db.path, QStringLiteral("--authority"),
                      demoAuthorityName(), QStringLiteral("--year"), QStringLiteral("next"), QStringLiteral("--pdf"), out});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--year must be a whole number")));

    // Data errors: the reason, exit 1, no file.
    r = runCli(kCli, {QStringLiteral("plan"), QStringLiteral("--db"), db.path, QStringLiteral("--authority"),
                      QStringLiteral("Nowhere Borough Council"), QStringLiteral("--year"), QStringLiteral("2024"),
                      QStringLiteral("--pdf"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("no authority named Nowhere Borough Council")));

    r = db.plan(2019, {QStringLiteral("--pdf"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("There is no 2019 action plan for %1").arg(demoAuthorityName())));

    r = runCli(kCli, {QStringLiteral("plan"), QStringLiteral("--db"), db.file(QStringLiteral("missing.sqlite")),
                      QStringLiteral("--authority"), demoAuthorityName(), QStringLiteral("--year"),
                      QStringLiteral("2024"), QStringLiteral("--pdf"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("missing.sqlite")));
    CHECK_FALSE(QFileInfo::exists(db.file(QStringLiteral("missing.sqlite"))));

    // A folder that does not exist: the reason, and nothing written.
    const QString nowhere = db.file(QStringLiteral("no-such-folder/plan.docx"));
    r = db.plan(2024, {QStringLiteral("--docx"), nowhere});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("plan.docx")));
    CHECK_FALSE(QFileInfo::exists(db.file(QStringLiteral("no-such-folder"))));

    CHECK_FALSE(QFileInfo::exists(out));
}
