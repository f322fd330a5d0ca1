#!/usr/bin/env python3
"""Draws the example council logo (a shield with three towers and the words
EXAMPLE BOROUGH COUNCIL) as a PNG, with the standard library only, so the
picture in the example papers is made from source in this repository.

usage: make-logo.py OUT.png [NAVY_HEX GOLD_HEX]
"""
import struct
import sys
import zlib

# 5x7 capitals, one string of 35 bits per letter (row by row).
FONT = {
    "E": "11111100001000011110100001000011111",
    "X": "10001100010101000100010101000110001",
    "A": "01110100011000111111100011000110001",
    "M": "10001110111010110101100011000110001",
    "P": "11110100011000111110100001000010000",
    "L": "10000100001000010000100001000011111",
    "B": "11110100011000111110100011000111110",
    "O": "01110100011000110001100011000101110",
    "R": "11110100011000111110101001001010001",
    "U": "10001100011000110001100011000101110",
    "G": "01110100011000010111100011000101111",
    "H": "10001100011000111111100011000110001",
    "C": "01110100011000010000100001000101110",
    "N": "10001110011010110011100011000110001",
    "I": "01110001000010000100001000010001110",
    " ": "0" * 35,
}


def hex_rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i : i + 2], 16) for i in (0, 2, 4))


def main():
    out = sys.argv[1]
    navy = hex_rgb(sys.argv[2]) if len(sys.argv) > 2 else (0x1F, 0x38, 0x64)
    gold = hex_rgb(sys.argv[3]) if len(sys.argv) > 3 else (0xC9, 0xA2, 0x27)
    white = (255, 255, 255)
    w, h = 600, 160
    px = [[white] * w for _ in range(h)]

    def rect(x0, y0, x1, y1, c):
        for y in range(max(0, y0), min(h, y1)):
            for x in range(max(0, x0), min(w, x1)):
                px[y][x] = c

    # Shield: straight top half, then sides curving to a point.
    for y in range(15, 150):
        if y < 80:
            half = 55
        else:
            t = (y - 80) / 70.0
            half = int(55 * (1 - t * t))
        rect(75 - half, y, 75 + half, y + 1, navy)
    rect(40, 50, 56, 92, white)
    rect(67, 38, 83, 92, white)
    rect(94, 50, 110, 92, white)
    for x in (40, 67, 94):  # battlements
        rect(x, 44 if x != 67 else 32, x + 4, 50 if x != 67 else 38, white)
        rect(x + 12, 44 if x != 67 else 32, x + 16, 50 if x != 67 else 38, white)
    rect(36, 98, 114, 106, gold)

    def text(s, x, y, scale, c):
        for ch in s:
            bits = FONT[ch]
            for r in range(7):
                for k in range(5):
                    if bits[r * 5 + k] == "1":
                        rect(x + k * scale, y + r * scale, x + (k + 1) * scale, y + (r + 1) * scale, c)
            x += 6 * scale

    text("EXAMPLE", 150, 30, 7, navy)
    text("BOROUGH COUNCIL", 150, 100, 4, navy)
    rect(150, 88, 585, 92, gold)

    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in px)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    dpm = int(300 / 0.0254)  # 300 dpi: 600 px = 50.8 mm wide
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"pHYs", struct.pack(">IIB", dpm, dpm, 1))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(out, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main()
