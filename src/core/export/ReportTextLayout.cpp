// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The data report's model laid out as a QTextDocument for the PDF and the ODT.
#include "export/ReportModel.h"

#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace scwres {

namespace {

// Print colours: a dark blue for headings (as councils' own documents use) and greys that print.
const QColor kHeadingInk(0x1F, 0x38, 0x64);
const QColor kRule(0x99, 0x99, 0x99);
const QColor kHeaderFill(0xE7, 0xE6, 0xE6);
const QColor kNoteInk(0x40, 0x40, 0x40);

// A column of figures is right-aligned so the digits line up; a column of words (a metric's
// name, a note) stays left-aligned even when it is narrow.
bool figuresColumn(const ReportTable &table, int column)
{
    static const QRegularExpression figure(QStringLiteral("^(—|<\\d+|\\[c\\]|withheld.*|[\\d.,%–\\-\\s()]+)$"));
    if (column == 0 && table.firstColumnIsLabel)
        return false;
    bool any = false;
    for (const QStringList &row : table.rows) {
        if (column >= row.size())
            continue;
        if (!figure.match(row.at(column).trimmed()).hasMatch())
            return false;
        any = true;
    }
    return any;
}

class Layout {
public:
    Layout(QTextDocument *document, const ChartPainter *painter, DocumentCharts::Target target)
        : m_document(document), m_cursor(document), m_charts(document, painter, target)
    {
        QFont font;
        font.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
        font.setPointSizeF(9.5);
        // Any letter spacing makes Qt shape without ligatures, so "staff" is stored as s-t-a-f-f
        // and a search of the PDF (or a screen reader) finds it. A twentieth of a pixel does not show.
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
        m_document->setDefaultFont(font);
        m_document->setDocumentMargin(0);
    }

    void add(const ReportBlock &b)
    {
        switch (b.kind) {
        case ReportBlock::Kind::Kicker: line(b.text, 12, false, kNoteInk, 120, 0); break;
        case ReportBlock::Kind::Title: line(b.text, 28, true, kHeadingInk, 10, 10); break;
        case ReportBlock::Kind::Subtitle: line(b.text, 18, false, kHeadingInk, 0, 0); break;
        case ReportBlock::Kind::CoverLine: line(b.text, 11, false, QColor(), m_coverLines++ == 0 ? 30 : 0, 0); break;
        case ReportBlock::Kind::Heading: heading(b.text, b.level, b.newPage); break;
        case ReportBlock::Kind::Paragraph: paragraph(b.text, false, 0, false); break;
        case ReportBlock::Kind::Strong: paragraph(b.text, false, 0, true); break;
        case ReportBlock::Kind::Note: paragraph(b.text, true, b.small ? 8.5 : 0, false); break;
        case ReportBlock::Kind::Table: table(b.table); break;
        case ReportBlock::Kind::Chart:
            if (b.chart && m_charts.enabled()) {
                chart(*b.chart, b.text, b.chartHeight);
                if (!b.summary.isEmpty())
                    paragraph(b.summary, true, 8.5, false);
            }
            break;
        }
    }

private:
    void block(const QTextBlockFormat &format, const QTextCharFormat &chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    void line(const QString &text, qreal size, bool bold, const QColor &ink, qreal top, qreal bottom)
    {
        QTextBlockFormat format;
        format.setTopMargin(top);
        format.setBottomMargin(bottom);
        QTextCharFormat chars;
        chars.setFontPointSize(size);
        if (bold)
            chars.setFontWeight(QFont::Bold);
        if (ink.isValid())
            chars.setForeground(ink);
        block(format, chars);
        m_cursor.insertText(text);
    }

    void heading(const QString &text, int level, bool newPage)
    {
        QTextBlockFormat format;
        format.setHeadingLevel(level);
        format.setTopMargin(level == 1 ? 0 : 12);
        format.setBottomMargin(6);
        if (newPage)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        // Keep a heading with what follows where the layout allows.
        format.setNonBreakableLines(true);
        QTextCharFormat chars;
        chars.setFontWeight(QFont::Bold);
        chars.setFontPointSize(level == 1 ? 17 : level == 2 ? 13 : 11);
        chars.setForeground(kHeadingInk);
        block(format, chars);
        m_cursor.insertText(text);
    }

    void paragraph(const QString &text, bool italic, qreal size, bool bold)
    {
        QTextBlockFormat format;
        format.setBottomMargin(5);
        QTextCharFormat chars;
        chars.setFontItalic(italic);
        if (size > 0)
            chars.setFontPointSize(size);
        if (bold)
            chars.setFontWeight(QFont::DemiBold);
        if (italic)
            chars.setForeground(kNoteInk);
        block(format, chars);
        m_cursor.insertText(text);
    }

    // A table with a shaded, repeated header row; widths in % of the body.
    void table(const ReportTable &source)
    {
        const int columns = int(source.headers.size());
        QTextTableFormat format;
        format.setBorder(0.5);
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setTopMargin(4);
        format.setBottomMargin(8);
        QVector<QTextLength> lengths;
        for (int w : source.widths)
            lengths << QTextLength(QTextLength::PercentageLength, w);
        format.setColumnWidthConstraints(lengths);
        std::vector<Qt::Alignment> align;
        for (int c = 0; c < columns; ++c)
            align.push_back(figuresColumn(source, c) ? Qt::AlignRight : Qt::AlignLeft);
        block(QTextBlockFormat(), QTextCharFormat());
        QTextTable *t = m_cursor.insertTable(int(source.rows.size()) + 1, columns, format);
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = t->cellAt(0, c);
            QTextCharFormat cellFormat = cell.format();
            cellFormat.setBackground(kHeaderFill);
            cell.setFormat(cellFormat);
            QTextCursor at = cell.firstCursorPosition();
            QTextBlockFormat alignment;
            alignment.setAlignment(align[std::size_t(c)]);
            at.setBlockFormat(alignment);
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            bold.setFontPointSize(8.5);
            at.insertText(source.headers.at(c), bold);
        }
        for (std::size_t r = 0; r < source.rows.size(); ++r)
            for (int c = 0; c < source.rows[r].size() && c < columns; ++c) {
                QTextCursor at = t->cellAt(int(r) + 1, c).firstCursorPosition();
                QTextBlockFormat alignment;
                alignment.setAlignment(align[std::size_t(c)]);
                at.setBlockFormat(alignment);
                QTextCharFormat chars;
                chars.setFontPointSize(8.5);
                if (c == 0 && source.firstColumnIsLabel)
                    chars.setFontWeight(QFont::DemiBold);
                at.insertText(source.rows[r].at(c), chars);
            }
        // Just after the table, in the same frame (which may be a keep-together cell).
        m_cursor.setPosition(t->lastPosition() + 1);
        m_first = false;
    }

    void chart(const ChartSpec &spec, const QString &alt, qreal height)
    {
        QTextBlockFormat format;
        format.setAlignment(Qt::AlignHCenter);
        format.setBottomMargin(6);
        block(format, QTextCharFormat());
        m_charts.insert(m_cursor, spec, QSizeF(DocumentWriter::kBodyWidth * 0.92, height), alt);
    }

    QTextDocument *m_document;
    QTextCursor m_cursor;
    DocumentCharts m_charts;
    bool m_first = true;
    int m_coverLines = 0;
};

} // namespace

void layoutReportModel(const ReportModel &model, QTextDocument *document, const ChartPainter *painter,
                       DocumentCharts::Target target)
{
    // One edit block: otherwise the document's layout (made when the chart handler registers)
    // lays the whole document out again after every insertion — 96% of the PDF's time in
    // callgrind (QTextDocumentLayout::documentChanged under each insertText and setBlockFormat).
    QTextCursor edit(document);
    document->setUndoRedoEnabled(false); // nothing is undone in an export: no undo stack to keep
    edit.beginEditBlock();
    Layout layout(document, painter, target);
    for (const ReportBlock &block : model.blocks)
        layout.add(block);
    edit.endEditBlock();
}

} // namespace scwres
