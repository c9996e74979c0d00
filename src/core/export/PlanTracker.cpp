// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/PlanTracker.h"

#include "export/PlanDocument.h"
#include "export/DocumentWriter.h"
#include "export/XlsxFile.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace scwres {

namespace {

enum Column {
    ColMetric,
    ColArea,
    ColDetails,
    ColLead,
    ColStart,
    ColDue,
    ColStatus,
    ColNote,
    ColNoteDate,
    ColTimescale,
    ColMeasure,
    ColCarried,
    ColumnCount
};

// Widths in Excel's character units: long text wraps in wide columns, dates and statuses fit.
constexpr double kWidths[ColumnCount] = {26, 20, 50, 20, 11, 11, 13, 45, 11, 16, 40, 11};

lxw_datetime excelDate(const QDate &date)
{
    lxw_datetime value{};
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    return value;
}

const ProgressNote *latestNote(const PlanAction &action)
{
    const ProgressNote *latest = nullptr;
    for (const ProgressNote &note : action.notes)
        if (!latest || note.date >= latest->date)
            latest = &note;
    return latest;
}

// Page-header text: "&" is a code there ("&P" page number), so a literal one is doubled.
QString headerText(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return escaped;
}

} // namespace

QStringList PlanTracker::headings()
{
    return {tr("Metric"),
            tr("Improvement area"),
            tr("Action"),
            tr("Lead"),
            tr("Start"),
            tr("Due"),
            tr("Status"),
            tr("Latest progress note"),
            tr("Note date"),
            tr("Timescale to start seeing a change"),
            tr("How you'll know it is achieved"),
            tr("Carried over")};
}

bool PlanTracker::write(const ActionPlan &plan, const QString &path, const QDate &madeOn, QString *error)
{
    XlsxFile file(path);
    if (!file.isOpen()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    lxw_workbook *workbook = file.workbook();
    const QString title = tr("SC-WRES action tracker %1").arg(plan.year);
    file.setProperties(title, plan.header.authorityName, tr("SC-WRES action plan %1: actions").arg(plan.year));

    lxw_format *heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_text_wrap(heading);
    format_set_align(heading, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(heading, 0xE8EAED);
    format_set_border(heading, LXW_BORDER_THIN);
    lxw_format *text = workbook_add_format(workbook);
    format_set_text_wrap(text);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(date, LXW_ALIGN_LEFT);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_align(bold, LXW_ALIGN_VERTICAL_TOP);

    lxw_worksheet *sheet = workbook_add_worksheet(workbook, XlsxFile::sheetName(tr("Actions")).constData());
    const QStringList titles = headings();
    for (int c = 0; c < ColumnCount; ++c) {
        XlsxFile::writeText(sheet, 0, c, titles.value(c), heading);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), kWidths[c],
                             c == ColStart || c == ColDue || c == ColNoteDate ? date : text);
    }

    int row = 1;
    for (const MetricSection &section : plan.sections) {
        for (const PlanAction &action : section.actions) {
            XlsxFile::writeText(sheet, row, ColMetric, planSectionHeading(section.number), text);
            XlsxFile::writeText(sheet, row, ColArea, action.area ? improvementAreaText(*action.area) : QString(), text);
            XlsxFile::writeText(sheet, row, ColDetails, action.details, text);
            XlsxFile::writeText(sheet, row, ColLead, action.lead, text);
            if (action.start.isValid()) {
                lxw_datetime value = excelDate(action.start);
                worksheet_write_datetime(sheet, lxw_row_t(row), ColStart, &value, date);
            }
            if (action.due.isValid()) {
                lxw_datetime value = excelDate(action.due);
                worksheet_write_datetime(sheet, lxw_row_t(row), ColDue, &value, date);
            }
            XlsxFile::writeText(sheet, row, ColStatus, actionStatusText(action.status), text);
            if (const ProgressNote *note = latestNote(action)) {
                XlsxFile::writeText(sheet, row, ColNote, note->text, text);
                if (note->date.isValid()) {
                    lxw_datetime value = excelDate(note->date);
                    worksheet_write_datetime(sheet, lxw_row_t(row), ColNoteDate, &value, date);
                }
            }
            XlsxFile::writeText(sheet, row, ColTimescale, action.timescale, text);
            XlsxFile::writeText(sheet, row, ColMeasure, action.successMeasure, text);
            XlsxFile::writeText(sheet, row, ColCarried, action.rolledOverFrom.isEmpty() ? tr("No") : tr("Yes"), text);
            // libxlsxwriter does not fit a row to wrapped text: without a height the row stays one
            // line and the text runs over the rows below.
            const ProgressNote *latest = latestNote(action);
            const std::pair<int, QString> wrapped[] = {
                {ColMetric, planSectionHeading(section.number)}, {ColDetails, action.details},
                {ColNote, latest ? latest->text : QString()}, {ColMeasure, action.successMeasure},
                {ColTimescale, action.timescale}, {ColLead, action.lead}};
            int lines = 1;
            for (const auto &[column, value] : wrapped) {
                int inColumn = 0;
                for (const QString &paragraph : value.split(QLatin1Char('\n')))
                    inColumn += std::max(1, int(std::ceil(double(paragraph.size()) / (kWidths[column] - 2))));
                lines = std::max(lines, inColumn);
            }
            worksheet_set_row(sheet, lxw_row_t(row), 15.0 * std::min(lines, 27), nullptr);
            ++row;
        }
    }
    const int lastRow = std::max(1, row - 1);

    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(lastRow), ColumnCount - 1);
    // The status stays one of the program's words when the council edits the tracker, so the
    // filter keeps working; the list covers the plan's rows and room for new ones.
    std::vector<QByteArray> statusNames;
    for (const ActionStatus status : kActionStatuses)
        statusNames.push_back(XlsxFile::cellText(actionStatusText(status)));
    std::vector<char *> statusList; // libxlsxwriter copies the list; its struct is not const-correct
    for (QByteArray &name : statusNames)
        statusList.push_back(name.data());
    statusList.push_back(nullptr);
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = statusList.data();
    validation.ignore_blank = LXW_VALIDATION_ON;
    worksheet_data_validation_range(sheet, 1, ColStatus, lxw_row_t(std::max(lastRow, 1) + 200), ColStatus,
                                    &validation);

    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_margins(sheet, 0.5, 0.5, 0.75, 0.75);
    worksheet_fit_to_pages(sheet, 1, 0); // one page wide, as many pages long as it takes
    worksheet_repeat_rows(sheet, 0, 0);
    const QByteArray pageHeader =
        XlsxFile::cellText(QStringLiteral("&L%1&C%2&R%3")
                               .arg(headerText(plan.header.authorityName), headerText(title),
                                    headerText(plan.isSignedOff() ? tr("Signed off") : tr("NOT YET SIGNED OFF"))));
    const QByteArray pageFooter = XlsxFile::cellText(tr("&RPage &P of &N"));
    worksheet_set_header(sheet, pageHeader.left(255).constData());
    worksheet_set_footer(sheet, pageFooter.left(255).constData());

    lxw_worksheet *about = workbook_add_worksheet(workbook, XlsxFile::sheetName(tr("About")).constData());
    worksheet_set_column(about, 0, 0, 28, bold);
    worksheet_set_column(about, 1, 1, 70, text);
    const std::vector<std::pair<QString, QString>> facts{
        {tr("Authority"), plan.header.authorityName},
        {tr("Plan year"), QString::number(plan.year)},
        {tr("Sign-off"), plan.isSignedOff()
                             ? tr("Signed off by %1 (%2) on %3")
                                   .arg(plan.signOff->name, plan.signOff->role, planDateText(plan.signOff->date))
                             : tr("NOT YET SIGNED OFF")},
        {tr("Actions"), QString::number(plan.actionCount())},
        {tr("Made on"), planDateText(madeOn)},
        {tr("Made with"), DocumentWriter::creatorName()},
        {tr("Note"), tr("One row per action of the plan, in the plan's order. Edit the status with the drop-down "
                        "so that the filter keeps working.")},
    };
    int aboutRow = 0;
    for (const auto &[label, value] : facts) {
        XlsxFile::writeText(about, aboutRow, 0, label, bold);
        XlsxFile::writeText(about, aboutRow, 1, value, text);
        ++aboutRow;
    }

    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace scwres
