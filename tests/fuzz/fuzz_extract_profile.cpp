// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Fuzz target for the extract profile reader (extract::readProfileJson: `scwres profile import`,
// --profile-file, the assistant's Import). Besides "no crash": never throws, a profile or a
// reason and never both, and an accepted profile written back reads as the same profile (and
// then the same bytes).

#include "FuzzSupport.h"
#include "extract/ExtractProfile.h"

#include <cstddef>
#include <cstdint>
#include <exception>

using namespace scwres::extract;
using scwres::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ProfileReadResult result;
    try {
        result = readProfileJson(bytes);
    } catch (const std::exception &e) {
        scwres::fuzz::fail("readProfileJson never throws", e.what());
    }
    check(result.value.has_value() == result.error.isEmpty(), "a profile or a reason, never both or neither");
    if (!result.value)
        return 0;
    const QByteArray written = writeProfileJson(*result.value);
    const ProfileReadResult again = readProfileJson(written);
    check(again.value.has_value(), "a written profile reads back", again.error.toStdString());
    check(*again.value == *result.value, "a written profile reads back as the same profile");
    check(writeProfileJson(*again.value) == written, "writing is stable");
    return 0;
}
