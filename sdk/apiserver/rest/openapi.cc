#include "rest/openapi.h"

#include "rest/common.h"
#include "rest/gnostic.h"

#include <windlass/api/autoscaling/v1/scale.h>
#include <windlass/api/meta/v1/delete_options.h>
#include <windlass/api/meta/v1/list_meta.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/meta/v1/status.h>
#include <windlass/api/schema_markers.h>

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

// What tells the Swagger 2.0 document (/openapi/v2) from the OpenAPI 3.0 ones (/openapi/v3): where
// components live, how a reference carries sibling keywords, how parameters, bodies and responses
// are written. The walk over types and resources is shared; only these spellings differ.
struct Dialect {
  bool v2 = false;

  Json ref(const std::string& name) const {
    return Json{{"$ref", (v2 ? "#/definitions/" : "#/components/schemas/") + name}};
  }
  // A reference with keywords beside it (description, markers). OpenAPI 3.0 ignores siblings of
  // $ref, so v3 wraps the reference in allOf as upstream does; Swagger 2.0 readers (kubectl's
  // validation and explain) follow only a bare $ref, and refuse a `type` beside it.
  Json ref_with(const std::string& name, const Json& extra) const {
    Json s = ref(name);
    if (!v2) s = Json{{"allOf", Json::array({s})}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
      if (!(v2 && it.key() == "type")) s[it.key()] = it.value();
    return s;
  }
};

constexpr Dialect kV3{.v2 = false};
constexpr Dialect kV2{.v2 = true};

// ---- schemas --------------------------------------------------------------------------------

// Builds components.schemas of one document, one component per described type met.
class SchemaSet {
 public:
  explicit SchemaSet(Dialect d) : d_(d) {}
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
    if (s.contains("$ref")) return d_.ref_with(ref_name(s), extra);
    for (auto it = extra.begin(); it != extra.end(); ++it) s[it.key()] = it.value();
    return s;
  }

  Json take() { return std::move(schemas_); }

  const Dialect& dialect() const { return d_; }

 private:
  static std::string ref_name(const Json& ref) {
    std::string r = ref["$ref"];
    return r.substr(r.rfind('/') + 1);
  }

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
        s = {{"description",
              "A fixed-point amount with an optional unit suffix: binary (Ki, Mi, Gi, Ti, Pi, Ei), "
              "decimal (m, k, M, G, T, P, E) or a decimal exponent (1e3). Written as a string, e.g. "
              "\"500m\" or \"1Gi\"."}};
        // Swagger 2.0 has no oneOf; upstream's v2 document calls it a string, and kubectl's
        // validation accepts a number where a string is declared.
        if (d_.v2) s["type"] = "string";
        else s["oneOf"] = Json::array({Json{{"type", "string"}}, Json{{"type", "number"}}});
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
      case ValueKind::kIntOrString: return d_.ref(scalar(type.kind));
      case ValueKind::kBytes: return {{"type", "string"}, {"format", "byte"}};
      case ValueKind::kRaw: return {{"x-kubernetes-preserve-unknown-fields", true}};
      case ValueKind::kArray: return {{"type", "array"}, {"items", value(type.element())}};
      case ValueKind::kMap: return {{"type", "object"}, {"additionalProperties", value(type.element())}};
      case ValueKind::kObject: return d_.ref(component(type.object()));
    }
    return Json::object();
  }

  Json markers(const FieldMarkers& m) const {
    Json s = Json::object();
    api::apply_field_markers(s, m, d_.v2);
    // The server's strategic merge falls back to the only list-map key; tell clients the same.
    if (m.patch_merge_key.empty() && m.patch_strategy.find("merge") != std::string::npos && m.list_map_keys.size() == 1)
      s["x-kubernetes-patch-merge-key"] = m.list_map_keys[0];
    return s;
  }

  Dialect d_;
  Json schemas_ = Json::object();
  std::map<const TypeDescriptor*, std::string> names_;
  std::set<std::string> used_;
};

// ---- paths ----------------------------------------------------------------------------------

Json str() { return {{"type", "string"}}; }
Json boolean() { return {{"type", "boolean"}}; }
Json integer() { return {{"type", "integer"}}; }

// A query or path parameter: v3 gives its type as a schema, Swagger 2.0 inline (and upstream
// marks every such v2 parameter uniqueItems).
Json param(const Dialect& d, const char* name, const char* in, Json schema, const std::string& description,
           bool required = false) {
  Json p = {{"name", name}, {"in", in}, {"description", description}};
  if (d.v2) {
    for (auto it = schema.begin(); it != schema.end(); ++it) p[it.key()] = it.value();
    p["uniqueItems"] = true;
  } else {
    p["schema"] = std::move(schema);
  }
  if (required) p["required"] = true;
  return p;
}

Json pretty_param(const Dialect& d) { return param(d, "pretty", "query", str(), "If 'true', the output is indented."); }
Json dry_run_param(const Dialect& d) {
  return param(d, "dryRun", "query", str(),
               "When present, the request is checked and answered but nothing is stored. The only "
               "value is All.");
}
Json field_manager_param(const Dialect& d) {
  return param(d, "fieldManager", "query", str(),
               "The name of the actor making the change, recorded in managedFields. Required for "
               "apply patches; at most 128 printable characters.");
}
Json field_validation_param(const Dialect& d) {
  Json s = str();
  s["enum"] = {"Ignore", "Strict", "Warn"};
  return param(d, "fieldValidation", "query", s,
               "What the server does with unknown or duplicated fields in the body: Ignore drops "
               "them silently, Warn drops them and names them in a Warning header, Strict rejects "
               "the request with 400 Bad Request.");
}
Json force_param(const Dialect& d) {
  return param(d, "force", "query", boolean(),
               "For apply patches only: take over the fields that other managers own instead of "
               "failing with a conflict.");
}

std::vector<Json> list_params(const Dialect& d, bool watch) {
  std::vector<Json> out;
  if (watch)
    out.push_back(param(d, "allowWatchBookmarks", "query", boolean(),
                        "Ask for BOOKMARK events, which carry only a newer resourceVersion."));
  out.push_back(param(d, "continue", "query", str(),
                      "The continue token of the previous page of a paginated list."));
  out.push_back(param(d, "fieldSelector", "query", str(),
                      "Only objects whose fields match, e.g. metadata.name=web."));
  out.push_back(param(d, "labelSelector", "query", str(),
                      "Only objects whose labels match, e.g. app=web,tier!=db."));
  out.push_back(param(d, "limit", "query", integer(),
                      "The largest number of objects to return; the list's metadata.continue then "
                      "asks for the next page."));
  out.push_back(param(d, "resourceVersion", "query", str(),
                      "The version the list or watch starts from; see resourceVersionMatch."));
  out.push_back(param(d, "resourceVersionMatch", "query", str(),
                      "How resourceVersion is read: Exact or NotOlderThan."));
  if (watch)
    out.push_back(param(d, "sendInitialEvents", "query", boolean(),
                        "With watch, start with ADDED events for the current objects, ended by a "
                        "bookmark."));
  out.push_back(param(d, "timeoutSeconds", "query", integer(),
                      "How long the list or watch call may last."));
  if (watch)
    out.push_back(param(d, "watch", "query", boolean(),
                        "Stream ADDED, MODIFIED and DELETED events instead of returning a list."));
  return out;
}

std::vector<Json> delete_params(const Dialect& d) {
  return {dry_run_param(d),
          param(d, "gracePeriodSeconds", "query", integer(),
                "Seconds before the object is deleted; 0 deletes at once."),
          param(d, "orphanDependents", "query", boolean(),
                "Deprecated: use propagationPolicy. Whether dependents are orphaned."),
          param(d, "propagationPolicy", "query", str(),
                "What happens to dependents: Orphan, Background or Foreground.")};
}

// The request body of an operation whose parameters are already set: v3 a requestBody with one
// content entry per media type, Swagger 2.0 a leading `in: body` parameter plus `consumes`.
void set_body(const Dialect& d, Json& o, const Json& schema, bool required, const std::vector<std::string>& types) {
  if (!d.v2) {
    Json c = Json::object();
    for (const auto& t : types) c[t] = {{"schema", schema}};
    o["requestBody"] = {{"content", std::move(c)}};
    if (required) o["requestBody"]["required"] = true;
    return;
  }
  Json p = {{"name", "body"}, {"in", "body"}, {"schema", schema}};
  if (required) p["required"] = true;
  Json& params = o["parameters"];
  if (!params.is_array()) params = Json::array();
  params.insert(params.begin(), std::move(p));
  o["consumes"] = types;
}

// The responses of an operation answering objects of `schema`s, in JSON and the `produces` types.
// A watchable list also answers a watch stream.
void set_responses(const Dialect& d, Json& o, std::initializer_list<std::pair<const char*, Json>> codes,
                   std::vector<std::string> produces, bool watch = false) {
  Json r = Json::object();
  for (const auto& [code, schema] : codes) {
    std::string c = code;
    Json entry = {{"description", c == "200" ? "OK" : c == "201" ? "Created" : "Accepted"}};
    if (d.v2) entry["schema"] = schema;
    else entry["content"] = {{"application/json", {{"schema", schema}}}};
    r[c] = std::move(entry);
  }
  if (watch && !d.v2) r["200"]["content"]["application/json;stream=watch"] = r["200"]["content"]["application/json"];
  r["401"] = {{"description", "Unauthorized"}};
  o["responses"] = std::move(r);
  if (d.v2) {
    if (watch) {
      bool proto = std::find(produces.begin(), produces.end(), "application/vnd.kubernetes.protobuf") != produces.end();
      produces.push_back("application/json;stream=watch");
      if (proto) produces.push_back("application/vnd.kubernetes.protobuf;stream=watch");
    }
    o["produces"] = std::move(produces);
    o["schemes"] = Json::array({"https"});
  }
}

// A text answer (pods/log) or an upgraded stream (exec, attach, portforward).
void set_text_responses(const Dialect& d, Json& o, const char* produces) {
  Json ok = {{"description", "OK"}};
  if (d.v2) ok["schema"] = str();
  else ok["content"] = {{"text/plain", {{"schema", str()}}}};
  o["responses"] = {{"200", std::move(ok)}, {"401", {{"description", "Unauthorized"}}}};
  if (d.v2) {
    o["produces"] = Json::array({produces});
    o["schemes"] = Json::array({"https"});
  }
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
void add_resource_paths(const Dialect& d, Json& paths, const ResourceType& rt, const KindRefs& refs) {
  const auto& info = rt.info;
  std::string prefix = info.group.empty() ? "/api/" + info.version : "/apis/" + info.group + "/" + info.version;
  std::string ops_prefix = group_word(info.group) + capitalized(info.version);
  std::string scoped = info.namespaced ? "Namespaced" : "";
  std::string tag = (info.group.empty() ? std::string("core") : group_word(info.group)) + "_" + info.version;
  if (!tag.empty()) tag[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(tag[0])));
  Json gvk = gvk_json(info.group, info.version, info.kind);
  Json kind = d.ref(refs.kind), list = d.ref(refs.list), status = d.ref(refs.status);
  // What the server encodes answers in: custom resources have no protobuf form.
  std::vector<std::string> produces = {"application/json", "application/yaml"};
  if (!rt.custom) produces.push_back("application/vnd.kubernetes.protobuf");
  const std::vector<std::string> any_body = {"*/*"};

  auto op = [&](const char* verb, const std::string& id, const char* action, const Json& op_gvk,
                std::string description) {
    return Json{{"operationId", verb + id},
                {"description", std::move(description)},
                {"tags", Json::array({tag})},
                {"x-kubernetes-action", action},
                {"x-kubernetes-group-version-kind", op_gvk}};
  };
  Json name_param = param(d, "name", "path", str(), "name of the " + info.kind, true);
  Json ns_param = param(d, "namespace", "path", str(), "object name and auth scope, such as for teams and projects", true);
  auto path_params = [&](bool named, bool namespaced) {
    Json p = Json::array();
    if (named) p.push_back(name_param);
    if (namespaced) p.push_back(ns_param);
    p.push_back(pretty_param(d));
    return p;
  };
  auto with = [](std::vector<Json> v) { return Json(std::move(v)); };
  auto set_patch_body = [&](Json& o) {
    std::vector<std::string> types = {"application/apply-patch+yaml", "application/json-patch+json",
                                      "application/merge-patch+json"};
    // Only Go-typed kinds have strategic merge metadata; custom resources do not.
    if (!rt.custom) types.push_back("application/strategic-merge-patch+json");
    set_body(d, o, d.ref(refs.patch), true, types);
  };

  std::string base = prefix + (info.namespaced ? "/namespaces/{namespace}/" : "/") + info.plural;
  std::string id = ops_prefix + scoped + info.kind;

  // Collection.
  Json coll = Json::object();
  if (rt.has_verb("list")) {
    Json o = op("list", id, "list", gvk, "list or watch objects of kind " + info.kind);
    o["parameters"] = with(list_params(d, true));
    set_responses(d, o, {{"200", list}}, produces, true);
    coll["get"] = std::move(o);
  }
  if (rt.has_verb("create")) {
    Json o = op("create", id, "post", gvk, "create " + std::string(rt.review ? "a review of kind " : "an object of kind ") + info.kind);
    o["parameters"] = {dry_run_param(d), field_manager_param(d), field_validation_param(d)};
    set_body(d, o, kind, true, any_body);
    set_responses(d, o, {{"200", kind}, {"201", kind}, {"202", kind}}, produces);
    coll["post"] = std::move(o);
  }
  if (rt.has_verb("deletecollection")) {
    Json o = op("delete", ops_prefix + "Collection" + scoped + info.kind, "deletecollection", gvk,
                "delete a collection of " + info.kind + " objects");
    auto ps = list_params(d, false);
    for (auto& p : delete_params(d)) ps.push_back(std::move(p));
    o["parameters"] = with(std::move(ps));
    set_body(d, o, d.ref(refs.delete_options), false, any_body);
    set_responses(d, o, {{"200", status}}, produces);
    coll["delete"] = std::move(o);
  }
  if (!coll.empty()) {
    coll["parameters"] = path_params(false, info.namespaced);
    paths[base] = std::move(coll);
  }
  if (info.namespaced && rt.has_verb("list")) {
    Json o = op("list", ops_prefix + info.kind + "ForAllNamespaces", "list", gvk,
                "list or watch objects of kind " + info.kind + " in all namespaces");
    o["parameters"] = with(list_params(d, true));
    set_responses(d, o, {{"200", list}}, produces, true);
    paths[prefix + "/" + info.plural] = {{"get", std::move(o)}, {"parameters", Json::array({pretty_param(d)})}};
  }

  // Item.
  Json item = Json::object();
  if (rt.has_verb("get")) {
    Json o = op("read", id, "get", gvk, "read the specified " + info.kind);
    set_responses(d, o, {{"200", kind}}, produces);
    item["get"] = std::move(o);
  }
  if (rt.has_verb("update")) {
    Json o = op("replace", id, "put", gvk, "replace the specified " + info.kind);
    o["parameters"] = {dry_run_param(d), field_manager_param(d), field_validation_param(d)};
    set_body(d, o, kind, true, any_body);
    set_responses(d, o, {{"200", kind}, {"201", kind}}, produces);
    item["put"] = std::move(o);
  }
  if (rt.has_verb("patch")) {
    Json o = op("patch", id, "patch", gvk, "partially update the specified " + info.kind);
    o["parameters"] = {dry_run_param(d), field_manager_param(d), field_validation_param(d), force_param(d)};
    set_patch_body(o);
    set_responses(d, o, {{"200", kind}, {"201", kind}}, produces);
    item["patch"] = std::move(o);
  }
  if (rt.has_verb("delete")) {
    Json o = op("delete", id, "delete", gvk, "delete the specified " + info.kind);
    o["parameters"] = with(delete_params(d));
    set_body(d, o, d.ref(refs.delete_options), false, any_body);
    if (rt.delete_returns_object) set_responses(d, o, {{"200", kind}, {"202", kind}}, produces);
    else set_responses(d, o, {{"200", status}, {"202", status}}, produces);
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
      set_responses(d, o, {{"200", schema}}, produces);
      p["get"] = std::move(o);
    }
    Json put = op("replace", sid, "put", sub_gvk, "replace " + sub + " of the specified " + info.kind);
    put["parameters"] = {dry_run_param(d), field_manager_param(d), field_validation_param(d)};
    set_body(d, put, schema, true, any_body);
    set_responses(d, put, {{"200", schema}, {"201", schema}}, produces);
    p["put"] = std::move(put);
    if (read_patch) {
      Json o = op("patch", sid, "patch", sub_gvk, "partially update " + sub + " of the specified " + info.kind);
      o["parameters"] = {dry_run_param(d), field_manager_param(d), field_validation_param(d), force_param(d)};
      set_patch_body(o);
      set_responses(d, o, {{"200", schema}, {"201", schema}}, produces);
      p["patch"] = std::move(o);
    }
    p["parameters"] = path_params(true, info.namespaced);
    paths[base + "/{name}/" + sub] = std::move(p);
  };
  if (info.status_subresource) subresource("status", kind, gvk, true);
  if (info.scale && !refs.scale.empty())
    subresource("scale", d.ref(refs.scale), gvk_json("autoscaling", "v1", "Scale"), true);
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
      o["parameters"] = {dry_run_param(d), field_manager_param(d), field_validation_param(d)};
      set_body(d, o, object, true, any_body);
      set_responses(d, o, {{"200", object}, {"201", object}, {"202", object}}, produces);
      paths[base + "/{name}/token"] = {{"post", std::move(o)}, {"parameters", path_params(true, info.namespaced)}};
      continue;
    }
    // Served by the node (pods/log) or upgraded to a stream (exec, attach, portforward): the
    // answer is text, not an object.
    Json p = Json::object();
    bool is_log = sub.name == "log";
    for (const auto& verb : sub.verbs) {
      bool get = verb == "get";
      Json o = op(is_log ? "read" : get ? "connectGet" : "connectPost", sid, is_log ? "get" : "connect", gvk,
                  (is_log ? "read " : "connect to ") + sub.name + " of the specified " + info.kind);
      if (is_log)
        o["parameters"] = {param(d, "container", "query", str(), "The container to read from; may be omitted when the pod has one."),
                           param(d, "follow", "query", boolean(), "Stream the log until the container ends."),
                           param(d, "previous", "query", boolean(), "The log of the previous, terminated instance of the container."),
                           param(d, "timestamps", "query", boolean(), "Start every line with an RFC3339 timestamp."),
                           param(d, "sinceSeconds", "query", integer(), "Only lines newer than this many seconds."),
                           param(d, "sinceTime", "query", str(), "Only lines newer than this RFC3339 time."),
                           param(d, "tailLines", "query", integer(), "Only this many lines from the end."),
                           param(d, "limitBytes", "query", integer(), "Stop after this many bytes.")};
      set_text_responses(d, o, is_log ? "text/plain" : "*/*");
      if (d.v2 && !is_log) o["consumes"] = any_body;
      p[get ? "get" : "post"] = std::move(o);
    }
    p["parameters"] = path_params(true, info.namespaced);
    paths[base + "/{name}/" + sub.name] = std::move(p);
  }
}

// ---- documents ------------------------------------------------------------------------------

template <class T>
const TypeDescriptor& descriptor_of() {
  return api::Codec<T>::ref().object();
}

// A list kind's component: apiVersion, kind, metadata (ListMeta) and items.
Json list_schema(const Dialect& d, const std::string& kind, const std::string& item_component,
                 const std::string& list_meta) {
  return Json{
      {"type", "object"},
      {"description", "A list of " + kind + " objects."},
      {"properties",
       {{"apiVersion", {{"type", "string"}, {"description", "API version of this representation."}}},
        {"items",
         {{"type", "array"}, {"description", "The objects."}, {"items", d.ref(item_component)}}},
        {"kind", {{"type", "string"}, {"description", "Kind of this representation."}}},
        {"metadata", d.ref_with(list_meta, {{"description", "Standard list metadata."}})}}},
      {"required", Json::array({"items"})}};
}

bool is_true(const Json& s, const char* key) {
  auto it = s.find(key);
  return it != s.end() && it->is_boolean() && it->get<bool>();
}

// A CRD schema as Swagger 2.0 can say it, by kube-apiserver's rules for its v2 document:
// junctors (allOf, anyOf, oneOf, not) are dropped; a nullable value loses its type, properties
// and items (kubectl would reject the null otherwise) and is no longer required; a value that
// keeps unknown fields loses properties and items (kubectl would reject the unknown ones); an
// array left without items loses its type (kubectl refuses such arrays). Keywords that are not
// Swagger 2.0 are left out.
Json crd_schema_v2(const Json& s) {
  static const std::set<std::string> kKeywords = {
      "$ref", "format", "title", "description", "default", "multipleOf", "maximum", "exclusiveMaximum",
      "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
      "uniqueItems", "maxProperties", "minProperties", "required", "enum", "additionalProperties",
      "type", "items", "properties", "readOnly", "externalDocs", "example"};
  if (!s.is_object()) return s;
  Json out = Json::object();
  for (auto it = s.begin(); it != s.end(); ++it)
    if (kKeywords.count(it.key()) || it.key().rfind("x-", 0) == 0) out[it.key()] = it.value();
  if (is_true(s, "nullable")) {
    out.erase("type");
    out.erase("items");
    out.erase("properties");
  }
  if (is_true(s, "x-kubernetes-preserve-unknown-fields")) {
    out.erase("items");
    out.erase("properties");
  }
  if (out.contains("properties") && out["properties"].is_object()) {
    Json& props = out["properties"];
    std::vector<std::string> nullable;
    for (auto it = props.begin(); it != props.end(); ++it) {
      if (is_true(it.value(), "nullable")) nullable.push_back(it.key());
      it.value() = crd_schema_v2(it.value());
    }
    if (out.contains("required") && out["required"].is_array())
      for (const auto& n : nullable) {
        Json& req = out["required"];
        req.erase(std::remove(req.begin(), req.end(), Json(n)), req.end());
      }
  }
  if (out.contains("additionalProperties") && out["additionalProperties"].is_object()) {
    if (is_true(out["additionalProperties"], "nullable")) out.erase("required");
    out["additionalProperties"] = crd_schema_v2(out["additionalProperties"]);
  }
  if (out.contains("required") && out["required"].is_array() && out["required"].empty()) out.erase("required");
  if (out.contains("items")) {
    if (out["items"].is_array())
      for (auto& e : out["items"]) e = crd_schema_v2(e);
    else
      out["items"] = crd_schema_v2(out["items"]);
  }
  if (out.value("type", Json()) == "array" && !out.contains("items")) out.erase("type");
  return out;
}

// A custom resource's component from its CRD schema, with metadata pointing at ObjectMeta.
Json custom_schema(const Dialect& d, const ResourceType& rt, const std::string& object_meta) {
  // Like kube-apiserver's v2: without a schema, or when the root keeps unknown fields, the kind
  // is a bare object, which kubectl's validation lets through whole.
  if (d.v2 && (!rt.schema.is_object() || is_true(rt.schema, "x-kubernetes-preserve-unknown-fields")))
    return Json{{"type", "object"}};
  Json s = rt.schema.is_object() ? (d.v2 ? crd_schema_v2(rt.schema) : rt.schema)
                                 : Json{{"type", "object"}, {"x-kubernetes-preserve-unknown-fields", true}};
  if (!s.contains("type")) s["type"] = "object";
  Json& props = s["properties"];
  if (!props.is_object()) props = Json::object();
  if (!props.contains("apiVersion"))
    props["apiVersion"] = {{"type", "string"}, {"description", "API version of this representation."}};
  if (!props.contains("kind"))
    props["kind"] = {{"type", "string"}, {"description", "Kind of this representation."}};
  props["metadata"] = d.ref_with(object_meta, {{"description", "Standard object metadata."}});
  return s;
}

// Collects the components and paths of group-versions into one document; v3 documents hold one
// group-version each, the v2 document all of them.
class DocumentBuilder {
 public:
  explicit DocumentBuilder(Dialect d) : d_(d), schemas_(d) {
    common_.status = schemas_.component(descriptor_of<api::meta::v1::Status>());
    schemas_.add_gvk(common_.status, gvk_json("", "v1", "Status"));
    common_.delete_options = schemas_.component(descriptor_of<api::meta::v1::DeleteOptions>());
    common_.patch = schemas_.add(kMetaPackage, "Patch",
                                 {{"type", "object"},
                                  {"description", "The body of a PATCH request; its form is given by the "
                                                  "request's Content-Type."}});
    object_meta_ = schemas_.component(descriptor_of<api::meta::v1::ObjectMeta>());
    list_meta_ = schemas_.component(descriptor_of<api::meta::v1::ListMeta>());
  }

  void add(const std::vector<const ResourceType*>& resources) {
    for (const ResourceType* rt : resources)
      if (rt->info.scale && common_.scale.empty()) {
        common_.scale = schemas_.component(descriptor_of<api::autoscaling::v1::Scale>());
        schemas_.add_gvk(common_.scale, gvk_json("autoscaling", "v1", "Scale"));
      }
    for (const ResourceType* rt : resources) {
      const auto& info = rt->info;
      KindRefs refs = common_;
      std::string package;
      if (rt->type && rt->type->kind == ValueKind::kObject) {
        refs.kind = schemas_.component(rt->type->object());
        package = refs.kind.substr(0, refs.kind.rfind('.'));
      } else {
        package = reversed_group(info.group) + "." + info.version;
        refs.kind = schemas_.add(package, info.kind, custom_schema(d_, *rt, object_meta_));
      }
      schemas_.add_gvk(refs.kind, gvk_json(info.group, info.version, info.kind));
      if (!rt->review) {
        std::string list_kind = info.list_kind.empty() ? info.kind + "List" : info.list_kind;
        refs.list = schemas_.add(package, list_kind, list_schema(d_, info.kind, refs.kind, list_meta_));
        schemas_.add_gvk(refs.list, gvk_json(info.group, info.version, list_kind));
      }
      add_resource_paths(d_, paths_, *rt, refs);
    }
  }

  Json finish() {
    Json v = version_info();
    Json security_scheme = {{"type", "apiKey"}, {"name", "authorization"}, {"in", "header"},
                            {"description", "Bearer token authentication"}};
    Json info = {{"title", "Kubernetes"}, {"version", v.value("gitVersion", "")}};
    Json security = Json::array({Json{{"BearerToken", Json::array()}}});
    if (d_.v2)
      return Json{{"swagger", "2.0"},
                  {"info", std::move(info)},
                  {"paths", std::move(paths_)},
                  {"definitions", schemas_.take()},
                  {"securityDefinitions", {{"BearerToken", std::move(security_scheme)}}},
                  {"security", std::move(security)}};
    return Json{{"openapi", "3.0.0"},
                {"info", std::move(info)},
                {"paths", std::move(paths_)},
                {"components",
                 {{"schemas", schemas_.take()}, {"securitySchemes", {{"BearerToken", std::move(security_scheme)}}}}},
                {"security", std::move(security)}};
  }

 private:
  Dialect d_;
  SchemaSet schemas_;
  KindRefs common_;
  std::string object_meta_, list_meta_;
  Json paths_ = Json::object();
};

}  // namespace

std::string openapi_gv_path(const std::string& group, const std::string& version) {
  return group.empty() ? "api/" + version : "apis/" + group + "/" + version;
}

std::optional<Json> openapi_document(const Catalog& catalog, const std::string& group,
                                     const std::string& version) {
  auto resources = catalog.resources(group, version);
  if (resources.empty()) return std::nullopt;
  DocumentBuilder b(kV3);
  b.add(resources);
  return b.finish();
}

Json openapi_v2_document(const Catalog& catalog) {
  DocumentBuilder b(kV2);
  for (const auto& g : catalog.groups())
    for (const auto& v : g.versions) b.add(catalog.resources(g.name, v));
  return b.finish();
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

// /openapi/v2: one Swagger 2.0 document for the whole catalog, in JSON and in gnostic protobuf,
// with the ETag of the JSON form (kube-openapi's handler uses it for both, as answers vary by
// Accept).
struct V2Document {
  std::string json;
  std::string proto;
  std::string etag;  // quoted upper-case hex SHA-512 of `json`
};

std::shared_ptr<const V2Document> make_v2(const Catalog& catalog) {
  auto d = std::make_shared<V2Document>();
  Json doc = openapi_v2_document(catalog);
  d->json = to_json_string(doc);
  d->proto = encode_gnostic_v2(doc);
  d->etag = "\"" + sha512_hex(d->json) + "\"";
  return d;
}

bool has_any_custom(const Catalog& catalog) {
  for (const auto& g : catalog.groups())
    for (const auto& v : g.versions)
      if (has_custom(catalog, g.name, v)) return true;
  return false;
}

// The v2 document of a catalog, built on first request: a catalog without custom resources
// shares the process-wide built-in one; others are cached for the last few catalogs, like the
// v3 documents (a catalog is replaced when CRDs change).
std::shared_ptr<const V2Document> v2_for(const std::shared_ptr<const Catalog>& catalog) {
  static std::mutex mu;
  static std::shared_ptr<const V2Document> builtin;
  static std::vector<std::pair<std::weak_ptr<const Catalog>, std::shared_ptr<const V2Document>>> cache;
  bool custom = has_any_custom(*catalog);
  std::lock_guard lock(mu);
  if (!custom) {
    if (!builtin) builtin = make_v2(*builtin_catalog());
    return builtin;
  }
  for (const auto& [weak, doc] : cache)
    if (auto c = weak.lock(); c && c.get() == catalog.get()) return doc;
  auto doc = make_v2(*catalog);
  std::erase_if(cache, [](const auto& e) { return e.first.expired(); });
  if (cache.size() >= 8) cache.erase(cache.begin());
  cache.emplace_back(catalog, doc);
  return doc;
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

constexpr const char* kProtobufV2 = "application/com.github.proto-openapi.spec.v2.v1.0+protobuf";

// Like kube-openapi's handler: the Accept ranges by preference (q, then the more specific
// first), and the first that names JSON or either spelling of the protobuf type wins; a range
// naming neither leads to 406, never to JSON.
Response serve_v2(const Request& req, const std::shared_ptr<const Catalog>& catalog) {
  struct Choice {
    double q;
    int wildcards;
    std::string type, subtype;
  };
  std::vector<Choice> choices;
  auto ranges = accepted_media(req);
  if (ranges.empty()) choices.push_back({1, 2, "*", "*"});
  for (const auto& m : ranges) {
    std::string q = m.param("q");
    double qv = q.empty() ? 1.0 : std::strtod(q.c_str(), nullptr);
    if (qv <= 0) continue;
    std::string t = m.type;
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
    auto slash = t.find('/');
    std::string type = t.substr(0, slash), subtype = slash == std::string::npos ? "*" : t.substr(slash + 1);
    choices.push_back({qv, (type == "*") + (subtype == "*"), type, subtype});
  }
  std::stable_sort(choices.begin(), choices.end(), [](const Choice& a, const Choice& b) {
    return a.q != b.q ? a.q > b.q : a.wildcards < b.wildcards;
  });
  for (const auto& c : choices) {
    if (c.type != "application" && c.type != "*") continue;
    bool json = c.subtype == "*" || c.subtype == "json";
    bool proto = c.subtype == "com.github.proto-openapi.spec.v2@v1.0+protobuf" ||
                 c.subtype == "com.github.proto-openapi.spec.v2.v1.0+protobuf";
    if (!json && !proto) continue;
    auto doc = v2_for(catalog);
    std::vector<std::pair<std::string, std::string>> headers = {{"Vary", "Accept"}, {"ETag", doc->etag}};
    const char* type = json ? "application/json" : kProtobufV2;
    if (etag_matches(req, doc->etag)) return Response{304, type, "", std::move(headers)};
    return Response{200, type, json ? doc->json : doc->proto, std::move(headers)};
  }
  return status_response(406, "NotAcceptable",
                         std::string("only the following media types are accepted: application/json, ") + kProtobufV2);
}

}  // namespace

Response serve_openapi(const Request& req, const std::vector<std::string>& parts,
                       const std::shared_ptr<const Catalog>& catalog, TimePoint now) {
  if (req.method != "GET" && req.method != "HEAD") return error_response(make_method_not_allowed());
  if (parts.size() == 2 && parts[1] == "v2") return serve_v2(req, catalog);
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
