// windlass/core/yaml.h — YAML manifests to JSON and back, with kubectl's conversion rules.
//
// Kubernetes speaks JSON; people write YAML. `yaml_to_json_documents` turns a (multi-document)
// manifest into the JSON values kubectl would send for it: YAML 1.1 plain-scalar resolution as
// kubectl's converter does it (`yes`/`on` are booleans, `0x1F` and `0777` are integers, `1e3`
// is the integer 1000), quoted scalars always strings, anchors/aliases and `<<` merge keys
// expanded, comments dropped, empty documents skipped. Malformed input yields an error with a
// line and column, never a partial result. One deliberate difference: a key repeated in one
// mapping is an error, where kubectl silently keeps the last value.
//
// `to_yaml` prints JSON as `kubectl get -o yaml` does: keys sorted, two-space indentation,
// sequences not indented under their key, strings quoted only when they would otherwise read
// back as another type.
//
//   WINDLASS_TRY(auto docs, yaml_to_json_documents(manifest_text));
//   for (const Json& doc : docs) { ... }
//   std::cout << to_yaml(docs[0]);
#pragma once

#include <windlass/core/json.h>

#include <string>
#include <string_view>
#include <vector>

namespace windlass {

struct YamlParseOptions {
  // Bound on values produced by expanding aliases, against "billion laughs" documents.
  std::size_t max_alias_expansion = 1'000'000;
};

// Every non-empty document of a YAML stream, in order. Errors are kBadRequest and read
// `yaml: line 3, column 5: <problem>` (1-based), with `document N: ` first when N > 1.
Result<std::vector<Json>> yaml_to_json_documents(std::string_view text,
                                                 const YamlParseOptions& options = {});

// Exactly one document (or JSON text, which is YAML): an error if the stream holds none or
// several. An empty document is `null`.
Result<Json> yaml_to_json(std::string_view text, const YamlParseOptions& options = {});

// One YAML document (no leading `---`), ending in a newline.
std::string to_yaml(const Json& value);
// Several documents separated by `---` lines, as `kubectl get -o yaml` of several objects
// would not do but `kubectl create --dry-run -o yaml` of a list of files does.
std::string to_yaml_documents(const std::vector<Json>& values);

}  // namespace windlass
