// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/DocumentWriter.h"

#include "export/ZipArchive.h"

#include "SafeWrite.h"
#include "XmlText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextImageFormat>
#include <QTextObjectInterface>
#include <QUrl>

#include <cmath>
#include <optional>
#include <set>
#include <vector>

namespace scwres {

namespace {

// Page geometry in millimetres: A4 with margins wide enough for a council's hole punch and the
// header and footer bands inside them.
constexpr qreal kSideMarginMm = 18.0;
constexpr qreal kEdgeMarginMm = 14.0;
constexpr qreal kBandMm = 10.0;
constexpr qreal kPixelsPerMm = 96.0 / 25.4;
// The PDF device works in the same 96 dpi pixels the document is built in: fonts, images, table
// padding and charts then keep one scale, and a PDF stays vector whatever the resolution.
constexpr int kPdfResolution = 96;

QString escapeXml(const QString &text)
{
    return escapeXmlText(text);
}

QByteArray xmpMetadata(const DocumentInfo &info)
{
    const QString now = QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                            .toString(Qt::ISODate);
    QString xmp;
    xmp += QStringLiteral("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                          "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                          "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                          "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                          "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
    xmp += QStringLiteral("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n")
               .arg(escapeXml(info.title));
    if (!info.author.isEmpty())
        xmp += QStringLiteral("<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n")
                   .arg(escapeXml(info.author));
    if (!info.subject.isEmpty())
        xmp += QStringLiteral(
                   "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:description>\n")
                   .arg(escapeXml(info.subject));
    xmp += QStringLiteral("<xmp:CreatorTool>%1</xmp:CreatorTool>\n<xmp:CreateDate>%2</xmp:CreateDate>\n"
                          "<pdf:Producer>Qt %3</pdf:Producer>\n")
               .arg(escapeXml(DocumentWriter::creatorName()), now, QString::fromLatin1(qVersion()));
    xmp += QStringLiteral("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xmp.toUtf8();
}

// A PDF text string: UTF-16BE with a byte order mark, as hex (no escaping needed).
QByteArray pdfText(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : xmlSafeText(text))
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + ">";
}

// The dictionary of object `number` ("N 0 obj << … >> endobj"), without the outer brackets.
std::optional<QByteArray> objectDictionary(const QByteArray &pdf, int number)
{
    const QByteArray start = "\n" + QByteArray::number(number) + " 0 obj\n<<";
    const qsizetype at = pdf.indexOf(start);
    if (at < 0)
        return std::nullopt;
    const qsizetype end = pdf.indexOf(">>\nendobj", at);
    if (end < 0)
        return std::nullopt;
    return pdf.mid(at + start.size(), end - at - start.size());
}

// Qt 6.4's PDF has no Author or Subject in its Info dictionary and no document language. They
// are added as an incremental update (PDF 1.7 §7.5.6): the Info and catalog objects written again
// with the new entries, a cross-reference section for the two, and a trailer pointing back at
// the original. The original bytes are untouched, so if anything is not as expected the file is
// left as Qt wrote it.
void addDocumentEntries(QByteArray &pdf, const DocumentInfo &info)
{
    static const QRegularExpression trailer(
        QStringLiteral("trailer\\s*<<\\s*/Size (\\d+)\\s*/Info (\\d+) 0 R\\s*/Root (\\d+) 0 R\\s*>>\\s*startxref\\s*(\\d+)\\s*%%EOF\\s*$"));
    const auto match = trailer.match(QString::fromLatin1(pdf.right(200)));
    if (!match.hasMatch())
        return;
    const int size = match.captured(1).toInt();
    const int infoNumber = match.captured(2).toInt();
    const int rootNumber = match.captured(3).toInt();
    const QByteArray previous = match.captured(4).toLatin1();
    const auto infoDict = objectDictionary(pdf, infoNumber);
    const auto rootDict = objectDictionary(pdf, rootNumber);
    if (!infoDict || !rootDict || rootDict->contains("/Lang"))
        return;
    if (!pdf.endsWith('\n'))
        pdf += '\n';
    QByteArray extra;
    if (!info.author.isEmpty())
        extra += "/Author " + pdfText(info.author) + "\n";
    if (!info.subject.isEmpty())
        extra += "/Subject " + pdfText(info.subject) + "\n";
    const qsizetype infoAt = pdf.size();
    pdf += QByteArray::number(infoNumber) + " 0 obj\n<<" + *infoDict + extra + ">>\nendobj\n";
    const qsizetype rootAt = pdf.size();
    pdf += QByteArray::number(rootNumber) + " 0 obj\n<<" + *rootDict + "/Lang (en-GB)\n>>\nendobj\n";
    const qsizetype xrefAt = pdf.size();
    const auto entry = [](qsizetype offset) { return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n"; };
    pdf += "xref\n";
    // Subsections in ascending object order.
    if (infoNumber < rootNumber)
        pdf += QByteArray::number(infoNumber) + " 1\n" + entry(infoAt) + QByteArray::number(rootNumber) + " 1\n" + entry(rootAt);
    else
        pdf += QByteArray::number(rootNumber) + " 1\n" + entry(rootAt) + QByteArray::number(infoNumber) + " 1\n" + entry(infoAt);
    pdf += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Info " + QByteArray::number(infoNumber) + " 0 R\n/Root "
         + QByteArray::number(rootNumber) + " 0 R\n/Prev " + previous + "\n>>\nstartxref\n" + QByteArray::number(xrefAt)
         + "\n%%EOF\n";
}

// Qt 6.4 sometimes leaves the first line of a paragraph that follows a table split over two pages
// across the page edge: half of it under the footer, half above the next header (and its text in
// the PDF twice, found by search and screen readers where nobody can see it). Such a paragraph is
// pushed down to the next page by a top margin, and the document laid out again.
void keepLinesOnPages(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    // Each block is moved once at most: a block Qt already starts at a page's top (a chart a
    // fraction of a pixel above the edge) keeps its place whatever its margin, and retrying it
    // laid the whole document out 50 times (2 s for the full report).
    std::set<int> moved;
    for (int round = 0; round < 50; ++round) {
        // Qt lays a document out lazily: the whole of it first, or later blocks have no lines yet.
        document.pageCount();
        bool movedOne = false;
        for (QTextBlock block = document.begin(); block.isValid() && !movedOne; block = block.next()) {
            const QTextLayout *lines = block.layout();
            // Only blocks of the body itself: a table cell's line is moved with its row by Qt.
            if (!lines || lines->lineCount() == 0 || QTextCursor(block).currentFrame() != document.rootFrame())
                continue;
            const QTextLine first = lines->lineAt(0);
            const qreal top = layout->blockBoundingRect(block).top() + first.y();
            const qreal bottom = top + first.height();
            const qreal edge = std::floor(bottom / pageHeight) * pageHeight;
            // Less than a pixel across is rounding, not a line cut in two.
            if (top < edge - 1 && bottom > edge + 1 && moved.insert(block.blockNumber()).second) {
                QTextBlockFormat format = block.blockFormat();
                format.setTopMargin(format.topMargin() + (edge - top) + 1);
                QTextCursor(block).setBlockFormat(format);
                movedOne = true;
            }
        }
        if (!movedOne)
            return;
    }
}

QFont bandFont(const QTextDocument &document)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(8);
    return font;
}

void drawBands(QPainter &painter, const QTextDocument &document, const DocumentInfo &info, int page, int pageCount,
               qreal width, qreal height)
{
    const qreal band = kBandMm * kPixelsPerMm;
    painter.save();
    painter.setFont(bandFont(document));
    // Printed on paper: a dark grey that prints, not a theme colour.
    const QColor ink(0x40, 0x40, 0x40);
    painter.setPen(QPen(ink, 0.5));
    const QString header = info.headerText.isEmpty() ? info.title : info.headerText;
    const QRectF headerRect(0, 0, width, band - 6);
    painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                     QFontMetricsF(painter.font()).elidedText(header, Qt::ElideRight, width));
    painter.drawLine(QPointF(0, band - 3), QPointF(width, band - 3));

    const qreal footerTop = height - band;
    painter.drawLine(QPointF(0, footerTop + 3), QPointF(width, footerTop + 3));
    const QString pageText = DocumentWriter::tr("Page %1 of %2").arg(page).arg(pageCount);
    const QRectF footerRect(0, footerTop + 6, width, band - 6);
    painter.drawText(footerRect, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine, pageText);
    const qreal pageTextWidth = QFontMetricsF(painter.font()).horizontalAdvance(pageText) + 12;
    painter.drawText(footerRect.adjusted(0, 0, -pageTextWidth, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                     QFontMetricsF(painter.font()).elidedText(info.footerText, Qt::ElideRight,
                                                              width - pageTextWidth));
    painter.restore();
}

// The ODF master page Qt's writer leaves out: A4, margins, and a header and footer whose page
// number and count are fields, so they stay right after the council edits the document.
QByteArray odfStyles(const DocumentInfo &info, const QString &fontFamily)
{
    const QString header = escapeXml(info.headerText.isEmpty() ? info.title : info.headerText);
    const QString footer = escapeXml(info.footerText);
    const QString page = escapeXml(DocumentWriter::tr("Page %1 of %2"))
                             .arg(QStringLiteral("<text:page-number text:select-page=\"current\"/>"),
                                  QStringLiteral("<text:page-count/>"));
    QString xml = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\">\n"
        "<office:styles>\n"
        // The document's language, so that a PDF exported from it says en-GB (LibreOffice's
        // default would be the machine's, en-US on most).
        "<style:default-style style:family=\"paragraph\"><style:text-properties fo:language=\"en\" "
        "fo:country=\"GB\"/></style:default-style>\n"
        "<style:style style:name=\"Header\" style:family=\"paragraph\"><style:paragraph-properties "
        "fo:border-bottom=\"0.5pt solid #404040\" fo:padding-bottom=\"1mm\"/><style:text-properties "
        "fo:font-family=\"'%7'\" fo:font-size=\"8pt\" fo:color=\"#404040\"/></style:style>\n"
        "<style:style style:name=\"Footer\" style:family=\"paragraph\"><style:paragraph-properties "
        "fo:border-top=\"0.5pt solid #404040\" fo:padding-top=\"1mm\"><style:tab-stops><style:tab-stop "
        "style:position=\"%8mm\" style:type=\"right\"/></style:tab-stops></style:paragraph-properties>"
        "<style:text-properties fo:font-family=\"'%7'\" fo:font-size=\"8pt\" fo:color=\"#404040\"/></style:style>\n"
        "</office:styles>\n"
        "<office:automatic-styles>\n"
        "<style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"210mm\" "
        "fo:page-height=\"297mm\" style:print-orientation=\"portrait\" fo:margin-top=\"%1mm\" "
        "fo:margin-bottom=\"%1mm\" fo:margin-left=\"%2mm\" fo:margin-right=\"%2mm\"/>\n"
        "<style:header-style><style:header-footer-properties fo:min-height=\"0mm\" fo:margin-bottom=\"4mm\"/>"
        "</style:header-style>\n"
        "<style:footer-style><style:header-footer-properties fo:min-height=\"0mm\" fo:margin-top=\"4mm\"/>"
        "</style:footer-style>\n"
        "</style:page-layout>\n"
        "</office:automatic-styles>\n"
        "<office:master-styles>\n"
        "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">\n"
        "<style:header><text:p text:style-name=\"Header\">%3</text:p></style:header>\n"
        "<style:footer><text:p text:style-name=\"Footer\">%4%5%6</text:p></style:footer>\n"
        "</style:master-page>\n"
        "</office:master-styles>\n"
        "</office:document-styles>\n")
                      .arg(kEdgeMarginMm)
                      .arg(kSideMarginMm)
                      .arg(header, footer, QStringLiteral("<text:tab/>"), page, escapeXml(fontFamily),
                           QString::number(210.0 - 2 * kSideMarginMm));
    return xml.toUtf8();
}

QByteArray odfMeta(const DocumentInfo &info)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                                 "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
                                 "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\">\n<office:meta>\n");
    xml += QStringLiteral("<meta:generator>%1</meta:generator>\n").arg(escapeXml(DocumentWriter::creatorName()));
    xml += QStringLiteral("<dc:title>%1</dc:title>\n").arg(escapeXml(info.title));
    if (!info.subject.isEmpty())
        xml += QStringLiteral("<dc:subject>%1</dc:subject>\n").arg(escapeXml(info.subject));
    if (!info.author.isEmpty())
        xml += QStringLiteral("<meta:initial-creator>%1</meta:initial-creator>\n<dc:creator>%1</dc:creator>\n")
                   .arg(escapeXml(info.author));
    xml += QStringLiteral("<meta:creation-date>%1</meta:creation-date>\n")
               .arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    xml += QStringLiteral("</office:meta>\n</office:document-meta>\n");
    return xml.toUtf8();
}

// Adds styles.xml (page and header/footer) and meta.xml (title, author) to Qt's ODT, which has
// only content.xml and the pictures, and lists them in the manifest.
// What Qt 6.4's ODF writer gets wrong in content.xml: (1) a run with its own size or weight is
// written with the GUI's default family ("Sans"), not the document's, so LibreOffice showed a
// generic font; (2) a table's header row is a plain row, so it is not repeated on each page: the
// first row of every table is wrapped in <table:table-header-rows>.
QByteArray odfContentFixes(QByteArray xml, const QString &fontFamily)
{
    const QByteArray family = "fo:font-family=\"'" + escapeXml(fontFamily).toUtf8() + "'\"";
    static const QRegularExpression generic(QStringLiteral("fo:font-family=\"(Sans|Sans Serif)\""));
    QString text = QString::fromUtf8(xml);
    text.replace(generic, QString::fromUtf8(family));
    qsizetype from = 0;
    while (true) {
        const qsizetype table = text.indexOf(QLatin1String("<table:table "), from);
        if (table < 0)
            break;
        const qsizetype row = text.indexOf(QLatin1String("<table:table-row"), table);
        const qsizetype rowEnd = row < 0 ? -1 : text.indexOf(QLatin1String("</table:table-row>"), row);
        if (rowEnd < 0)
            break;
        const qsizetype after = rowEnd + qsizetype(sizeof("</table:table-row>") - 1);
        const qsizetype nested = text.indexOf(QLatin1String("<table:table "), row);
        if (nested >= 0 && nested < rowEnd) { // a table inside the first row: left as it is
            from = row;
            continue;
        }
        text.insert(after, QLatin1String("</table:table-header-rows>"));
        text.insert(row, QLatin1String("<table:table-header-rows>"));
        from = after;
    }
    return text.toUtf8();
}

// What Qt 6.4's ODF writer leaves out for accessibility: (3) headings are plain paragraphs
// (no text:h with an outline level), so LibreOffice's navigator and a tagged PDF exported from the
// ODT had no headings; (4) a picture has no title or description (the chart's alternative text).
// The headings and pictures are taken from the QTextDocument in order and matched in content.xml.
struct OdtAccessibility {
    std::vector<std::pair<int, QString>> headings; // outline level, text
    QStringList pictures;                           // alternative text, in document order
};

OdtAccessibility odtAccessibility(const QTextDocument &document)
{
    OdtAccessibility out;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && !block.text().trimmed().isEmpty())
            out.headings.emplace_back(block.blockFormat().headingLevel(), block.text().simplified());
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                out.pictures << format.toolTip();
        }
    }
    return out;
}

QString xmlPlainText(QString xml)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    xml.replace(QLatin1String("<text:line-break/>"), QLatin1String(" "));
    xml.replace(QLatin1String("<text:tab/>"), QLatin1String(" "));
    xml.remove(tags);
    xml.replace(QLatin1String("&lt;"), QLatin1String("<"));
    xml.replace(QLatin1String("&gt;"), QLatin1String(">"));
    xml.replace(QLatin1String("&quot;"), QLatin1String("\""));
    xml.replace(QLatin1String("&apos;"), QLatin1String("'"));
    xml.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return xml.simplified();
}

QByteArray odfAccessibility(const QByteArray &xml, const OdtAccessibility &a)
{
    QString text = QString::fromUtf8(xml);
    // Headings: the first paragraphs, in order, whose text is the next heading's.
    // An empty paragraph (<text:p …/>) is not one: its "/" must not end the attributes matched.
    static const QRegularExpression paragraph(QStringLiteral("<text:p( [^>]*[^/>])?>(.*?)</text:p>"),
                                              QRegularExpression::DotMatchesEverythingOption);
    std::size_t next = 0;
    qsizetype from = 0;
    while (next < a.headings.size()) {
        const auto match = paragraph.match(text, from);
        if (!match.hasMatch())
            break;
        if (xmlPlainText(match.captured(2)) == a.headings[next].second) {
            const QString h = QStringLiteral("<text:h%1 text:outline-level=\"%2\">%3</text:h>")
                                  .arg(match.captured(1))
                                  .arg(a.headings[next].first)
                                  .arg(match.captured(2));
            text.replace(match.capturedStart(), match.capturedLength(), h);
            from = match.capturedStart() + h.size();
            ++next;
        } else {
            from = match.capturedEnd(2);
        }
    }
    // Pictures: each frame's title and description, the chart's alternative text.
    int picture = 0;
    from = 0;
    while (picture < a.pictures.size()) {
        const qsizetype end = text.indexOf(QLatin1String("</draw:frame>"), from);
        if (end < 0)
            break;
        const QString alt = escapeXml(a.pictures.at(picture++));
        const QString extra = QStringLiteral("<svg:title>%1</svg:title><svg:desc>%1</svg:desc>").arg(alt);
        text.insert(end, extra);
        from = end + extra.size() + 1;
    }
    if (picture > 0 && !text.contains(QLatin1String("xmlns:svg=")))
        text.replace(QLatin1String("<office:document-content "),
                     QLatin1String("<office:document-content xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "));
    return text.toUtf8();
}

bool completeOdt(const QByteArray &qtOdt, const DocumentInfo &info, const QString &fontFamily,
                 const OdtAccessibility &accessibility, std::vector<ZipEntry> &out)
{
    std::optional<std::vector<ZipEntry>> read = ZipArchive::read(qtOdt, nullptr); // in memory
    if (!read)
        return false;
    std::vector<ZipEntry> &entries = *read;
    out.push_back({QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text")});
    for (ZipEntry &entry : entries) {
        if (entry.name == QLatin1String("mimetype") || entry.name == QLatin1String("styles.xml")
            || entry.name == QLatin1String("meta.xml"))
            continue;
        if (entry.name.endsWith(QLatin1String(".xml")))
            entry.data = xmlSafeUtf8(entry.data); // Qt's ODF writer copies control characters as they are
        if (entry.name == QLatin1String("content.xml"))
            entry.data = odfAccessibility(odfContentFixes(entry.data, fontFamily), accessibility);
        if (entry.name == QLatin1String("META-INF/manifest.xml")) {
            const QByteArray extra = QByteArrayLiteral(
                " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n"
                " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"meta.xml\"/>\n"
                "</manifest:manifest>");
            const int end = entry.data.lastIndexOf("</manifest:manifest>");
            if (end < 0)
                return false;
            entry.data = entry.data.left(end) + extra;
        }
        out.push_back(std::move(entry));
    }
    out.push_back({QStringLiteral("styles.xml"), odfStyles(info, fontFamily)});
    out.push_back({QStringLiteral("meta.xml"), odfMeta(info)});
    return true;
}

} // namespace

QString DocumentWriter::creatorName()
{
    return tr("SC-WRES desktop %1").arg(QStringLiteral(SCWRES_VERSION));
}

QString DocumentWriter::failureMessage(const QString &path, const QString &reason)
{
    return SafeWrite::failureMessage(path, reason);
}

bool DocumentWriter::writePdf(QTextDocument &document, const QString &path, const DocumentInfo &info,
                              QString *error)
{
    QString reason;
    if (!SafeWrite::checkTarget(path, &reason)) {
        if (error)
            *error = failureMessage(path, reason);
        return false;
    }
    // Built in memory, then written by SafeWrite: every byte that reaches the disk is checked.
    QByteArray pdf;
    QBuffer file(&pdf);
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(kSideMarginMm, kEdgeMarginMm, kSideMarginMm, kEdgeMarginMm),
                              QPageLayout::Millimeter);
        writer.setResolution(kPdfResolution);
        writer.setTitle(info.title);
        writer.setCreator(creatorName());
        // Author and Subject: Qt 6.4's QPdfWriter writes only Title, Creator and Producer to the
        // Info dictionary; they are added to it below, after the file is complete.
        writer.setDocumentXmpMetadata(xmpMetadata(info));

        const qreal width = writer.width();
        const qreal height = writer.height();
        const qreal band = kBandMm * kPixelsPerMm;
        const QSizeF body(width, height - 2 * band);
        document.documentLayout()->setPaintDevice(&writer);
        document.setUseDesignMetrics(true);
        document.setDocumentMargin(0);
        document.setPageSize(body);
        keepLinesOnPages(document, body.height());
        const int pageCount = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = failureMessage(path, tr("the PDF could not be started"));
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                writer.newPage();
            drawBands(painter, document, info, page + 1, pageCount, width, height);
            painter.save();
            painter.translate(0, band);
            painter.setClipRect(QRectF(QPointF(0, 0), body));
            painter.translate(0, -page * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            // A block is drawn whole when any of it is on the page, but QTextLayout leaves out the
            // lines that lie outside the clip. With the exact page rectangle, the first line of a
            // block pushed to the next page (a heading after a page break) started on the edge and
            // was drawn under the footer: invisible on paper, but found by search and screen
            // readers. A pixel in from each edge no real line crosses (lines never straddle pages).
            context.clip = QRectF(0, page * body.height() + 1, body.width(), body.height() - 2);
            // Paper: black text whatever the desktop palette.
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
        }
        painter.end();
    }
    file.close();
    addDocumentEntries(pdf, info);
    if (!SafeWrite::write(path, pdf, &reason)) {
        if (error)
            *error = failureMessage(path, reason);
        return false;
    }
    return true;
}

bool DocumentWriter::writeOdt(const QTextDocument &document, const QString &path, const DocumentInfo &info,
                              QString *error)
{
    QByteArray qtOdt;
    {
        QBuffer buffer(&qtOdt);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document)) {
            if (error)
                *error = failureMessage(path, tr("the document could not be converted to ODT"));
            return false;
        }
    }
    std::vector<ZipEntry> entries;
    // The family asked for (Arial), not what this machine resolved it to.
    const QStringList families = document.defaultFont().families();
    const QString family = families.isEmpty() ? document.defaultFont().family() : families.first();
    if (!completeOdt(qtOdt, info, family, odtAccessibility(document), entries)) {
        if (error)
            *error = failureMessage(path, tr("the ODT package could not be assembled"));
        return false;
    }
    return ZipArchive::writeSafely(path, entries, error);
}

// ---- charts inside documents ----

namespace {
constexpr int kChartObjectType = QTextFormat::UserObject + 81;
constexpr int kChartIndexProperty = QTextFormat::UserProperty + 81;
constexpr int kChartSizeProperty = QTextFormat::UserProperty + 82;
} // namespace

class DocumentCharts::Handler final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    Handler(const ChartPainter *painter, QObject *parent)
        : QObject(parent), m_painter(painter)
    {
    }

    int add(const ChartSpec &chart)
    {
        m_charts.push_back(chart);
        return int(m_charts.size()) - 1;
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return format.property(kChartSizeProperty).toSizeF();
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const int index = format.intProperty(kChartIndexProperty);
        if (!m_painter || index < 0 || index >= int(m_charts.size()))
            return;
        // The layout also offers an object to the page before the one it sits on (its block
        // starts there); a chart is drawn only on the page that holds it whole.
        if (painter->hasClipping() && !painter->clipBoundingRect().contains(rect.adjusted(1, 1, -1, -1)))
            return;
        painter->save();
        m_painter->paint(*painter, rect, m_charts.at(std::size_t(index)));
        painter->restore();
    }

private:
    const ChartPainter *m_painter = nullptr;
    std::vector<ChartSpec> m_charts;
};

DocumentCharts::DocumentCharts(QTextDocument *document, const ChartPainter *painter, Target target)
    : m_document(document), m_painter(painter), m_target(target)
{
    if (m_painter && m_target == Target::Pdf) {
        m_handler = new Handler(m_painter, document);
        document->documentLayout()->registerHandler(kChartObjectType, m_handler);
    }
}

void DocumentCharts::insert(QTextCursor &cursor, const ChartSpec &chart, QSizeF size, const QString &altText)
{
    if (!m_painter)
        return;
    if (m_target == Target::Pdf) {
        QTextCharFormat format;
        format.setObjectType(kChartObjectType);
        format.setProperty(kChartIndexProperty, m_handler->add(chart));
        format.setProperty(kChartSizeProperty, size);
        format.setToolTip(altText);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
        return;
    }
    const QImage image = m_painter->toImage(chart, size.toSize());
    const QUrl name(QStringLiteral("chart%1.png").arg(++m_imageCount));
    m_document->addResource(QTextDocument::ImageResource, name, image);
    QTextImageFormat format;
    format.setName(name.toString());
    format.setWidth(size.width());
    format.setHeight(size.height());
    format.setToolTip(altText);
    cursor.insertImage(format);
}

} // namespace scwres

#include "DocumentWriter.moc"
