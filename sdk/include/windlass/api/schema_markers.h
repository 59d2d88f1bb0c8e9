// windlass/api/schema_markers.h — the schema keywords a field's markers stand for.
//
// A field declared with markers (documentation, validation bounds, list/map semantics, patch
// strategy) gets these keywords in every schema written for it: the structural schema of
// `schema_of` (CRDs), and the OpenAPI v3 and v2 documents the API server publishes. One
// writer serves them all so the published documents and the CRDs cannot drift apart.
//
//   Json s = {{"type", "string"}};
//   apply_field_markers(s, field.markers());
#pragma once

#include <windlass/core/json.h>

namespace windlass::api {

struct FieldMarkers;

// Adds `markers`' keywords to `schema`: description, enum, default, bounds, lengths, item
// counts, pattern, format, nullable, x-kubernetes-list-type/-list-map-keys/-map-type,
// patch merge key and strategy, preserve-unknown-fields, embedded-resource. With `swagger2`,
// what Swagger 2.0 has no keyword for (nullable) is left out.
void apply_field_markers(Json& schema, const FieldMarkers& markers, bool swagger2 = false);

}  // namespace windlass::api
