#!/usr/bin/env bash
# Makes the example placed documents from their source, with LibreOffice:
# external-auditor-annual-report.fodt -> .docx (placed in the example agenda)
# and .odt (used by the tests). Run after changing the .fodt or the chart.
set -euo pipefail
cd "$(dirname "$0")"
python3 make-chart.py
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for format in docx odt; do
  soffice -env:UserInstallation="file://$profile" --headless --norestore \
    --convert-to "$format" --outdir . external-auditor-annual-report.fodt >/dev/null
done
