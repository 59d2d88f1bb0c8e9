// windlass/api/apiextensions/v1/custom_resource_subresource_status.h — apiextensions/v1
// CustomResourceSubresourceStatus, the marker that enables a CRD version's status subresource.
//
// It has no fields: its presence (`status: {}`) is the switch.
//
//   version.subresources = apiextensions::v1::CustomResourceSubresources{
//       .status = apiextensions::v1::CustomResourceSubresourceStatus{}};
#pragma once

#include <windlass/api/describe.h>

namespace windlass::api::apiextensions::v1 {

// Enables the status subresource (upstream `apiextensionsv1.CustomResourceSubresourceStatus`).
struct CustomResourceSubresourceStatus {
  UnknownFields unknown_fields;
  bool operator==(const CustomResourceSubresourceStatus&) const = default;
};
WINDLASS_API_DESCRIBED(CustomResourceSubresourceStatus);

}  // namespace windlass::api::apiextensions::v1
