// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/DocumentWriter.h"
#include "export/ZipArchive.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>

using namespace scwres;

namespace {

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("Document writer: a PDF and an ODT are written whole, with their metadata", "[datareport]")
{
    QTemporaryDir dir;
    QTextDocument document;
    QTextCursor cursor(&document);
    for (int i = 0; i < 200; ++i)
        cursor.insertText(QStringLiteral("Line %1 of a long document.\n").arg(i));
    const DocumentInfo info{QStringLiteral("A title"), QStringLiteral("Exampleshire County Council"), {}, {}, {}};
    QString error;
    const QString pdf = dir.filePath(QStringLiteral("doc.pdf"));
    REQUIRE(DocumentWriter::writePdf(document, pdf, info, &error));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.contains("Exampleshire County Council")); // the author, in the XMP metadata
    const QString odt = dir.filePath(QStringLiteral("doc.odt"));
    REQUIRE(DocumentWriter::writeOdt(document, odt, info, &error));
    const auto parts = ZipArchive::read(odt, &error);
    REQUIRE(parts);
    REQUIRE_FALSE(parts->empty());
    CHECK(parts->front().name == QStringLiteral("mimetype"));
    QStringList names;
    for (const ZipEntry &entry : *parts) {
        names << entry.name;
        if (entry.name == QStringLiteral("styles.xml")) {
            CHECK(entry.data.contains("fo:page-width=\"210mm\""));
            CHECK(entry.data.contains("<text:page-number"));
        }
        if (entry.name == QStringLiteral("meta.xml"))
            CHECK(entry.data.contains("Exampleshire County Council"));
    }
    CHECK(names.contains(QStringLiteral("content.xml")));
    CHECK(names.contains(QStringLiteral("styles.xml")));
    CHECK(names.contains(QStringLiteral("meta.xml")));
    CHECK(entries(dir.path()) == QStringList({QStringLiteral("doc.odt"), QStringLiteral("doc.pdf")}));
}

TEST_CASE("Document writer: a destination that cannot be written fails, names it, and leaves nothing",
          "[datareport]")
{
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
    {
        QFile f(notAFolder);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    QTextDocument document;
    QTextCursor(&document).insertText(QStringLiteral("Hello"));
    QString error;
    const QString pdfPath = dir.filePath(QStringLiteral("missing/report.pdf"));
    CHECK_FALSE(DocumentWriter::writePdf(document, pdfPath, {QStringLiteral("T"), {}, {}, {}, {}}, &error));
    CHECK(error.contains(QDir::toNativeSeparators(pdfPath)));
    error.clear();
    const QString odtPath = notAFolder + QStringLiteral("/x.odt");
    CHECK_FALSE(DocumentWriter::writeOdt(document, odtPath, {}, &error));
    CHECK(error.contains(QDir::toNativeSeparators(odtPath)));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("plain-file")});
}
