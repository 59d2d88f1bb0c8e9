// Private helpers of windlass::olm: tolerant accessors over CSV JSON and the optional suites.
#pragma once

#include <windlass/core/json.h>
#include <windlass/core/result.h>
#include <windlass/olm/bundle.h>
#include <windlass/olm/finding.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace windlass::olm::internal {

// j[key] when it is a string, else "".
inline std::string str(const Json& j, const char* key) {
  if (!j.is_object()) return {};
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
// j[key] when it is a boolean, else false (a "true" string is not true, and never throws).
inline bool flag(const Json& j, const char* key) {
  if (!j.is_object()) return false;
  auto it = j.find(key);
  return it != j.end() && it->is_boolean() && it->get<bool>();
}
// &j[key] when it is an object, else nullptr.
inline const Json* obj(const Json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  return it != j.end() && it->is_object() ? &*it : nullptr;
}
// &j[key] when it is an array, else nullptr.
inline const Json* arr(const Json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? &*it : nullptr;
}

// The bytes of regular file `p`; kRequestEntityTooLarge (with a message naming both sizes)
// when it is larger than `limit`.
Result<std::string> read_file_bounded(const std::filesystem::path& p, std::uintmax_t limit);
// The entries of `dir` sorted by file name.
std::vector<std::filesystem::directory_entry> sorted_entries(const std::filesystem::path& dir, std::error_code& ec);
// Whether the file name starts with a dot.
bool is_hidden(const std::filesystem::path& p);

// Go's encoding/json HTML escaping of an encoded document: <, > and & as \u003c, \u003e, \u0026.
std::string go_html_escape(std::string_view json);

// Go's encoding/json name for the JSON type of `v` as it appears in an UnmarshalTypeError
// ("bool", "number", "string", "array", "object", "null").
inline std::string go_json_kind(const Json& v) {
  if (v.is_boolean()) return "bool";
  if (v.is_number()) return "number";
  return std::string(json_type_name(v));
}

// "group/version, Kind=kind" of an object (Go's schema.GroupVersionKind.String()).
std::string gvk_string(const Json& object);

// Object entries of spec.customresourcedefinitions.owned / .required, spec.apiservicedefinitions.
std::vector<Json> owned_crds(const Json& csv);
std::vector<Json> required_crds(const Json& csv);
std::vector<Json> owned_apiservices(const Json& csv);
std::vector<Json> required_apiservices(const Json& csv);
// Object entries of spec.install.spec.deployments.
std::vector<Json> deployments(const Json& csv);
// A deployment entry's spec.template.spec.serviceAccountName.
std::string service_account_of(const Json& deployment);
// spec.version as blang's ParseTolerant normalises it ("0.0.0" when absent or invalid).
std::string csv_version_string(const Json& csv);

extern const char* const kMinKubeVersionWarning;
std::vector<Finding> min_kube_version_findings(const Json& csv, const std::string& name);

// Runs the optional validator `name` (one of optional_validators()).
std::vector<ManifestResult> run_optional(const std::string& name, const Bundle& bundle,
                                         const std::map<std::string, std::string>& values);

}  // namespace windlass::olm::internal
