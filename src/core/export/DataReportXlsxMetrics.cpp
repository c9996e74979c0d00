// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
// The data report's metric sheets (DataReportXlsxWriter.h): for each metric its counts, derived
// figures and native chart, metric 1's pay bands and progression, the broad ethnic groups.
#include "export/DataReportXlsxWriter.h"

#include "BroadGroupRatios.h"

#include <algorithm>

namespace scwres {

using namespace xlsxreport;

int DataReportXlsxWriter::ratioBlock(lxw_worksheet *ws, int &row, const DataReport::View &view, MetricId id)
{
    const RatioResult &r = view.report.ratio(id);
    text(ws, row++, 0, areaSelectionName(view.area), m_f.heading);
    if (r.status == MetricStatus::NotCollected) {
        text(ws, row++, 0, DataReport::tr("Not collected this year."));
        ++row;
        return -1;
    }
    const QStringList headers{QString(), DataReport::tr("Minority ethnic"), DataReport::tr("White"),
                              DataReport::tr("Unknown"), DataReport::tr("Total"), DataReport::tr("Unknown %")};
    for (int c = 0; c < headers.size(); ++c)
        text(ws, row, c, headers.at(c), m_f.header);
    worksheet_set_row(ws, lxw_row_t(row), 30, nullptr); // room for a wrapped header
    ++row;
    const int eventsRow = row;
    const int populationRow = row + 1;
    bool shown[2][3] = {};
    for (int line = 0; line < 2; ++line) {
        if (line == 1 && r.reason == NotComputableReason::NoHeadcount)
            break;
        const GroupCounts &counts = line == 0 ? r.events : r.population;
        const int at = eventsRow + line;
        const QString label = line == 0 ? metricEventsLabel(id) : metricPopulationLabel(id);
        text(ws, at, 0, label.left(1).toUpper() + label.mid(1), m_f.label);
        shown[line][0] = count(ws, at, 1, view, id, line, CountColumn::MinorityEthnic, counts);
        shown[line][1] = count(ws, at, 2, view, id, line, CountColumn::White, counts);
        shown[line][2] = count(ws, at, 3, view, id, line, CountColumn::Unknown, counts);
        const bool all = shown[line][0] && shown[line][1] && shown[line][2];
        const QString rn = QString::number(at + 1);
        if (all && m_report.countText(view, id, line, CountColumn::Total, counts.total()) == QString::number(counts.total()))
            formula(ws, at, 4, QStringLiteral("=SUM(B%1:D%1)").arg(rn), m_f.count, double(counts.total()));
        else
            count(ws, at, 4, view, id, line, CountColumn::Total, counts);
        const std::optional<double> unknown = percentUnknown(counts);
        derived(ws, at, 5, all, QStringLiteral("=D%1/E%1").arg(rn),
                unknown ? std::optional<double>(*unknown / 100.0) : std::nullopt, m_f.percent,
                m_report.suppression().shareSuppressed(view.area, id, line, CountColumn::Unknown) ? DataReport::tr("withheld")
                                                                                                  : QStringLiteral("—"));
    }
    row = populationRow + 2;
    const QString e = QString::number(eventsRow + 1);
    const QString p = QString::number(populationRow + 1);
    text(ws, row, 0, DataReport::tr("Likelihood"), m_f.label);
    text(ws, row, 1, DataReport::tr("Minority ethnic"), m_f.header);
    text(ws, row, 2, DataReport::tr("White"), m_f.header);
    text(ws, row, 3, DataReport::tr("RL"), m_f.header);
    text(ws, row, 4, DataReport::tr("95% interval"), m_f.header);
    text(ws, row, 5, QString(), m_f.header);
    ++row;
    const int likelihoodRow = row;
    const bool meShown = shown[0][0] && shown[1][0];
    const bool whiteShown = shown[0][1] && shown[1][1];
    text(ws, row, 0, DataReport::tr("Events ÷ population"), m_f.label);
    derived(ws, row, 1, meShown, QStringLiteral("=B%1/B%2").arg(e, p), r.likelihoodMinorityEthnic, m_f.percent,
            m_report.likelihoodText(view, id, EthnicGroup::MinorityEthnic));
    derived(ws, row, 2, whiteShown, QStringLiteral("=C%1/C%2").arg(e, p), r.likelihoodWhite, m_f.percent,
            m_report.likelihoodText(view, id, EthnicGroup::White));
    const QString l = QString::number(likelihoodRow + 1);
    derived(ws, row, 3, meShown && whiteShown, QStringLiteral("=B%1/C%1").arg(l), r.relativeLikelihood, m_f.ratio,
            m_report.relativeLikelihoodText(view, id));
    const bool withheld = m_report.suppression().ratioSuppressed(view.area, id);
    if (r.ci95 && !withheld) {
        number(ws, row, 4, r.ci95->lower, m_f.ratio);
        number(ws, row, 5, r.ci95->upper, m_f.ratio);
    } else {
        text(ws, row, 4, m_report.intervalText(view, id), m_f.symbol);
    }
    ++row;
    const auto line = [&](const QString &label, const QString &value, lxw_format *format) {
        text(ws, row, 0, label, m_f.label);
        worksheet_merge_range(ws, lxw_row_t(row), 1, lxw_row_t(row), 5, "", format);
        text(ws, row, 1, value, format);
        // Five merged columns of 14 characters; a fixed height let a long shortfall run into
        // the next row.
        if (format != m_f.text)
            worksheet_set_row(ws, lxw_row_t(row), wrappedHeight(value, 62), nullptr);
        ++row;
    };
    line(DataReport::tr("Status"), m_report.statusText(view, id), m_f.wrap);
    line(DataReport::tr("In words"), m_report.sentenceText(view, id), m_f.wrap);
    line(DataReport::tr("Previous year's RL"), m_report.previousText(view, id), m_f.text);
    line(DataReport::tr("National RL"), m_report.nationalText(view, id), m_f.text);
    if (const QString shortfall = m_report.shortfallText(view, id); !shortfall.isEmpty())
        line(DataReport::tr("To reach the range"), shortfall, m_f.wrap);
    if (const QString pooled = m_report.pooledText(view, id); !pooled.isEmpty())
        line(DataReport::tr("Pooled years"), pooled, m_f.wrap);
    line(DataReport::tr("Data quality"), m_report.dataQualityNote(view, id), m_f.note);
    ++row;
    return likelihoodRow;
}

void DataReportXlsxWriter::payBandBlock(lxw_worksheet *ws, const QByteArray &sheet, int &row, const DataReport::View &view)
{
    const PayBandResult &bands = view.report.payBands;
    text(ws, row++, 0, areaSelectionName(view.area), m_f.heading);
    if (!bands.collected) {
        text(ws, row++, 0, DataReport::tr("Not collected this year."));
        ++row;
        return;
    }
    const QStringList headers{DataReport::tr("Pay band"), DataReport::tr("Minority ethnic"), DataReport::tr("White"),
                              DataReport::tr("Unknown"), DataReport::tr("Total"), DataReport::tr("Minority ethnic %"),
                              DataReport::tr("White %"), DataReport::tr("Unknown %")};
    for (int c = 0; c < headers.size(); ++c)
        text(ws, row, c, headers.at(c), m_f.header);
    worksheet_set_row(ws, lxw_row_t(row), 30, nullptr); // room for a wrapped header
    ++row;
    const auto rows = payBandRows(bands);
    const int workforce = int(rows.size()) - 1;
    // National bands, then the whole workforce (together: the chart's range), then local bands.
    std::vector<int> order;
    for (std::size_t i = 0; i < bands.nationalBands.size(); ++i)
        order.push_back(int(i));
    order.push_back(workforce);
    for (int i = int(bands.nationalBands.size()); i < workforce; ++i)
        order.push_back(i);
    const int firstRow = row;
    for (int index : order) {
        const BandShare &band = *rows[std::size_t(index)];
        const bool local = index >= int(bands.nationalBands.size()) && index < workforce;
        QString name = index == workforce ? DataReport::tr("Whole workforce")
                     : local              ? band.name
                     : band.nationalBand  ? nationalBandName(*band.nationalBand)
                                          : band.name;
        if (local && band.nationalBand)
            name = DataReport::tr("%1 (local band, in %2)").arg(band.name, nationalBandName(*band.nationalBand));
        text(ws, row, 0, name, index == workforce ? m_f.label : m_f.text);
        bool shown[3];
        const CountColumn columns[3] = {CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown};
        for (int c = 0; c < 3; ++c)
            shown[c] = count(ws, row, 1 + c, view, MetricId::M1, index, columns[c], band.counts);
        const QString rn = QString::number(row + 1);
        const bool all = shown[0] && shown[1] && shown[2];
        if (all && m_report.countText(view, MetricId::M1, index, CountColumn::Total, band.counts.total())
                       == QString::number(band.counts.total()))
            formula(ws, row, 4, QStringLiteral("=SUM(B%1:D%1)").arg(rn), m_f.count, double(band.counts.total()));
        else
            count(ws, row, 4, view, MetricId::M1, index, CountColumn::Total, band.counts);
        const std::optional<double> shares[3] = {band.percentMinorityEthnic, band.percentWhite, band.percentUnknown};
        const char letters[3] = {'B', 'C', 'D'};
        for (int c = 0; c < 3; ++c) {
            const bool hidden = m_report.suppression().shareSuppressed(view.area, MetricId::M1, index, columns[c]);
            derived(ws, row, 5 + c, all && !hidden, QStringLiteral("=%1%2/E%2").arg(QString(QLatin1Char(letters[c])), rn),
                    shares[c] ? std::optional<double>(*shares[c] / 100.0) : std::nullopt, m_f.percent,
                    hidden ? DataReport::tr("withheld") : QStringLiteral("—"));
        }
        ++row;
    }
    const int chartLast = firstRow + int(bands.nationalBands.size());
    ++row;
    text(ws, row, 0, DataReport::tr("Reading"), m_f.label);
    worksheet_merge_range(ws, lxw_row_t(row), 1, lxw_row_t(row), 7, "", m_f.wrap);
    text(ws, row, 1, m_report.payBandReading(view), m_f.wrap);
    worksheet_set_row(ws, lxw_row_t(row), 32, nullptr);
    ++row;
    text(ws, row, 0, DataReport::tr("Data quality"), m_f.label);
    worksheet_merge_range(ws, lxw_row_t(row), 1, lxw_row_t(row), 7, "", m_f.note);
    text(ws, row, 1, m_report.dataQualityNote(view, MetricId::M1), m_f.note);
    worksheet_set_row(ws, lxw_row_t(row), 32, nullptr);
    row += 2;

    // A native chart, so the council can restyle it: each band's make-up. Its data sits beside
    // the table as numbers, not formulas: libxlsxwriter 1.1.4 caches a formula cell as 0 in the
    // chart, so a reader that does not recalculate drew empty charts. A band with a hidden count
    // is left blank (a gap; a chart reads text as 0, which would draw a hidden count as none).
    const int chartColumn = 9;
    text(ws, firstRow - 1, chartColumn, DataReport::tr("Chart data"), m_f.header);
    const QStringList chartHeaders{DataReport::tr("Minority ethnic"), DataReport::tr("White"), DataReport::tr("Unknown")};
    for (int c = 0; c < 3; ++c)
        text(ws, firstRow - 1, chartColumn + 1 + c, chartHeaders.at(c), m_f.header);
    for (int r = firstRow; r <= chartLast; ++r) {
        const int index = order[std::size_t(r - firstRow)];
        const BandShare &band = *rows[std::size_t(index)];
        XlsxFile::writeText(ws, r, chartColumn, index == workforce ? DataReport::tr("Whole workforce")
                                                : band.nationalBand ? nationalBandName(*band.nationalBand)
                                                                    : band.name, m_f.text);
        bool hidden = false;
        for (CountColumn column : {CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown, CountColumn::Total})
            hidden = hidden || m_report.suppression().isSuppressed({view.area, MetricId::M1, index, column});
        if (hidden)
            continue;
        const long long values[3] = {band.counts.minorityEthnic, band.counts.white, band.counts.unknown};
        for (int c = 0; c < 3; ++c)
            worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(chartColumn + 1 + c), double(values[c]), m_f.count);
    }
    lxw_chart *chart = workbook_add_chart(m_wb, LXW_CHART_BAR_STACKED_PERCENT);
    const char *const names[3] = {QT_TRANSLATE_NOOP("DataReport", "Minority ethnic"),
                                  QT_TRANSLATE_NOOP("DataReport", "White"), QT_TRANSLATE_NOOP("DataReport", "Unknown")};
    const lxw_color_t colours[3] = {0xE69F00, 0x56B4E9, 0x999999}; // the dashboard's Okabe–Ito colours
    for (int c = 0; c < 3; ++c) {
        const QByteArray categories = absoluteRange(sheet, firstRow, chartColumn, chartLast).toUtf8();
        const QByteArray values = absoluteRange(sheet, firstRow, chartColumn + 1 + c, chartLast).toUtf8();
        lxw_chart_series *series = chart_add_series(chart, categories.constData(), values.constData());
        const QByteArray name = DataReport::tr(names[c]).toUtf8();
        chart_series_set_name(series, name.constData());
        lxw_chart_fill fill{};
        fill.color = colours[c];
        chart_series_set_fill(series, &fill);
    }
    const QByteArray chartTitle = DataReport::tr("Make-up of each national pay band (%1)")
                                      .arg(areaSelectionName(view.area))
                                      .toUtf8();
    chart_title_set_name(chart, chartTitle.constData());
    chart_axis_set_name(chart->y_axis, DataReport::tr("Share of the band's headcount").toUtf8().constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options options{};
    options.x_scale = 1.3;
    options.y_scale = 1.0;
    worksheet_insert_chart_opt(ws, lxw_row_t(chartLast + 2), lxw_col_t(chartColumn), chart, &options);
    row = std::max(row, chartLast + 2 + 17);
}

// The steps up the bands as the other formats print them (as text: a withheld step reads
// "withheld", as every withheld figure of the workbook does).
void DataReportXlsxWriter::progressionBlock(lxw_worksheet *ws, int &row, const DataReport::View &view)
{
    const std::pair<ProgressionLadder, QString> ladders[] = {
        {ProgressionLadder::National, DataReport::tr("Progression up the national pay bands (%1)")},
        {ProgressionLadder::Local, DataReport::tr("Progression up the council's own pay bands (%1)")},
    };
    for (const auto &[ladder, caption] : ladders) {
        const std::vector<QStringList> rows = m_report.progressionRows(view, ladder);
        if (rows.empty())
            continue;
        text(ws, row++, 0, caption.arg(areaSelectionName(view.area)), m_f.heading);
        const QStringList headers = DataReport::progressionHeaders();
        for (int c = 0; c < headers.size(); ++c)
            text(ws, row, c, headers.at(c), m_f.header);
        ++row;
        for (const QStringList &cells : rows) {
            for (int c = 0; c < cells.size(); ++c)
                text(ws, row, c, cells.at(c), c == 0 ? m_f.label : m_f.text);
            ++row;
        }
        ++row;
    }
}

// Issue 17 item 5: each broad group beside the headline, as numbers, below the metric's blocks
// and its chart. One withheld line instead when publication mode withholds the metric's groups.
void DataReportXlsxWriter::broadGroupBlock(lxw_worksheet *ws, int &row, const DataReport::View &view, MetricId id)
{
    if (!m_report.hasBroadGroups(view, id))
        return;
    text(ws, row++, 0,
         DataReport::tr("By broad ethnic group, each relative to white staff (%1)").arg(areaSelectionName(view.area)),
         m_f.heading);
    if (m_report.broadGroupsWithheld(id)) {
        text(ws, row++, 0, m_report.broadGroupsWithheldText(), m_f.note);
        ++row;
        return;
    }
    const QStringList headers{DataReport::tr("Broad ethnic group"), DataReport::tr("Events"),
                              DataReport::tr("Population"), DataReport::tr("Likelihood"),
                              DataReport::tr("RL (relative to white)"), DataReport::tr("95% interval: lower"),
                              DataReport::tr("95% interval: upper"), DataReport::tr("Small numbers")};
    for (int c = 0; c < headers.size(); ++c)
        text(ws, row, c, headers.at(c), m_f.header);
    worksheet_set_row(ws, lxw_row_t(row), 30, nullptr);
    ++row;
    const auto reading = broadGroupRatios(view.report, id);
    const auto writeRow = [&](const QString &name, long long events, long long population,
                              std::optional<double> likelihood, std::optional<double> rl,
                              const std::optional<Interval> &ci, bool small) {
        text(ws, row, 0, name, m_f.label);
        number(ws, row, 1, double(events), m_f.count);
        number(ws, row, 2, double(population), m_f.count);
        if (likelihood)
            number(ws, row, 3, *likelihood, m_f.percent);
        if (rl)
            number(ws, row, 4, *rl, m_f.ratio);
        else
            text(ws, row, 4, DataReport::tr("no one in the population"), m_f.symbol);
        if (ci) {
            number(ws, row, 5, ci->lower, m_f.ratio);
            number(ws, row, 6, ci->upper, m_f.ratio);
        }
        text(ws, row, 7, small ? DataReport::tr("Yes") : DataReport::tr("No"), m_f.symbol);
        ++row;
    };
    writeRow(DataReport::tr("%1 (the comparison)").arg(broadGroupName(BroadGroup::White)), reading->whiteEvents,
             reading->whitePopulation, double(reading->whiteEvents) / double(reading->whitePopulation), 1.0,
             std::nullopt, reading->whiteEvents < 10);
    for (const BroadGroupRatio &g : reading->groups)
        writeRow(broadGroupName(g.group), g.events, g.population, g.likelihood, g.relativeLikelihood, g.ci95,
                 g.smallNumbers);
    ++row;
}

void DataReportXlsxWriter::metricSheets()
{
    for (MetricId id : kMetricIds) {
        const QByteArray name = XlsxFile::sheetName(metricChartLabel(id));
        lxw_worksheet *ws = workbook_add_worksheet(m_wb, name.constData());
        text(ws, 0, 0, DataReport::tr("Metric %1: %2").arg(metricKey(id), metricShortTitle(id)), m_f.title);
        worksheet_merge_range(ws, 1, 0, 1, 7, "", m_f.wrap);
        text(ws, 1, 0, metricWording(id), m_f.wrap);
        worksheet_set_row(ws, 1, 45, nullptr);
        int row = 3;
        if (id == MetricId::M1) {
            for (const DataReport::View &view : m_report.views())
                payBandBlock(ws, name, row, view);
            for (const DataReport::View &view : m_report.views())
                progressionBlock(ws, row, view);
            worksheet_set_column(ws, 0, 0, 34, nullptr);
            worksheet_set_column(ws, 1, 7, 14, nullptr);
            worksheet_set_column(ws, 8, 8, 3, nullptr);
            worksheet_set_column(ws, 9, 9, 22, nullptr);
            worksheet_set_column(ws, 10, 12, 14, nullptr);
            pageSetup(ws, 3, m_report);
            continue;
        }
        std::vector<int> likelihoodRows;
        for (const DataReport::View &view : m_report.views()) {
            // The block says where its likelihoods are: a fixed offset pointed the chart at the
            // header row ("Minority ethnic"), and every chart was empty.
            likelihoodRows.push_back(ratioBlock(ws, row, view, id));
        }
        // Chart data beside the tables: one row per view, the likelihoods of the view's block.
        const int chartColumn = 7;
        int chartRow = 3;
        text(ws, chartRow, chartColumn, DataReport::tr("Chart data"), m_f.header);
        text(ws, chartRow, chartColumn + 1, DataReport::tr("Minority ethnic"), m_f.header);
        text(ws, chartRow, chartColumn + 2, DataReport::tr("White"), m_f.header);
        const int firstData = chartRow + 1;
        int last = chartRow;
        for (std::size_t i = 0; i < m_report.views().size(); ++i) {
            const DataReport::View &view = m_report.views()[i];
            const int at = firstData + int(i);
            last = at;
            text(ws, at, chartColumn, areaSelectionName(view.area));
            if (likelihoodRows[i] < 0)
                continue;
            // The values themselves (as printed, in publication mode), so the chart's cache holds
            // them; a withheld likelihood stays blank, a gap in the chart.
            const RatioResult &r = view.report.ratio(id);
            if (r.likelihoodMinorityEthnic
                && !m_report.suppression().likelihoodSuppressed(view.area, id, EthnicGroup::MinorityEthnic))
                number(ws, at, chartColumn + 1, *r.likelihoodMinorityEthnic, m_f.percent);
            if (r.likelihoodWhite && !m_report.suppression().likelihoodSuppressed(view.area, id, EthnicGroup::White))
                number(ws, at, chartColumn + 2, *r.likelihoodWhite, m_f.percent);
        }
        lxw_chart *chart = workbook_add_chart(m_wb, LXW_CHART_COLUMN);
        const lxw_color_t colours[2] = {0xE69F00, 0x56B4E9};
        const char *const names[2] = {QT_TRANSLATE_NOOP("DataReport", "Minority ethnic"),
                                      QT_TRANSLATE_NOOP("DataReport", "White")};
        for (int c = 0; c < 2; ++c) {
            const QByteArray categories = absoluteRange(name, firstData, chartColumn, last).toUtf8();
            const QByteArray values = absoluteRange(name, firstData, chartColumn + 1 + c, last).toUtf8();
            lxw_chart_series *series = chart_add_series(chart, categories.constData(), values.constData());
            const QByteArray seriesName = DataReport::tr(names[c]).toUtf8();
            chart_series_set_name(series, seriesName.constData());
            lxw_chart_fill fill{};
            fill.color = colours[c];
            chart_series_set_fill(series, &fill);
        }
        const QByteArray chartTitle =
            DataReport::tr("%1: likelihood by group").arg(metricShortTitle(id)).toUtf8();
        chart_title_set_name(chart, chartTitle.constData());
        const QByteArray axis = DataReport::tr("Likelihood (%1 ÷ %2)").arg(metricEventsLabel(id), metricPopulationLabel(id)).toUtf8();
        chart_axis_set_name(chart->y_axis, axis.constData());
        chart_axis_set_num_format(chart->y_axis, "0%");
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        worksheet_insert_chart(ws, lxw_row_t(last + 2), lxw_col_t(chartColumn), chart);
        // Below the chart (15 rows tall), which sits beside the first blocks.
        row = std::max(row, last + 2 + 16);
        for (const DataReport::View &view : m_report.views())
            broadGroupBlock(ws, row, view, id);
        worksheet_set_column(ws, 0, 0, 26, nullptr);
        worksheet_set_column(ws, 1, 5, 14, nullptr);
        worksheet_set_column(ws, 6, 6, hasAnyBroadGroups(id) ? 14 : 3, nullptr);
        worksheet_set_column(ws, 7, 7, 40, nullptr); // the chart data's area names whole
        worksheet_set_column(ws, 8, 9, 14, nullptr);
        pageSetup(ws, 3, m_report);
    }
}

} // namespace scwres
