// windlass/api/apiextensions/v1/custom_resource_subresources.h — apiextensions/v1
// CustomResourceSubresources, the status and scale subresources of a CRD version.
//
// With `status` set, the main resource ignores changes to `.status` and `/status` ignores
// everything else; with `scale` set, `/scale` reads and writes the replica paths it names as an
// autoscaling/v1 Scale.
//
//   apiextensions::v1::CustomResourceSubresources s{
//       .status = apiextensions::v1::CustomResourceSubresourceStatus{},
//       .scale = apiextensions::v1::CustomResourceSubresourceScale{
//           .spec_replicas_path = ".spec.replicas", .status_replicas_path = ".status.replicas"}};
#pragma once

#include <windlass/api/apiextensions/v1/custom_resource_subresource_scale.h>
#include <windlass/api/apiextensions/v1/custom_resource_subresource_status.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::apiextensions::v1 {

// Which subresources a custom resource version has (upstream
// `apiextensionsv1.CustomResourceSubresources`).
struct CustomResourceSubresources {
  std::optional<CustomResourceSubresourceStatus> status;
  std::optional<CustomResourceSubresourceScale> scale;
  UnknownFields unknown_fields;
  bool operator==(const CustomResourceSubresources&) const = default;
};
WINDLASS_API_DESCRIBED(CustomResourceSubresources);

}  // namespace windlass::api::apiextensions::v1
