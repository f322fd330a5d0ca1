#!/usr/bin/env bash
# Installs every Debian 12 package the project needs to build, test and check
# its documents. Run as root (or with sudo).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq \
  build-essential cmake pkg-config clang clang-format libclang-rt-14-dev valgrind \
  zlib1g-dev libxml2-dev libzip-dev libdeflate-dev libfmt-dev libyaml-dev libmimalloc-dev libcmark-dev libssl-dev libkainjow-mustache-dev doctest-dev \
  python3 libxml2-utils jing \
  libreoffice-writer-nogui poppler-utils pandoc \
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
