// windlass/api/meta/v1/object_meta.h — meta/v1 ObjectMeta, the `metadata` every persisted
// object carries.
//
// Clients set name (or generateName), namespace, labels, annotations, owner references and
// finalizers; the API server fills in uid, resourceVersion, generation, creationTimestamp,
// deletion fields and managedFields. Go's `metav1.Time` value becomes `Time` (the zero time is
// written as `null`, as Go writes it) and Go pointers become `std::optional`.
//
//   meta::v1::ObjectMeta m{.name = "web", .namespace_ = "prod", .labels = {{"app", "web"}}};
//   bool deleting = m.deletion_timestamp.has_value();
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/managed_fields_entry.h>
#include <windlass/api/meta/v1/owner_reference.h>
#include <windlass/core/time.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// The metadata of a persisted object (upstream `metav1.ObjectMeta`).
struct ObjectMeta {
  std::string name;
  std::string generate_name;
  std::string namespace_;  // `namespace` is a C++ keyword
  std::string self_link;
  std::string uid;
  std::string resource_version;
  std::int64_t generation = 0;
  Time creation_timestamp;
  std::optional<Time> deletion_timestamp;
  std::optional<std::int64_t> deletion_grace_period_seconds;
  std::map<std::string, std::string> labels;
  std::map<std::string, std::string> annotations;
  std::vector<OwnerReference> owner_references;
  std::vector<std::string> finalizers;
  std::vector<ManagedFieldsEntry> managed_fields;
  UnknownFields unknown_fields;
  bool operator==(const ObjectMeta&) const = default;
};
WINDLASS_API_DESCRIBED(ObjectMeta);

}  // namespace windlass::api::meta::v1
