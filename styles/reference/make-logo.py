#!/usr/bin/env python3
"""Draws the logo of an example council for the reference documents, as a
PNG, with the standard library only.

usage: make-logo.py OUT.png riverside|northgate

riverside: teal roundel with three river waves, "RIVERSIDE / DISTRICT COUNCIL";
northgate: maroon city gate (an arch between two towers), "NORTHGATE / CITY COUNCIL".
"""
import math
import struct
import sys
import zlib

# 5x7 capitals, one string of 35 bits per letter (row by row).
FONT = {
    "A": "01110100011000111111100011000110001",
    "C": "01110100011000010000100001000101110",
    "D": "11110100011000110001100011000111110",
    "E": "11111100001000011110100001000011111",
    "G": "01110100011000010111100011000101111",
    "H": "10001100011000111111100011000110001",
    "I": "01110001000010000100001000010001110",
    "L": "10000100001000010000100001000011111",
    "N": "10001110011010110011100011000110001",
    "O": "01110100011000110001100011000101110",
    "R": "11110100011000111110101001001010001",
    "S": "01111100001000001110000010000111110",
    "T": "11111001000010000100001000010000100",
    "U": "10001100011000110001100011000101110",
    "V": "10001100011000110001100010101000100",
    "Y": "10001100010101000100001000010000100",
    " ": "0" * 35,
}

DESIGNS = {
    "riverside": {"ink": (0x00, 0x6D, 0x77), "accent": (0xE3, 0x6C, 0x0A),
                  "name": "RIVERSIDE", "kind": "DISTRICT COUNCIL"},
    "northgate": {"ink": (0x7B, 0x1E, 0x3A), "accent": (0x8C, 0x8C, 0x8C),
                  "name": "NORTHGATE", "kind": "CITY COUNCIL"},
}


def main():
    out, which = sys.argv[1], sys.argv[2]
    d = DESIGNS[which]
    ink, accent, white = d["ink"], d["accent"], (255, 255, 255)
    w, h = 640, 160
    px = [[white] * w for _ in range(h)]

    def rect(x0, y0, x1, y1, c):
        for y in range(max(0, y0), min(h, y1)):
            for x in range(max(0, x0), min(w, x1)):
                px[y][x] = c

    def disc(cx, cy, r, c):
        for y in range(cy - r, cy + r + 1):
            for x in range(cx - r, cx + r + 1):
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r and 0 <= x < w and 0 <= y < h:
                    px[y][x] = c

    if which == "riverside":
        disc(80, 80, 68, ink)
        for k, y0 in enumerate((56, 80, 104)):  # three waves
            for x in range(24, 137):
                y = y0 + round(6 * math.sin((x - 24) / 9.0))
                rect(x, y - 3, x + 1, y + 4, accent if k == 1 else white)
    else:
        rect(18, 30, 58, 150, ink)     # left tower
        rect(102, 30, 142, 150, ink)   # right tower
        rect(58, 60, 102, 150, ink)    # wall over the gate
        for x in (18, 34, 50, 102, 118, 134):  # battlements
            rect(x, 16, x + 8, 30, ink)
        disc(80, 112, 22, white)       # the arch
        rect(58, 112, 102, 150, white)
        rect(10, 150, 150, 156, accent)

    def text(s, x, y, scale, c):
        for ch in s:
            bits = FONT[ch]
            for r in range(7):
                for k in range(5):
                    if bits[r * 5 + k] == "1":
                        rect(x + k * scale, y + r * scale, x + (k + 1) * scale, y + (r + 1) * scale, c)
            x += 6 * scale

    text(d["name"], 170, 28, 8, ink)
    rect(170, 94, 170 + 6 * 8 * len(d["name"]) - 8, 98, accent)
    text(d["kind"], 170, 108, 4, accent if which == "northgate" else ink)

    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in px)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    dpm = int(300 / 0.0254)  # 300 dpi: 640 px = 54.2 mm wide
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"pHYs", struct.pack(">IIB", dpm, dpm, 1))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(out, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main()
