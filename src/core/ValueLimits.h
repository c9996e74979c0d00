// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QVariant>

#include <cmath>
#include <optional>

namespace scwres {

// The ranges every stored number must be in, the same as the return's JSON reader accepts
// (ReturnJson.cpp, docs/return-format.md). The database and the history's snapshots are read
// against them (issue 37): a file edited by hand or damaged could otherwise hold a count of
// 2^63 - 1 or a year of 1e300, which would become figures (or a float-to-int overflow).
inline constexpr long long kMaxStoredCount = 1'000'000'000LL;
inline constexpr int kFirstReturnYear = 2000;
inline constexpr int kLastReturnYear = 2100;

// A whole number from SQLite, when it is one from min to max: an INTEGER, or a REAL or TEXT that
// is exactly a whole number in range. Nothing else (NULL, 1e300, 2.5, "12 people").
inline std::optional<long long> storedWholeNumber(const QVariant &value, long long min, long long max)
{
    if (value.isNull())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt: {
        bool ok = false;
        const long long v = value.toLongLong(&ok);
        if (!ok || (value.typeId() == QMetaType::ULongLong && value.toULongLong() > quint64(max)))
            return std::nullopt;
        return v >= min && v <= max ? std::optional<long long>(v) : std::nullopt;
    }
    default: {
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok || !std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
            return std::nullopt;
        return static_cast<long long>(d);
    }
    }
}

} // namespace scwres
