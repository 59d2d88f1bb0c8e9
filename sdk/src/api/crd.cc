#include <windlass/api/crd.h>

#include <windlass/core/yaml.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace windlass::api {

namespace {

// Descriptions of the type-meta fields every kind has.
constexpr const char* kApiVersionDoc =
    "The versioned schema of this representation of the object. Servers convert the versions "
    "they recognize to their latest internal one and may reject others.";
constexpr const char* kKindDoc =
    "The REST resource this object represents, in CamelCase. Servers may infer it from the "
    "endpoint the request was sent to. Cannot be updated.";

// Strategic-merge markers belong to OpenAPI documents of built-in kinds; JSONSchemaProps in a
// CRD has no such fields (a strict decode rejects them), so CRD schemas leave them out.
void strip_patch_markers(Json& s) {
  if (s.is_object()) {
    s.erase("x-kubernetes-patch-merge-key");
    s.erase("x-kubernetes-patch-strategy");
    for (auto& [k, v] : s.items()) {
      if (k == "default" || k == "example" || k == "enum") continue;
      strip_patch_markers(v);
    }
  } else if (s.is_array()) {
    for (auto& v : s) strip_patch_markers(v);
  }
}

Json root_schema(const TypeDescriptor& kind) {
  Json s = Json::object();
  s["type"] = "object";
  if (!kind.doc().empty()) s["description"] = kind.doc();
  Json props = Json::object();
  Json required = Json::array();
  for (const auto& f : kind.fields()) {
    const std::string& name = f->json_name();
    if (name == "apiVersion") {
      props[name] = {{"type", "string"}, {"description", kApiVersionDoc}};
    } else if (name == "kind") {
      props[name] = {{"type", "string"}, {"description", kKindDoc}};
    } else if (name == "metadata") {
      props[name] = {{"type", "object"}};
    } else {
      props[name] = schema_of(f->type(), &f->markers());
      if (f->markers().required) required.push_back(name);
    }
  }
  s["properties"] = std::move(props);
  if (!required.empty()) s["required"] = std::move(required);
  strip_patch_markers(s);
  return s;
}

Json printer_columns(const ResourceInfo& info) {
  Json cols = Json::array();
  for (const auto& c : info.printer_columns) {
    Json col = {{"name", c.name}, {"type", c.type}, {"jsonPath", c.json_path}};
    if (!c.description.empty()) col["description"] = c.description;
    if (!c.format.empty()) col["format"] = c.format;
    if (c.priority != 0) col["priority"] = c.priority;
    cols.push_back(std::move(col));
  }
  return cols;
}

void check_node(const Json& s, const std::string& path, std::vector<std::string>& errors) {
  if (!s.is_object()) {
    errors.push_back(path + ": must be an object");
    return;
  }
  bool int_or_string = s.value("x-kubernetes-int-or-string", false);
  bool preserve = s.value("x-kubernetes-preserve-unknown-fields", false);
  auto type = s.find("type");
  if (type == s.end() && !int_or_string && !preserve)
    errors.push_back(path + ".type: Required value: must not be empty for specified object fields");
  std::string t = type != s.end() && type->is_string() ? type->get<std::string>() : "";
  if (s.contains("properties")) {
    if (!t.empty() && t != "object")
      errors.push_back(path + ".properties: Forbidden: must be empty for type " + t);
    if (s.contains("additionalProperties"))
      errors.push_back(path + ".additionalProperties: Forbidden: additionalProperties and "
                              "properties are mutual exclusive");
    for (auto it = s["properties"].begin(); it != s["properties"].end(); ++it)
      check_node(it.value(), path + ".properties[" + it.key() + "]", errors);
  }
  if (t == "array") {
    if (!s.contains("items")) errors.push_back(path + ".items: Required value: must be specified");
    else check_node(s["items"], path + ".items", errors);
  }
  if (auto ap = s.find("additionalProperties"); ap != s.end() && ap->is_object())
    check_node(*ap, path + ".additionalProperties", errors);
}

}  // namespace

Result<void> check_structural(const Json& schema) {
  std::vector<std::string> errors;
  check_node(schema, "openAPIV3Schema", errors);
  if (errors.empty()) return ok();
  std::string msg;
  for (const auto& e : errors) msg += (msg.empty() ? "" : ", ") + e;
  return Error(ErrorCode::kInvalid, "schema is not structural: " + msg);
}

Result<Json> make_crd(const std::vector<CrdVersion>& versions) {
  if (versions.empty()) return Error(ErrorCode::kInvalid, "a CRD needs at least one version");
  const ResourceInfo first = versions.front().info.with_defaults();
  int storage = 0;
  Json vs = Json::array();
  for (const auto& v : versions) {
    ResourceInfo info = v.info.with_defaults();
    if (info.group != first.group || info.kind != first.kind || info.plural != first.plural ||
        info.namespaced != first.namespaced)
      return Error(ErrorCode::kInvalid, "CRD versions disagree on group, kind, plural or scope: " +
                                            info.gvk().to_string() + " vs " +
                                            first.gvk().to_string());
    if (v.storage) ++storage;
    Json schema = root_schema(v.kind());
    if (auto r = check_structural(schema); !r)
      return Error(ErrorCode::kInvalid, info.gvk().to_string() + ": " + r.error().message());
    Json ver = {{"name", info.version},
                {"served", v.served},
                {"storage", v.storage},
                {"schema", {{"openAPIV3Schema", std::move(schema)}}}};
    Json sub = Json::object();
    if (info.status_subresource) sub["status"] = Json::object();
    if (info.scale) {
      Json scale = {{"specReplicasPath", info.scale->spec_replicas_path},
                    {"statusReplicasPath", info.scale->status_replicas_path}};
      if (!info.scale->label_selector_path.empty())
        scale["labelSelectorPath"] = info.scale->label_selector_path;
      sub["scale"] = std::move(scale);
    }
    if (!sub.empty()) ver["subresources"] = std::move(sub);
    if (!info.printer_columns.empty()) ver["additionalPrinterColumns"] = printer_columns(info);
    vs.push_back(std::move(ver));
  }
  if (storage != 1)
    return Error(ErrorCode::kInvalid, "a CRD needs exactly one storage version, found " +
                                          std::to_string(storage));
  Json names = {{"kind", first.kind},
                {"listKind", first.list_kind},
                {"plural", first.plural},
                {"singular", first.singular}};
  if (!first.short_names.empty()) names["shortNames"] = first.short_names;
  if (!first.categories.empty()) names["categories"] = first.categories;
  return Json{{"apiVersion", "apiextensions.k8s.io/v1"},
              {"kind", "CustomResourceDefinition"},
              {"metadata", {{"name", first.plural + "." + first.group}}},
              {"spec",
               {{"group", first.group},
                {"names", std::move(names)},
                {"scope", first.namespaced ? "Namespaced" : "Cluster"},
                {"versions", std::move(vs)}}}};
}

std::string crd_file_name(const Json& crd) {
  return crd["spec"]["group"].get<std::string>() + "_" +
         crd["spec"]["names"]["plural"].get<std::string>() + ".yaml";
}

int crd_generate_main(int argc, char** argv, const std::vector<Json>& crds) {
  std::string dir;
  bool check = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--check") check = true;
    else if (a == "--output-dir" && i + 1 < argc) dir = argv[++i];
    else if (a.rfind("--output-dir=", 0) == 0) dir = a.substr(13);
    else {
      std::fprintf(stderr, "usage: %s --output-dir DIR [--check]\n", argv[0]);
      return 2;
    }
  }
  if (dir.empty()) {
    std::fprintf(stderr, "usage: %s --output-dir DIR [--check]\n", argv[0]);
    return 2;
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  int differ = 0;
  for (const auto& crd : crds) {
    std::filesystem::path path = std::filesystem::path(dir) / crd_file_name(crd);
    std::string text = "---\n" + to_yaml(crd);
    if (check) {
      std::ifstream in(path);
      std::stringstream ss;
      ss << in.rdbuf();
      if (!in || ss.str() != text) {
        std::fprintf(stderr, "%s is out of date; regenerate it\n", path.c_str());
        ++differ;
      }
      continue;
    }
    std::ofstream out(path);
    out << text;
    if (!out) {
      std::fprintf(stderr, "cannot write %s\n", path.c_str());
      return 1;
    }
    std::printf("wrote %s\n", path.c_str());
  }
  return differ ? 1 : 0;
}

}  // namespace windlass::api
