#include "rest/openapi.h"

#include "rest/common.h"

#include <windlass/api/autoscaling/v1/scale.h>
#include <windlass/api/meta/v1/delete_options.h>
#include <windlass/api/meta/v1/list_meta.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/meta/v1/status.h>

#include <openssl/evp.h>

#include <cxxabi.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <map>
#include <mutex>
#include <set>
#include <typeinfo>

namespace windlass::apiserver {

namespace {

using api::FieldMarkers;
using api::TypeDescriptor;
using api::TypeRef;
using api::ValueKind;

constexpr const char* kSchemaPrefix = "#/components/schemas/";
constexpr const char* kMetaPackage = "io.k8s.apimachinery.pkg.apis.meta.v1";

// ---- component names ----------------------------------------------------------------------

// The C++ namespace a described struct was declared in ("windlass::api::apps::v1"). The
// descriptor only knows the bare name, but each field is a MemberField<Struct, Member>, whose
// dynamic type names the struct in full.
std::string cxx_namespace(const TypeDescriptor& desc) {
  if (desc.fields().empty()) return {};
  const api::FieldBase& field = *desc.fields().front();
  int status = 0;
  std::unique_ptr<char, void (*)(void*)> name(
      abi::__cxa_demangle(typeid(field).name(), nullptr, nullptr, &status), std::free);
  if (status != 0 || !name) return {};
  std::string_view s = name.get();
  auto open = s.find('<');
  if (open == std::string_view::npos) return {};
  auto comma = s.find(',', open);
  std::string_view type = s.substr(open + 1, comma == std::string_view::npos ? std::string_view::npos : comma - open - 1);
  auto last = type.rfind("::");
  return last == std::string_view::npos ? std::string() : std::string(type.substr(0, last));
}

// The Go package upstream's OpenAPI names a type by, from the namespace our API mirrors it in.
std::string go_package(const std::string& ns) {
  constexpr std::string_view kApi = "windlass::api::";
  std::vector<std::string> segs;
  std::size_t i = 0;
  while (i <= ns.size()) {
    auto j = ns.find("::", i);
    if (j == std::string::npos) j = ns.size();
    if (j > i) segs.push_back(ns.substr(i, j - i));
    i = j + 2;
  }
  auto join = [](const std::vector<std::string>& v, std::size_t from) {
    std::string out;
    for (std::size_t k = from; k < v.size(); ++k) out += "." + v[k];
    return out;
  };
  if (ns.rfind(kApi, 0) == 0 && segs.size() >= 3) {
    const std::string& group = segs[2];
    if (group == "meta") return "io.k8s.apimachinery.pkg.apis" + join(segs, 2);
    if (group == "apiextensions") return "io.k8s.apiextensions-apiserver.pkg.apis" + join(segs, 2);
    if (group == "version") return "io.k8s.apimachinery.pkg" + join(segs, 2);
    return "io.k8s.api" + join(segs, 2);
  }
  if (segs.empty()) return "io.windlass";
  return "io" + join(segs, 0);
}

// "example.com" → "com.example", as upstream names custom resource components.
std::string reversed_group(const std::string& group) {
  std::vector<std::string> parts;
  std::size_t i = 0;
  while (i <= group.size()) {
    auto j = group.find('.', i);
    if (j == std::string::npos) j = group.size();
    parts.push_back(group.substr(i, j - i));
    i = j + 1;
  }
  std::string out;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) out += (out.empty() ? "" : ".") + *it;
  return out;
}

// "rbac.authorization.k8s.io" → "RbacAuthorization", "" → "Core" (upstream's operationId words).
std::string group_word(const std::string& group) {
  if (group.empty()) return "Core";
  std::string g = group;
  constexpr std::string_view kSuffix = ".k8s.io";
  if (g.size() > kSuffix.size() && g.compare(g.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0)
    g.resize(g.size() - kSuffix.size());
  std::string out;
  bool up = true;
  for (char c : g) {
    if (c == '.' || c == '-') {
      up = true;
      continue;
    }
    out += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    up = false;
  }
  return out;
}

std::string capitalized(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

Json gvk_json(const std::string& group, const std::string& version, const std::string& kind) {
  return Json{{"group", group}, {"kind", kind}, {"version", version}};
}

Json ref_to(const std::string& name) { return Json{{"$ref", kSchemaPrefix + name}}; }

// ---- schemas --------------------------------------------------------------------------------

// Builds components.schemas of one document, one component per described type met.
class SchemaSet {
 public:
  // The component name of a described struct, emitting it (and what it reaches) on first use.
  std::string component(const TypeDescriptor& desc) {
    if (auto it = names_.find(&desc); it != names_.end()) return it->second;
    std::string name = unique(go_package(cxx_namespace(desc)), desc.name());
    names_[&desc] = name;
    Json s = {{"type", "object"}};
    if (!desc.doc().empty()) s["description"] = desc.doc();
    Json props = Json::object();
    Json required = Json::array();
    for (const auto& f : desc.fields()) {
      props[f->json_name()] = property(f->type(), f->markers());
      if (f->markers().required) required.push_back(f->json_name());
    }
    if (!props.empty()) s["properties"] = std::move(props);
    if (!required.empty()) s["required"] = std::move(required);
    schemas_[name] = std::move(s);
    return name;
  }

  // Marks a component as the schema of a kind (kubectl explain and apply look kinds up by it).
  void add_gvk(const std::string& name, const Json& gvk) {
    Json& list = schemas_[name]["x-kubernetes-group-version-kind"];
    if (!list.is_array()) list = Json::array();
    if (std::find(list.begin(), list.end(), gvk) == list.end()) list.push_back(gvk);
  }

  // A component that is not a described struct (list kinds, custom resources, Patch).
  std::string add(const std::string& package, const std::string& type_name, Json schema) {
    std::string name = unique(package, type_name);
    schemas_[name] = std::move(schema);
    return name;
  }

  // The schema of a field: the value's schema with the field's markers.
  Json property(const TypeRef& type, const FieldMarkers& m) {
    Json s = value(type);
    Json extra = markers(m);
    if (extra.empty()) return s;
    // OpenAPI 3.0 ignores siblings of $ref; upstream wraps the reference in allOf.
    if (s.contains("$ref")) s = Json{{"allOf", Json::array({s})}};
    for (auto it = extra.begin(); it != extra.end(); ++it) s[it.key()] = it.value();
    return s;
  }

  Json take() { return std::move(schemas_); }

 private:
  std::string unique(const std::string& package, const std::string& type_name) {
    std::string name = package + "." + type_name;
    // The last segment stays the Go type name; a clash is told apart in the package part.
    for (int n = 2; used_.count(name); ++n) name = package + ".v" + std::to_string(n) + "." + type_name;
    used_.insert(name);
    return name;
  }

  // The scalar types upstream documents as their own components.
  std::string scalar(ValueKind kind) {
    const char* name = nullptr;
    Json s;
    switch (kind) {
      case ValueKind::kTime:
        name = "io.k8s.apimachinery.pkg.apis.meta.v1.Time";
        s = {{"type", "string"}, {"format", "date-time"},
             {"description", "A point in time, written in RFC 3339 form with second precision."}};
        break;
      case ValueKind::kMicroTime:
        name = "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime";
        s = {{"type", "string"}, {"format", "date-time"},
             {"description", "A point in time, written in RFC 3339 form with microsecond precision."}};
        break;
      case ValueKind::kQuantity:
        name = "io.k8s.apimachinery.pkg.api.resource.Quantity";
        s = {{"oneOf", Json::array({Json{{"type", "string"}}, Json{{"type", "number"}}})},
             {"description",
              "A fixed-point amount with an optional unit suffix: binary (Ki, Mi, Gi, Ti, Pi, Ei), "
              "decimal (m, k, M, G, T, P, E) or a decimal exponent (1e3). Written as a string, e.g. "
              "\"500m\" or \"1Gi\"."}};
        break;
      case ValueKind::kIntOrString:
        name = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
        s = {{"type", "string"}, {"format", "int-or-string"}, {"x-kubernetes-int-or-string", true},
             {"description", "Either a 32-bit integer or a string, such as a port number or a port name, or a percentage."}};
        break;
      default: return {};
    }
    if (used_.insert(name).second) schemas_[name] = std::move(s);
    return name;
  }

  Json value(const TypeRef& type) {
    switch (type.kind) {
      case ValueKind::kBool: return {{"type", "boolean"}};
      case ValueKind::kInt32: return {{"type", "integer"}, {"format", "int32"}};
      case ValueKind::kInt64: return {{"type", "integer"}, {"format", "int64"}};
      case ValueKind::kDouble: return {{"type", "number"}, {"format", "double"}};
      case ValueKind::kString: return {{"type", "string"}};
      case ValueKind::kQuantity:
      case ValueKind::kTime:
      case ValueKind::kMicroTime:
      case ValueKind::kIntOrString: return ref_to(scalar(type.kind));
      case ValueKind::kBytes: return {{"type", "string"}, {"format", "byte"}};
      case ValueKind::kRaw: return {{"x-kubernetes-preserve-unknown-fields", true}};
      case ValueKind::kArray: return {{"type", "array"}, {"items", value(type.element())}};
      case ValueKind::kMap: return {{"type", "object"}, {"additionalProperties", value(type.element())}};
      case ValueKind::kObject: return ref_to(component(type.object()));
    }
    return Json::object();
  }

  static Json number(double v) {
    if (v == static_cast<double>(static_cast<std::int64_t>(v))) return static_cast<std::int64_t>(v);
    return v;
  }

  static Json markers(const FieldMarkers& m) {
    Json s = Json::object();
    if (!m.doc.empty()) s["description"] = m.doc;
    if (!m.enum_values.empty()) s["enum"] = m.enum_values;
    if (m.default_value) s["default"] = *m.default_value;
    if (m.minimum) {
      s["minimum"] = number(*m.minimum);
      if (m.exclusive_minimum) s["exclusiveMinimum"] = true;
    }
    if (m.maximum) {
      s["maximum"] = number(*m.maximum);
      if (m.exclusive_maximum) s["exclusiveMaximum"] = true;
    }
    if (m.min_length) s["minLength"] = *m.min_length;
    if (m.max_length) s["maxLength"] = *m.max_length;
    if (m.min_items) s["minItems"] = *m.min_items;
    if (m.max_items) s["maxItems"] = *m.max_items;
    if (!m.pattern.empty()) s["pattern"] = m.pattern;
    if (!m.format.empty()) s["format"] = m.format;
    if (m.nullable) s["nullable"] = true;
    switch (m.list_type) {
      case api::ListType::kAtomic: s["x-kubernetes-list-type"] = "atomic"; break;
      case api::ListType::kSet: s["x-kubernetes-list-type"] = "set"; break;
      case api::ListType::kMap:
        s["x-kubernetes-list-type"] = "map";
        s["x-kubernetes-list-map-keys"] = m.list_map_keys;
        break;
      case api::ListType::kUnset: break;
    }
    switch (m.map_type) {
      case api::MapType::kAtomic: s["x-kubernetes-map-type"] = "atomic"; break;
      case api::MapType::kGranular: s["x-kubernetes-map-type"] = "granular"; break;
      case api::MapType::kUnset: break;
    }
    if (!m.patch_strategy.empty()) s["x-kubernetes-patch-strategy"] = m.patch_strategy;
    // The server's strategic merge falls back to the only list-map key; tell clients the same.
    if (!m.patch_merge_key.empty()) s["x-kubernetes-patch-merge-key"] = m.patch_merge_key;
    else if (m.patch_strategy.find("merge") != std::string::npos && m.list_map_keys.size() == 1)
      s["x-kubernetes-patch-merge-key"] = m.list_map_keys[0];
    if (m.preserve_unknown_fields) s["x-kubernetes-preserve-unknown-fields"] = true;
    if (m.embedded_resource) {
      s["x-kubernetes-embedded-resource"] = true;
      s["type"] = "object";
    }
    return s;
  }

  Json schemas_ = Json::object();
  std::map<const TypeDescriptor*, std::string> names_;
  std::set<std::string> used_;
};

// ---- paths ----------------------------------------------------------------------------------

Json param(const char* name, const char* in, Json schema, const char* description, bool required = false) {
  Json p = {{"name", name}, {"in", in}, {"description", description}, {"schema", std::move(schema)}};
  if (required) p["required"] = true;
  return p;
}

Json str() { return {{"type", "string"}}; }
Json boolean() { return {{"type", "boolean"}}; }
Json integer() { return {{"type", "integer"}}; }

Json pretty_param() { return param("pretty", "query", str(), "If 'true', the output is indented."); }
Json dry_run_param() {
  return param("dryRun", "query", str(),
               "When present, the request is checked and answered but nothing is stored. The only "
               "value is All.");
}
Json field_manager_param() {
  return param("fieldManager", "query", str(),
               "The name of the actor making the change, recorded in managedFields. Required for "
               "apply patches; at most 128 printable characters.");
}
Json field_validation_param() {
  Json s = str();
  s["enum"] = {"Ignore", "Strict", "Warn"};
  return param("fieldValidation", "query", s,
               "What the server does with unknown or duplicated fields in the body: Ignore drops "
               "them silently, Warn drops them and names them in a Warning header, Strict rejects "
               "the request with 400 Bad Request.");
}
Json force_param() {
  return param("force", "query", boolean(),
               "For apply patches only: take over the fields that other managers own instead of "
               "failing with a conflict.");
}

std::vector<Json> list_params(bool watch) {
  std::vector<Json> out;
  if (watch)
    out.push_back(param("allowWatchBookmarks", "query", boolean(),
                        "Ask for BOOKMARK events, which carry only a newer resourceVersion."));
  out.push_back(param("continue", "query", str(),
                      "The continue token of the previous page of a paginated list."));
  out.push_back(param("fieldSelector", "query", str(),
                      "Only objects whose fields match, e.g. metadata.name=web."));
  out.push_back(param("labelSelector", "query", str(),
                      "Only objects whose labels match, e.g. app=web,tier!=db."));
  out.push_back(param("limit", "query", integer(),
                      "The largest number of objects to return; the list's metadata.continue then "
                      "asks for the next page."));
  out.push_back(param("resourceVersion", "query", str(),
                      "The version the list or watch starts from; see resourceVersionMatch."));
  out.push_back(param("resourceVersionMatch", "query", str(),
                      "How resourceVersion is read: Exact or NotOlderThan."));
  if (watch)
    out.push_back(param("sendInitialEvents", "query", boolean(),
                        "With watch, start with ADDED events for the current objects, ended by a "
                        "bookmark."));
  out.push_back(param("timeoutSeconds", "query", integer(),
                      "How long the list or watch call may last."));
  if (watch)
    out.push_back(param("watch", "query", boolean(),
                        "Stream ADDED, MODIFIED and DELETED events instead of returning a list."));
  return out;
}

std::vector<Json> delete_params() {
  return {dry_run_param(),
          param("gracePeriodSeconds", "query", integer(),
                "Seconds before the object is deleted; 0 deletes at once."),
          param("orphanDependents", "query", boolean(),
                "Deprecated: use propagationPolicy. Whether dependents are orphaned."),
          param("propagationPolicy", "query", str(),
                "What happens to dependents: Orphan, Background or Foreground.")};
}

Json content(const Json& schema, std::initializer_list<const char*> types) {
  Json c = Json::object();
  for (const char* t : types) c[t] = {{"schema", schema}};
  return c;
}

Json responses(std::initializer_list<std::pair<const char*, Json>> codes) {
  Json r = Json::object();
  for (const auto& [code, schema] : codes)
    r[code] = {{"description", std::string(code) == "200" ? "OK" : std::string(code) == "201" ? "Created" : "Accepted"},
               {"content", content(schema, {"application/json"})}};
  r["401"] = {{"description", "Unauthorized"}};
  return r;
}

struct KindRefs {
  std::string kind;    // component of the object
  std::string list;    // component of its list
  std::string status;  // meta.v1 Status
  std::string delete_options;
  std::string patch;
  std::string scale;   // autoscaling/v1 Scale, when the resource has a scale subresource
};

// The paths of one resource, added to `paths`.
void add_resource_paths(Json& paths, const ResourceType& rt, const KindRefs& refs) {
  const auto& info = rt.info;
  std::string prefix = info.group.empty() ? "/api/" + info.version : "/apis/" + info.group + "/" + info.version;
  std::string ops_prefix = group_word(info.group) + capitalized(info.version);
  std::string scoped = info.namespaced ? "Namespaced" : "";
  std::string tag = (info.group.empty() ? std::string("core") : group_word(info.group)) + "_" + info.version;
  if (!tag.empty()) tag[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(tag[0])));
  Json gvk = gvk_json(info.group, info.version, info.kind);
  Json kind = ref_to(refs.kind), list = ref_to(refs.list), status = ref_to(refs.status);

  auto op = [&](const char* verb, const std::string& id, const char* action, const Json& op_gvk,
                std::string description) {
    return Json{{"operationId", verb + id},
                {"description", std::move(description)},
                {"tags", Json::array({tag})},
                {"x-kubernetes-action", action},
                {"x-kubernetes-group-version-kind", op_gvk}};
  };
  Json name_param = param("name", "path", str(), ("name of the " + info.kind).c_str(), true);
  Json ns_param = param("namespace", "path", str(), "object name and auth scope, such as for teams and projects", true);
  auto path_params = [&](bool named, bool namespaced) {
    Json p = Json::array();
    if (named) p.push_back(name_param);
    if (namespaced) p.push_back(ns_param);
    p.push_back(pretty_param());
    return p;
  };
  auto with = [](std::vector<Json> v) { return Json(std::move(v)); };
  auto patch_body = [&]() {
    Json c = Json::object();
    Json p = ref_to(refs.patch);
    c["application/apply-patch+yaml"] = {{"schema", p}};
    c["application/json-patch+json"] = {{"schema", p}};
    c["application/merge-patch+json"] = {{"schema", p}};
    // Only Go-typed kinds have strategic merge metadata; custom resources do not.
    if (!rt.custom) c["application/strategic-merge-patch+json"] = {{"schema", p}};
    return Json{{"content", std::move(c)}, {"required", true}};
  };
  auto body = [](const Json& schema) { return Json{{"content", content(schema, {"*/*"})}, {"required", true}}; };

  std::string base = prefix + (info.namespaced ? "/namespaces/{namespace}/" : "/") + info.plural;
  std::string id = ops_prefix + scoped + info.kind;

  // Collection.
  Json coll = Json::object();
  if (rt.has_verb("list")) {
    Json o = op("list", id, "list", gvk, "list or watch objects of kind " + info.kind);
    o["parameters"] = with(list_params(true));
    o["responses"] = responses({{"200", list}});
    o["responses"]["200"]["content"]["application/json;stream=watch"] = {{"schema", list}};
    coll["get"] = std::move(o);
  }
  if (rt.has_verb("create")) {
    Json o = op("create", id, "post", gvk, "create " + std::string(rt.review ? "a review of kind " : "an object of kind ") + info.kind);
    o["parameters"] = {dry_run_param(), field_manager_param(), field_validation_param()};
    o["requestBody"] = body(kind);
    o["responses"] = responses({{"200", kind}, {"201", kind}, {"202", kind}});
    coll["post"] = std::move(o);
  }
  if (rt.has_verb("deletecollection")) {
    Json o = op("delete", ops_prefix + "Collection" + scoped + info.kind, "deletecollection", gvk,
                "delete a collection of " + info.kind + " objects");
    auto ps = list_params(false);
    for (auto& p : delete_params()) ps.push_back(std::move(p));
    o["parameters"] = with(std::move(ps));
    o["requestBody"] = {{"content", content(ref_to(refs.delete_options), {"*/*"})}};
    o["responses"] = responses({{"200", status}});
    coll["delete"] = std::move(o);
  }
  if (!coll.empty()) {
    coll["parameters"] = path_params(false, info.namespaced);
    paths[base] = std::move(coll);
  }
  if (info.namespaced && rt.has_verb("list")) {
    Json o = op("list", ops_prefix + info.kind + "ForAllNamespaces", "list", gvk,
                "list or watch objects of kind " + info.kind + " in all namespaces");
    o["parameters"] = with(list_params(true));
    o["responses"] = responses({{"200", list}});
    o["responses"]["200"]["content"]["application/json;stream=watch"] = {{"schema", list}};
    paths[prefix + "/" + info.plural] = {{"get", std::move(o)}, {"parameters", Json::array({pretty_param()})}};
  }

  // Item.
  Json item = Json::object();
  if (rt.has_verb("get")) {
    Json o = op("read", id, "get", gvk, "read the specified " + info.kind);
    o["responses"] = responses({{"200", kind}});
    item["get"] = std::move(o);
  }
  if (rt.has_verb("update")) {
    Json o = op("replace", id, "put", gvk, "replace the specified " + info.kind);
    o["parameters"] = {dry_run_param(), field_manager_param(), field_validation_param()};
    o["requestBody"] = body(kind);
    o["responses"] = responses({{"200", kind}, {"201", kind}});
    item["put"] = std::move(o);
  }
  if (rt.has_verb("patch")) {
    Json o = op("patch", id, "patch", gvk, "partially update the specified " + info.kind);
    o["parameters"] = {dry_run_param(), field_manager_param(), field_validation_param(), force_param()};
    o["requestBody"] = patch_body();
    o["responses"] = responses({{"200", kind}, {"201", kind}});
    item["patch"] = std::move(o);
  }
  if (rt.has_verb("delete")) {
    Json o = op("delete", id, "delete", gvk, "delete the specified " + info.kind);
    o["parameters"] = with(delete_params());
    o["requestBody"] = {{"content", content(ref_to(refs.delete_options), {"*/*"})}};
    o["responses"] = rt.delete_returns_object ? responses({{"200", kind}, {"202", kind}})
                                              : responses({{"200", status}, {"202", status}});
    item["delete"] = std::move(o);
  }
  if (!item.empty()) {
    item["parameters"] = path_params(true, info.namespaced);
    paths[base + "/{name}"] = std::move(item);
  }

  // Subresources: status and scale are read, replaced and patched; the others are replaced.
  auto subresource = [&](const std::string& sub, const Json& schema, const Json& sub_gvk, bool read_patch) {
    std::string sid = id + capitalized(sub);
    Json p = Json::object();
    if (read_patch) {
      Json o = op("read", sid, "get", sub_gvk, "read " + sub + " of the specified " + info.kind);
      o["responses"] = responses({{"200", schema}});
      p["get"] = std::move(o);
    }
    Json put = op("replace", sid, "put", sub_gvk, "replace " + sub + " of the specified " + info.kind);
    put["parameters"] = {dry_run_param(), field_manager_param(), field_validation_param()};
    put["requestBody"] = body(schema);
    put["responses"] = responses({{"200", schema}, {"201", schema}});
    p["put"] = std::move(put);
    if (read_patch) {
      Json o = op("patch", sid, "patch", sub_gvk, "partially update " + sub + " of the specified " + info.kind);
      o["parameters"] = {dry_run_param(), field_manager_param(), field_validation_param(), force_param()};
      o["requestBody"] = patch_body();
      o["responses"] = responses({{"200", schema}, {"201", schema}});
      p["patch"] = std::move(o);
    }
    p["parameters"] = path_params(true, info.namespaced);
    paths[base + "/{name}/" + sub] = std::move(p);
  };
  if (info.status_subresource) subresource("status", kind, gvk, true);
  if (info.scale && !refs.scale.empty())
    subresource("scale", ref_to(refs.scale), gvk_json("autoscaling", "v1", "Scale"), true);
  for (const auto& sub : rt.extra_subresources) {
    if (std::find(sub.verbs.begin(), sub.verbs.end(), "update") != sub.verbs.end()) {
      subresource(sub.name, kind, gvk, false);
      continue;
    }
    std::string sid = id + capitalized(sub.name);
    if (sub.name == "token") {
      // serviceaccounts/token: a TokenRequest in, the same with the token out.
      Json sub_gvk = gvk_json(sub.group, sub.version, sub.kind);
      Json object = {{"type", "object"}, {"description", "A TokenRequest (" + sub.group + "/" + sub.version + ")."}};
      Json o = op("create", sid, "post", sub_gvk, "create a token of the specified " + info.kind);
      o["parameters"] = {dry_run_param(), field_manager_param(), field_validation_param()};
      o["requestBody"] = body(object);
      o["responses"] = responses({{"200", object}, {"201", object}, {"202", object}});
      paths[base + "/{name}/token"] = {{"post", std::move(o)}, {"parameters", path_params(true, info.namespaced)}};
      continue;
    }
    // Served by the node (pods/log) or upgraded to a stream (exec, attach, portforward): the
    // answer is text, not an object.
    Json text = {{"description", "OK"}, {"content", {{"text/plain", {{"schema", str()}}}}}};
    Json p = Json::object();
    bool is_log = sub.name == "log";
    for (const auto& verb : sub.verbs) {
      bool get = verb == "get";
      Json o = op(is_log ? "read" : get ? "connectGet" : "connectPost", sid, is_log ? "get" : "connect", gvk,
                  (is_log ? "read " : "connect to ") + sub.name + " of the specified " + info.kind);
      if (is_log)
        o["parameters"] = {param("container", "query", str(), "The container to read from; may be omitted when the pod has one."),
                           param("follow", "query", boolean(), "Stream the log until the container ends."),
                           param("previous", "query", boolean(), "The log of the previous, terminated instance of the container."),
                           param("timestamps", "query", boolean(), "Start every line with an RFC3339 timestamp."),
                           param("sinceSeconds", "query", integer(), "Only lines newer than this many seconds."),
                           param("sinceTime", "query", str(), "Only lines newer than this RFC3339 time."),
                           param("tailLines", "query", integer(), "Only this many lines from the end."),
                           param("limitBytes", "query", integer(), "Stop after this many bytes.")};
      o["responses"] = {{"200", text}, {"401", {{"description", "Unauthorized"}}}};
      p[get ? "get" : "post"] = std::move(o);
    }
    p["parameters"] = path_params(true, info.namespaced);
    paths[base + "/{name}/" + sub.name] = std::move(p);
  }
}

// ---- documents ------------------------------------------------------------------------------

const TypeDescriptor& described(const TypeRef& ref) { return ref.object(); }

template <class T>
const TypeDescriptor& descriptor_of() {
  return api::Codec<T>::ref().object();
}

// A list kind's component: apiVersion, kind, metadata (ListMeta) and items.
Json list_schema(const std::string& kind, const std::string& item_component, const std::string& list_meta) {
  return Json{
      {"type", "object"},
      {"description", "A list of " + kind + " objects."},
      {"properties",
       {{"apiVersion", {{"type", "string"}, {"description", "API version of this representation."}}},
        {"items",
         {{"type", "array"}, {"description", "The objects."}, {"items", ref_to(item_component)}}},
        {"kind", {{"type", "string"}, {"description", "Kind of this representation."}}},
        {"metadata",
         {{"allOf", Json::array({ref_to(list_meta)})}, {"description", "Standard list metadata."}}}}},
      {"required", Json::array({"items"})}};
}

// A custom resource's component from its CRD schema, with metadata pointing at ObjectMeta.
Json custom_schema(const ResourceType& rt, const std::string& object_meta) {
  Json s = rt.schema.is_object() ? rt.schema
                                 : Json{{"type", "object"}, {"x-kubernetes-preserve-unknown-fields", true}};
  if (!s.contains("type")) s["type"] = "object";
  Json& props = s["properties"];
  if (!props.is_object()) props = Json::object();
  if (!props.contains("apiVersion"))
    props["apiVersion"] = {{"type", "string"}, {"description", "API version of this representation."}};
  if (!props.contains("kind"))
    props["kind"] = {{"type", "string"}, {"description", "Kind of this representation."}};
  props["metadata"] = {{"allOf", Json::array({ref_to(object_meta)})}, {"description", "Standard object metadata."}};
  return s;
}

}  // namespace

std::string openapi_gv_path(const std::string& group, const std::string& version) {
  return group.empty() ? "api/" + version : "apis/" + group + "/" + version;
}

std::optional<Json> openapi_document(const Catalog& catalog, const std::string& group,
                                     const std::string& version) {
  auto resources = catalog.resources(group, version);
  if (resources.empty()) return std::nullopt;
  SchemaSet schemas;
  KindRefs common;
  common.status = schemas.component(descriptor_of<api::meta::v1::Status>());
  schemas.add_gvk(common.status, gvk_json("", "v1", "Status"));
  common.delete_options = schemas.component(descriptor_of<api::meta::v1::DeleteOptions>());
  common.patch = schemas.add(kMetaPackage, "Patch",
                             {{"type", "object"},
                              {"description", "The body of a PATCH request; its form is given by the "
                                              "request's Content-Type."}});
  std::string object_meta = schemas.component(descriptor_of<api::meta::v1::ObjectMeta>());
  std::string list_meta = schemas.component(descriptor_of<api::meta::v1::ListMeta>());
  for (const ResourceType* rt : resources)
    if (rt->info.scale) {
      common.scale = schemas.component(descriptor_of<api::autoscaling::v1::Scale>());
      schemas.add_gvk(common.scale, gvk_json("autoscaling", "v1", "Scale"));
      break;
    }

  Json paths = Json::object();
  for (const ResourceType* rt : resources) {
    const auto& info = rt->info;
    KindRefs refs = common;
    std::string package;
    if (rt->type && rt->type->kind == ValueKind::kObject) {
      refs.kind = schemas.component(described(*rt->type));
      package = refs.kind.substr(0, refs.kind.rfind('.'));
    } else {
      package = reversed_group(info.group) + "." + info.version;
      refs.kind = schemas.add(package, info.kind, custom_schema(*rt, object_meta));
    }
    schemas.add_gvk(refs.kind, gvk_json(info.group, info.version, info.kind));
    if (!rt->review) {
      std::string list_kind = info.list_kind.empty() ? info.kind + "List" : info.list_kind;
      refs.list = schemas.add(package, list_kind, list_schema(info.kind, refs.kind, list_meta));
      schemas.add_gvk(refs.list, gvk_json(info.group, info.version, list_kind));
    }
    add_resource_paths(paths, *rt, refs);
  }
  Json v = version_info();
  return Json{{"openapi", "3.0.0"},
              {"info", {{"title", "Kubernetes"}, {"version", v.value("gitVersion", "")}}},
              {"paths", std::move(paths)},
              {"components",
               {{"schemas", schemas.take()},
                {"securitySchemes",
                 {{"BearerToken",
                   {{"type", "apiKey"}, {"name", "authorization"}, {"in", "header"},
                    {"description", "Bearer token authentication"}}}}}}},
              {"security", Json::array({Json{{"BearerToken", Json::array()}}})}};
}

namespace {

// ---- serving --------------------------------------------------------------------------------

struct Document {
  std::string body;
  std::string hash;  // upper-case hex SHA-512 of body, as kube-openapi's handler3 computes it
};
using DocumentSet = std::map<std::string, std::shared_ptr<const Document>>;  // by gv path

std::string sha512_hex(const std::string& data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(data.data(), data.size(), md, &len, EVP_sha512(), nullptr) != 1) std::abort();
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(len * 2);
  for (unsigned i = 0; i < len; ++i) {
    out += kHex[md[i] >> 4];
    out += kHex[md[i] & 0xF];
  }
  return out;
}

std::shared_ptr<const Document> make_document(const Json& doc) {
  auto d = std::make_shared<Document>();
  d->body = to_json_string(doc);
  d->hash = sha512_hex(d->body);
  return d;
}

bool has_custom(const Catalog& catalog, const std::string& group, const std::string& version) {
  for (const ResourceType* rt : catalog.resources(group, version))
    if (rt->custom) return true;
  return false;
}

// Documents of the built-in group-versions: built on first use, then shared for the process.
const DocumentSet& builtin_documents() {
  static const DocumentSet docs = [] {
    DocumentSet out;
    auto catalog = builtin_catalog();
    for (const auto& g : catalog->groups())
      for (const auto& v : g.versions)
        if (auto doc = openapi_document(*catalog, g.name, v))
          out[openapi_gv_path(g.name, v)] = make_document(*doc);
    return out;
  }();
  return docs;
}

// The documents of a catalog: the built-in ones plus those of group-versions with custom
// resources, cached for the last few catalogs (a catalog is replaced when CRDs change).
std::shared_ptr<const DocumentSet> documents_for(const std::shared_ptr<const Catalog>& catalog) {
  const DocumentSet& builtin = builtin_documents();
  static std::mutex mu;
  static std::vector<std::pair<std::weak_ptr<const Catalog>, std::shared_ptr<const DocumentSet>>> cache;
  std::lock_guard lock(mu);
  for (const auto& [weak, docs] : cache)
    if (auto c = weak.lock(); c && c.get() == catalog.get()) return docs;
  auto docs = std::make_shared<DocumentSet>();
  for (const auto& g : catalog->groups())
    for (const auto& v : g.versions) {
      std::string key = openapi_gv_path(g.name, v);
      auto b = builtin.find(key);
      if (b != builtin.end() && !has_custom(*catalog, g.name, v)) {
        (*docs)[key] = b->second;
      } else if (auto doc = openapi_document(*catalog, g.name, v)) {
        (*docs)[key] = make_document(*doc);
      }
    }
  std::erase_if(cache, [](const auto& e) { return e.first.expired(); });
  if (cache.size() >= 8) cache.erase(cache.begin());
  cache.emplace_back(catalog, docs);
  return docs;
}

Response status_response(int code, const char* reason, std::string message) {
  Status s;
  s.message = std::move(message);
  s.reason = reason;
  s.code = code;
  return error_response(Error::from_status(std::move(s)));
}

// Go's time.RFC1123 in UTC: "Mon, 02 Jan 2006 15:04:05 GMT".
std::string http_date(TimePoint t) {
  std::time_t secs = std::chrono::system_clock::to_time_t(
      std::chrono::time_point_cast<std::chrono::system_clock::duration>(t));
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return buf;
}

bool etag_matches(const Request& req, const std::string& quoted) {
  auto inm = req.header("If-None-Match");
  if (!inm) return false;
  std::string_view s = *inm;
  std::size_t i = 0;
  while (i < s.size()) {
    auto j = s.find(',', i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view tag = s.substr(i, j - i);
    while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
    while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
    if (tag.rfind("W/", 0) == 0) tag.remove_prefix(2);
    if (tag == "*" || tag == quoted) return true;
    i = j + 1;
  }
  return false;
}

// Whether the Accept header lets us answer JSON; only the protobuf form is refused.
bool accepts_json(const Request& req) {
  auto ranges = accepted_media(req);
  if (ranges.empty()) return true;
  for (const auto& m : ranges) {
    if (m.param("q") == "0") continue;
    std::string t = m.type;
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
    if (t == "*/*" || t == "application/*" || t == "application/json") return true;
  }
  return false;
}

Response serve_document(const Request& req, const std::string& key, const Document& doc, TimePoint now) {
  std::string quoted = "\"" + doc.hash + "\"";
  std::vector<std::pair<std::string, std::string>> headers = {{"Vary", "Accept"}, {"ETag", quoted}};
  if (auto hash = req.param("hash"); hash && !hash->empty()) {
    if (*hash != doc.hash) {
      // Like handler3: a stale hash is sent to the current one.
      std::string location = "/openapi/v3/" + key + "?hash=" + doc.hash;
      Response r{301, "text/html; charset=utf-8", "<a href=\"" + location + "\">Moved Permanently</a>.\n\n", {}};
      r.headers.push_back({"Location", location});
      return r;
    }
    headers.push_back({"Cache-Control", "public, immutable"});
    headers.push_back({"Expires", http_date(now + std::chrono::hours(24 * 365))});
  }
  if (etag_matches(req, quoted)) return Response{304, "application/json", "", std::move(headers)};
  return Response{200, "application/json", doc.body, std::move(headers)};
}

}  // namespace

Response serve_openapi(const Request& req, const std::vector<std::string>& parts,
                       const std::shared_ptr<const Catalog>& catalog, TimePoint now) {
  if (req.method != "GET" && req.method != "HEAD") return error_response(make_method_not_allowed());
  if (parts.size() < 2 || parts[1] != "v3") return error_response(path_not_found());
  auto docs = documents_for(catalog);
  if (parts.size() == 2) {
    Json paths = Json::object();
    for (const auto& [key, doc] : *docs)
      paths[key] = {{"serverRelativeURL", "/openapi/v3/" + key + "?hash=" + doc->hash}};
    std::string body = to_json_string(Json{{"paths", std::move(paths)}});
    std::string quoted = "\"" + sha512_hex(body) + "\"";
    std::vector<std::pair<std::string, std::string>> headers = {{"ETag", quoted}};
    if (etag_matches(req, quoted)) return Response{304, "application/json", "", std::move(headers)};
    return Response{200, "application/json", std::move(body), std::move(headers)};
  }
  std::string key;
  for (std::size_t i = 2; i < parts.size(); ++i) key += (key.empty() ? "" : "/") + parts[i];
  auto it = docs->find(key);
  if (it == docs->end()) return error_response(path_not_found());
  if (!accepts_json(req))
    return status_response(406, "NotAcceptable",
                           "only the following media types are accepted: application/json");
  return serve_document(req, key, *it->second, now);
}

}  // namespace windlass::apiserver
