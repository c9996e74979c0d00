// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Fuzz target for the database loader (Database::open and the readers of its records): the input
// is an SQLite file (the corpus holds small ones the program wrote, with 512-byte pages), written
// to a private temporary file and opened as the program opens a user's database. Besides "no
// crash": never throws, an open either succeeds or gives a reason, and every figure loaded from
// an accepted file is in range (counts 0 to 10^9, years 2000 to 2100, percentages 0 to 100): the
// database's contents never become impossible figures (issue 37).

#include "FuzzSupport.h"
#include "Database.h"
#include "ValueLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <exception>

using namespace scwres;
using scwres::fuzz::check;

namespace {

void checkCounts(const GroupCounts &counts)
{
    for (EthnicGroup g : kEthnicGroups)
        if (counts.isEntered(g))
            check(counts.get(g) >= 0 && counts.get(g) <= kMaxStoredCount, "a loaded count is in range");
    if (counts.broad)
        for (BroadGroup g : kBroadGroups)
            check(counts.broad->get(g) >= 0 && counts.broad->get(g) <= kMaxStoredCount,
                  "a loaded broad-group count is in range");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "scwres_fuzz_database";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/fuzz-db-XXXXXX"));
    if (!dir.isValid())
        return 0;
    const QString path = dir.filePath(QStringLiteral("fuzz.sqlite"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    try {
        QString error;
        Database::OpenFailure failure = Database::OpenFailure::None;
        const auto db = Database::open(path, &error, &failure);
        if (!db) {
            check(!error.isEmpty(), "a refusal has words");
            return 0;
        }
        for (const Authority &authority : db->authorities()) {
            for (int year : db->years(authority.id)) {
                check(year >= kFirstReturnYear && year <= kLastReturnYear, "a stored year is in range");
                const auto ret = db->loadReturn(authority.id, year);
                if (!ret)
                    continue;
                if (ret->populationMinorityEthnicPercent)
                    check(*ret->populationMinorityEthnicPercent >= 0 && *ret->populationMinorityEthnicPercent <= 100,
                          "a loaded percentage is in range");
                for (ServiceArea which : kServiceAreas) {
                    const AreaReturn *area = ret->area(which);
                    if (!area)
                        continue;
                    for (Block block : kBlocks) {
                        const BlockInfo &info = blockInfo(block);
                        if (info.shape == BlockShape::Counts) {
                            checkCounts(area->countBlock(block).counts);
                        } else if (info.shape == BlockShape::Rate) {
                            checkCounts(area->rateBlock(block).population);
                            checkCounts(area->rateBlock(block).events);
                        }
                    }
                    for (const PayBand &band : area->payBands.bands)
                        checkCounts(band.counts);
                }
            }
        }
    } catch (const std::exception &e) {
        scwres::fuzz::fail("the database loader never throws", e.what());
    }
    return 0;
}
