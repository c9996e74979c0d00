// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The data report as a workbook: Summary, one sheet per metric (counts, derived figures as
// formulas over the count cells with the engine's value cached, a native chart), Data quality,
// About. Every number is the engine's; formulas only show how it was made. This file writes the
// Summary, Data quality and About sheets; DataReportXlsxMetrics.cpp the metric sheets.
#include "export/DataReportXlsxWriter.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace scwres {

using namespace xlsxreport;

void DataReportXlsxWriter::summary()
{
    lxw_worksheet *ws = workbook_add_worksheet(m_wb, XlsxFile::sheetName(DataReport::tr("Summary")).constData());
    text(ws, 0, 0, m_report.title(), m_f.title);
    text(ws, 1, 0, DataReport::tr("%1 · %2 · %3")
                       .arg(m_report.areasText(), m_report.options().publication.modeName(),
                            QLocale().toString(m_report.madeOn(), QLocale::LongFormat)));
    text(ws, 2, 0, m_report.suppression().note(), m_f.note);
    worksheet_merge_range(ws, 2, 0, 2, 16, "", m_f.note);
    text(ws, 2, 0, m_report.suppression().note(), m_f.note);
    worksheet_set_row(ws, 2, 90, nullptr); // the rules, then what this file hides and why
    const QStringList headers{DataReport::tr("Area"),
                              DataReport::tr("Metric"),
                              DataReport::tr("Events: minority ethnic"),
                              DataReport::tr("Events: white"),
                              DataReport::tr("Events: unknown"),
                              DataReport::tr("Population: minority ethnic"),
                              DataReport::tr("Population: white"),
                              DataReport::tr("Population: unknown"),
                              DataReport::tr("Likelihood: minority ethnic"),
                              DataReport::tr("Likelihood: white"),
                              DataReport::tr("Relative likelihood (RL)"),
                              DataReport::tr("95% interval: lower"),
                              DataReport::tr("95% interval: upper"),
                              DataReport::tr("Status"),
                              DataReport::tr("Phrase"),
                              DataReport::tr("Previous year's RL"),
                              DataReport::tr("National RL"),
                              DataReport::tr("Change from the previous year")};
    const int headerRow = 4;
    for (int c = 0; c < headers.size(); ++c)
        text(ws, headerRow, c, headers.at(c), m_f.header);
    worksheet_set_row(ws, headerRow, 45, nullptr);
    int row = headerRow + 1;
    for (const DataReport::View &view : m_report.views()) {
        const PayBandResult &bands = view.report.payBands;
        text(ws, row, 0, areaSelectionName(view.area));
        text(ws, row, 1, metricChartLabel(MetricId::M1));
        if (bands.collected) {
            const int workforceRow = int(payBandRows(bands).size()) - 1;
            count(ws, row, 5, view, MetricId::M1, workforceRow, CountColumn::MinorityEthnic, bands.workforce.counts);
            count(ws, row, 6, view, MetricId::M1, workforceRow, CountColumn::White, bands.workforce.counts);
            count(ws, row, 7, view, MetricId::M1, workforceRow, CountColumn::Unknown, bands.workforce.counts);
        }
        text(ws, row, 13, m_report.payBandReading(view), m_f.wrap);
        worksheet_set_row(ws, lxw_row_t(row), wrappedHeight(m_report.payBandReading(view), 30), nullptr);
        ++row;
        for (MetricId id : kRatioMetricIds) {
            const RatioResult &r = view.report.ratio(id);
            text(ws, row, 0, areaSelectionName(view.area));
            text(ws, row, 1, metricChartLabel(id));
            if (r.status != MetricStatus::NotCollected) {
                const bool eMe = count(ws, row, 2, view, id, 0, CountColumn::MinorityEthnic, r.events);
                const bool eW = count(ws, row, 3, view, id, 0, CountColumn::White, r.events);
                count(ws, row, 4, view, id, 0, CountColumn::Unknown, r.events);
                bool pMe = false;
                bool pW = false;
                if (r.reason != NotComputableReason::NoHeadcount) {
                    pMe = count(ws, row, 5, view, id, 1, CountColumn::MinorityEthnic, r.population);
                    pW = count(ws, row, 6, view, id, 1, CountColumn::White, r.population);
                    count(ws, row, 7, view, id, 1, CountColumn::Unknown, r.population);
                }
                const QString rn = QString::number(row + 1);
                derived(ws, row, 8, eMe && pMe, QStringLiteral("=C%1/F%1").arg(rn), r.likelihoodMinorityEthnic,
                        m_f.percent, m_report.likelihoodText(view, id, EthnicGroup::MinorityEthnic));
                derived(ws, row, 9, eW && pW, QStringLiteral("=D%1/G%1").arg(rn), r.likelihoodWhite, m_f.percent,
                        m_report.likelihoodText(view, id, EthnicGroup::White));
                derived(ws, row, 10, eMe && pMe && eW && pW, QStringLiteral("=I%1/J%1").arg(rn), r.relativeLikelihood,
                        m_f.ratio, m_report.relativeLikelihoodText(view, id));
                const bool withheld = m_report.suppression().ratioSuppressed(view.area, id);
                if (r.ci95 && !withheld) {
                    number(ws, row, 11, r.ci95->lower, m_f.ratio);
                    number(ws, row, 12, r.ci95->upper, m_f.ratio);
                }
                if (!withheld)
                    text(ws, row, 14, r.phrase);
            }
            text(ws, row, 13, m_report.statusText(view, id), m_f.wrap);
            worksheet_set_row(ws, lxw_row_t(row),
                              std::max(wrappedHeight(m_report.statusText(view, id), 30),
                                       wrappedHeight(m_report.changeText(view, id), 26)),
                              nullptr);
            if (r.previous) {
                // Only where last year's own publication showed it; withheld whether or not it
                // could be computed, since a blank would say which.
                if (m_report.suppression().previousSuppressed(view.area, id))
                    text(ws, row, 15, DataReport::tr("withheld"), m_f.symbol);
                else if (r.previous->relativeLikelihood)
                    number(ws, row, 15, *r.previous->relativeLikelihood, m_f.ratio);
            }
            if (r.national)
                number(ws, row, 16, r.national->relativeLikelihood, m_f.ratio);
            text(ws, row, 17, m_report.changeText(view, id), m_f.wrap);
            ++row;
        }
    }
    worksheet_set_column(ws, 0, 0, 16, nullptr);
    worksheet_set_column(ws, 1, 1, 34, nullptr);
    worksheet_set_column(ws, 2, 12, 12, nullptr);
    worksheet_set_column(ws, 13, 13, 30, nullptr);
    worksheet_set_column(ws, 14, 14, 22, nullptr);
    worksheet_set_column(ws, 15, 16, 12, nullptr);
    worksheet_set_column(ws, 17, 17, 26, nullptr);
    worksheet_autofilter(ws, lxw_row_t(headerRow), 0, lxw_row_t(row - 1), 16);
    pageSetup(ws, headerRow + 1, m_report);
    worksheet_repeat_rows(ws, lxw_row_t(headerRow), lxw_row_t(headerRow));
}

void DataReportXlsxWriter::dataQuality()
{
    lxw_worksheet *ws = workbook_add_worksheet(m_wb, XlsxFile::sheetName(DataReport::tr("Data quality")).constData());
    text(ws, 0, 0, DataReport::tr("Data quality"), m_f.title);
    const QStringList headers{DataReport::tr("Area"), DataReport::tr("Metric"), DataReport::tr("Collected"),
                              DataReport::tr("Small numbers (under 10 events in a group)"),
                              DataReport::tr("Notes: unknown ethnicity, corrections, the council's own note")};
    const int headerRow = 2;
    for (int c = 0; c < headers.size(); ++c)
        text(ws, headerRow, c, headers.at(c), m_f.header);
    worksheet_set_row(ws, headerRow, 32, nullptr);
    int row = headerRow + 1;
    for (const DataReport::View &view : m_report.views())
        for (MetricId id : kMetricIds) {
            text(ws, row, 0, areaSelectionName(view.area));
            text(ws, row, 1, metricChartLabel(id));
            const bool collected = id == MetricId::M1 ? view.report.payBands.collected
                                                      : view.report.ratio(id).status != MetricStatus::NotCollected;
            text(ws, row, 2, collected ? DataReport::tr("Yes") : DataReport::tr("No"));
            if (id != MetricId::M1 && collected)
                text(ws, row, 3, view.report.ratio(id).smallNumbers ? DataReport::tr("Yes") : DataReport::tr("No"));
            text(ws, row, 4, m_report.dataQualityNote(view, id), m_f.wrap);
            worksheet_set_row(ws, lxw_row_t(row), wrappedHeight(m_report.dataQualityNote(view, id), 90), nullptr);
            ++row;
        }
    worksheet_set_column(ws, 0, 0, 16, nullptr);
    worksheet_set_column(ws, 1, 1, 34, nullptr);
    worksheet_set_column(ws, 2, 3, 14, nullptr);
    worksheet_set_column(ws, 4, 4, 90, m_f.wrap);
    worksheet_autofilter(ws, lxw_row_t(headerRow), 0, lxw_row_t(row - 1), 4);
    pageSetup(ws, headerRow + 1, m_report);
}

void DataReportXlsxWriter::about()
{
    lxw_worksheet *ws = workbook_add_worksheet(m_wb, XlsxFile::sheetName(DataReport::tr("About")).constData());
    const AnnualReturn &ret = m_report.annualReturn();
    const NonAdverseRange range = m_report.options().range;
    const QLocale locale;
    const QList<QPair<QString, QString>> rows{
        {DataReport::tr("Authority"), ret.authorityName},
        {DataReport::tr("ONS code"), ret.authorityCode},
        {DataReport::tr("Collection year"), QString::number(ret.year)},
        {DataReport::tr("Snapshot date"), locale.toString(ret.snapshotDate, QLocale::LongFormat)},
        {DataReport::tr("Reporting period"), DataReport::tr("%1 to %2").arg(locale.toString(ret.periodStart, QLocale::LongFormat),
                                                                           locale.toString(ret.periodEnd, QLocale::LongFormat))},
        {DataReport::tr("Areas"), m_report.areasText()},
        {DataReport::tr("Made on"), locale.toString(m_report.madeOn(), QLocale::LongFormat)},
        {DataReport::tr("Made with"), DataReport::tr("SC-WRES desktop %1").arg(QStringLiteral(SCWRES_VERSION))},
        {DataReport::tr("Direction"),
         DataReport::tr("Every relative likelihood (RL) is the likelihood for minority ethnic staff divided by the "
                        "likelihood for white staff. Above 1: more likely for minority ethnic staff; below 1: less "
                        "likely. Staff of unknown ethnicity are left out of the likelihoods.")},
        {DataReport::tr("Non-adverse range"),
         DataReport::tr("%1 to %2 (ends included). An RL outside it is reported as adverse to one group. 0.80–1.25 "
                        "is NHS England's \"four-fifths\" range; SC-WRES publishes none.")
             .arg(QString::number(range.lower, 'f', 2), QString::number(range.upper, 'f', 2))},
        {DataReport::tr("95% interval"), confidenceIntervalNote()},
        {DataReport::tr("Publication mode"), m_report.options().publication.modeName()},
        {DataReport::tr("Small numbers"), m_report.suppression().note()},
        {DataReport::tr("Formulas"),
         m_report.suppression().enabled()
             ? DataReport::tr("Shares, likelihoods and RLs are stored as published: RLs and intervals to 2 decimals, "
                              "likelihoods and shares to 0.1%. Totals over shown counts are formulas.")
             : DataReport::tr("Totals, shares, likelihoods and RLs are formulas over the count cells, so a checker can "
                              "see how each was made; their stored values are the program's own results.")},
    };
    text(ws, 0, 0, DataReport::tr("About this report"), m_f.title);
    int row = 2;
    for (const auto &[label, value] : rows) {
        text(ws, row, 0, label, m_f.label);
        text(ws, row, 1, value, m_f.wrap);
        ++row;
    }
    worksheet_set_column(ws, 0, 0, 22, nullptr);
    worksheet_set_column(ws, 1, 1, 100, nullptr);
    pageSetup(ws, 0, m_report);
}

bool DataReport::writeXlsx(const QString &path, QString *error) const
{
    XlsxFile file(path);
    if (!file.isOpen()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setProperties(title(), m_return.authorityName, tr("Social Care Workforce Race Equality Standard data report"));
    DataReportXlsxWriter writer(*this, file.workbook());
    writer.summary();
    writer.metricSheets();
    writer.dataQuality();
    writer.about();
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace scwres
