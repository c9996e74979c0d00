// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/HtmlPage.h"

#include "export/ChartText.h"
#include "XmlText.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace scwres {

namespace {

QByteArray esc(const QString &text)
{
    return escapeXmlText(text).toUtf8();
}

// A cell of figures ("12", "<10", "1.23", "12.5%", "0.80–1.25", "—") is right-aligned.
bool isFigure(const QString &text)
{
    static const QRegularExpression figure(QStringLiteral("^(—|<\\d+|\\[c\\]|[\\d.,%–\\-\\s()]+)$"));
    return figure.match(text.trimmed()).hasMatch();
}

// Colours: text #0b0c0c and notes #404040 on white (contrast 19:1 and 10:1), headings #1f3864
// (12:1), borders #767676 (4.5:1, visible as well as decorative). Status is always in words.
const char kStyle[] = R"(
*,*::before,*::after{box-sizing:border-box}
html{font-family:Arial,"Liberation Sans","DejaVu Sans",sans-serif;font-size:100%;line-height:1.5;color:#0b0c0c;background:#fff}
body{margin:0 auto;max-width:54rem;padding:1rem;overflow-wrap:break-word}
header.running,footer.running{font-size:.875rem;color:#404040}
header.running{border-bottom:1px solid #767676;padding-bottom:.5rem}
footer.running{border-top:1px solid #767676;padding-top:.5rem;margin-top:2rem}
h1,h2,h3,h4{color:#1f3864;line-height:1.25;margin:1.5rem 0 .75rem}
h1{font-size:2rem}
h2{font-size:1.5rem;border-top:2px solid #1f3864;padding-top:1rem;margin-top:2.5rem}
h3{font-size:1.25rem}
h4{font-size:1.1rem}
p{margin:0 0 .75rem}
.kicker,.subtitle{color:#404040}
.subtitle{font-size:1.25rem}
.cover{margin:0}
.note,.prompt,.missing{font-style:italic;color:#404040}
.strong{font-weight:bold}
.banner{border:3px solid #0b0c0c;padding:.5rem 1rem;font-weight:bold;font-size:1.1rem}
.table-wrap{overflow-x:auto;margin:0 0 1.5rem}
.table-wrap:focus{outline:3px solid #1f3864}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0;color:#0b0c0c}
th,td{border:1px solid #767676;padding:.3rem .4rem;vertical-align:top;text-align:left}
thead th{background:#e7e6e6}
tbody th{font-weight:bold}
.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0 .5rem}
figure svg{display:block;width:100%;height:auto}
figcaption{font-style:italic;color:#404040;margin-top:.5rem}
@media (max-width:30em){html{font-size:93.75%}body{padding:.5rem}h1{font-size:1.6rem}h2{font-size:1.3rem}table{font-size:.8rem}th,td{padding:.2rem .25rem}}
@media print{html{font-size:10pt}body{max-width:none;padding:0}header.running,footer.running{display:none}
h2{break-before:page;border-top:0;margin-top:0}.table-wrap{overflow:visible}thead{display:table-header-group}
tr,figure,caption,.banner{break-inside:avoid}h1,h2,h3,h4,caption,.kicker{break-after:avoid}p{orphans:3;widows:3}
figure svg{max-height:105mm}a{color:#1f3864}.num{white-space:nowrap}}
)";

// A CSS string literal: quotes and backslashes escaped, "<" written as an escape so that the text
// can never close the <style> element.
QByteArray cssString(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('<'))
            out += QStringLiteral("\\3C ");
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return "\"" + out.toUtf8() + "\"";
}

// The printed page (a Chromium-family browser prints it to the tagged PDF, export/BrowserPdf.h):
// A4, the margins of the Qt PDF, and in the @page margin boxes the running header (top left), the
// mode (bottom left) and "Page N of M" (bottom right). The browser's own header and footer are
// off, and the margin boxes are artifacts, outside the structure tree.
QByteArray pageRule(const QString &header, const QString &footer)
{
    const QByteArray box = "font-family:Arial,\"Liberation Sans\",\"DejaVu Sans\",sans-serif;font-size:8.5pt;color:#404040;";
    QByteArray rule = "@page{size:A4;margin:20mm 16mm 18mm 16mm;";
    if (!header.isEmpty())
        rule += "@top-left{content:" + cssString(header) + ";" + box + "vertical-align:bottom;padding-bottom:4mm}";
    if (!footer.isEmpty())
        rule += "@bottom-left{content:" + cssString(footer) + ";" + box + "vertical-align:top;padding-top:4mm}";
    rule += "@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);" + box
          + "vertical-align:top;padding-top:4mm;white-space:nowrap}}\n";
    return rule;
}

// Text with its web addresses as live links (in the page and in the printed PDF). A full stop,
// comma or closing bracket at the end of an address is the sentence's, not the address's.
QByteArray linked(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"]+"));
    QByteArray out;
    qsizetype at = 0;
    auto it = url.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        QString address = match.captured();
        while (!address.isEmpty() && QStringLiteral(".,;:)]").contains(address.back()))
            address.chop(1);
        if (address.size() <= 8)
            continue;
        out += esc(text.mid(at, match.capturedStart() - at));
        out += "<a href=\"" + esc(address) + "\">" + esc(address) + "</a>";
        at = match.capturedStart() + address.size();
    }
    out += esc(text.mid(at));
    return out;
}

} // namespace

HtmlPage::HtmlPage(const QString &title, const QString &header, const QString &footer)
    : m_title(title), m_header(header), m_footer(footer)
{
}

void HtmlPage::heading(int level, const QString &text)
{
    level = std::clamp(level, 1, 4);
    m_body += "<h" + QByteArray::number(level) + ">" + esc(text) + "</h" + QByteArray::number(level) + ">\n";
}

void HtmlPage::paragraph(const QString &text, const QString &cssClass)
{
    if (cssClass.isEmpty())
        m_body += "<p>" + linked(text) + "</p>\n";
    else
        m_body += "<p class=\"" + esc(cssClass) + "\">" + linked(text) + "</p>\n";
}

void HtmlPage::list(const QStringList &items)
{
    m_body += "<ul>\n";
    for (const QString &item : items)
        m_body += "<li>" + linked(item) + "</li>\n";
    m_body += "</ul>\n";
}

void HtmlPage::table(const QString &caption, const QStringList &headers, const std::vector<QStringList> &rows,
                     bool rowHeaders)
{
    ++m_tables;
    const QByteArray captionId = "table-" + QByteArray::number(m_tables);
    // A wide table scrolls inside its own box on a narrow screen (WCAG 1.4.10 allows it for data
    // tables), never the page; the box can be focused so a keyboard user can scroll it.
    m_body += "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" + captionId + "\">\n<table>\n";
    m_body += "<caption id=\"" + captionId + "\">" + esc(caption) + "</caption>\n";
    const int columns = headers.isEmpty() ? (rows.empty() ? 0 : int(rows.front().size())) : int(headers.size());
    std::vector<bool> numeric(std::size_t(columns), !rows.empty());
    for (const QStringList &row : rows)
        for (int c = 0; c < columns; ++c)
            if (c < row.size() && !isFigure(row.at(c)))
                numeric[std::size_t(c)] = false;
    if (rowHeaders && columns > 0)
        numeric[0] = false;
    if (!headers.isEmpty()) {
        m_body += "<thead><tr>";
        for (int c = 0; c < columns; ++c)
            m_body += QByteArray("<th scope=\"col\"") + (numeric[std::size_t(c)] ? " class=\"num\"" : "") + ">"
                    + esc(headers.at(c)) + "</th>";
        m_body += "</tr></thead>\n";
    }
    m_body += "<tbody>\n";
    for (const QStringList &row : rows) {
        m_body += "<tr>";
        for (int c = 0; c < columns; ++c) {
            const QString cell = c < row.size() ? row.at(c) : QString();
            if (c == 0 && rowHeaders)
                m_body += "<th scope=\"row\">" + esc(cell) + "</th>";
            else
                m_body += QByteArray("<td") + (numeric[std::size_t(c)] ? " class=\"num\"" : "") + ">" + esc(cell) + "</td>";
        }
        m_body += "</tr>\n";
    }
    m_body += "</tbody>\n</table>\n</div>\n";
}

void HtmlPage::chart(const ChartSpec &chart, const QString &alt, const QString &summary, const ChartPainter *painter)
{
    ++m_charts;
    const QString id = QStringLiteral("chart-%1").arg(m_charts);
    // The figure is named as well as its SVG: a tagged PDF makes both a Figure, and each needs
    // its alternative text.
    m_body += "<figure aria-label=\"" + esc(alt) + "\">\n";
    if (painter)
        m_body += chartSvg(chart, *painter, QSize(640, 320), alt, summary, id) + "\n";
    m_body += "<figcaption>" + esc(painter ? summary : alt + QStringLiteral(": ") + summary) + "</figcaption>\n</figure>\n";
    const ChartTable figures = ChartText::figures(chart);
    if (!figures.rows.empty())
        table(ChartText::tr("Figures in the chart: %1").arg(alt), figures.headers, figures.rows, true);
}

QByteArray HtmlPage::chartSvg(const ChartSpec &chart, const ChartPainter &painter, QSize size, const QString &title,
                              const QString &description, const QString &id)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    {
        QPainter p(&generator);
        p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)), chart);
    }
    QByteArray svg = buffer.data();
    // Into the page: no XML declaration; the generator's empty title and description replaced by
    // the chart's own, which name it for screen readers; the size left to the stylesheet.
    const int start = svg.indexOf("<svg");
    if (start < 0)
        return QByteArray();
    svg = svg.mid(start);
    static const QRegularExpression empty(QStringLiteral("<title>[^<]*</title>\\s*<desc>[^<]*</desc>"));
    QString text = QString::fromUtf8(svg);
    text.remove(empty);
    // QSvgGenerator opens a group for every state change, most of them empty: a third of the size.
    static const QRegularExpression emptyGroup(QStringLiteral("<g[^>]*>\\s*</g>\\s*"));
    text.remove(emptyGroup);
    static const QRegularExpression sizeAttributes(QStringLiteral("^<svg([^>]*?) width=\"[^\"]*\" height=\"[^\"]*\""));
    text.replace(sizeAttributes, QStringLiteral("<svg\\1"));
    const QString open = QStringLiteral("<svg role=\"img\" aria-labelledby=\"%1-title %1-desc\" focusable=\"false\"").arg(id);
    text.replace(0, 4, open);
    const int close = text.indexOf(QLatin1Char('>'));
    text.insert(close + 1, QStringLiteral("\n<title id=\"%1-title\">%2</title>\n<desc id=\"%1-desc\">%3</desc>")
                               .arg(id, escapeXmlText(title), escapeXmlText(description)));
    return text.toUtf8();
}

QByteArray HtmlPage::finish() const
{
    QByteArray html = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    html += "<title>" + esc(m_title) + "</title>\n";
    html += QByteArray("<style>") + kStyle + "@media print{" + pageRule(m_header, m_footer) + "}\n</style>\n</head>\n<body>\n";
    if (!m_header.isEmpty())
        html += "<header class=\"running\"><p>" + esc(m_header) + "</p></header>\n";
    html += "<main>\n" + m_body + "</main>\n";
    if (!m_footer.isEmpty())
        html += "<footer class=\"running\"><p>" + esc(m_footer) + "</p></footer>\n";
    html += "</body>\n</html>\n";
    return html;
}

} // namespace scwres
