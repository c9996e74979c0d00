#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#
# Writes the fictional extracts the import tests count by hand (docs/importing.md). Every person
# is invented; each name holds a "Zqxm…" marker the privacy test looks for after an import.
# Run from this folder: python3 make_extracts.py
import datetime
import zipfile

HEADER = ["Employee No", "Name", "Ethnic Origin", "Directorate", "Grade",
          "Senior Mgr", "Registered", "CPD 23-24", "Formal Disc", "FtP Referral"]
STAFF = [
    ["E001", "Alpha Zqxmarker1", "White - British", "Adult Social Care", "G1", "N", "Y", "Y", "N", "N"],
    ["E002", "Renée Zqxmarker2", "Asian - Indian", "Adult Social Care", "G6", "N", "Y", "Y", "Y", "Y"],
    ["E003", "Line one\nZqxmarker3", "Not stated", "Children's Services", "G1", "N", "N", "N", "N", "N"],
    ["E004", "Smith, Zqxmarker4", "White - British", "Children's Services", "CO1", "Y", "N", "Y", "N", "N"],
    ["E005", 'Zqxmarker5 "Jo"', "Black - African", "Adult Social Care", "G6", "Y", "Y", "N", "N", "Y"],
    ["E006", "Zqxmarker6", "White - British", "Finance", "G1", "N", "N", "N", "N", "N"],
    ["E002", "Zqxmarker7", "Asian - Indian", "Adult Social Care", "G6", "N", "N", "N", "N", "N"],
    ["E009", "Zqxmarker8", "White - Irish", "Adult Social Care", "G1", "N", "N", "Y", "Y", "N"],
]


def csv_line(cells, sep):
    out = []
    for c in cells:
        if any(ch in c for ch in (sep, '"', "\n", ",")):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return sep.join(out) + "\r\n"


def write_csv(name, sep, encoding, bom):
    text = "".join(csv_line(r, sep) for r in [HEADER] + STAFF)
    data = text.encode(encoding)
    with open(name, "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)


write_csv("staff-utf8-bom.csv", ",", "utf-8", True)
write_csv("staff-windows1252.csv", ",", "cp1252", False)
write_csv("staff-semicolon.csv", ";", "utf-8", False)

# Recruitment workbook: a first sheet of notes, the applicants on the second sheet "Applicants",
# closing dates as serial numbers in a date style, names as shared and inline strings.
APPLICANTS = [
    ["A1", "Zqxm9", "White - British", "Adult Social Care", "Y", "Y", datetime.date(2024, 1, 15)],
    ["A2", "Zqxm10", "Asian - Indian", "Adult Social Care", "Y", "N", datetime.date(2024, 2, 1)],
    ["A3", "Zqxm11", "Black - African", "Adult Social Care", "N", "N", datetime.date(2024, 3, 10)],
    ["A4", "Zqxm12", "Asian - Indian", "Children's Services", "Y", "Y", datetime.date(2024, 5, 5)],
    ["A5", "Zqxm13", "White - British", "Adult Social Care", "Y", "N", datetime.date(2022, 6, 1)],
    ["A6", "Zqxm14", "White - British", "Adult Social Care", "Y", "N", "not a date"],
]
AHEADER = ["Applicant ID", "Candidate", "Ethnicity", "Service", "Shortlisted", "Appointed", "Closing Date"]
shared = []


def sst(text):
    if text not in shared:
        shared.append(text)
    return shared.index(text)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def cell(ref, value, inline=False):
    if isinstance(value, datetime.date):
        serial = (value - datetime.date(1899, 12, 30)).days
        return f'<c r="{ref}" s="1"><v>{serial}</v></c>'
    if inline:
        return f'<c r="{ref}" t="inlineStr"><is><t>{esc(value)}</t></is></c>'
    return f'<c r="{ref}" t="s"><v>{sst(value)}</v></c>'


rows = []
for i, r in enumerate([AHEADER] + APPLICANTS, start=1):
    cells = "".join(cell(f"{chr(65 + j)}{i}", v, inline=(i == 4 and j == 1)) for j, v in enumerate(r))
    rows.append(f'<row r="{i}">{cells}</row>')
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
sheet2 = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{"".join(rows)}</sheetData></worksheet>'
sheet1 = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>'
          f'<row r="1"><c r="A1" t="inlineStr"><is><t>Exported for the WRES return</t></is></c></row>'
          f'</sheetData></worksheet>')
sst_xml = (f'<?xml version="1.0" encoding="UTF-8"?><sst {NS} count="{len(shared)}" uniqueCount="{len(shared)}">'
           + "".join(f"<si><t>{esc(s)}</t></si>" for s in shared) + "</sst>")
styles = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {NS}>'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
workbook = (f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS} {RNS}><sheets>'
            '<sheet name="Notes" sheetId="1" r:id="rId1"/><sheet name="Applicants" sheetId="2" r:id="rId2"/>'
            '</sheets></workbook>')
PR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{PR}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{PR}/worksheet" Target="worksheets/sheet2.xml"/>'
        f'<Relationship Id="rId3" Type="{PR}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId4" Type="{PR}/styles" Target="styles.xml"/></Relationships>')
root_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{PR}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
         f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>'
         f'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="{CT}.worksheet+xml"/>'
         f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
         f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/></Types>')
with zipfile.ZipFile("recruitment.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
                       ("xl/_rels/workbook.xml.rels", rels), ("xl/worksheets/sheet1.xml", sheet1),
                       ("xl/worksheets/sheet2.xml", sheet2), ("xl/sharedStrings.xml", sst_xml),
                       ("xl/styles.xml", styles)]:
        zi = zipfile.ZipInfo(name, date_time=(2024, 9, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)

# A staff list with the 2021 census labels, for the breakdown by broad group (Asian, Black, Mixed,
# White, Other, unknown) that the tests count by hand; its profile is staff-broad-profile.json.
BROAD = [
    ["B01", "Zqxmb1", "White: English, Welsh, Scottish, Northern Irish or British", "Adult Social Care", "G1", "N", "Y", "Y", "N", "N"],
    ["B02", "Zqxmb2", "Asian, Asian British or Asian Welsh: Indian", "Adult Social Care", "G1", "N", "Y", "Y", "N", "N"],
    ["B03", "Zqxmb3", "Asian, Asian British or Asian Welsh: Pakistani", "Adult Social Care", "G6", "Y", "Y", "N", "Y", "N"],
    ["B04", "Zqxmb4", "Black, Black British, Black Welsh, Caribbean or African: African", "Adult Social Care", "G6", "N", "Y", "Y", "Y", "Y"],
    ["B05", "Zqxmb5", "Mixed or Multiple ethnic groups: White and Black Caribbean", "Adult Social Care", "G1", "N", "N", "Y", "N", "N"],
    ["B06", "Zqxmb6", "Other ethnic group: Arab", "Adult Social Care", "G6", "N", "Y", "N", "N", "N"],
    ["B07", "Zqxmb7", "White: Roma", "Adult Social Care", "G6", "N", "N", "Y", "N", "N"],
    ["B08", "Zqxmb8", "Prefer not to say", "Adult Social Care", "G1", "N", "N", "N", "N", "N"],
    ["B09", "Zqxmb9", "White: Irish", "Children's Services", "G1", "N", "Y", "Y", "N", "N"],
    ["B10", "Zqxmb10", "Black, Black British, Black Welsh, Caribbean or African: Caribbean", "Children's Services", "CO1", "Y", "Y", "Y", "N", "Y"],
    ["B11", "Zqxmb11", "Asian, Asian British or Asian Welsh: Chinese", "Children's Services", "G6", "N", "Y", "N", "Y", "N"],
]
with open("staff-broad.csv", "wb") as f:
    f.write("".join(csv_line(r, ",") for r in [HEADER] + BROAD).encode("utf-8"))
