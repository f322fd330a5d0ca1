// SPDX-License-Identifier: MIT
// The rules between a paper's status, its sign-off and its clearance record
// (docs/archive.md): what lets a paper be called cleared or signed off.
#pragma once

#include "ingest/paper_fields.hpp"
#include "model/paper.hpp"

namespace cp::ingest {

// Reports, at the value concerned:
//  * errors: signed-off given but the status is not signed-off, or the
//    status signed-off without it; an `other` consultee without a job title;
//    a paper cleared or signed off while a required clearance (author,
//    section-151, monitoring-officer) is missing or its latest answer is
//    not-cleared; a signed-off paper with any clearance dated after the
//    sign-off;
//  * warnings: a signed-off paper whose latest answer from another consultee
//    is not-cleared; a paper modified after its sign-off; a sign-off after
//    the meeting.
// Skipped when the clearance record or the properties already failed to read
// (a missing entry would only repeat that error).
void check_clearance(const model::paper& p, fields::read_context& c);

}  // namespace cp::ingest
