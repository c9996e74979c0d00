// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "TestSupport.h"

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

} // namespace scwres::test
