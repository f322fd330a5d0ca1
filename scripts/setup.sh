#!/usr/bin/env bash
# Installs every Debian 12 package the project needs to build, test and check
# its documents. Run as root (or with sudo).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq \
  build-essential cmake pkg-config clang clang-format libclang-rt-14-dev valgrind \
  zlib1g-dev libxml2-dev libzip-dev libdeflate-dev libfmt-dev libyaml-dev libmimalloc-dev libcmark-dev libssl-dev libkainjow-mustache-dev doctest-dev \
  libcsv-dev libxlsxwriter-dev \
  python3 libxml2-utils jing \
  libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils pandoc \
  fonts-dejavu-core fonts-liberation2 fonts-crosextra-carlito fonts-crosextra-caladea
