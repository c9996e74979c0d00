// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PrintedFigure.h"

#include <charconv>
#include <cmath>
#include <string>

namespace scwres {

namespace {

// The value's digits rounded to two places in decimal: sign, integer digits, two fraction digits.
struct Rounded {
    bool negative = false;
    std::string integer;  // at least one digit
    std::string fraction; // exactly two digits
};

Rounded roundDecimal(double value)
{
    Rounded r;
    // Plain fixed without a precision is the shortest form that reads back as the same double.
    char buffer[400];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::fixed);
    std::string digits(buffer, result.ec == std::errc() ? result.ptr : buffer);
    if (digits.empty())
        digits = "0";
    r.negative = std::signbit(value);
    const std::size_t point = digits.find('.');
    r.integer = digits.substr(0, point);
    std::string fraction = point == std::string::npos ? std::string() : digits.substr(point + 1);
    const bool roundUp = fraction.size() > 2 && fraction[2] >= '5';
    fraction.resize(2, '0');
    std::string all = r.integer + fraction;
    if (roundUp) {
        int i = static_cast<int>(all.size()) - 1;
        while (i >= 0 && all[static_cast<std::size_t>(i)] == '9')
            all[static_cast<std::size_t>(i--)] = '0';
        if (i < 0)
            all.insert(all.begin(), '1');
        else
            ++all[static_cast<std::size_t>(i)];
    }
    r.integer = all.substr(0, all.size() - 2);
    r.fraction = all.substr(all.size() - 2);
    if (r.integer == "0" && r.fraction == "00")
        r.negative = false; // no "-0.00"
    return r;
}

} // namespace

QString printedTwoDecimals(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    const Rounded r = roundDecimal(value);
    return QString::fromStdString((r.negative ? "-" : "") + r.integer + "." + r.fraction);
}

long long printedHundredths(double value)
{
    constexpr long long kCap = 100000000000000LL; // 10^12 in hundredths
    if (!std::isfinite(value) || value >= 1e12)
        return kCap;
    if (value <= 0)
        return 0;
    const Rounded r = roundDecimal(value);
    return std::stoll(r.integer + r.fraction);
}

} // namespace scwres
