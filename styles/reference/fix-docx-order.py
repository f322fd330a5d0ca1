#!/usr/bin/env python3
"""Puts the children of each numbering level (w:lvl) of a DOCX made by
LibreOffice into the order ECMA-376 prescribes. LibreOffice writes w:pStyle
before w:numFmt, which the schema orders after it, so doccheck rejects its
export. Only word/numbering.xml changes; every other entry is copied as it is.

usage: fix-docx-order.py FILE.docx
"""
import re
import sys
import zipfile

# CT_Lvl's sequence in ECMA-376 Part 1 (wml.xsd).
ORDER = ["start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText",
         "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr"]

CHILD = re.compile(r"<w:(\w+)\b(?:[^<>]*/>|[^<>]*>.*?</w:\1>)", re.S)


def reorder_level(match):
    open_tag, body, close_tag = match.group(1), match.group(2), match.group(3)
    children = [(m.group(1), m.group(0)) for m in CHILD.finditer(body)]
    if "".join(text for _, text in children) != body:
        raise SystemExit("unexpected content in a w:lvl: " + body[:200])
    children.sort(key=lambda c: ORDER.index(c[0]) if c[0] in ORDER else len(ORDER))
    return open_tag + "".join(text for _, text in children) + close_tag


def main(path):
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    out = []
    for info, data in entries:
        if info.filename == "word/numbering.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<w:lvl\b[^>]*>)(.*?)(</w:lvl>)", reorder_level, text, flags=re.S)
            data = text.encode("utf-8")
        out.append((info, data))
    with zipfile.ZipFile(path, "w") as z:
        for info, data in out:
            z.writestr(info, data, compress_type=info.compress_type)


if __name__ == "__main__":
    main(sys.argv[1])
