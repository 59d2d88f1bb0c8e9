// Private helpers of windlass::olm: tolerant accessors over CSV JSON and the optional suites.
#pragma once

#include <windlass/core/json.h>
#include <windlass/olm/bundle.h>
#include <windlass/olm/finding.h>

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
