#pragma once

struct InterchangeDocument;

// The domain's rules over a whole interchange file, beyond its format: what the window and the
// repository would never let in must not come in by a file either. Each refusal is a
// ValidationError naming the record and the field.
namespace InterchangeChecks {

// A unit above itself; a clue in no state of its workflow, or whose steps do not follow it (or
// reach 立案 with no case from the clue); a probation whose rights come back before it starts;
// a setting that does not exist or out of its range; an attachment whose checksum or size does
// not match its content, or whose file name is a path.
void check(const InterchangeDocument &document);

} // namespace InterchangeChecks
