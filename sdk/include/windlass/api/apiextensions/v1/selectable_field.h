// windlass/api/apiextensions/v1/selectable_field.h — apiextensions/v1 SelectableField, a field
// of a custom resource usable in field selectors.
//
// Beyond metadata.name and metadata.namespace, which always work, a CRD version may list up to
// 8 string, integer or boolean fields that `--field-selector` can filter on. Kubernetes 1.30+
// (generally available since 1.32).
//
//   apiextensions::v1::SelectableField f{.json_path = ".spec.color"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::apiextensions::v1 {

// A field of a custom resource that field selectors may use (upstream
// `apiextensionsv1.SelectableField`).
struct SelectableField {
  std::string json_path;
  UnknownFields unknown_fields;
  bool operator==(const SelectableField&) const = default;
};
WINDLASS_API_DESCRIBED(SelectableField);

}  // namespace windlass::api::apiextensions::v1
