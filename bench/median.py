#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# The median of several runs of the suite (bench/run.sh with BENCH_REPEAT=N):
# each cell of bench.csv is the median of that cell over the runs, each
# ratio the median of the ratios (each measured within one run), so one
# slow spell of a shared machine does not decide a figure.
#   bench/median.py OUT.csv RUN1.csv RUN2.csv ...
import csv
import statistics
import sys


def main():
    out, runs = sys.argv[1], sys.argv[2:]
    tables = [list(csv.DictReader(open(path, newline=""))) for path in runs]
    columns = list(tables[0][0].keys())
    rows = []
    for same_case in zip(*tables):
        row = {"case": same_case[0]["case"]}
        for column in columns[1:]:
            values = [float(r[column]) for r in same_case if r[column] != ""]
            row[column] = f"{statistics.median(values):.3f}".rstrip("0").rstrip(".") if values else ""
        rows.append(row)
    with open(out, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    # The table most people want: ours from the loaded input against Carbone.
    print(f"median of {len(runs)} runs ({out}):")
    print(f"{'case':<40}{'DOCX*':>8}{'ODT*':>8}{'Carbone DOCX':>16}{'Carbone ODT':>15}")
    for r, spread in zip(rows, zip(*tables)):
        if r["x_carbone_docx"] == "":
            continue
        each = lambda k: "/".join(s[k] for s in spread)
        print(f"{r['case']:<40}{r['model_docx_ms']:>8}{r['model_odt_ms']:>8}"
              f"{r['x_carbone_docx'] + 'x':>16}{r['x_carbone_odt'] + 'x':>15}"
              f"   (runs: {each('x_carbone_docx')} / {each('x_carbone_odt')})")


if __name__ == "__main__":
    main()
