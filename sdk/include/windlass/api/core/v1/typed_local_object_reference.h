// windlass/api/core/v1/typed_local_object_reference.h — core/v1 TypedLocalObjectReference: an
// object in the same namespace, named by API group, kind and name.
//
// Go declares `apiGroup` as a pointer without omitempty, so an unset group is written as
// `"apiGroup": null`, exactly as kube-apiserver writes it.
//
//   core::v1::TypedLocalObjectReference r{.api_group = "snapshot.storage.k8s.io",
//                                          .kind = "VolumeSnapshot", .name = "db-snap"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// An object in the same namespace, named by API group, kind and name (upstream
// `corev1.TypedLocalObjectReference`).
struct TypedLocalObjectReference {
  std::optional<std::string> api_group;
  std::string kind;
  std::string name;
  UnknownFields unknown_fields;
  bool operator==(const TypedLocalObjectReference&) const = default;
};
WINDLASS_API_DESCRIBED(TypedLocalObjectReference);

}  // namespace windlass::api::core::v1
