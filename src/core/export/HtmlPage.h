// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "export/ChartPainter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace scwres {

// One self-contained, accessible HTML page (the format GOV.UK asks public bodies to publish in,
// WCAG 2.1 AA): lang="en-GB", headings in order, tables with captions and header cells, charts
// as inline SVG with role="img", a title and a description, followed by their figures as a
// table; styles inline (readable at 320 CSS pixels without scrolling sideways; a print
// stylesheet for A4). The data report and the action plan lay their one document model out here.
// Every text is escaped (and XML-illegal characters dropped) on the way in.
class HtmlPage final {
public:
    // title: <title>; header: the running line above the content (as the PDF's page header);
    // footer: the line below it (the publication mode).
    HtmlPage(const QString &title, const QString &header, const QString &footer);

    void heading(int level, const QString &text); // 1 … 4
    // cssClass: "" (body text), "note", "strong", "kicker", "subtitle", "cover", "prompt",
    // "missing", "banner".
    void paragraph(const QString &text, const QString &cssClass = QString());
    void list(const QStringList &items);
    // rowHeaders: the first cell of each row names it (<th scope="row">). An empty headers list
    // makes a form-like table of label and value rows.
    void table(const QString &caption, const QStringList &headers, const std::vector<QStringList> &rows,
               bool rowHeaders);
    // The chart as SVG (when painter is not null), the summary under it, then its figures.
    void chart(const ChartSpec &chart, const QString &alt, const QString &summary, const ChartPainter *painter);

    QByteArray finish() const;

    // The chart drawn by painter as an SVG element (no XML declaration), role="img" with a
    // <title> and <desc> that aria-labelledby points at; id makes those ids unique on the page.
    static QByteArray chartSvg(const ChartSpec &chart, const ChartPainter &painter, QSize size, const QString &title,
                               const QString &description, const QString &id);

private:
    QString m_title;
    QString m_header;
    QString m_footer;
    QByteArray m_body;
    int m_tables = 0;
    int m_charts = 0;
};

} // namespace scwres
