#!/usr/bin/env bash
# Regenerates the example reference documents (the "council templates" of two
# imaginary councils) from the sources in this folder:
#   make-logo.py NAME      -> NAME-logo.png
#   NAME.fodt (+ the logo) -> NAME.odt and NAME.docx, converted by LibreOffice headless
#   fix-docx-order.py      -> NAME.docx's numbering levels in schema order
# usage: styles/reference/make.sh        (needs python3 and soffice)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d /tmp/ref-make.XXXXXX)"
trap 'rm -rf "$work"' EXIT
for name in ${NAMES:-riverside northgate}; do
  python3 "$here/make-logo.py" "$here/$name-logo.png" "$name"
  # The flat ODT holds the logo inline (office:binary-data), base64-encoded.
  python3 - "$here/$name.fodt" "$here/$name-logo.png" "$work/$name.fodt" <<'PY'
import base64, sys
src, logo, out = sys.argv[1:4]
text = open(src, encoding="utf-8").read()
data = base64.b64encode(open(logo, "rb").read()).decode("ascii")
assert "@LOGO@" in text, src + ": no @LOGO@ placeholder"
open(out, "w", encoding="utf-8").write(text.replace("@LOGO@", data))
PY
  for fmt in odt docx; do
    filter=$fmt; [ "$fmt" = docx ] && filter="docx:MS Word 2007 XML"
    soffice -env:UserInstallation="file://$work/profile" --headless \
      --convert-to "$filter" --outdir "$work" "$work/$name.fodt" >/dev/null
    # LibreOffice writes numbering levels out of ECMA-376 order; put them right.
    if [ "$fmt" = docx ]; then python3 "$here/fix-docx-order.py" "$work/$name.docx"; fi
    cp "$work/$name.$fmt" "$here/$name.$fmt"
    echo "wrote styles/reference/$name.$fmt"
  done
done
