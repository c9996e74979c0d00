// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The action plan exports that need no chart drawing: the DOCX package (checked part by part
// against what Word requires), the xlsx action tracker (read back by LibreOffice), the document's
// order and safe failure. The PDF and the charts are checked through the CLI (tests/cli).
#include "ExportReaders.h"
#include "ActionPlanDemo.h"
#include "Database.h"
#include "DemoData.h"
#include "export/ZipArchive.h"
#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "ActionPlanStore.h"
#include "export/PlanDocxWriter.h"
#include "export/PlanExporter.h"
#include "export/PlanTracker.h"
#include "export/Suppression.h"
#include "Shortfall.h"

#include <QLocale>
#include <QXmlStreamReader>

using namespace scwres;
using namespace scwres::test;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString dbPath = writeDemoPlanDatabase(dir.filePath(QStringLiteral("plans.sqlite")));
    std::unique_ptr<Database> db = [this] {
        QString error;
        return Database::open(dbPath, &error, nullptr, Database::Mode::ReadOnly);
    }();
    long long authorityId = db->authorityByName(demoAuthorityName())->id;

    PlanExportData load(int year)
    {
        QString error;
        auto data = PlanExporter::load(*db, authorityId, year, QDate(2024, 10, 1), &error);
        INFO(error.toStdString());
        REQUIRE(data);
        return *data;
    }
};

// Every text run of a WordprocessingML part, with the paragraph styles and element names seen;
// the reader fails the test on malformed XML.
struct WordXml {
    QString text;
    QStringList paragraphStyles;
    QStringList elements;
    int tables = 0;
};

WordXml readWordXml(const QByteArray &xml)
{
    WordXml result;
    QXmlStreamReader reader(xml);
    const QString w = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            result.elements << reader.qualifiedName().toString();
            if (reader.namespaceUri() == w && reader.name() == QLatin1String("tbl"))
                ++result.tables;
            if (reader.namespaceUri() == w && reader.name() == QLatin1String("pStyle"))
                result.paragraphStyles << reader.attributes().value(w, QStringLiteral("val")).toString();
            if (reader.namespaceUri() == w && reader.name() == QLatin1String("t"))
                result.text += reader.readElementText() + QLatin1Char(' ');
            if (reader.namespaceUri() == w && reader.name() == QLatin1String("p"))
                result.text += QLatin1Char('\n');
        }
    }
    INFO(reader.errorString().toStdString());
    REQUIRE_FALSE(reader.hasError());
    return result;
}

// The relationships of a .rels part: id → (type, target).
std::map<QString, std::pair<QString, QString>> readRelationships(const QByteArray &xml)
{
    std::map<QString, std::pair<QString, QString>> rels;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("Relationship")) {
            CHECK(reader.namespaceUri() == QLatin1String("http://schemas.openxmlformats.org/package/2006/relationships"));
            const auto a = reader.attributes();
            rels[a.value(QStringLiteral("Id")).toString()] = {a.value(QStringLiteral("Type")).toString(),
                                                              a.value(QStringLiteral("Target")).toString()};
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return rels;
}

} // namespace

TEST_CASE("Plan DOCX: the package has the parts, content types and relationships Word requires", "[plan-export]")
{
    Fixture f;
    const PlanExportData data = f.load(2024);
    const QString path = f.dir.filePath(QStringLiteral("plan.docx"));
    QString error;
    REQUIRE(PlanExporter::write(data, PlanFormat::Docx, path, nullptr, {}, &error));
    const auto zip = readZip(path);

    // Content types: every XML part Word opens has its override; relationships and XML defaults.
    REQUIRE(zip.count(QStringLiteral("[Content_Types].xml")));
    QXmlStreamReader types(zip.at(QStringLiteral("[Content_Types].xml")));
    std::map<QString, QString> overrides;
    std::map<QString, QString> defaults;
    while (!types.atEnd()) {
        types.readNext();
        if (!types.isStartElement())
            continue;
        const auto a = types.attributes();
        if (types.name() == QLatin1String("Override"))
            overrides[a.value(QStringLiteral("PartName")).toString()] = a.value(QStringLiteral("ContentType")).toString();
        if (types.name() == QLatin1String("Default"))
            defaults[a.value(QStringLiteral("Extension")).toString()] = a.value(QStringLiteral("ContentType")).toString();
    }
    REQUIRE_FALSE(types.hasError());
    CHECK(overrides[QStringLiteral("/word/document.xml")]
          == QLatin1String("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
    CHECK(overrides[QStringLiteral("/word/styles.xml")]
          == QLatin1String("application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"));
    CHECK(overrides[QStringLiteral("/docProps/core.xml")]
          == QLatin1String("application/vnd.openxmlformats-package.core-properties+xml"));
    CHECK(defaults[QStringLiteral("rels")] == QLatin1String("application/vnd.openxmlformats-package.relationships+xml"));
    CHECK(defaults.count(QStringLiteral("xml")));
    // Every override names a part that is really in the package.
    for (const auto &[part, type] : overrides) {
        INFO(part.toStdString());
        CHECK(zip.count(part.mid(1)));
    }

    // The package relationships lead to the main document and the core properties.
    const auto root = readRelationships(zip.at(QStringLiteral("_rels/.rels")));
    bool mainDocument = false;
    bool core = false;
    for (const auto &[id, rel] : root) {
        if (rel.first == QLatin1String("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"))
            mainDocument = rel.second == QLatin1String("word/document.xml");
        if (rel.first.endsWith(QLatin1String("/metadata/core-properties")))
            core = rel.second == QLatin1String("docProps/core.xml");
    }
    CHECK(mainDocument);
    CHECK(core);

    // The document's relationships point at parts that exist, and include the styles.
    const auto documentRels = readRelationships(zip.at(QStringLiteral("word/_rels/document.xml.rels")));
    bool styles = false;
    for (const auto &[id, rel] : documentRels) {
        INFO(rel.second.toStdString());
        CHECK(zip.count(QStringLiteral("word/") + rel.second));
        styles = styles || rel.first.endsWith(QLatin1String("/relationships/styles"));
    }
    CHECK(styles);

    // The body: real tables and Word's own heading styles, defined with outline levels.
    const WordXml body = readWordXml(zip.at(QStringLiteral("word/document.xml")));
    CHECK(body.elements.front() == QLatin1String("w:document"));
    CHECK(body.elements.contains(QStringLiteral("w:body")));
    CHECK(body.elements.contains(QStringLiteral("w:sectPr")));
    CHECK(body.tables >= 1 + 1 + 1 + 1); // header table, evaluation of 2023, actions, sign-off
    CHECK(body.paragraphStyles.count(QStringLiteral("Heading1")) >= kPlanSectionCount);
    CHECK(body.paragraphStyles.contains(QStringLiteral("Heading2")));
    const QString stylesXml = QString::fromUtf8(zip.at(QStringLiteral("word/styles.xml")));
    CHECK(stylesXml.contains(QStringLiteral("w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>")));
    CHECK(stylesXml.contains(QStringLiteral("<w:outlineLvl w:val=\"0\"/>")));
    for (const QString &style : body.paragraphStyles) {
        INFO(style.toStdString());
        CHECK(stylesXml.contains(QStringLiteral("w:styleId=\"%1\"").arg(style)));
    }

    // Everything the sponsor needs to read: every action, each metric heading, the draft state.
    const QString text = squeezed(body.text);
    for (const MetricSection &section : data.document.plan.sections) {
        CHECK(text.contains(planSectionHeading(section.number)));
        for (const PlanAction &action : section.actions) {
            INFO(action.details.toStdString());
            CHECK(text.contains(squeezed(action.details)));
            CHECK(text.contains(squeezed(action.successMeasure)));
        }
    }
    CHECK(text.contains(QStringLiteral("NOT YET SIGNED OFF")));
    CHECK(text.contains(QStringLiteral("Action plan signed off by")));

    // Title and creator in the core properties.
    const QString coreXml = QString::fromUtf8(zip.at(QStringLiteral("docProps/core.xml")));
    CHECK(coreXml.contains(QStringLiteral("<dc:title>%1: SC-WRES action plan 2024</dc:title>").arg(demoAuthorityName())));
    CHECK(coreXml.contains(QStringLiteral("<dc:creator>%1</dc:creator>").arg(demoAuthorityName())));
}

TEST_CASE("Plan DOCX: text that looks like markup stays text, and control characters do not break the XML",
          "[plan-export]")
{
    Fixture f;
    PlanExportData data = f.load(2024);
    PlanAction odd = newAction();
    odd.details = QStringLiteral("<w:p>Bold & \"quoted\" </w:t> ]]> 1 < 2 \x01\x0b end");
    odd.lead = QStringLiteral("=HYPERLINK(\"x\")");
    data.document.plan.section(4).actions.push_back(odd);
    const QString path = f.dir.filePath(QStringLiteral("odd.docx"));
    QString error;
    REQUIRE(PlanExporter::write(data, PlanFormat::Docx, path, nullptr, {}, &error));
    const WordXml body = readWordXml(readZip(path).at(QStringLiteral("word/document.xml")));
    CHECK(squeezed(body.text).contains(QStringLiteral("<w:p>Bold & \"quoted\" </w:t> ]]> 1 < 2 end")));
    CHECK(squeezed(body.text).contains(QStringLiteral("=HYPERLINK(\"x\")")));
}

TEST_CASE("Plan document: the template's order, the sign-off state and the reopenings", "[plan-export]")
{
    Fixture f;
    PlanExportData signed2023 = f.load(2023);
    REQUIRE(signed2023.document.plan.isSignedOff());
    reopenPlan(signed2023.document.plan, QDate(2024, 1, 10), QStringLiteral("Programme lead"),
               QStringLiteral("Add the exit interview action"));
    const PlanDocument reopened = PlanExporter::document(signed2023, {});
    QStringList headings;
    QString all;
    for (const PlanBlock &block : reopened.blocks) {
        if (block.kind == PlanBlock::Kind::Heading1)
            headings << block.text;
        all += block.text + QLatin1Char(' ');
        for (const QStringList &row : block.table.rows)
            all += row.join(QLatin1Char(' ')) + QLatin1Char(' ');
    }
    QStringList expected{QStringLiteral("Plan details"), QStringLiteral("Evaluation and review")};
    for (int n = 1; n <= kPlanSectionCount; ++n)
        expected << planSectionHeading(n);
    expected << QStringLiteral("Other actions and activities") << QStringLiteral("Staff engagement")
             << QStringLiteral("Sign-off") << QStringLiteral("Supporting resources");
    CHECK(headings == expected);
    // The template's parts of every metric: the indicator line and the closing part.
    for (int n = 1; n <= kPlanSectionCount; ++n)
        CHECK(all.contains(QStringLiteral("Indicator %1: ").arg(n)));
    CHECK(all.count(QStringLiteral("Additional charts and any further detail")) == kPlanSectionCount);
    // The plan's employee count is reconciled with the return's headcount, or labelled as the lead's.
    CHECK(all.contains(QStringLiteral("return's headcount")));
    // Reopened: no longer signed off, so the front page says so, and the reopening is on record.
    CHECK(reopened.runningHeader.contains(QStringLiteral("NOT YET SIGNED OFF")));
    CHECK(all.contains(QStringLiteral("Add the exit interview action")));
    CHECK(all.contains(QStringLiteral("Reopened for changes on 10 January 2024 by Programme lead")));
    CHECK(all.contains(QStringLiteral("Corporate Director of People (demo), Senior sponsor, 14 July 2023")));

    const PlanDocument signedOff = PlanExporter::document(f.load(2023), {});
    CHECK_FALSE(signedOff.runningHeader.contains(QStringLiteral("NOT YET SIGNED OFF")));
    const bool banner = std::any_of(signedOff.blocks.begin(), signedOff.blocks.end(),
                                    [](const PlanBlock &b) { return b.kind == PlanBlock::Kind::Banner; });
    CHECK_FALSE(banner);
}

TEST_CASE("Plan document: a chart for each section that asks for one and has data", "[plan-export]")
{
    Fixture f;
    PlanExportData data = f.load(2024);
    REQUIRE(data.document.report);
    data.document.plan.section(3).attachChart = false;
    const PlanDocument document = PlanExporter::document(data, {});
    std::vector<QString> charted;
    for (const PlanBlock &block : document.blocks)
        if (block.kind == PlanBlock::Kind::Chart)
            charted.push_back(block.text);
    // The title every chart carries is the chart data's own, for the sections that kept theirs.
    std::vector<QString> expected;
    for (int n = 1; n <= kPlanSectionCount; ++n)
        if (n != 3)
            if (const auto chart = planSectionChart(n, *data.document.report, data.document.populationPercent))
                expected.push_back(std::visit([](const auto &d) { return d.labels.title; }, *chart));
    CHECK(charted == expected);
    CHECK(charted.size() >= 7);
}

TEST_CASE("Plan tracker: one row per action with its status, real dates, filter and frozen header",
          "[plan-export]")
{
    Fixture f;
    const PlanExportData data = f.load(2024);
    const QString path = f.dir.filePath(QStringLiteral("tracker.xlsx"));
    QString error;
    REQUIRE(PlanExporter::write(data, PlanFormat::Xlsx, path, nullptr, {}, &error));

    // The workbook's own XML: the header frozen and filtered, dates stored as numbers.
    const auto zip = readZip(path);
    const QString sheet = QString::fromUtf8(zip.at(QStringLiteral("xl/worksheets/sheet1.xml")));
    const int actions = data.document.plan.actionCount();
    CHECK(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:L%1\"/>").arg(actions + 1)));
    CHECK(sheet.contains(QStringLiteral("state=\"frozen\"")));
    CHECK(sheet.contains(QStringLiteral("orientation=\"landscape\"")));

    QTemporaryDir out;
    convertWithLibreOffice({path}, QStringLiteral("csv"), out.path());
    const auto rows = parseCsv(readText(out.filePath(QStringLiteral("tracker.csv"))));
    REQUIRE(static_cast<int>(rows.size()) == actions + 1);
    CHECK(rows.front() == PlanTracker::headings());
    int row = 1;
    for (const MetricSection &section : data.document.plan.sections)
        for (const PlanAction &action : section.actions) {
            const QStringList &cells = rows.at(static_cast<size_t>(row++));
            INFO(action.details.toStdString());
            CHECK(cells.value(0) == planSectionHeading(section.number));
            CHECK(cells.value(2) == action.details);
            CHECK(cells.value(3) == action.lead);
            CHECK(cells.value(6) == actionStatusText(action.status));
            // A real date: LibreOffice (C locale in the tests) writes date cells to CSV month first,
            // whatever the sheet's own dd/mm/yyyy display; a date stored as text would keep its text.
            CHECK(cells.value(5) == action.due.toString(QStringLiteral("MM/dd/yyyy")));
            CHECK(cells.value(7) == (action.notes.empty() ? QString() : action.notes.back().text));
        }
}

TEST_CASE("Plan exports: a missing destination folder fails with the reason and leaves nothing", "[plan-export]")
{
    Fixture f;
    const PlanExportData data = f.load(2024);
    QTemporaryDir parent;
    const QString missing = parent.filePath(QStringLiteral("no-such-folder"));
    for (const PlanFormat format : {PlanFormat::Docx, PlanFormat::Xlsx}) {
        const QString path = missing + QStringLiteral("/plan.") + PlanExporter::suffix(format);
        QString error;
        CHECK_FALSE(PlanExporter::write(data, format, path, nullptr, {}, &error));
        INFO(error.toStdString());
        CHECK(error.contains(QStringLiteral("plan.") + PlanExporter::suffix(format)));
        CHECK((error.contains(QStringLiteral("does not exist")) || error.contains(QStringLiteral("No such file"))));
        CHECK(filesIn(parent.path()).isEmpty());
    }
    // A destination that is a folder: refused, and the folder is left as it was.
    const QString folder = parent.filePath(QStringLiteral("plan.docx"));
    REQUIRE(QDir().mkdir(folder));
    QString error;
    CHECK_FALSE(PlanExporter::write(data, PlanFormat::Docx, folder, nullptr, {}, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(filesIn(parent.path()) == QStringList{QStringLiteral("plan.docx")});
    CHECK(QFileInfo(folder).isDir());
}

TEST_CASE("Plan exports: the format follows the file's suffix", "[plan-export]")
{
    CHECK(PlanExporter::formatForPath(QStringLiteral("/x/Plan.PDF")) == PlanFormat::Pdf);
    CHECK(PlanExporter::formatForPath(QStringLiteral("plan.docx")) == PlanFormat::Docx);
    CHECK(PlanExporter::formatForPath(QStringLiteral("plan.odt")) == PlanFormat::Odt);
    CHECK(PlanExporter::formatForPath(QStringLiteral("tracker.xlsx")) == PlanFormat::Xlsx);
    CHECK_FALSE(PlanExporter::formatForPath(QStringLiteral("plan.doc")));
}

TEST_CASE("Published plan: a hidden headcount and a suggested target of a withheld metric carry no number",
          "[plan-export][suppression]")
{
    Fixture f;
    PlanExportData data = f.load(2024);
    REQUIRE(data.document.report);
    REQUIRE(data.currentReturn);
    SuppressionPolicy publication;
    publication.enabled = true;
    const ReportSuppression pattern = ReportSuppression::build(
        *data.currentReturn, data.previousReturn ? &*data.previousReturn : nullptr, {*data.document.report}, publication);
    // The demo's 2024 headcount is hidden in every report (an unknown count under 10 would follow from it).
    REQUIRE(pattern.headcountSuppressed(AreaSelection::Combined));
    const QString headcount = QLocale(QLocale::English, QLocale::UnitedKingdom)
                                  .toString(data.document.report->payBands.workforce.counts.total());

    // A section whose RL is withheld and whose shortfall the program would suggest as the target.
    int section = 0;
    QString offered;
    for (int n = 2; n <= kPlanSectionCount && section == 0; ++n) {
        const std::vector<MetricId> metrics = sectionMetrics(n);
        const bool withheld = std::any_of(metrics.begin(), metrics.end(), [&](MetricId id) {
            return pattern.ratioSuppressed(AreaSelection::Combined, id);
        });
        const QString suggestion = suggestedMeasureForSection(metrics, *data.document.report);
        if (withheld && !suggestion.isEmpty()) {
            section = n;
            offered = suggestion;
        }
    }
    REQUIRE(section != 0);
    REQUIRE(offered.contains(QRegularExpression(QStringLiteral("\\d"))));
    // No figure typed by the lead: the plan quotes the return's headcount.
    data.document.plan.header.directEmployees.reset();
    PlanAction kept = newAction();
    kept.details = QStringLiteral("Kept the suggested target");
    kept.successMeasure = offered;
    data.document.plan.section(section).actions.push_back(kept);

    const auto allText = [](const PlanDocument &document) {
        QString all;
        for (const PlanBlock &block : document.blocks) {
            all += block.text + QLatin1Char('\n');
            for (const QStringList &row : block.table.rows)
                all += row.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
        return all;
    };
    const QString full = allText(PlanExporter::document(data, {}));
    CHECK(full.contains(headcount + QStringLiteral(" (the 2024 return's headcount")));
    CHECK(full.contains(offered));

    const QString published = allText(PlanExporter::document(data, publication));
    CHECK_FALSE(published.contains(headcount));
    CHECK(published.contains(QStringLiteral("Withheld in the published version: the return's headcount is hidden")));
    CHECK_FALSE(published.contains(offered));
    const QString numberless = pattern.suggestedMeasure(sectionMetrics(section), *data.document.report);
    CHECK(published.contains(numberless));
    // The aim without a number: only the range's ends and the threshold, which every reader knows.
    // The lead typed the headcount itself: still withheld. Another figure is theirs, printed as such.
    const int total = int(data.document.report->payBands.workforce.counts.total());
    data.document.plan.header.directEmployees = total;
    CHECK_FALSE(allText(PlanExporter::document(data, publication)).contains(headcount));
    data.document.plan.header.directEmployees = 1147;
    CHECK(allText(PlanExporter::document(data, publication)).contains(QStringLiteral("1,147 (entered by the programme lead)")));
    QString rest = numberless;
    rest.remove(QStringLiteral("0.80")).remove(QStringLiteral("1.25")).remove(QStringLiteral("under 10"));
    CHECK_FALSE(rest.contains(QRegularExpression(QStringLiteral("\\d"))));
}
