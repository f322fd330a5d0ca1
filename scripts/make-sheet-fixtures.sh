#!/usr/bin/env bash
# Makes the workbook fixtures of tests/unit/ingest/data/sheets/ that
# LibreOffice writes, so the readers are tested on files a real spreadsheet
# program made, not only on ones the tests or our tracker wrote:
#   register-libreoffice.xlsx/.ods  from source/register.csv (a CSV import)
#   plan-libreoffice.xlsx/.ods      from source/plan.fods (odd cases by hand)
#   tracker.xlsx                    our tracker of tests/unit/ingest/data/full.yaml
#   tracker-libreoffice.xlsx/.ods   that tracker, opened and saved by LibreOffice
# Needs a build (default build/, or $1) with test_tracker, and soffice
# (libreoffice-calc-nogui). The results are committed; run this again after
# changing the tracker writer or a source.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
dir=tests/unit/ingest/data/sheets
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A profile of its own, so a LibreOffice already running is not disturbed.
soffice=(soffice -env:UserInstallation=file://"$work"/profile --headless)

convert() {  # source, target name, format, [import filter]
  local source="$1" target="$2" format="$3" filter="${4:-}"
  rm -rf "$work/out" && mkdir -p "$work/out"
  if [ -n "$filter" ]; then
    "${soffice[@]}" --infilter="$filter" --convert-to "$format" --outdir "$work/out" "$source" >/dev/null
  else
    "${soffice[@]}" --convert-to "$format" --outdir "$work/out" "$source" >/dev/null
  fi
  mv "$work/out/$(basename "${source%.*}").${format%%:*}" "$dir/$target"
}

# CSV import: comma, double quote, UTF-8 (76), from line 1, British dates
# (2057), quoted fields as text no, special numbers (dates) detected.
csv_filter="CSV:44,34,76,1,,2057,false,true"
convert "$dir/source/register.csv" register-libreoffice.xlsx "xlsx:Calc MS Excel 2007 XML" "$csv_filter"
convert "$dir/source/register.csv" register-libreoffice.ods ods "$csv_filter"
convert "$dir/source/plan.fods" plan-libreoffice.xlsx "xlsx:Calc MS Excel 2007 XML"
convert "$dir/source/plan.fods" plan-libreoffice.ods ods

UPDATE_FIXTURES=1 "$build/tests/test_tracker" -tc="the committed tracker fixture*" >/dev/null
cp "$dir/tracker.xlsx" "$work/tracker.xlsx"
convert "$work/tracker.xlsx" tracker-libreoffice.xlsx "xlsx:Calc MS Excel 2007 XML"
convert "$work/tracker.xlsx" tracker-libreoffice.ods ods
ls -l "$dir"
