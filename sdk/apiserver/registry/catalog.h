// apiserver/registry/catalog.h — which resources the server serves and how each behaves.
//
// A Catalog is an immutable table of ResourceTypes: the built-in kinds (from the typed API
// declarations) plus, later, the custom resources of established CRDs. The server swaps in a
// new Catalog when CRDs change; requests hold a shared_ptr to the one they started with.
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/resource.h>
#include <windlass/core/field_error.h>
#include <windlass/core/json.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace windlass::apiserver {

// A subresource beyond status and scale (namespaces/finalize, pods/log, pods/exec…).
struct Subresource {
  std::string name;
  std::vector<std::string> verbs;
  // The response kind when it is not the resource's own; its group and version may be empty.
  std::string kind;
  std::string group;
  std::string version;
};

struct ResourceType {
  api::ResourceInfo info;
  const api::TypeRef* type = nullptr;  // the typed declaration; nullptr for custom resources
  Json schema;                         // structural schema of the whole object (null: none)
  bool custom = false;
  bool tracks_generation = false;      // metadata.generation starts at 1, bumps on spec change
  bool delete_returns_object = false;  // DELETE answers with the object, not a Status
  bool name_is_dns_label = false;      // Namespaces; others are DNS subdomains
  // A create-only review kind (access reviews, SelfSubjectReview, TokenReview): the server
  // answers with the status filled in and stores nothing.
  bool review = false;
  // Field selector paths beyond metadata.name and metadata.namespace.
  std::vector<std::string> field_labels;
  std::vector<std::string> verbs = {"create", "delete", "deletecollection", "get",
                                    "list",   "patch",  "update",           "watch"};
  std::vector<Subresource> extra_subresources;
  std::string storage_version;      // custom resources: the version objects are stored in
  // Another resource's objects seen through this one (events.k8s.io/v1 events are core/v1
  // events): where they are stored, and the conversions between the stored and served forms.
  std::string storage_prefix;
  Json (*from_storage)(const Json&) = nullptr;
  void (*to_storage)(Json&) = nullptr;  // in place: references into the object stay valid
  // Extra rules for objects created through this resource (422 when not empty).
  FieldErrors (*validate_create)(const Json&) = nullptr;
  std::string deprecation_warning;  // custom resources: sent as a Warning when served

  // "/registry/<group or core>/<plural>/"; objects are below it as <ns>/<name> or <name>.
  std::string key_prefix() const;
  std::string key(const std::string& ns, const std::string& name) const;
  // The group-qualified resource as error messages print it: "pods", "deployments.apps".
  std::string qualified_resource() const;
  bool has_verb(std::string_view verb) const;
  const Subresource* find_subresource(std::string_view name) const;
};

// One served group with its versions in preference order.
struct GroupEntry {
  std::string name;
  std::vector<std::string> versions;
};

class Catalog {
 public:
  Catalog() = default;
  Catalog(const Catalog& other);
  Catalog& operator=(const Catalog&) = delete;
  void add(ResourceType type);
  // A copy of this catalog plus `custom` (the resources of established CRDs).
  std::shared_ptr<const Catalog> with(std::vector<ResourceType> custom) const;

  const ResourceType* find(const std::string& group, const std::string& version,
                           const std::string& plural) const;
  // Groups in discovery order (core first, then by upstream priority, then custom).
  const std::vector<GroupEntry>& groups() const { return groups_; }
  // The resources of one group version, in registration order.
  std::vector<const ResourceType*> resources(const std::string& group,
                                             const std::string& version) const;

 private:
  std::vector<std::unique_ptr<ResourceType>> types_;
  std::map<std::string, const ResourceType*> by_path_;  // "group/version/plural"
  std::vector<GroupEntry> groups_;
};

// The built-in kinds this server serves, typed from the api library.
std::shared_ptr<const Catalog> builtin_catalog();

}  // namespace windlass::apiserver
