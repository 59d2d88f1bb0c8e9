// apiserver/registry/schema.h — structural-schema processing of object bodies.
//
// The same three steps kube-apiserver applies to custom resources (spec/apiserver.md K4), used
// here for custom resources and, for pruning, for the typed built-in kinds too (their schema
// comes from the type declarations):
//   prune     drop fields the schema does not declare (apiVersion/kind/metadata stay at the
//             root and under x-kubernetes-embedded-resource), reporting their paths;
//   default   fill `default` values wherever the parent object exists;
//   validate  types, formats, enums, bounds, lengths, patterns, required, list-type set/map,
//             nullable and int-or-string, as field errors with upstream's messages.
#pragma once

#include <windlass/core/field_error.h>
#include <windlass/core/json.h>

#include <string>
#include <vector>

namespace windlass::apiserver {

void prune_unknown(Json& value, const Json& schema, std::vector<std::string>& unknown_paths);
void apply_defaults(Json& value, const Json& schema);
FieldErrors validate_against_schema(const Json& value, const Json& schema);

}  // namespace windlass::apiserver
