// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/PlanDocxWriter.h"

#include "export/PlanDocxBody.h"

#include "XmlText.h"

#include "export/DocumentWriter.h"
#include "export/ZipArchive.h"

#include <QDateTime>
#include <QXmlStreamWriter>

namespace scwres {

using docx::kW;
using docx::Picture;

namespace {

const QString kRelsNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kRelType = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

QByteArray contentTypes(bool hasPictures)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("Types"));
    w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    auto byExtension = [&](const char *extension, const char *type) {
        w.writeEmptyElement(QStringLiteral("Default"));
        w.writeAttribute(QStringLiteral("Extension"), QLatin1String(extension));
        w.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
    };
    auto byPart = [&](const char *part, const char *type) {
        w.writeEmptyElement(QStringLiteral("Override"));
        w.writeAttribute(QStringLiteral("PartName"), QLatin1String(part));
        w.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
    };
    byExtension("rels", "application/vnd.openxmlformats-package.relationships+xml");
    byExtension("xml", "application/xml");
    if (hasPictures)
        byExtension("png", "image/png");
    byPart("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    byPart("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
    byPart("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
    byPart("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml");
    byPart("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
    byPart("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
    byPart("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    byPart("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

struct Relationship {
    QString id;
    QString type; // after kRelType, or a full URI
    QString target;
};

QByteArray relationships(const std::vector<Relationship> &rels)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("Relationships"));
    w.writeDefaultNamespace(kRelsNs);
    for (const Relationship &rel : rels) {
        w.writeEmptyElement(QStringLiteral("Relationship"));
        w.writeAttribute(QStringLiteral("Id"), rel.id);
        w.writeAttribute(QStringLiteral("Type"), rel.type.startsWith(QLatin1String("http")) ? rel.type : kRelType + rel.type);
        w.writeAttribute(QStringLiteral("Target"), rel.target);
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QByteArray coreProperties(const PlanDocument &document)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("cp:coreProperties"));
    w.writeAttribute(QStringLiteral("xmlns:cp"),
                     QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    w.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    w.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
    w.writeAttribute(QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    w.writeTextElement(QStringLiteral("dc:title"), xmlSafeText(document.fileTitle));
    w.writeTextElement(QStringLiteral("dc:subject"), xmlSafeText(document.authority));
    w.writeTextElement(QStringLiteral("dc:creator"), xmlSafeText(document.authority));
    w.writeTextElement(QStringLiteral("cp:keywords"), QStringLiteral("SC-WRES; action plan"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const char *name : {"dcterms:created", "dcterms:modified"}) {
        w.writeStartElement(QLatin1String(name));
        w.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
        w.writeCharacters(now);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QByteArray appProperties()
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("Properties"));
    w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    w.writeTextElement(QStringLiteral("Application"), DocumentWriter::creatorName());
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

// The styles Word's navigation and style gallery rely on keep their built-in ids and names
// ("heading 1" with outline level 0), so the document behaves as if typed in Word.
QByteArray styles()
{
    return QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:spacing w:before="1200" w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:spacing w:after="480"/></w:pPr><w:rPr><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
<w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="1F3864"/></w:pBdr><w:spacing w:before="360" w:after="160"/><w:outlineLvl w:val="0"/></w:pPr>
<w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
<w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="25"/><w:szCs w:val="25"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Prompt"><w:name w:val="Template prompt"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Missing"><w:name w:val="Not completed"/><w:basedOn w:val="Normal"/><w:qFormat/>
<w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Banner"><w:name w:val="Sign-off banner"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:keepNext/><w:pBdr><w:top w:val="single" w:sz="24" w:space="6" w:color="auto"/><w:left w:val="single" w:sz="24" w:space="6" w:color="auto"/><w:bottom w:val="single" w:sz="24" w:space="6" w:color="auto"/><w:right w:val="single" w:sz="24" w:space="6" w:color="auto"/></w:pBdr><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/></w:pPr>
<w:rPr><w:b/><w:caps/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/>
<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table text"/><w:basedOn w:val="Normal"/><w:qFormat/>
<w:pPr><w:spacing w:before="20" w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableBullet"><w:name w:val="Table bullet"/><w:basedOn w:val="TableText"/><w:qFormat/>
<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:ind w:left="284" w:hanging="284"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeading"><w:name w:val="Table heading"/><w:basedOn w:val="TableText"/><w:qFormat/>
<w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="AfterTable"><w:name w:val="After table"/><w:basedOn w:val="Normal"/>
<w:pPr><w:spacing w:after="0" w:line="120" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="8"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Figure"><w:name w:val="Figure"/><w:basedOn w:val="Normal"/>
<w:pPr><w:keepLines/><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>
<w:pPr><w:tabs><w:tab w:val="right" w:pos="9864"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
<w:pPr><w:tabs><w:tab w:val="right" w:pos="9864"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:customStyle="1" w:styleId="PlanTable"><w:name w:val="Plan table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>
<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders>
<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>
)");
}

QByteArray numbering()
{
    return QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#x2022;"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
)");
}

QByteArray settings()
{
    // Compatibility mode 15: Word opens the file as a current document, not in "Compatibility Mode".
    return QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:defaultTabStop w:val="720"/>
<w:characterSpacingControl w:val="doNotCompress"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>
)");
}

// The running header (left) and "Page N of M" (right) in fields Word and LibreOffice fill in.
QByteArray band(const QString &element, const QString &style, const QString &left, bool pageNumbers)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(element);
    w.writeAttribute(QStringLiteral("xmlns:w"), kW);
    w.writeStartElement(QStringLiteral("w:p"));
    w.writeStartElement(QStringLiteral("w:pPr"));
    w.writeEmptyElement(QStringLiteral("w:pStyle"));
    w.writeAttribute(QStringLiteral("w:val"), style);
    w.writeEndElement();
    auto text = [&](const QString &t) {
        w.writeStartElement(QStringLiteral("w:r"));
        w.writeStartElement(QStringLiteral("w:t"));
        w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        w.writeCharacters(xmlSafeText(t));
        w.writeEndElement();
        w.writeEndElement();
    };
    auto field = [&](const QString &instruction, const QString &placeholder) {
        w.writeStartElement(QStringLiteral("w:fldSimple"));
        w.writeAttribute(QStringLiteral("w:instr"), instruction);
        text(placeholder);
        w.writeEndElement();
    };
    text(left);
    if (pageNumbers) {
        w.writeStartElement(QStringLiteral("w:r"));
        w.writeEmptyElement(QStringLiteral("w:tab"));
        w.writeEndElement();
        // "Page {PAGE} of {NUMPAGES}", split around the fields from the translated sentence.
        const QString sentence = PlanDocxWriter::tr("Page %1 of %2");
        const int first = sentence.indexOf(QLatin1String("%1"));
        const int second = sentence.indexOf(QLatin1String("%2"));
        if (first >= 0 && second > first) {
            text(sentence.left(first));
            field(QStringLiteral(" PAGE "), QStringLiteral("1"));
            text(sentence.mid(first + 2, second - first - 2));
            field(QStringLiteral(" NUMPAGES "), QStringLiteral("1"));
            text(sentence.mid(second + 2));
        } else {
            field(QStringLiteral(" PAGE "), QStringLiteral("1"));
        }
    }
    w.writeEndElement(); // p
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

// [Content_Types].xml first, as Word itself writes it: some readers sniff the first entry.
std::vector<ZipEntry> packageEntries(const std::map<QString, QByteArray> &parts)
{
    const QString first = QStringLiteral("[Content_Types].xml");
    std::vector<ZipEntry> entries{{first, parts.at(first)}};
    for (const auto &[name, data] : parts)
        if (name != first)
            entries.push_back({name, data});
    return entries;
}

} // namespace

std::map<QString, QByteArray> PlanDocxWriter::parts(const PlanDocument &document, const ChartPainter *painter)
{
    const docx::Body body = docx::writeBody(document, painter);
    std::map<QString, QByteArray> parts;
    parts[QStringLiteral("word/document.xml")] = body.xml;

    std::vector<Relationship> documentRels{
        {QStringLiteral("rIdStyles"), QStringLiteral("styles"), QStringLiteral("styles.xml")},
        {QStringLiteral("rIdSettings"), QStringLiteral("settings"), QStringLiteral("settings.xml")},
        {QStringLiteral("rIdNumbering"), QStringLiteral("numbering"), QStringLiteral("numbering.xml")},
        {QStringLiteral("rIdHeader"), QStringLiteral("header"), QStringLiteral("header1.xml")},
        {QStringLiteral("rIdFooter"), QStringLiteral("footer"), QStringLiteral("footer1.xml")},
    };
    for (const Picture &picture : body.pictures) {
        documentRels.push_back({picture.relId, QStringLiteral("image"), picture.partName});
        parts[QStringLiteral("word/") + picture.partName] = picture.png;
    }
    parts[QStringLiteral("[Content_Types].xml")] = contentTypes(!body.pictures.empty());
    parts[QStringLiteral("_rels/.rels")] = relationships({
        {QStringLiteral("rId1"), QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
        {QStringLiteral("rId2"),
         QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
         QStringLiteral("docProps/core.xml")},
        {QStringLiteral("rId3"), QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")},
    });
    parts[QStringLiteral("word/_rels/document.xml.rels")] = relationships(documentRels);
    parts[QStringLiteral("word/styles.xml")] = styles();
    parts[QStringLiteral("word/numbering.xml")] = numbering();
    parts[QStringLiteral("word/settings.xml")] = settings();
    parts[QStringLiteral("word/header1.xml")] =
        band(QStringLiteral("w:hdr"), QStringLiteral("Header"), document.runningHeader, false);
    parts[QStringLiteral("word/footer1.xml")] =
        band(QStringLiteral("w:ftr"), QStringLiteral("Footer"),
             document.footerNote.isEmpty() ? DocumentWriter::creatorName() : document.footerNote, true);
    parts[QStringLiteral("docProps/core.xml")] = coreProperties(document);
    parts[QStringLiteral("docProps/app.xml")] = appProperties();
    return parts;
}

bool PlanDocxWriter::write(const PlanDocument &document, const QString &path, const ChartPainter *painter,
                           QString *error)
{
    // SafeWrite (through writeSafely) checks the target and words a missing folder as every other
    // format does.
    return ZipArchive::writeSafely(path, packageEntries(parts(document, painter)), error);
}

} // namespace scwres
