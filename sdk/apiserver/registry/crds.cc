#include "registry/crds.h"

#include <windlass/api/crd.h>
#include <windlass/core/field_error.h>
#include <windlass/core/validation.h>

#include <algorithm>
#include <cctype>

namespace windlass::apiserver {

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string str(const Json& j, const char* key) {
  return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

// Version priority: v<N> > v<N>beta<M> > v<N>alpha<M> > anything else (alphabetical).
struct VersionKey {
  int kind;  // 3 GA, 2 beta, 1 alpha, 0 other
  long major = 0, minor = 0;
  std::string raw;
};

// Reads a positive decimal without a leading zero at `pos`; 0 when there is none.
long positive(const std::string& s, std::size_t& pos) {
  if (pos >= s.size() || s[pos] < '1' || s[pos] > '9') return 0;
  long n = 0;
  while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos])) && n < 100000000)
    n = n * 10 + (s[pos++] - '0');
  return n;
}

// v<major>, v<major>beta<minor> or v<major>alpha<minor>; anything else sorts last.
VersionKey key_of(const std::string& v) {
  VersionKey other{0, 0, 0, v};
  std::size_t pos = 1;
  if (v.empty() || v[0] != 'v') return other;
  long major = positive(v, pos);
  if (major == 0) return other;
  if (pos == v.size()) return {3, major, 0, v};
  int kind = v.compare(pos, 4, "beta") == 0 ? 2 : v.compare(pos, 5, "alpha") == 0 ? 1 : 0;
  if (kind == 0) return other;
  pos += kind == 2 ? 4 : 5;
  long minor = positive(v, pos);
  if (minor == 0 || pos != v.size()) return other;
  return {kind, major, minor, v};
}

}  // namespace

void sort_versions(std::vector<std::string>& versions) {
  std::stable_sort(versions.begin(), versions.end(), [](const std::string& a, const std::string& b) {
    VersionKey ka = key_of(a), kb = key_of(b);
    if (ka.kind != kb.kind) return ka.kind > kb.kind;
    if (ka.kind == 0) return ka.raw < kb.raw;
    if (ka.major != kb.major) return ka.major > kb.major;
    return ka.minor > kb.minor;
  });
}

bool is_crd_type(const ResourceType& type) {
  return !type.custom && type.info.group == "apiextensions.k8s.io" && type.info.plural == "customresourcedefinitions";
}

Result<void> validate_crd(const Json& crd) {
  FieldErrors errs;
  const Json& meta = crd.value("metadata", Json::object());
  const Json& spec = crd.value("spec", Json::object());
  const Json& names = spec.value("names", Json::object());
  std::string group = str(spec, "group"), plural = str(names, "plural"), kind = str(names, "kind");
  std::string name = str(meta, "name");
  if (group.empty()) errs.push_back(FieldError::required("spec.group"));
  else for (const auto& p : is_dns1123_subdomain(group)) errs.push_back(FieldError::invalid("spec.group", group, p));
  if (group.find('.') == std::string::npos && !group.empty())
    errs.push_back(FieldError::invalid("spec.group", group, "should be a domain with at least one dot"));
  if (plural.empty()) errs.push_back(FieldError::required("spec.names.plural"));
  else for (const auto& p : is_dns1123_label(plural)) errs.push_back(FieldError::invalid("spec.names.plural", plural, p));
  if (kind.empty()) errs.push_back(FieldError::required("spec.names.kind"));
  if (!plural.empty() && !group.empty() && name != plural + "." + group)
    errs.push_back(FieldError::invalid("metadata.name", name, "must be spec.names.plural+\".\"+spec.group"));
  std::string scope = str(spec, "scope");
  if (scope != "Namespaced" && scope != "Cluster")
    errs.push_back(FieldError::not_supported("spec.scope", scope, {"Cluster", "Namespaced"}));
  const Json& versions = spec.value("versions", Json::array());
  if (!versions.is_array() || versions.empty()) {
    errs.push_back(FieldError::invalid("spec.versions", "null", "must have exactly one version marked as storage version"));
  } else {
    int storage = 0, served = 0;
    for (std::size_t i = 0; i < versions.size(); ++i) {
      const Json& v = versions[i];
      std::string path = "spec.versions[" + std::to_string(i) + "]";
      if (v.value("storage", false)) ++storage;
      if (v.value("served", false)) ++served;
      std::string vn = str(v, "name");
      if (vn.empty()) errs.push_back(FieldError::required(path + ".name"));
      else for (const auto& p : is_dns1035_label(vn)) errs.push_back(FieldError::invalid(path + ".name", vn, p));
      const Json* schema = nullptr;
      if (v.contains("schema") && v["schema"].is_object() && v["schema"].contains("openAPIV3Schema"))
        schema = &v["schema"]["openAPIV3Schema"];
      if (!schema) {
        errs.push_back(FieldError::required(path + ".schema.openAPIV3Schema", "schemas are required"));
      } else if (auto s = api::check_structural(*schema); !s) {
        errs.push_back(FieldError(FieldErrorType::kInvalid, path + ".schema.openAPIV3Schema", std::nullopt, s.error().message()));
      }
    }
    if (storage != 1)
      errs.push_back(FieldError(FieldErrorType::kInvalid, "spec.versions", to_json_string(versions),
                                "must have exactly one version marked as storage version"));
    if (served == 0)
      errs.push_back(FieldError(FieldErrorType::kInvalid, "spec.versions", to_json_string(versions),
                                "must have at least one served version"));
  }
  if (!errs.empty())
    return make_invalid("apiextensions.k8s.io", "CustomResourceDefinition", name, to_causes(errs));
  return ok();
}

void establish_crd(Json& crd, TimePoint now, const Json* previous) {
  Json& spec = crd["spec"];
  Json& names = spec["names"];
  std::string kind = str(names, "kind");
  if (str(names, "singular").empty()) names["singular"] = lower(kind);
  if (str(names, "listKind").empty()) names["listKind"] = kind + "List";
  if (!spec.contains("conversion")) spec["conversion"] = {{"strategy", "None"}};
  std::string storage;
  for (const auto& v : spec["versions"])
    if (v.value("storage", false)) storage = str(v, "name");
  Json stored = Json::array();
  Json conditions = Json::array();
  std::string time = format_rfc3339(now);
  if (previous && previous->contains("status")) {
    const Json& ps = (*previous)["status"];
    if (ps.contains("storedVersions") && ps["storedVersions"].is_array()) stored = ps["storedVersions"];
    if (ps.contains("conditions") && ps["conditions"].is_array()) conditions = ps["conditions"];
  }
  if (std::find(stored.begin(), stored.end(), Json(storage)) == stored.end()) stored.push_back(storage);
  auto set_condition = [&](const char* type, const char* reason, const char* message) {
    for (auto& c : conditions)
      if (c.value("type", "") == type && c.value("status", "") == "True") return;
    conditions.push_back({{"type", type}, {"status", "True"}, {"lastTransitionTime", time},
                          {"reason", reason}, {"message", message}});
  };
  set_condition("NamesAccepted", "NoConflicts", "no conflicts found");
  set_condition("Established", "InitialNamesAccepted", "the initial names have been accepted");
  crd["status"] = {{"conditions", conditions}, {"acceptedNames", names}, {"storedVersions", stored}};
}

std::vector<ResourceType> crd_resource_types(const Json& crd) {
  std::vector<ResourceType> out;
  const Json& spec = crd.value("spec", Json::object());
  const Json& names = spec.value("names", Json::object());
  std::string storage;
  std::vector<std::string> order;
  for (const auto& v : spec.value("versions", Json::array())) {
    if (v.value("storage", false)) storage = str(v, "name");
    if (v.value("served", false)) order.push_back(str(v, "name"));
  }
  sort_versions(order);
  for (const auto& vname : order) {
    const Json* v = nullptr;
    for (const auto& c : spec["versions"])
      if (str(c, "name") == vname) v = &c;
    ResourceType t;
    t.custom = true;
    t.tracks_generation = true;
    t.storage_version = storage;
    auto& i = t.info;
    i.group = str(spec, "group");
    i.version = vname;
    i.kind = str(names, "kind");
    i.plural = str(names, "plural");
    i.singular = str(names, "singular").empty() ? lower(i.kind) : str(names, "singular");
    i.list_kind = str(names, "listKind").empty() ? i.kind + "List" : str(names, "listKind");
    i.namespaced = str(spec, "scope") != "Cluster";
    for (const auto& s : names.value("shortNames", Json::array())) if (s.is_string()) i.short_names.push_back(s);
    for (const auto& s : names.value("categories", Json::array())) if (s.is_string()) i.categories.push_back(s);
    const Json& sub = v->value("subresources", Json::object());
    i.status_subresource = sub.contains("status");
    if (sub.contains("scale") && sub["scale"].is_object()) {
      api::ScaleSubresource sc;
      sc.spec_replicas_path = str(sub["scale"], "specReplicasPath");
      sc.status_replicas_path = str(sub["scale"], "statusReplicasPath");
      sc.label_selector_path = str(sub["scale"], "labelSelectorPath");
      i.scale = sc;
    }
    for (const auto& c : v->value("additionalPrinterColumns", Json::array()))
      i.printer_columns.push_back({str(c, "name"), str(c, "type"), str(c, "jsonPath"), str(c, "description"),
                                   str(c, "format"), c.value("priority", 0)});
    for (const auto& f : v->value("selectableFields", Json::array())) {
      std::string p = str(f, "jsonPath");
      if (!p.empty() && p[0] == '.') p.erase(0, 1);
      t.field_labels.push_back(p);
    }
    if (v->contains("schema") && (*v)["schema"].contains("openAPIV3Schema")) t.schema = (*v)["schema"]["openAPIV3Schema"];
    if (v->value("deprecated", false)) {
      std::string w = str(*v, "deprecationWarning");
      t.deprecation_warning = w.empty() ? i.group + "/" + vname + " " + i.kind + " is deprecated" : w;
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace windlass::apiserver
