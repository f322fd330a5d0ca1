#!/usr/bin/env python3
"""Writes the hostile documents the bad meeting inputs try to place. Run from
this folder; the files are kept in the repository, so this only documents
how they were made."""
import zipfile
import zlib

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>'


def docx(name, entries, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(name, "w", method, compresslevel=9) as z:
        for entry, data in entries:
            z.writestr(zipfile.ZipInfo(entry, (1980, 1, 1, 0, 0, 0)), data, compress_type=method, compresslevel=9)


# 64 MiB of one byte in word/document.xml: over a thousand times its compressed size.
docx("zip-bomb.docx", [("word/document.xml", b"<" * (64 << 20))])
# An entry that climbs out of the package.
docx("traversal.docx", [("word/document.xml", DOC), ("../../evil.xml", "<evil/>")])
# A DOCTYPE with an external entity that would read a local file.
docx("external-entity.docx", [("word/document.xml",
      f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
      f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')])
# A relationship whose target leaves the package.
docx("outside-target.docx", [
    ("word/document.xml", DOC),
    ("word/_rels/document.xml.rels",
     f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{R}/image" Target="../../../etc/passwd"/></Relationships>')])
# Not a ZIP at all.
open("not-a-package.docx", "w").write("This is a text file with a .docx name.\n")
# A spreadsheet named .odt.
docx("spreadsheet.odt", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                         ("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>")],
     zipfile.ZIP_STORED)
