// windlass/api/apiextensions/v1/custom_resource_subresource_scale.h — apiextensions/v1
// CustomResourceSubresourceScale, where a custom resource keeps its replica counts.
//
// The paths are JSON paths in the object (".spec.replicas"); `labelSelectorPath` points at a
// string label selector in the status, which the HorizontalPodAutoscaler needs.
//
//   apiextensions::v1::CustomResourceSubresourceScale s{
//       .spec_replicas_path = ".spec.replicas", .status_replicas_path = ".status.replicas",
//       .label_selector_path = ".status.selector"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::apiextensions::v1 {

// The replica and selector paths of a custom resource's scale subresource (upstream
// `apiextensionsv1.CustomResourceSubresourceScale`).
struct CustomResourceSubresourceScale {
  std::string spec_replicas_path;
  std::string status_replicas_path;
  std::optional<std::string> label_selector_path;
  UnknownFields unknown_fields;
  bool operator==(const CustomResourceSubresourceScale&) const = default;
};
WINDLASS_API_DESCRIBED(CustomResourceSubresourceScale);

}  // namespace windlass::api::apiextensions::v1
