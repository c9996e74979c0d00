// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PrintedFigure.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace scwres {

namespace {

// The value's digits rounded to `places` in decimal: sign, integer digits, fraction digits.
struct Rounded {
    bool negative = false;
    std::string integer;  // at least one digit
    std::string fraction; // exactly `places` digits
};

Rounded roundDecimal(double value, std::size_t places = 2)
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
    const bool roundUp = fraction.size() > places && fraction[places] >= '5';
    fraction.resize(places, '0');
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
    r.integer = all.substr(0, all.size() - places);
    r.fraction = all.substr(all.size() - places);
    if (r.integer.empty())
        r.integer = "0";
    if (r.integer.find_first_not_of('0') == std::string::npos && r.fraction.find_first_not_of('0') == std::string::npos)
        r.negative = false; // no "-0.00"
    return r;
}

} // namespace

QString printedDecimals(double value, int places)
{
    if (!std::isfinite(value))
        return QString::number(value);
    const Rounded r = roundDecimal(value, static_cast<std::size_t>(std::max(places, 0)));
    return QString::fromStdString((r.negative ? "-" : "") + r.integer + (places > 0 ? "." + r.fraction : std::string()));
}

QString printedTwoDecimals(double value)
{
    return printedDecimals(value, 2);
}

QString printedPercentOfFraction(double fraction, int places)
{
    if (!std::isfinite(fraction))
        return QString::number(fraction * 100);
    // Rounded as a fraction (places + 2), then the point moved: 0.0285 reads 2.9%, as a
    // spreadsheet's "0.0%" shows it, where 0.0285 × 100 in binary (2.8499…) would read 2.8%.
    const Rounded r = roundDecimal(fraction, static_cast<std::size_t>(std::max(places, 0)) + 2);
    std::string integer = r.integer + r.fraction.substr(0, 2);
    const std::size_t firstDigit = integer.find_first_not_of('0');
    integer = firstDigit == std::string::npos ? "0" : integer.substr(std::min(firstDigit, integer.size() - 1));
    const std::string rest = r.fraction.substr(2);
    return QString::fromStdString((r.negative ? "-" : "") + integer + (rest.empty() ? std::string() : "." + rest));
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
