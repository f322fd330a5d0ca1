// SPDX-License-Identifier: MIT
// The hardened package reader moved to its own library below ingest
// (src/zip/); this header keeps the old include working for code not yet
// moved over (src/app/archive_command.cpp). New code includes zip/zip_reader.hpp.
#pragma once

#include "zip/zip_reader.hpp"
