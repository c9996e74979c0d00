// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The DOCX and ODT plans as LibreOffice reads them (converted to plain text): every action, every
// metric section and the sign-off block, for the signed-off 2023 demo plan and the 2024 draft.
// All four files go through one LibreOffice start (each start costs about 1.5 s on CI).
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
#include "export/PlanExporter.h"

#include <QXmlStreamReader>

using namespace scwres;
using namespace scwres::test;

namespace {

struct Written {
    ActionPlan plan;
    QString text; // squeezed
};

// What LibreOffice's plain-text export of the file says (whitespace collapsed).
QString convertedText(const QString &outDir, const QString &baseName)
{
    return squeezed(readText(QDir(outDir).filePath(baseName + QStringLiteral(".txt"))));
}

void checkEveryAction(const ActionPlan &plan, const QString &text)
{
    for (const MetricSection &section : plan.sections) {
        INFO("section " << section.number);
        // Each metric block is introduced by its number; the metric's own name is in it.
        CHECK(text.contains(sectionTitle(section.number)));
        for (const PlanAction &action : section.actions) {
            INFO(action.details.toStdString());
            // Each paragraph of the lead's text on its own: lists and cells may be laid out with
            // their own line breaks and bullets.
            for (const QString &field : {action.details, action.timescale, action.successMeasure, action.lead})
                for (const PlanParagraph &p : planParagraphs(field))
                    CHECK(text.contains(squeezed(p.text)));
            CHECK(text.contains(actionStatusText(action.status)));
        }
    }
}

} // namespace

TEST_CASE("Plan DOCX and ODT read by LibreOffice: every action and the sign-off block", "[plan-export][libreoffice]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = writeDemoPlanDatabase(dir.filePath(QStringLiteral("plans.sqlite")));
    QString error;
    auto db = Database::open(dbPath, &error, nullptr, Database::Mode::ReadOnly);
    REQUIRE(db);
    const long long authorityId = db->authorityByName(demoAuthorityName())->id;

    std::map<int, ActionPlan> plans;
    QStringList files;
    for (const int year : {2023, 2024}) {
        const auto data = PlanExporter::load(*db, authorityId, year, QDate(2024, 10, 1), &error);
        INFO(error.toStdString());
        REQUIRE(data);
        plans[year] = data->document.plan;
        for (const PlanFormat format : {PlanFormat::Docx, PlanFormat::Odt}) {
            // Distinct base names: every converted file is called <base>.txt.
            const QString suffix = PlanExporter::suffix(format);
            const QString path = dir.filePath(QStringLiteral("plan-%1-%2.%2").arg(year).arg(suffix));
            REQUIRE(PlanExporter::write(*data, format, path, nullptr, {}, &error));
            files << path;
        }
    }
    REQUIRE(plans.at(2023).isSignedOff());
    REQUIRE_FALSE(plans.at(2024).isSignedOff());

    const QString out = dir.filePath(QStringLiteral("text"));
    REQUIRE(QDir().mkpath(out));
    convertWithLibreOffice(files, QStringLiteral("txt:Text"), out);

    // A loop, not SECTIONs: Catch would run the conversion again for each section.
    for (const QString &suffix : {QStringLiteral("docx"), QStringLiteral("odt")}) {
        INFO(suffix.toStdString());
        // Signed off: who, in what role, when, under the template's own labels.
        const QString signedText = convertedText(out, QStringLiteral("plan-2023-") + suffix);
        const SignOff &signOff = *plans.at(2023).signOff;
        checkEveryAction(plans.at(2023), signedText);
        CHECK(signedText.contains(demoAuthorityName()));
        CHECK(signedText.contains(QStringLiteral("Action plan signed off by ") + signOff.name));
        CHECK(signedText.contains(QStringLiteral("Position / Role ") + signOff.role));
        CHECK(signedText.contains(QStringLiteral("Date ") + signOff.date.toString(QStringLiteral("d MMMM yyyy"))));
        CHECK_FALSE(signedText.contains(QStringLiteral("not yet signed off"), Qt::CaseInsensitive));

        // The draft: says so, and has the blank sign-off block to fill in on paper.
        const QString draftText = convertedText(out, QStringLiteral("plan-2024-") + suffix);
        checkEveryAction(plans.at(2024), draftText);
        CHECK(draftText.contains(QStringLiteral("not yet signed off"), Qt::CaseInsensitive));
        CHECK(draftText.contains(QStringLiteral("Action plan signed off by")));
        CHECK(draftText.contains(QStringLiteral("Signature")));
        // (The sponsor who signed 2023 is named in the 2024 header, but not as signing it.)
        CHECK_FALSE(draftText.contains(QStringLiteral("Action plan signed off by ") + signOff.name));
    }
}

TEST_CASE("Plan ODT: every table row has one cell per column, whatever the lines in a cell", "[plan-export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = writeDemoPlanDatabase(dir.filePath(QStringLiteral("plans.sqlite")));
    QString error;
    auto db = Database::open(dbPath, &error, nullptr, Database::Mode::ReadOnly);
    REQUIRE(db);
    auto data = PlanExporter::load(*db, db->authorityByName(demoAuthorityName())->id, 2024, QDate(2024, 10, 1), &error);
    REQUIRE(data);
    // A cell of several paragraphs and a list, as leads type them.
    PlanAction action = newAction();
    action.details = QStringLiteral("Mentoring scheme:\n- pair each new manager\n- review after six months");
    action.lead = QStringLiteral("HR business partner");
    data->document.plan.section(2).actions.push_back(action);
    const QString path = dir.filePath(QStringLiteral("plan.odt"));
    REQUIRE(PlanExporter::write(*data, PlanFormat::Odt, path, nullptr, {}, &error));

    const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
    QXmlStreamReader reader(readZip(path).at(QStringLiteral("content.xml")));
    int tables = 0;
    int columns = 0;
    int cells = 0;
    int rows = 0;
    QString cellText;
    bool inCell = false;
    QStringList statusCells;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.namespaceUri() == ns) {
            if (reader.name() == QLatin1String("table")) {
                ++tables;
                columns = 0;
            } else if (reader.name() == QLatin1String("table-column")) {
                const auto repeated = reader.attributes().value(ns, QStringLiteral("number-columns-repeated"));
                columns += repeated.isEmpty() ? 1 : repeated.toInt();
            } else if (reader.name() == QLatin1String("table-row")) {
                cells = 0;
            } else if (reader.name() == QLatin1String("table-cell")) {
                ++cells;
                inCell = true;
                cellText.clear();
            }
        } else if (reader.isEndElement() && reader.namespaceUri() == ns) {
            if (reader.name() == QLatin1String("table-row")) {
                ++rows;
                INFO("table " << tables << ", row ending " << cellText.toStdString());
                CHECK(cells == columns);
            } else if (reader.name() == QLatin1String("table-cell")) {
                inCell = false;
                const QString text = cellText.simplified();
                if (text.startsWith(actionStatusText(ActionStatus::OnTrack)))
                    statusCells << text;
            }
        } else if (reader.isCharacters() && inCell) {
            cellText += reader.text();
        } else if (reader.isStartElement() && inCell && reader.name() == QLatin1String("line-break")) {
            cellText += QLatin1Char('|');
        }
    }
    REQUIRE_FALSE(reader.hasError());
    CHECK(tables >= 4);
    CHECK(rows > 10);
    // The status cell keeps its dates, on lines of their own.
    CHECK(std::any_of(statusCells.begin(), statusCells.end(), [](const QString &cell) {
        return cell.contains(QStringLiteral("|Start 1 June 2023")) && cell.contains(QStringLiteral("|Due "));
    }));
}
