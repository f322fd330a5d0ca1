#!/usr/bin/env python3
# Writes the workbooks the table bad inputs name: small XLSX files with one
# problem each (cells the field readers refuse, a traversal entry, an entity
# bomb in the shared strings, a link to another workbook, hidden sheets and
# rows), and files that are not what their names say. Run from this folder;
# the results are committed.
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def add(z, name, data):
    info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, data)


def workbook(path, sheets, shared="", extra=()):
    """sheets: (name, state, sheetData xml, after sheetData xml)"""
    with zipfile.ZipFile(path, "w") as z:
        add(z, "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>')
        add(z, "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        entries = "".join(
            f'<sheet name="{n}" sheetId="{i + 1}"{f" state={chr(34)}{s}{chr(34)}" if s else ""} r:id="rId{i + 1}"/>'
            for i, (n, s, _, _) in enumerate(sheets))
        add(z, "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{entries}</sheets></workbook>')
        rels = "".join(
            f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(sheets)))
        if shared:
            rels += f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        add(z, "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + rels + "</Relationships>")
        for i, (_, _, data, after) in enumerate(sheets):
            add(z, f"xl/worksheets/sheet{i + 1}.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>{data}</sheetData>{after}</worksheet>')
        if shared:
            add(z, "xl/sharedStrings.xml", shared)
        for name, data in extra:
            add(z, name, data)


def s(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


# The tracker of the issue: header row 4, the third recommendation's
# priority written as a word, a cell showing #N/A, a formula saved without
# its result, a control character, a hidden row.
rows = '<row r="1">' + s("A1", "Recommendations tracker") + "</row>"
rows += '<row r="4">' + s("A4", "Ref") + s("B4", "Recommendation") + s("C4", "Priority") + s("D4", "Timescale") + "</row>"
rows += '<row r="5">' + s("A5", "R1") + s("B5", "Agree the plan") + '<c r="C5"><v>3</v></c><c r="D5" t="e"><v>#N/A</v></c></row>'
rows += '<row r="6">' + s("A6", "R2") + s("B6", "Bell_x0007_ringer") + '<c r="C6"><f>1+1</f></c></row>'
rows += '<row r="7">' + s("A7", "R3") + s("B7", "Report back") + s("C7", "High") + s("D7", "2026-02-30") + "</row>"
rows += '<row r="8" hidden="1">' + s("A8", "R4") + s("B8", "Hidden") + '<c r="C8"><v>1</v></c></row>'
workbook("tracker.xlsx", [("Notes", "hidden", "", ""), ("Recommendations", "", rows, "")])

workbook("traversal.xlsx", [("Sheet1", "", "", "")], extra=[("../../outside.xml", "<x/>")])

laughs = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
          f'<sst xmlns="{MAIN}"><si><t>&c;&c;&c;&c;</t></si></sst>')
workbook("laughs.xlsx", [("Sheet1", "", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', "")], shared=laughs)

workbook("linked.xlsx", [("Sheet1", "", '<row r="1">' + s("A1", "Name") + "</row>", "")],
         extra=[("xl/externalLinks/externalLink1.xml", f'<externalLink xmlns="{MAIN}"/>')])

with open("not-a-workbook.xlsx", "w") as f:
    f.write("Name,Scope\nA,local\n")
with open("old.xls", "wb") as f:
    f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
with open("unicode.csv", "wb") as f:
    f.write("Name\nA\n".encode("utf-16"))
