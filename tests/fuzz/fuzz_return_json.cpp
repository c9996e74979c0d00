// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Fuzz target for the return's JSON reader (readReturnJson), the program's main door for files
// from elsewhere. Besides "no crash", every input checks what the reader promises:
// - it never throws, and it either gives a return or a reason, never both or neither;
// - a return it accepts is within the format's ranges (docs/return-format.md, issue 11 part 3):
//   the year and format version exactly as written (no wrapping of 64-bit values), no duplicate
//   keys, counts 0 to 10^9, names NFC-normalised and of bounded length;
// - writing an accepted return and reading it back gives the same return, and writing that again
//   gives the same bytes (what `scwres export` after `scwres import` relies on).

#include "FuzzSupport.h"
#include "ReturnJson.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <exception>

using namespace scwres;
using scwres::fuzz::check;

namespace {

// The documented maxima (issue 11 part 3): names 200 characters, free text 20,000.
constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kMaxTextLength = 20000;
constexpr long long kMaxCount = 1'000'000'000LL;

std::string utf8(const QString &text)
{
    return text.left(80).toStdString();
}

void checkName(const QString &name, const char *what)
{
    check(name.size() <= kMaxNameLength, "an accepted name is at most 200 characters", what);
    check(name == name.normalized(QString::NormalizationForm_C), "an accepted name is NFC-normalised",
          std::string(what) + " \"" + utf8(name) + "\"");
}

void checkCounts(const GroupCounts &counts)
{
    for (long long value : {counts.white, counts.minorityEthnic, counts.unknown})
        check(value >= 0 && value <= kMaxCount, "an accepted count is from 0 to 10^9", std::to_string(value));
    if (counts.broad)
        for (BroadGroup group : kBroadGroups)
            check(counts.broad->get(group) >= 0 && counts.broad->get(group) <= kMaxCount,
                  "an accepted broad-group count is from 0 to 10^9", std::to_string(counts.broad->get(group)));
    check(counts.broadMatchesHeadline(), "an accepted broad-group breakdown adds up to the headline counts");
}

void checkArea(const AreaReturn &area)
{
    for (const PayBand &band : area.payBands.bands) {
        checkName(band.name, "pay band name");
        checkCounts(band.counts);
    }
    for (Block block : kBlocks) {
        switch (blockInfo(block).shape) {
        case BlockShape::PayBands: break;
        case BlockShape::Counts: checkCounts(area.countBlock(block).counts); break;
        case BlockShape::Rate:
            checkCounts(area.rateBlock(block).population);
            checkCounts(area.rateBlock(block).events);
            break;
        }
    }
    for (const auto &[key, note] : area.notes) {
        check(metricFromKey(key).has_value(), "a note is kept under a metric key", utf8(key));
        check(!note.isEmpty() && note.size() <= kMaxTextLength, "an accepted note is 1 to 20,000 characters");
    }
}

// The single value written at a top-level key, exactly as in the file.
void checkIntegerAsWritten(const fuzz::RawShape &shape, const char *key, long long read)
{
    const auto found = shape.integersAt.find(key);
    check(found != shape.integersAt.end() && found->second.size() == 1 && found->second.front()
              && found->second.front()->equals(read),
          "an accepted whole number is the one written in the file, not a wrapped one", key);
}

void checkAccepted(const AnnualReturn &ret, const fuzz::RawShape &shape)
{
    check(shape.wellFormed, "an accepted document is well-formed JSON");
    check(!shape.duplicateKey, "an accepted document has no duplicate key", shape.duplicateKey.value_or(""));
    check(shape.maxDepth <= 64, "an accepted document nests at most 64 deep");
    // Every version up to the current one is read (version 1 files stay readable).
    const auto version = shape.integersAt.find("format_version");
    bool versionAsWritten = version != shape.integersAt.end() && version->second.size() == 1 && version->second.front();
    bool knownVersion = false;
    for (long long v = 1; versionAsWritten && v <= kReturnFormatVersion; ++v)
        knownVersion = knownVersion || version->second.front()->equals(v);
    check(versionAsWritten && knownVersion, "an accepted format version is one this program reads, as written",
          "format_version");
    checkIntegerAsWritten(shape, "year", ret.year);
    check(ret.year >= 2000 && ret.year <= 2100, "an accepted year is from 2000 to 2100");
    check(!ret.authorityName.isEmpty() && ret.authorityName == ret.authorityName.trimmed(),
          "an accepted authority name is non-empty and trimmed");
    checkName(ret.authorityName, "authority name");
    check(ret.authorityCode.size() <= kMaxNameLength, "an accepted authority code is at most 200 characters");
    check(ret.populationSource.size() <= kMaxTextLength, "an accepted population source is at most 20,000 characters");
    if (ret.populationMinorityEthnicPercent)
        check(*ret.populationMinorityEthnicPercent >= 0 && *ret.populationMinorityEthnicPercent <= 100,
              "an accepted population percentage is from 0 to 100");
    check(ret.adult || ret.children, "an accepted return has a service area");
    for (ServiceArea which : kServiceAreas)
        if (const AreaReturn *area = ret.area(which))
            checkArea(*area);
}

void checkRoundTrip(const AnnualReturn &ret)
{
    const QByteArray written = writeReturnJson(ret);
    const ReturnReadResult again = readReturnJson(written);
    check(again.value.has_value(), "a written return is read back",
          again.error.toStdString() + "\n--- written:\n" + written.left(2000).toStdString());
    check(*again.value == ret, "a written return reads back as the same return",
          "\n--- written:\n" + written.left(2000).toStdString());
    check(writeReturnJson(*again.value) == written, "writing a read-back return gives the same bytes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ReturnReadResult result;
    try {
        result = readReturnJson(bytes);
    } catch (const std::exception &e) {
        fuzz::fail("readReturnJson never throws", e.what());
    } catch (...) {
        fuzz::fail("readReturnJson never throws", "a non-standard exception");
    }
    if (!result.value) {
        check(!result.error.isEmpty(), "a refused document comes with a reason");
        return 0;
    }
    check(result.error.isEmpty(), "an accepted document has no error");
    checkAccepted(*result.value, fuzz::scanRawShape(data, size));
    try {
        checkRoundTrip(*result.value);
    } catch (const std::exception &e) {
        fuzz::fail("writing and reading an accepted return never throws", e.what());
    }
    return 0;
}
