// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Fuzz target for the national figures reader (NationalFigures::fromJson). The figures ship
// inside the program, but fromFile() reads any path it is given, so it must hold against any
// bytes: it never throws, a refusal says why, and an accepted year is the one written in the
// file (a 64-bit value must not wrap round to a real year) with finite figures only.

#include "FuzzSupport.h"
#include "NationalFigures.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <exception>

using namespace scwres;
using scwres::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    std::optional<NationalFigures> figures;
    try {
        figures = NationalFigures::fromJson(bytes, &error);
    } catch (const std::exception &e) {
        fuzz::fail("NationalFigures::fromJson never throws", e.what());
    } catch (...) {
        fuzz::fail("NationalFigures::fromJson never throws", "a non-standard exception");
    }
    if (!figures) {
        check(!error.isEmpty(), "a refused document comes with a reason");
        return 0;
    }

    const fuzz::RawShape shape = fuzz::scanRawShape(data, size);
    check(shape.wellFormed, "an accepted document is well-formed JSON");
    const auto written = shape.integersAt.find("years[].year");
    for (int year : figures->years()) {
        bool asWritten = false;
        if (written != shape.integersAt.end())
            for (const auto &raw : written->second)
                asWritten = asWritten || (raw && raw->equals(year));
        check(asWritten, "an accepted year is the one written in the file, not a wrapped one", std::to_string(year));
        for (MetricId id : kMetricIds)
            if (const auto figure = figures->figure(year, id))
                check(std::isfinite(figure->relativeLikelihood) && figure->year == year,
                      "a national figure is finite and of its own year");
        for (NationalBand band : kNationalBands)
            if (const auto share = figures->percentMinorityEthnic(year, band))
                check(std::isfinite(*share), "a national share is finite");
    }
    return 0;
}
