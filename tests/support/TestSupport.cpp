// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "TestSupport.h"

#include "Database.h"
#include "ReturnJson.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace scwres::test {

std::unique_ptr<Database> openDatabaseOrFail(const QString &path)
{
    QString error;
    auto db = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}

QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(SCWRES_TEST_DATA_DIR)).filePath(name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read test file " + path.toStdString());
    return file.readAll();
}

AnnualReturn exampleReturn()
{
    const ReturnReadResult read = readReturnFile(dataPath(QStringLiteral("example-return.json")));
    if (!read.value)
        throw std::runtime_error("example return unreadable: " + read.error.toStdString());
    return *read.value;
}

namespace {

AnnualReturn shortlistingReturn(const QString &name, int year, long long meEvents, long long whiteEvents)
{
    AnnualReturn ret;
    ret.authorityName = name;
    ret.year = year;
    ret.complete = true;
    AreaReturn adult;
    RateBlock &block = adult.rateBlock(Block::Shortlisting);
    block.collected = true;
    block.population.white = 100;
    block.population.minorityEthnic = 100;
    block.events.white = whiteEvents;
    block.events.minorityEthnic = meEvents;
    ret.adult = adult;
    return ret;
}

} // namespace

bool writeComparisonDatabase(const QString &path, QString *error)
{
    auto db = Database::open(path, error);
    if (!db)
        return false;
    AnnualReturn beta = shortlistingReturn(QStringLiteral("Beta Council"), 2024, 30, 30);
    beta.complete = false;
    for (const AnnualReturn &ret : {shortlistingReturn(QStringLiteral("Gamma Council"), 2024, 45, 30),
                                    shortlistingReturn(QStringLiteral("Alpha Council"), 2024, 20, 40), beta,
                                    shortlistingReturn(QStringLiteral("Delta Council"), 2023, 10, 10)}) {
        if (!db->saveReturn(ret)) {
            *error = db->lastError();
            return false;
        }
    }
    return true;
}

} // namespace scwres::test
