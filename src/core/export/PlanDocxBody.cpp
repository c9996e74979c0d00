// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/PlanDocxBody.h"

#include "XmlText.h"

#include "export/ChartPainter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QXmlStreamWriter>

#include <cmath>

namespace scwres::docx {

namespace {

// WordprocessingML measures in twentieths of a point (twips); pictures in EMU (914400 per inch).
constexpr int kPageWidth = 11906;  // A4, 210 mm
constexpr int kPageHeight = 16838; // A4, 297 mm
constexpr int kSideMargin = 1021;  // 18 mm, as the PDF
constexpr int kEdgeMargin = 1247;  // 22 mm: room for the header and footer bands
constexpr int kBandDistance = 567; // 10 mm from the page edge to the header or footer
constexpr int kBodyWidth = kPageWidth - 2 * kSideMargin;
constexpr qint64 kEmuPerMm = 36000;

const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// XML 1.0 forbids most control characters even escaped; a pasted form feed must not make the
// whole document unreadable.
QString xmlSafe(const QString &text)
{
    return xmlSafeText(text);
}

// Writes word/document.xml; collects the chart pictures it refers to.
class BodyWriter {
public:
    BodyWriter(const PlanDocument &document, const ChartPainter *painter)
        : m_document(document)
        , m_painter(painter)
    {
    }

    QByteArray write()
    {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        m_w = &w;
        w.writeStartDocument(QStringLiteral("1.0"), true);
        w.writeStartElement(QStringLiteral("w:document"));
        w.writeAttribute(QStringLiteral("xmlns:w"), kW);
        w.writeAttribute(QStringLiteral("xmlns:r"), kR);
        w.writeAttribute(QStringLiteral("xmlns:wp"),
                         QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"));
        w.writeAttribute(QStringLiteral("xmlns:a"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"));
        w.writeAttribute(QStringLiteral("xmlns:pic"),
                         QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
        w.writeStartElement(QStringLiteral("w:body"));
        for (const PlanBlock &block : m_document.blocks)
            writeBlock(block);
        sectionProperties();
        w.writeEndElement(); // body
        w.writeEndElement(); // document
        w.writeEndDocument();
        m_w = nullptr;
        return xml;
    }

    const std::vector<Picture> &pictures() const { return m_pictures; }

private:
    void val(const QString &element, const QString &value)
    {
        m_w->writeEmptyElement(element);
        m_w->writeAttribute(QStringLiteral("w:val"), value);
    }

    // A run of text; tabs become w:tab (a literal tab in w:t is not a tab to Word).
    void run(const QString &text, bool bold = false, bool italic = false)
    {
        m_w->writeStartElement(QStringLiteral("w:r"));
        m_w->writeStartElement(QStringLiteral("w:rPr"));
        if (bold)
            m_w->writeEmptyElement(QStringLiteral("w:b"));
        if (italic)
            m_w->writeEmptyElement(QStringLiteral("w:i"));
        // On every run, not only in styles.xml: the language survives a council pasting the text
        // into its own template, and a screen reader and Word's spelling check use it.
        m_w->writeEmptyElement(QStringLiteral("w:lang"));
        m_w->writeAttribute(QStringLiteral("w:val"), QStringLiteral("en-GB"));
        m_w->writeEndElement();
        const QStringList pieces = xmlSafe(text).split(QLatin1Char('\t'));
        for (int i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                m_w->writeEmptyElement(QStringLiteral("w:tab"));
            if (pieces.at(i).isEmpty())
                continue;
            m_w->writeStartElement(QStringLiteral("w:t"));
            m_w->writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_w->writeCharacters(pieces.at(i));
            m_w->writeEndElement();
        }
        m_w->writeEndElement();
    }

    void paragraph(const QString &style, const QString &text, bool bold = false, bool italic = false,
                   bool newPage = false)
    {
        m_w->writeStartElement(QStringLiteral("w:p"));
        if (!style.isEmpty()) {
            m_w->writeStartElement(QStringLiteral("w:pPr"));
            val(QStringLiteral("w:pStyle"), style);
            if (newPage)
                m_w->writeEmptyElement(QStringLiteral("w:pageBreakBefore"));
            m_w->writeEndElement();
        }
        if (!text.isEmpty())
            run(text, bold, italic);
        m_w->writeEndElement();
    }

    // The plan's free text: a paragraph per line, "- " lines as Word bullets.
    void richText(const QString &text, const QString &bodyStyle, const QString &listStyle, bool bold = false)
    {
        const std::vector<PlanParagraph> paragraphs = planParagraphs(text);
        if (paragraphs.empty()) {
            paragraph(bodyStyle, QString()); // a table cell must hold at least one paragraph
            return;
        }
        for (const PlanParagraph &p : paragraphs)
            paragraph(p.listItem ? listStyle : bodyStyle, p.text, bold);
    }

    void writeBlock(const PlanBlock &block)
    {
        switch (block.kind) {
        case PlanBlock::Kind::Title: paragraph(QStringLiteral("Title"), block.text); break;
        case PlanBlock::Kind::Subtitle: paragraph(QStringLiteral("Subtitle"), block.text); break;
        case PlanBlock::Kind::Banner: paragraph(QStringLiteral("Banner"), block.text); break;
        case PlanBlock::Kind::Heading1:
            paragraph(QStringLiteral("Heading1"), block.text, false, false, block.newPage);
            break;
        case PlanBlock::Kind::Heading2: paragraph(QStringLiteral("Heading2"), block.text); break;
        case PlanBlock::Kind::Prompt: paragraph(QStringLiteral("Prompt"), block.text); break;
        case PlanBlock::Kind::Missing: paragraph(QStringLiteral("Missing"), block.text); break;
        case PlanBlock::Kind::Text: richText(block.text, QString(), QStringLiteral("ListBullet")); break;
        case PlanBlock::Kind::Table: table(block.table); break;
        case PlanBlock::Kind::Chart: chart(block); break;
        }
    }

    void cellProperties(int width, bool shaded)
    {
        m_w->writeStartElement(QStringLiteral("w:tcPr"));
        m_w->writeEmptyElement(QStringLiteral("w:tcW"));
        m_w->writeAttribute(QStringLiteral("w:w"), QString::number(width));
        m_w->writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
        if (shaded) {
            m_w->writeEmptyElement(QStringLiteral("w:shd"));
            m_w->writeAttribute(QStringLiteral("w:val"), QStringLiteral("clear"));
            m_w->writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
            m_w->writeAttribute(QStringLiteral("w:fill"), QStringLiteral("E8EAED"));
        }
        m_w->writeEndElement();
    }

    static bool isBlankFormRow(const PlanTable &table, const QStringList &row)
    {
        if (!table.labelColumn)
            return false;
        for (int c = 1; c < row.size(); ++c)
            if (!row.at(c).trimmed().isEmpty())
                return false;
        return true;
    }

    void table(const PlanTable &table)
    {
        const int columns = table.columnCount();
        if (columns == 0)
            return;
        std::vector<int> widths;
        int total = 0;
        for (int c = 0; c < columns; ++c)
            total += c < static_cast<int>(table.widths.size()) ? table.widths.at(static_cast<size_t>(c)) : 1;
        for (int c = 0; c < columns; ++c) {
            const int share = c < static_cast<int>(table.widths.size()) ? table.widths.at(static_cast<size_t>(c)) : 1;
            widths.push_back(kBodyWidth * share / total);
        }

        m_w->writeStartElement(QStringLiteral("w:tbl"));
        m_w->writeStartElement(QStringLiteral("w:tblPr"));
        val(QStringLiteral("w:tblStyle"), QStringLiteral("PlanTable"));
        m_w->writeEmptyElement(QStringLiteral("w:tblW"));
        m_w->writeAttribute(QStringLiteral("w:w"), QString::number(kBodyWidth));
        m_w->writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
        val(QStringLiteral("w:tblLayout"), QStringLiteral("fixed")); // the column widths, not the text, decide
        m_w->writeEndElement();
        m_w->writeStartElement(QStringLiteral("w:tblGrid"));
        for (const int width : widths) {
            m_w->writeEmptyElement(QStringLiteral("w:gridCol"));
            m_w->writeAttribute(QStringLiteral("w:w"), QString::number(width));
        }
        m_w->writeEndElement();

        if (!table.headers.isEmpty()) {
            m_w->writeStartElement(QStringLiteral("w:tr"));
            m_w->writeStartElement(QStringLiteral("w:trPr"));
            m_w->writeEmptyElement(QStringLiteral("w:tblHeader")); // repeated at the top of each page
            m_w->writeEmptyElement(QStringLiteral("w:cantSplit"));
            m_w->writeEndElement();
            for (int c = 0; c < columns; ++c) {
                m_w->writeStartElement(QStringLiteral("w:tc"));
                cellProperties(widths.at(static_cast<size_t>(c)), true);
                paragraph(QStringLiteral("TableHeading"), table.headers.value(c));
                m_w->writeEndElement();
            }
            m_w->writeEndElement();
        }
        for (const QStringList &row : table.rows) {
            m_w->writeStartElement(QStringLiteral("w:tr"));
            if (isBlankFormRow(table, row)) {
                // A line to write on by hand (the unsigned sign-off block): 1 cm high at least.
                m_w->writeStartElement(QStringLiteral("w:trPr"));
                m_w->writeEmptyElement(QStringLiteral("w:trHeight"));
                m_w->writeAttribute(QStringLiteral("w:val"), QStringLiteral("567"));
                m_w->writeAttribute(QStringLiteral("w:hRule"), QStringLiteral("atLeast"));
                m_w->writeEndElement();
            }
            for (int c = 0; c < columns; ++c) {
                const bool label = table.labelColumn && c == 0;
                m_w->writeStartElement(QStringLiteral("w:tc"));
                cellProperties(widths.at(static_cast<size_t>(c)), label);
                richText(row.value(c), QStringLiteral("TableText"), QStringLiteral("TableBullet"), label);
                m_w->writeEndElement();
            }
            m_w->writeEndElement();
        }
        m_w->writeEndElement(); // tbl
        // Word joins two tables that touch into one; a paragraph keeps them apart.
        paragraph(QStringLiteral("AfterTable"), QString());
    }

    void chart(const PlanBlock &block)
    {
        if (!m_painter || !block.chart)
            return;
        // The text width (174 × 104 mm), drawn at twice 96 dpi so it prints sharply.
        const QSize pixels(657, 394);
        const QImage image = m_painter->toImage(*block.chart, pixels, 2.0);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.save(&buffer, "PNG"))
            return;
        Picture picture;
        const int number = static_cast<int>(m_pictures.size()) + 1;
        picture.relId = QStringLiteral("rIdChart%1").arg(number);
        picture.partName = QStringLiteral("media/chart%1.png").arg(number);
        picture.altText = block.text;
        picture.png = png;
        picture.cx = 174 * kEmuPerMm;
        picture.cy = 104 * kEmuPerMm;
        m_pictures.push_back(picture);
        drawing(picture, number);
    }

    void drawing(const Picture &picture, int id)
    {
        auto &w = *m_w;
        w.writeStartElement(QStringLiteral("w:p"));
        w.writeStartElement(QStringLiteral("w:pPr"));
        val(QStringLiteral("w:pStyle"), QStringLiteral("Figure"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("w:r"));
        w.writeStartElement(QStringLiteral("w:drawing"));
        w.writeStartElement(QStringLiteral("wp:inline"));
        for (const char *side : {"distT", "distB", "distL", "distR"})
            w.writeAttribute(QLatin1String(side), QStringLiteral("0"));
        w.writeEmptyElement(QStringLiteral("wp:extent"));
        w.writeAttribute(QStringLiteral("cx"), QString::number(picture.cx));
        w.writeAttribute(QStringLiteral("cy"), QString::number(picture.cy));
        w.writeEmptyElement(QStringLiteral("wp:docPr"));
        w.writeAttribute(QStringLiteral("id"), QString::number(id));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Chart %1").arg(id));
        w.writeAttribute(QStringLiteral("descr"), xmlSafe(picture.altText));
        w.writeStartElement(QStringLiteral("wp:cNvGraphicFramePr"));
        w.writeEmptyElement(QStringLiteral("a:graphicFrameLocks"));
        w.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("a:graphic"));
        w.writeStartElement(QStringLiteral("a:graphicData"));
        w.writeAttribute(QStringLiteral("uri"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
        w.writeStartElement(QStringLiteral("pic:pic"));
        w.writeStartElement(QStringLiteral("pic:nvPicPr"));
        w.writeEmptyElement(QStringLiteral("pic:cNvPr"));
        w.writeAttribute(QStringLiteral("id"), QString::number(id));
        w.writeAttribute(QStringLiteral("name"), QFileInfo(picture.partName).fileName());
        w.writeAttribute(QStringLiteral("descr"), xmlSafe(picture.altText));
        w.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
        w.writeEndElement(); // nvPicPr
        w.writeStartElement(QStringLiteral("pic:blipFill"));
        w.writeEmptyElement(QStringLiteral("a:blip"));
        w.writeAttribute(QStringLiteral("r:embed"), picture.relId);
        w.writeStartElement(QStringLiteral("a:stretch"));
        w.writeEmptyElement(QStringLiteral("a:fillRect"));
        w.writeEndElement();
        w.writeEndElement(); // blipFill
        w.writeStartElement(QStringLiteral("pic:spPr"));
        w.writeStartElement(QStringLiteral("a:xfrm"));
        w.writeEmptyElement(QStringLiteral("a:off"));
        w.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
        w.writeEmptyElement(QStringLiteral("a:ext"));
        w.writeAttribute(QStringLiteral("cx"), QString::number(picture.cx));
        w.writeAttribute(QStringLiteral("cy"), QString::number(picture.cy));
        w.writeEndElement(); // xfrm
        w.writeStartElement(QStringLiteral("a:prstGeom"));
        w.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        w.writeEmptyElement(QStringLiteral("a:avLst"));
        w.writeEndElement();
        w.writeEndElement(); // spPr
        w.writeEndElement(); // pic
        w.writeEndElement(); // graphicData
        w.writeEndElement(); // graphic
        w.writeEndElement(); // inline
        w.writeEndElement(); // drawing
        w.writeEndElement(); // r
        w.writeEndElement(); // p
    }

    void sectionProperties()
    {
        auto &w = *m_w;
        w.writeStartElement(QStringLiteral("w:sectPr"));
        w.writeEmptyElement(QStringLiteral("w:headerReference"));
        w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("default"));
        w.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rIdHeader"));
        w.writeEmptyElement(QStringLiteral("w:footerReference"));
        w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("default"));
        w.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rIdFooter"));
        w.writeEmptyElement(QStringLiteral("w:pgSz"));
        w.writeAttribute(QStringLiteral("w:w"), QString::number(kPageWidth));
        w.writeAttribute(QStringLiteral("w:h"), QString::number(kPageHeight));
        w.writeEmptyElement(QStringLiteral("w:pgMar"));
        w.writeAttribute(QStringLiteral("w:top"), QString::number(kEdgeMargin));
        w.writeAttribute(QStringLiteral("w:right"), QString::number(kSideMargin));
        w.writeAttribute(QStringLiteral("w:bottom"), QString::number(kEdgeMargin));
        w.writeAttribute(QStringLiteral("w:left"), QString::number(kSideMargin));
        w.writeAttribute(QStringLiteral("w:header"), QString::number(kBandDistance));
        w.writeAttribute(QStringLiteral("w:footer"), QString::number(kBandDistance));
        w.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
        w.writeEndElement();
    }

    const PlanDocument &m_document;
    const ChartPainter *m_painter = nullptr;
    QXmlStreamWriter *m_w = nullptr;
    std::vector<Picture> m_pictures;
};

} // namespace

Body writeBody(const PlanDocument &document, const ChartPainter *painter)
{
    BodyWriter writer(document, painter);
    Body body;
    body.xml = writer.write();
    body.pictures = writer.pictures();
    return body;
}

} // namespace scwres::docx
