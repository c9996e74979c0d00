// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/PlanTextDocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QTextTableFormat>

namespace scwres {

namespace {

// Print colours: the document is for paper, whatever the desktop theme (every meaning is also in
// the words or the weight: a black-and-white copy reads the same).
const QColor kInk(0x1f, 0x1f, 0x1f);
const QColor kAccent(0x1f, 0x38, 0x64); // headings: dark blue, prints as near-black
const QColor kPromptInk(0x40, 0x40, 0x40);
const QColor kRule(0x80, 0x80, 0x80);
const QColor kShade(0xe8, 0xea, 0xed);

constexpr qreal kBasePoint = 10.0;
// The body width (A4 less the margins) in points, for the ODT's column widths.
constexpr qreal kBodyWidthPoints = DocumentWriter::kBodyWidth * 72.0 / 96.0;

class Layout {
public:
    Layout(QTextDocument &document, const ChartPainter *painter, DocumentCharts::Target target)
        : m_document(document)
        , m_charts(&document, painter, target)
        , m_cursor(&document)
        , m_odt(target == DocumentCharts::Target::Odt)
    {
    }

    void write(const PlanDocument &plan)
    {
        for (const PlanBlock &block : plan.blocks)
            writeBlock(block);
    }

private:
    static QTextCharFormat charFormat(qreal points, bool bold = false, bool italic = false,
                                      const QColor &colour = kInk)
    {
        QTextCharFormat format;
        format.setFontPointSize(points);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        format.setFontItalic(italic);
        format.setForeground(colour);
        return format;
    }

    static QTextBlockFormat blockFormat(qreal top, qreal bottom)
    {
        QTextBlockFormat format;
        format.setTopMargin(top);
        format.setBottomMargin(bottom);
        return format;
    }

    // A new paragraph at the cursor. The empty block a document, a cell or the end of a table
    // starts with is used rather than left as a blank line.
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        if (m_reuseBlock) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_reuseBlock = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    void paragraph(const QTextBlockFormat &block, const QTextCharFormat &chars, const QString &text)
    {
        newBlock(block, chars);
        m_cursor.insertText(text, chars);
    }

    void heading(int level, const QString &text, bool newPage)
    {
        QTextBlockFormat block = blockFormat(level == 1 ? 20 : 12, level == 1 ? 8 : 4);
        block.setHeadingLevel(level);
        if (newPage)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        block.setNonBreakableLines(true);
        paragraph(block, charFormat(level == 1 ? 15 : 12, true, false, kAccent), text);
    }

    // Paragraphs and "- " lists of the plan's own text, in the current frame (body or cell).
    void richText(const QString &text, const QTextCharFormat &chars, qreal spacing)
    {
        QTextList *list = nullptr;
        for (const PlanParagraph &p : planParagraphs(text)) {
            paragraph(blockFormat(0, spacing), chars, p.text);
            if (p.listItem) {
                if (list) {
                    list->add(m_cursor.block());
                } else {
                    QTextListFormat format;
                    format.setStyle(QTextListFormat::ListDisc);
                    format.setIndent(1);
                    list = m_cursor.createList(format);
                }
            } else {
                list = nullptr;
            }
        }
    }

    // The ODT writer (Qt 6.4) writes every paragraph of a table as a cell of its own, so a cell of
    // three paragraphs pushes the rest of its row to the right. In the ODT a cell is therefore one
    // paragraph, its lines kept apart by line breaks and its list items marked with a bullet.
    void cellLines(const QString &text, const QTextCharFormat &chars)
    {
        QStringList lines;
        for (const PlanParagraph &p : planParagraphs(text))
            lines << (p.listItem ? QStringLiteral("\u2022 ") + p.text : p.text);
        paragraph(blockFormat(0, 2), chars, lines.join(QChar(QChar::LineSeparator)));
    }

    void banner(const QString &text)
    {
        leaveTable();
        QTextTableFormat format;
        format.setBorder(3);
        format.setBorderBrush(QBrush(kInk));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellPadding(10);
        format.setCellSpacing(0);
        setFullWidth(format);
        format.setTopMargin(10);
        format.setBottomMargin(10);
        QTextTable *table = m_cursor.insertTable(1, 1, format);
        QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        cell.setBlockFormat(block);
        cell.insertText(text, charFormat(22, true));
        m_afterTable = true;
    }

    void table(const PlanTable &data)
    {
        const int columns = data.columnCount();
        if (columns == 0)
            return;
        leaveTable();
        const int headerRows = data.headers.isEmpty() ? 0 : 1;
        const int rows = headerRows + static_cast<int>(data.rows.size());
        QTextTableFormat format;
        format.setBorder(0.5);
        format.setBorderBrush(QBrush(kRule));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setBorderCollapse(true); // one rule between cells, as in Word, not a box per cell
        format.setHeaderRowCount(headerRows); // repeated at the top of every page the table runs onto
        setFullWidth(format);
        format.setTopMargin(4);
        format.setBottomMargin(8);
        int total = 0;
        for (int c = 0; c < columns; ++c)
            total += c < static_cast<int>(data.widths.size()) ? data.widths.at(static_cast<size_t>(c)) : 1;
        QList<QTextLength> constraints;
        for (int c = 0; c < columns; ++c) {
            const int share = c < static_cast<int>(data.widths.size()) ? data.widths.at(static_cast<size_t>(c)) : 1;
            // The ODT writer copies a percentage as "45%" into style:column-width, which takes a
            // length only (LibreOffice then makes every column the same width); points it keeps.
            constraints << (m_odt ? QTextLength(QTextLength::FixedLength, kBodyWidthPoints * share / total)
                                  : QTextLength(QTextLength::PercentageLength, 100.0 * share / total));
        }
        format.setColumnWidthConstraints(constraints);
        QTextTable *table = m_cursor.insertTable(rows, columns, format);

        const QTextCharFormat body = charFormat(kBasePoint - 0.5);
        const QTextCharFormat bold = charFormat(kBasePoint - 0.5, true);
        for (int c = 0; c < columns && headerRows; ++c)
            fillCell(table, 0, c, data.headers.value(c), bold, true);
        for (int r = 0; r < static_cast<int>(data.rows.size()); ++r) {
            const QStringList &row = data.rows.at(static_cast<size_t>(r));
            for (int c = 0; c < columns; ++c) {
                const bool label = data.labelColumn && c == 0;
                fillCell(table, headerRows + r, c, row.value(c), label ? bold : body, label);
            }
        }
        m_afterTable = true;
    }

    void fillCell(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &chars,
                  bool shaded)
    {
        QTextTableCell cell = table->cellAt(row, column);
        const QTextCursor saved = m_cursor;
        const bool reuse = m_reuseBlock;
        m_cursor = cell.firstCursorPosition();
        m_reuseBlock = true;
        if (m_odt)
            cellLines(text, chars);
        else
            richText(text, chars, 2);
        // A blank answer in a form (the unsigned sign-off block) is a line to write on by hand:
        // about 1 cm high.
        if (text.trimmed().isEmpty()) {
            QTextBlockFormat line;
            line.setLineHeight(36, QTextBlockFormat::MinimumHeight);
            m_cursor.setBlockFormat(line);
        }
        m_cursor = saved;
        m_reuseBlock = reuse;
        // After the text: a cell's format is the character format of its first block, which
        // setBlockCharFormat (reusing that block) replaces, so shading set before was lost.
        // Set again on every cell, not only the shaded ones: without it the ODT writer finds no
        // cell format and writes cells that refer to styles it never defines (no borders).
        QTextTableCellFormat format = table->cellAt(row, column).format().toTableCellFormat();
        if (shaded)
            format.setBackground(kShade);
        // Collapsed borders are drawn from the cells' own: the table's alone draws none.
        format.setBorder(0.5);
        format.setBorderBrush(QBrush(kRule));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        table->cellAt(row, column).setFormat(format);
    }

    // The ODT writer turns a percentage width into points ("100pt"): left unset, LibreOffice
    // makes the table as wide as the text, which is what the PDF gets from 100 %.
    void setFullWidth(QTextTableFormat &format) const
    {
        if (!m_odt)
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    }

    // Text after a table would otherwise go into its last cell.
    void leaveTable()
    {
        if (m_afterTable) {
            m_cursor.movePosition(QTextCursor::End);
            m_afterTable = false;
            m_reuseBlock = true;
        }
    }

    void chart(const PlanBlock &block)
    {
        if (!block.chart || !m_charts.enabled())
            return;
        leaveTable();
        QTextBlockFormat format = blockFormat(4, 12);
        format.setAlignment(Qt::AlignHCenter);
        format.setNonBreakableLines(true);
        newBlock(format, QTextCharFormat());
        // The full text width, 10:6 as the dashboard draws it.
        const qreal width = DocumentWriter::kBodyWidth;
        m_charts.insert(m_cursor, *block.chart, QSizeF(width, width * 0.6), block.text);
    }

    void writeBlock(const PlanBlock &block)
    {
        if (block.kind != PlanBlock::Kind::Table && block.kind != PlanBlock::Kind::Banner
            && block.kind != PlanBlock::Kind::Chart)
            leaveTable();
        switch (block.kind) {
        case PlanBlock::Kind::Title: {
            paragraph(blockFormat(80, 10), charFormat(26, true, false, kAccent), block.text);
            break;
        }
        case PlanBlock::Kind::Subtitle:
            paragraph(blockFormat(0, 24), charFormat(17), block.text);
            break;
        case PlanBlock::Kind::Banner: banner(block.text); break;
        case PlanBlock::Kind::Heading1: heading(1, block.text, block.newPage); break;
        case PlanBlock::Kind::Heading2: heading(2, block.text, block.newPage); break;
        case PlanBlock::Kind::Prompt:
            paragraph(blockFormat(0, 6), charFormat(kBasePoint, false, true, kPromptInk), block.text);
            break;
        case PlanBlock::Kind::Missing:
            paragraph(blockFormat(0, 6), charFormat(kBasePoint, false, true), block.text);
            break;
        case PlanBlock::Kind::Text: richText(block.text, charFormat(kBasePoint), 6); break;
        case PlanBlock::Kind::Table: table(block.table); break;
        case PlanBlock::Kind::Chart: chart(block); break;
        }
    }

    QTextDocument &m_document;
    DocumentCharts m_charts;
    QTextCursor m_cursor;
    bool m_reuseBlock = true;
    bool m_afterTable = false;
    bool m_odt = false;
};

} // namespace

void PlanTextDocument::fill(QTextDocument &document, const PlanDocument &plan, const ChartPainter *painter,
                            DocumentCharts::Target target)
{
    document.clear();
    QFont font;
    font.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(kBasePoint);
    // Any letter spacing makes Qt shape without ligatures: with them "staff" and "signed off" are
    // stored as "sta\uFB00", and a reader searching the PDF (or a screen reader) misses the words.
    // A twentieth of a pixel does not show.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    document.setDefaultFont(font);
    document.setMetaInformation(QTextDocument::DocumentTitle, plan.title);
    // One edit block: otherwise the document's layout (made when the chart handler registers)
    // lays the whole document out again after every insertion, which was almost all of the PDF's
    // time (callgrind: QTextDocumentLayout::documentChanged under each insertText).
    QTextCursor edit(&document);
    document.setUndoRedoEnabled(false); // nothing is undone in an export: no undo stack to keep
    edit.beginEditBlock();
    Layout layout(document, painter, target);
    layout.write(plan);
    edit.endEditBlock();
}

} // namespace scwres
