// windlass/api/apiextensions/v1/custom_resource_definition_names.h — apiextensions/v1
// CustomResourceDefinitionNames, the names a custom resource is known by.
//
// `plural` is the URL segment and, with the group, the CRD's name; `kind` the type name in
// objects; `singular`, `shortNames` and `categories` serve kubectl (`kubectl get widget`,
// `kubectl get wd`, `kubectl get all`). The server defaults `singular` to the lower-cased kind
// and `listKind` to kind + "List". The same type reports the accepted names in the status.
//
//   apiextensions::v1::CustomResourceDefinitionNames n{
//       .plural = "widgets", .singular = "widget", .short_names = {"wd"}, .kind = "Widget",
//       .list_kind = "WidgetList", .categories = {"all"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::apiextensions::v1 {

// The resource and kind names of a custom resource (upstream
// `apiextensionsv1.CustomResourceDefinitionNames`).
struct CustomResourceDefinitionNames {
  std::string plural;
  std::string singular;
  std::vector<std::string> short_names;
  std::string kind;
  std::string list_kind;
  std::vector<std::string> categories;
  UnknownFields unknown_fields;
  bool operator==(const CustomResourceDefinitionNames&) const = default;
};
WINDLASS_API_DESCRIBED(CustomResourceDefinitionNames);

}  // namespace windlass::api::apiextensions::v1
