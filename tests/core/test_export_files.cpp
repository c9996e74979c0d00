// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/ZipArchive.h"
#include "export/XlsxFile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace scwres;

namespace {

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("Export files: an xlsx is written under a temporary name and renamed into place", "[exportfiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    {
        XlsxFile file(path);
        REQUIRE(file.isOpen());
        lxw_worksheet *sheet = workbook_add_worksheet(file.workbook(), "Sheet");
        REQUIRE(XlsxFile::writeText(sheet, 0, 0, QStringLiteral("=HYPERLINK(\"http://x\")"), nullptr) == LXW_NO_ERROR);
        // Nothing at the destination until commit.
        CHECK_FALSE(QFile::exists(path));
        REQUIRE(file.commit());
    }
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("report.xlsx")});
    const QByteArray bytes = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    CHECK(bytes.startsWith("PK"));
}

TEST_CASE("Export files: an abandoned xlsx leaves nothing behind", "[exportfiles]")
{
    QTemporaryDir dir;
    {
        XlsxFile file(dir.filePath(QStringLiteral("report.xlsx")));
        REQUIRE(file.isOpen());
        workbook_add_worksheet(file.workbook(), "Sheet");
    }
    CHECK(entries(dir.path()).isEmpty());
}

TEST_CASE("Export files: a destination that cannot be written fails, says where and why, leaves nothing",
          "[exportfiles]")
{
    QTemporaryDir dir;
    // Tests may run as root, who can write anywhere: a regular file used as a folder fails for anyone.
    const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
    {
        QFile f(notAFolder);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QString xlsxPath = notAFolder + QStringLiteral("/report.xlsx");
    XlsxFile xlsx(xlsxPath);
    CHECK_FALSE(xlsx.isOpen());
    CHECK(xlsx.errorString().contains(xlsxPath));

    QString error;
    CHECK_FALSE(ZipArchive::writeSafely(dir.filePath(QStringLiteral("missing/x.odt")),
                                        {{QStringLiteral("mimetype"), "x"}}, &error));
    CHECK(error.contains(QStringLiteral("x.odt")));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("plain-file")});
}

TEST_CASE("Export files: cell text cannot become a formula or break the file", "[exportfiles]")
{
    CHECK(XlsxFile::looksLikeFormula(QStringLiteral("=1+2")));
    CHECK(XlsxFile::looksLikeFormula(QStringLiteral("@SUM(A1)")));
    CHECK(XlsxFile::looksLikeFormula(QStringLiteral("-2+3")));
    CHECK_FALSE(XlsxFile::looksLikeFormula(QStringLiteral("Recruitment")));
    CHECK(XlsxFile::csvSafe(QStringLiteral("=cmd")) == QStringLiteral("'=cmd"));
    CHECK(XlsxFile::cellText(QStringLiteral("a\x01" "b\tc")) == QByteArray("ab\tc"));
    CHECK(XlsxFile::sheetName(QStringLiteral("7a Harassment: colleagues / managers [x]")).size() <= 31);
    CHECK_FALSE(XlsxFile::sheetName(QStringLiteral("a:b")).contains(':'));
}

TEST_CASE("Export files: a zip archive reads back what was written, mimetype first", "[exportfiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.zip"));
    const std::vector<ZipEntry> written{{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                                        {QStringLiteral("content.xml"), QByteArray(5000, 'x')},
                                        {QStringLiteral("Pictures/é.png"), QByteArray("\x89PNG\0\1", 7)}};
    QString error;
    REQUIRE(ZipArchive::writeSafely(path, written, &error));
    const auto read = ZipArchive::read(path, &error);
    REQUIRE(read);
    REQUIRE(read->size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(read->at(i).name == written[i].name);
        CHECK(read->at(i).data == written[i].data);
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    // ODF: the first entry is "mimetype", stored, its bytes at offset 38.
    CHECK(file.readAll().mid(30, 8) == QByteArray("mimetype"));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("a.zip")});
}
