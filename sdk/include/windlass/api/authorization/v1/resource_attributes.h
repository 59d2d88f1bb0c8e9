// windlass/api/authorization/v1/resource_attributes.h — authorization/v1 ResourceAttributes, a
// request on an API resource, as the authorizers see it.
//
// The verb (get, list, watch, create, update, patch, delete, deletecollection, or a special one
// such as impersonate), the group/version/resource and optional subresource, and the namespace
// and name of the object; empty means all. "*" stands for all in the fields that accept it.
// `fieldSelector` and `labelSelector` (Kubernetes 1.31+) carry a list or watch request's
// selectors, so that authorizers can allow filtered reads only.
//
//   authorization::v1::ResourceAttributes a{.namespace_ = "prod", .verb = "get",
//                                           .resource = "pods", .subresource = "log",
//                                           .name = "web-0"};
#pragma once

#include <windlass/api/authorization/v1/field_selector_attributes.h>
#include <windlass/api/authorization/v1/label_selector_attributes.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::authorization::v1 {

// An action on an API resource (upstream `authorizationv1.ResourceAttributes`).
struct ResourceAttributes {
  std::string namespace_;  // `namespace` is a C++ keyword
  std::string verb;
  std::string group;
  std::string version;
  std::string resource;
  std::string subresource;
  std::string name;
  std::optional<FieldSelectorAttributes> field_selector;
  std::optional<LabelSelectorAttributes> label_selector;
  UnknownFields unknown_fields;
  bool operator==(const ResourceAttributes&) const = default;
};
WINDLASS_API_DESCRIBED(ResourceAttributes);

}  // namespace windlass::api::authorization::v1
