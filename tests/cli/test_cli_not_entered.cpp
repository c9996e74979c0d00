// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Issue 27 through the real binary: a count not entered (null) in a return marked complete is an
// error for `validate`; `import` stores it as a draft and says so; `compute` gives the metric no figure.
#include "CliRunner.h"
#include "Database.h"
#include "ReturnJson.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace scwres;
using scwres::test::runCli;

namespace {

const QString kCli = QStringLiteral(SCWRES_CLI_PATH);

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// The example return with the adult minority ethnic appointed count left empty.
AnnualReturn exampleWithNull(bool complete)
{
    AnnualReturn ret = test::exampleReturn();
    ret.children.reset();
    ret.complete = complete;
    ret.adult->shortlisting.events.clear(EthnicGroup::MinorityEthnic);
    return ret;
}

} // namespace

TEST_CASE("scwres validate: a null in a complete return is an error, in a draft it is not", "[cli][issue27]")
{
    QTemporaryDir dir;
    const QString field = QStringLiteral("areas.adult.shortlisting.appointed.minority_ethnic");
    auto r = runCli(kCli, {QStringLiteral("validate"),
                           writeTemp(dir, QStringLiteral("complete.json"), writeReturnJson(exampleWithNull(true)))});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(QStringLiteral("error\t") + field + QStringLiteral("\t")));
    r = runCli(kCli, {QStringLiteral("validate"),
                      writeTemp(dir, QStringLiteral("draft.json"), writeReturnJson(exampleWithNull(false)))});
    CHECK_FALSE(r.out.contains(QStringLiteral("error\t") + field));
}

TEST_CASE("scwres import: a complete file with a null comes in as a draft, saying so", "[cli][issue27]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("work.sqlite"));
    const QString in = writeTemp(dir, QStringLiteral("complete.json"), writeReturnJson(exampleWithNull(true)));
    const auto r = runCli(kCli, {QStringLiteral("import"), in, QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("imported as a draft")));
    auto stored = test::openDatabaseOrFail(db);
    const auto ret = stored->loadReturn(QStringLiteral("Exampleshire County Council"), 2024);
    REQUIRE(ret);
    CHECK_FALSE(ret->complete);
    CHECK_FALSE(ret->adult->shortlisting.events.isEntered(EthnicGroup::MinorityEthnic));

    // compute: metric 2 is not entered, with no RL and a null count, never 0.
    const auto c = runCli(kCli, {QStringLiteral("compute"), in});
    REQUIRE(c.exitCode == 0);
    const auto doc = nlohmann::json::parse(c.out.toStdString());
    const auto &m2 = doc["metrics"]["2"];
    CHECK(m2["status"] == "not_computable");
    CHECK(m2["reason"] == "not_entered");
    CHECK(m2["relative_likelihood"].is_null());
    CHECK(m2["phrase"].is_null());
    CHECK(m2["counts"]["events"]["minority_ethnic"].is_null());
}
