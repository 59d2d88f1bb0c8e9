// windlass/api/core/v1/persistent_volume_claim_spec.h — core/v1 PersistentVolumeClaimSpec: the
// storage a claim asks for and how it may be provided.
//
// Mostly fixed once created: only `resources.requests` (to expand, where the storage class allows
// it) and `volumeAttributesClassName` may change. `volumeName` is set by the binder, or by the user
// to ask for one particular PersistentVolume.
//
//   core::v1::PersistentVolumeClaimSpec s{
//       .access_modes = {"ReadWriteOnce"},
//       .resources = {.requests = {{"storage", *Quantity::parse("10Gi")}}},
//       .storage_class_name = "standard"};
#pragma once

#include <windlass/api/core/v1/typed_local_object_reference.h>
#include <windlass/api/core/v1/typed_object_reference.h>
#include <windlass/api/core/v1/volume_resource_requirements.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// The storage a claim asks for and how it may be provided (upstream
// `corev1.PersistentVolumeClaimSpec`).
struct PersistentVolumeClaimSpec {
  std::vector<std::string> access_modes;
  std::optional<meta::v1::LabelSelector> selector;
  VolumeResourceRequirements resources;
  std::string volume_name;
  std::optional<std::string> storage_class_name;
  std::optional<std::string> volume_mode;
  std::optional<TypedLocalObjectReference> data_source;
  std::optional<TypedObjectReference> data_source_ref;
  std::optional<std::string> volume_attributes_class_name;
  UnknownFields unknown_fields;
  bool operator==(const PersistentVolumeClaimSpec&) const = default;
};
WINDLASS_API_DESCRIBED(PersistentVolumeClaimSpec);

}  // namespace windlass::api::core::v1
