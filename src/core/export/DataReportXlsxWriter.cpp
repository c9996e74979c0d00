// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
// Formats and page set-up of the data report's workbook (DataReportXlsxWriter.h).
#include "export/DataReportXlsxWriter.h"

#include <algorithm>
#include <cmath>

namespace scwres::xlsxreport {

namespace {

// The print header and footer say which version a printed sheet is ("Full figures: not for
// publication") and where it comes from. "&" is the codes' escape, so a name's own is doubled.
QByteArray headerFooter(const QString &left, const QString &right)
{
    const auto escaped = [](QString text) { return text.replace(QLatin1Char('&'), QStringLiteral("&&")); };
    // Excel's limit is 255 characters for the whole header, with the draft line in the centre.
    return (QStringLiteral("&L") + escaped(left).left(90) + QStringLiteral("&R") + escaped(right).left(70)).toUtf8();
}

} // namespace

QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

QString absoluteRange(const QByteArray &sheet, int firstRow, int column, int lastRow)
{
    const auto absolute = [](int row, int col) {
        const QString name = cellName(row, col);
        const int digits = int(std::find_if(name.begin(), name.end(), [](QChar ch) { return ch.isDigit(); }) - name.begin());
        return QStringLiteral("$%1$%2").arg(name.left(digits), name.mid(digits));
    };
    return QStringLiteral("='%1'!%2:%3")
        .arg(QString::fromUtf8(sheet), absolute(firstRow, column), absolute(lastRow, column));
}



Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.heading = workbook_add_format(wb);
    format_set_bold(f.heading);
    format_set_font_size(f.heading, 12);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xE7E6E6);
    f.label = workbook_add_format(wb);
    format_set_bold(f.label);
    // Beside a tall wrapped value, the label sits at its top, not at the foot of the row.
    format_set_align(f.label, LXW_ALIGN_VERTICAL_TOP);
    f.count = workbook_add_format(wb);
    format_set_num_format(f.count, "#,##0");
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0%");
    f.ratio = workbook_add_format(wb);
    format_set_num_format(f.ratio, "0.00");
    f.text = workbook_add_format(wb);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.symbol = workbook_add_format(wb);
    format_set_align(f.symbol, LXW_ALIGN_RIGHT);
    f.note = workbook_add_format(wb);
    format_set_italic(f.note);
    format_set_text_wrap(f.note);
    format_set_align(f.note, LXW_ALIGN_VERTICAL_TOP);
    // Numbers at the top of a tall row too, level with their labels: the chart data beside a
    // two-line table header read as a label on one line and its values on the next.
    for (lxw_format *number : {f.count, f.percent, f.ratio, f.symbol})
        format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

// The height a row needs for text wrapped in a column `width` characters wide (libxlsxwriter does
// not fit rows to their text, and a wrapped cell in a row of default height overlapped the next).
double wrappedHeight(const QString &text, double width)
{
    int lines = 0;
    for (const QString &paragraph : text.split(QLatin1Char('\n')))
        lines += std::max(1, int(std::ceil(double(paragraph.size()) / std::max(1.0, width - 2))));
    return std::max(15.0, 15.0 * lines);
}

void pageSetup(lxw_worksheet *ws, int frozenRows, const DataReport &report)
{
    const QString mode = report.suppression().enabled()
                           ? DataReport::tr("Published version: counts under %1 hidden")
                                 .arg(report.options().publication.threshold)
                           : DataReport::tr("Full figures: not for publication");
    QByteArray header = headerFooter(report.title(), mode);
    if (!report.annualReturn().complete) // a draft return's figures may still change: every printed page says so
        header += QStringLiteral("&C&\"-,Bold\"%1")
                      .arg(DataReport::tr("DRAFT FIGURES: the return is not marked complete"))
                      .toUtf8();
    // &A: the sheet's name; &P and &N: the page and the page count (codes, not text).
    const QByteArray footer = "&L&A&R" + DataReport::tr("Page &P of &N").toUtf8();
    worksheet_set_header(ws, header.constData());
    worksheet_set_footer(ws, footer.constData());
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_fit_to_pages(ws, 1, 0); // one page wide, as many pages long as it needs
    worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6);
    if (frozenRows > 0)
        worksheet_freeze_panes(ws, lxw_row_t(frozenRows), 0);
}

} // namespace scwres::xlsxreport
