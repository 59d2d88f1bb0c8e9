// windlass/api/networking/v1/http_ingress_path.h — networking/v1 HTTPIngressPath, one path of an
// Ingress rule and its backend.
//
// `pathType` says how `path` matches: Exact, Prefix (by whole path elements, so "/foo" matches
// "/foo/bar" but not "/foobar") or ImplementationSpecific (left to the controller). It is
// required and written as `null` when unset, as Go does for this pointer without omitempty.
//
//   networking::v1::HTTPIngressPath p{.path = "/", .path_type = "Prefix",
//       .backend = {.service = networking::v1::IngressServiceBackend{
//           .name = "web", .port = {.number = 80}}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/networking/v1/ingress_backend.h>

#include <optional>
#include <string>

namespace windlass::api::networking::v1 {

// A URL path and the backend its requests go to (upstream `networkingv1.HTTPIngressPath`).
struct HTTPIngressPath {
  std::string path;
  std::optional<std::string> path_type;  // Exact, Prefix, ImplementationSpecific
  IngressBackend backend;
  UnknownFields unknown_fields;
  bool operator==(const HTTPIngressPath&) const = default;
};
WINDLASS_API_DESCRIBED(HTTPIngressPath);

}  // namespace windlass::api::networking::v1
