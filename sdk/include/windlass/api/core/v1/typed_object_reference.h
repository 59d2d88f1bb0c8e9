// windlass/api/core/v1/typed_object_reference.h — core/v1 TypedObjectReference: an object named by
// API group, kind, name and optionally namespace.
//
// Used by a claim's `dataSourceRef`, which, unlike `dataSource`, may point at any object a volume
// populator understands. `apiGroup` is written as null when unset (a Go pointer without omitempty).
//
//   core::v1::TypedObjectReference r{.api_group = "snapshot.storage.k8s.io",
//                                     .kind = "VolumeSnapshot", .name = "db-snap"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// An object named by API group, kind, name and optionally namespace (upstream
// `corev1.TypedObjectReference`).
struct TypedObjectReference {
  std::optional<std::string> api_group;
  std::string kind;
  std::string name;
  std::optional<std::string> namespace_;  // `namespace` is a C++ keyword
  UnknownFields unknown_fields;
  bool operator==(const TypedObjectReference&) const = default;
};
WINDLASS_API_DESCRIBED(TypedObjectReference);

}  // namespace windlass::api::core::v1
