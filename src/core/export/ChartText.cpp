// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/ChartText.h"

#include <QLocale>

namespace scwres {

namespace {

QString joined(const QStringList &parts)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).createSeparatedList(parts);
}

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

QString ChartText::title(const ChartSpec &chart)
{
    return std::visit([](const auto &data) { return data.labels.title; }, chart);
}

QString ChartText::summary(const ChartSpec &chart)
{
    return std::visit(
        Overloaded{
            [](const PayBandChartData &data) {
                QStringList parts;
                for (const PayBandBar &bar : data.bars)
                    if (bar.percentMinorityEthnic)
                        parts << tr("%1 %2").arg(bar.label, formatPercent(bar.percentMinorityEthnic));
                if (parts.isEmpty())
                    return tr("The chart has no bars: every band's figures are withheld or the bands are empty.");
                return tr("Share of minority ethnic staff: %1.").arg(joined(parts));
            },
            [](const LikelihoodChartData &data) {
                QStringList parts;
                for (const LikelihoodBar &bar : data.bars)
                    parts << tr("%1: minority ethnic %2, white %3")
                                 .arg(bar.label, formatPercent(bar.percentMinorityEthnic), formatPercent(bar.percentWhite));
                if (parts.isEmpty())
                    return tr("The chart has no bars: no likelihood can be shown.");
                return tr("Likelihoods: %1.").arg(parts.join(QStringLiteral("; ")));
            },
            [](const ForestPlotData &data) {
                int within = 0;
                QStringList adverseMe;
                QStringList adverseWhite;
                for (const ForestRow &row : data.rows) {
                    if (row.status == MetricStatus::AdverseToMinorityEthnic)
                        adverseMe << row.label;
                    else if (row.status == MetricStatus::AdverseToWhite)
                        adverseWhite << row.label;
                    else
                        ++within;
                }
                if (data.rows.empty())
                    return tr("The chart has no points: no relative likelihood can be shown.");
                QString text = tr("Relative likelihoods of %1 metrics: %2 within the non-adverse range")
                                   .arg(data.rows.size())
                                   .arg(within);
                if (!adverseMe.isEmpty())
                    text += tr("; adverse to minority ethnic staff: %1").arg(joined(adverseMe));
                if (!adverseWhite.isEmpty())
                    text += tr("; adverse to white staff: %1").arg(joined(adverseWhite));
                return text + QLatin1Char('.');
            },
            [](const TrendChartData &data) {
                QStringList parts;
                for (const TrendPoint &point : data.authority)
                    parts << tr("%1 %2").arg(point.year).arg(formatRelativeLikelihood(point.relativeLikelihood));
                if (parts.isEmpty())
                    return tr("The chart has no points.");
                return tr("Relative likelihood by year: %1.").arg(joined(parts));
            },
            [](const SeniorManagerChartData &data) {
                return tr("Minority ethnic share: senior managers %1, workforce %2, local population %3.")
                    .arg(formatPercent(data.percentSenior), formatPercent(data.percentWorkforce),
                         formatPercent(data.percentPopulation));
            },
        },
        chart);
}

ChartTable ChartText::figures(const ChartSpec &chart)
{
    ChartTable table = std::visit([](const auto &data) { return data.table(); }, chart);
    if (const auto *bands = std::get_if<PayBandChartData>(&chart)) {
        // A bar publication mode emptied has its counts cleared: "0" would say nobody is there.
        for (std::size_t i = 0; i < bands->bars.size() && i < table.rows.size(); ++i)
            if (!bands->bars[i].percentMinorityEthnic)
                for (int c = 1; c < table.rows[i].size() && c < 8; ++c)
                    table.rows[i][c] = QStringLiteral("—");
    }
    return table;
}

} // namespace scwres
