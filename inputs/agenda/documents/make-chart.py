#!/usr/bin/env python3
"""Draws audit-opinions-chart.png, the bar chart in the example auditor's
report (external-auditor-annual-report.fodt): a plain PNG written with zlib
only, so it needs no imaging library. Run from this folder."""
import struct
import zlib

W, H = 480, 260
WHITE, AXIS, GRID = (255, 255, 255), (64, 64, 64), (220, 220, 220)
BARS = [(88, (31, 56, 100)), (92, (31, 56, 100)), (95, (31, 56, 100)), (97, (46, 117, 182))]  # per cent, colour

pixels = [[WHITE] * W for _ in range(H)]
left, bottom, top = 50, H - 30, 20
for pct in (25, 50, 75, 100):  # grid lines
    y = bottom - (bottom - top) * pct // 100
    for x in range(left, W - 20):
        pixels[y][x] = GRID
for y in range(top, bottom + 1):  # y axis
    pixels[y][left] = AXIS
for x in range(left, W - 20):  # x axis
    pixels[bottom][x] = AXIS
bar_w, gap = 70, 36
for i, (pct, colour) in enumerate(BARS):
    x0 = left + gap + i * (bar_w + gap)
    y0 = bottom - (bottom - top) * pct // 100
    for y in range(y0, bottom):
        for x in range(x0, x0 + bar_w):
            pixels[y][x] = colour

raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
png += chunk(b"pHYs", struct.pack(">IIB", 3780, 3780, 1))  # 96 dpi
png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
open("audit-opinions-chart.png", "wb").write(png)
