// windlass/core/json.h — the JSON value type of the object model and a parser that never throws.
//
// Windlass uses nlohmann::json as its JSON value (`windlass::Json`). Objects are JSON objects
// with keys in sorted order, which is also the order Go's encoding/json writes maps in, so the
// bytes we send match what kubectl sends for the same unstructured object.
//
// `parse_json` is the one entry point for untrusted JSON text (request bodies, files, watch
// events): it bounds nesting depth, rejects trailing garbage, and reports errors with line and
// column instead of throwing.
//
//   WINDLASS_TRY(Json body, parse_json(text));
//   std::string out = to_json_string(body);
#pragma once

#include <windlass/core/result.h>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace windlass {

using Json = nlohmann::json;

// The deepest nesting any Windlass parser accepts. Go allows 10000, but nlohmann's copy,
// comparison and dump recurse once per level and overflow an 8 MiB stack near 7500 levels
// (fewer under ASan); no Kubernetes object comes close to 1000.
inline constexpr std::size_t kMaxJsonDepth = 1000;

struct JsonParseOptions {
  std::size_t max_depth = kMaxJsonDepth;
};

// Parses one JSON value. Errors are kBadRequest with a message like
// `json: line 3, column 7: syntax error while parsing value - invalid literal; last read: 'tru'`.
// Raw NUL bytes are rejected (nlohmann would stop reading at them).
Result<Json> parse_json(std::string_view text, const JsonParseOptions& options = {});

// Compact JSON text, UTF-8 as is (what the API server sends on the wire). Invalid UTF-8 in
// strings is replaced with U+FFFD instead of throwing.
std::string to_json_string(const Json& value);
// Indented JSON text (4 spaces), as `kubectl get -o json` prints.
std::string to_pretty_json_string(const Json& value);

// The Go-style name of a JSON value's type: "object", "array", "string", "number",
// "boolean", "null".
std::string_view json_type_name(const Json& value);

}  // namespace windlass
