// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "FigureFormat.h"

#include "PrintedFigure.h"

#include <QCoreApplication>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::FigureFormat", text);
}

const QString kMissing = QStringLiteral("—");

} // namespace

QString formatRelativeLikelihood(std::optional<double> value)
{
    return value ? printedTwoDecimals(*value) : kMissing;
}

QString formatPercent(std::optional<double> percent)
{
    return percent ? tr("%1%").arg(printedDecimals(*percent, 1)) : kMissing;
}

QString formatShare(std::optional<double> fraction)
{
    return fraction ? tr("%1%").arg(printedPercentOfFraction(*fraction, 1)) : kMissing;
}

QString formatCount(std::optional<long long> count)
{
    if (!count)
        return kMissing;
    // Grouped by hand, not by the system's locale: a published file reads the same on every machine.
    const bool negative = *count < 0;
    QString digits = QString::number(negative ? -*count : *count);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return negative ? QStringLiteral("-") + digits : digits;
}

QString formatPoints(std::optional<double> points)
{
    if (!points)
        return kMissing;
    const QString text = printedDecimals(*points, 1);
    const bool positive = text != QStringLiteral("0.0") && !text.startsWith(QLatin1Char('-'));
    return tr("%1%2 points").arg(positive ? QStringLiteral("+") : QString(), text);
}

} // namespace scwres
