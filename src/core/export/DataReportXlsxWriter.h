// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The writer of the data report's workbook (DataReport::writeXlsx), shared by the files that write
// its sheets: DataReportXlsx.cpp (Summary, Data quality, About), DataReportXlsxMetrics.cpp (one
// sheet per metric) and DataReportXlsxWriter.cpp (formats and page set-up). Not for other callers.
#pragma once

#include "export/DataReport.h"
#include "export/XlsxFile.h"

#include <QByteArray>
#include <QString>

#include <xlsxwriter.h>

namespace scwres {

namespace xlsxreport {

struct Formats {
    lxw_format *title = nullptr;
    lxw_format *heading = nullptr;
    lxw_format *header = nullptr;
    lxw_format *label = nullptr;
    lxw_format *count = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *ratio = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrap = nullptr;
    lxw_format *symbol = nullptr;
    lxw_format *note = nullptr;
};

Formats makeFormats(lxw_workbook *wb);
// A cell's A1 name, and a column's rows as an absolute range on a sheet (a chart's data).
QString cellName(int row, int column);
QString absoluteRange(const QByteArray &sheet, int firstRow, int column, int lastRow);
// The height a row needs for text wrapped in a column `width` characters wide.
double wrappedHeight(const QString &text, double width);
// Landscape A4, one page wide, the print header saying which version a printed sheet is.
void pageSetup(lxw_worksheet *ws, int frozenRows, const DataReport &report);

} // namespace xlsxreport

class DataReportXlsxWriter {
public:
    DataReportXlsxWriter(const DataReport &report, lxw_workbook *wb)
        : m_report(report), m_wb(wb), m_f(xlsxreport::makeFormats(wb)), m_publication(report.suppression().enabled())
    {
    }

    void summary();
    void metricSheets();
    void dataQuality();
    void about();

private:
    void text(lxw_worksheet *ws, int row, int col, const QString &value, lxw_format *format = nullptr)
    {
        XlsxFile::writeText(ws, row, col, value, format ? format : m_f.text);
    }
    // A count: the number, or the publication symbol as right-aligned text. True when a number.
    // A count left empty reads "not entered", never 0 (issue 27).
    bool count(lxw_worksheet *ws, int row, int col, const DataReport::View &view, MetricId id, int countRow,
               CountColumn column, const GroupCounts &counts)
    {
        if (!DataReport::isEntered(counts, column)) {
            text(ws, row, col, DataReport::notEnteredText(), m_f.symbol);
            return false;
        }
        return count(ws, row, col, view, id, countRow, column, countValue(counts, column));
    }
    bool count(lxw_worksheet *ws, int row, int col, const DataReport::View &view, MetricId id, int countRow,
               CountColumn column, long long value)
    {
        const QString shown = m_report.countText(view, id, countRow, column, value);
        if (shown == QString::number(value)) {
            worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), double(value), m_f.count);
            return true;
        }
        text(ws, row, col, shown, m_f.symbol);
        return false;
    }
    // A figure as its format prints it: a publication file holds no more precision than it shows
    // (docs/exports.md), so RLs are stored to 2 decimals and likelihoods and shares to 0.1%.
    double stored(double value, lxw_format *format) const
    {
        if (!m_publication)
            return value;
        if (format == m_f.ratio)
            return publishedRatio(value);
        if (format == m_f.percent)
            return publishedFraction(value);
        return value;
    }
    void number(lxw_worksheet *ws, int row, int col, double value, lxw_format *format)
    {
        worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), stored(value, format), format);
    }
    void formula(lxw_worksheet *ws, int row, int col, const QString &formula, lxw_format *format, double cached)
    {
        worksheet_write_formula_num(ws, lxw_row_t(row), lxw_col_t(col), formula.toUtf8().constData(), format,
                                    stored(cached, format));
    }
    // The engine's value as a formula over numeric cells when every input is shown, else the text.
    // Publication mode writes the figure as printed instead: a formula would bring the full
    // precision back on the reader's first recalculation.
    void derived(lxw_worksheet *ws, int row, int col, bool inputsShown, const QString &formulaText,
                 std::optional<double> value, lxw_format *format, const QString &otherwise)
    {
        if (inputsShown && value && m_publication)
            number(ws, row, col, *value, format);
        else if (inputsShown && value)
            formula(ws, row, col, formulaText, format, *value);
        else
            text(ws, row, col, otherwise, m_f.symbol);
    }
    // Returns the likelihood row (the chart data's source), or -1 when the metric was not collected.
    int ratioBlock(lxw_worksheet *ws, int &row, const DataReport::View &view, MetricId id);
    void payBandBlock(lxw_worksheet *ws, const QByteArray &sheet, int &row, const DataReport::View &view);
    void progressionBlock(lxw_worksheet *ws, int &row, const DataReport::View &view);
    void broadGroupBlock(lxw_worksheet *ws, int &row, const DataReport::View &view, MetricId id);
    bool hasAnyBroadGroups(MetricId id) const
    {
        for (const DataReport::View &view : m_report.views())
            if (m_report.hasBroadGroups(view, id))
                return true;
        return false;
    }

    const DataReport &m_report;
    lxw_workbook *m_wb;
    xlsxreport::Formats m_f;
    bool m_publication = false;
};

} // namespace scwres
