#!/usr/bin/env bash
# Installs every Debian 12 package the project needs to build, test and check
# its documents. Run as root, or as a user who may use sudo: it raises
# itself with sudo only when it is not root, so the same line works on a
# fresh machine used as root (which has no sudo) and on a developer's own.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then exec sudo -- "$0" "$@"; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq \
  build-essential cmake pkg-config clang clang-format libclang-rt-14-dev valgrind \
  libcli11-dev zlib1g-dev libxml2-dev libzip-dev libdeflate-dev libfmt-dev libyaml-dev libmimalloc-dev libcmark-dev libssl-dev libkainjow-mustache-dev doctest-dev \
  libcsv-dev libxlsxwriter-dev \
  python3 libxml2-utils jing \
  libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils pandoc \
  fonts-dejavu-core fonts-liberation2 fonts-crosextra-carlito fonts-crosextra-caladea \
  chromium
# The HTML edition's checks (tests/client/test_html.cpp): node and npm
# (Debian's, unless the machine has them already), then html-validate,
# axe-core and playwright-core at the versions tests/browser/package-lock.json
# pins; playwright-core drives Debian's chromium, it downloads no browser.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get install -y -qq nodejs npm
fi
(cd "$(dirname "$0")/../tests/browser" && npm ci --no-audit --no-fund --loglevel=error)
