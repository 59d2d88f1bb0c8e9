// Prints the field names and types of every typed API type, for python_models_test.py to compare
// with the official python client's models.
//
//   dump_descriptors
//     {"io.k8s.api.core.v1.ConfigMap": {"apiVersion": "string", "data": "map[string]string", …}, …}
//   dump_descriptors --required
//     {"io.k8s.api.core.v1.ConfigMap": [], "io.k8s.api.core.v1.NamespaceCondition": ["type", …]…}
//
// Types are keyed by their upstream OpenAPI definition name. A field's type is written as
// boolean, int32, int64, double, string, byte (base64), date-time, micro-time, quantity,
// int-or-string, raw (any JSON), the definition name of a described struct, `[]T` or
// `map[string]T`. Every described struct reachable from the listed types must be listed too;
// otherwise the program fails, so a newly declared type cannot escape the comparison.
#include <windlass/api/core/v1/config_map.h>
#include <windlass/api/core/v1/namespace.h>
#include <windlass/api/core/v1/secret.h>
#include <windlass/api/core/v1/service_account.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/condition.h>
#include <windlass/api/meta/v1/label_selector.h>
#include <windlass/api/meta/v1/status.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace {

using windlass::Json;
using windlass::api::Tag;
using windlass::api::TypeDescriptor;
using windlass::api::TypeRef;
using windlass::api::ValueKind;
namespace core = windlass::api::core::v1;
namespace meta = windlass::api::meta::v1;

constexpr const char* kMeta = "io.k8s.apimachinery.pkg.apis.meta.v1.";
constexpr const char* kCore = "io.k8s.api.core.v1.";

std::vector<std::pair<std::string, const TypeDescriptor*>> all_types() {
  return {
      {kMeta, &describe(Tag<meta::Condition>{})},
      {kMeta, &describe(Tag<meta::LabelSelector>{})},
      {kMeta, &describe(Tag<meta::LabelSelectorRequirement>{})},
      {kMeta, &describe(Tag<meta::ListMeta>{})},
      {kMeta, &describe(Tag<meta::ManagedFieldsEntry>{})},
      {kMeta, &describe(Tag<meta::ObjectMeta>{})},
      {kMeta, &describe(Tag<meta::OwnerReference>{})},
      {kMeta, &describe(Tag<meta::Status>{})},
      {kMeta, &describe(Tag<meta::StatusCause>{})},
      {kMeta, &describe(Tag<meta::StatusDetails>{})},
      {kCore, &describe(Tag<core::ConfigMap>{})},
      {kCore, &describe(Tag<core::LocalObjectReference>{})},
      {kCore, &describe(Tag<core::Namespace>{})},
      {kCore, &describe(Tag<core::NamespaceCondition>{})},
      {kCore, &describe(Tag<core::NamespaceSpec>{})},
      {kCore, &describe(Tag<core::NamespaceStatus>{})},
      {kCore, &describe(Tag<core::ObjectReference>{})},
      {kCore, &describe(Tag<core::Secret>{})},
      {kCore, &describe(Tag<core::ServiceAccount>{})},
  };
}

class Dumper {
 public:
  Dumper() {
    for (const auto& [prefix, desc] : all_types()) names_[desc] = prefix + desc->name();
  }

  bool ok() const { return missing_.empty(); }
  const std::vector<std::string>& missing() const { return missing_; }

  Json fields() {
    Json out = Json::object();
    for (const auto& [desc, name] : names_) {
      Json fields = Json::object();
      for (const auto& f : desc->fields()) fields[f->json_name()] = type_name(f->type());
      out[name] = std::move(fields);
    }
    return out;
  }

  Json required() const {
    Json out = Json::object();
    for (const auto& [desc, name] : names_) {
      Json req = Json::array();
      for (const auto& f : desc->fields())
        if (f->markers().required) req.push_back(f->json_name());
      out[name] = std::move(req);
    }
    return out;
  }

 private:
  std::string type_name(const TypeRef& t) {
    switch (t.kind) {
      case ValueKind::kBool: return "boolean";
      case ValueKind::kInt32: return "int32";
      case ValueKind::kInt64: return "int64";
      case ValueKind::kDouble: return "double";
      case ValueKind::kString: return "string";
      case ValueKind::kQuantity: return "quantity";
      case ValueKind::kTime: return "date-time";
      case ValueKind::kMicroTime: return "micro-time";
      case ValueKind::kIntOrString: return "int-or-string";
      case ValueKind::kBytes: return "byte";
      case ValueKind::kRaw: return "raw";
      case ValueKind::kArray: return "[]" + type_name(t.element());
      case ValueKind::kMap: return "map[string]" + type_name(t.element());
      case ValueKind::kObject: {
        const TypeDescriptor& d = t.object();
        auto it = names_.find(&d);
        if (it != names_.end()) return it->second;
        missing_.push_back(d.name());
        return "?" + d.name();
      }
    }
    return "?";
  }

  std::map<const TypeDescriptor*, std::string> names_;
  std::vector<std::string> missing_;
};

}  // namespace

int main(int argc, char** argv) {
  bool required = argc > 1 && std::strcmp(argv[1], "--required") == 0;
  Dumper dumper;
  Json fields = dumper.fields();  // also checks that every referenced struct is listed
  if (!dumper.ok()) {
    for (const auto& name : dumper.missing())
      std::fprintf(stderr, "dump_descriptors: described type %s is not listed in all_types()\n",
                   name.c_str());
    return 1;
  }
  std::printf("%s\n", (required ? dumper.required() : fields).dump(2).c_str());
  return 0;
}
