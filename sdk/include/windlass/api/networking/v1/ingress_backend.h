// windlass/api/networking/v1/ingress_backend.h — networking/v1 IngressBackend, where matching
// requests are sent.
//
// Exactly one of `service` (a Service in the Ingress's namespace, by name and port) or
// `resource` (any object the controller understands, such as a storage bucket CR) is set.
//
//   networking::v1::IngressBackend b{
//       .service = networking::v1::IngressServiceBackend{.name = "web", .port = {.name = "http"}}};
#pragma once

#include <windlass/api/core/v1/typed_local_object_reference.h>
#include <windlass/api/describe.h>
#include <windlass/api/networking/v1/ingress_service_backend.h>

#include <optional>

namespace windlass::api::networking::v1 {

// The target of an Ingress rule or default route (upstream `networkingv1.IngressBackend`).
struct IngressBackend {
  std::optional<IngressServiceBackend> service;
  std::optional<core::v1::TypedLocalObjectReference> resource;
  UnknownFields unknown_fields;
  bool operator==(const IngressBackend&) const = default;
};
WINDLASS_API_DESCRIBED(IngressBackend);

}  // namespace windlass::api::networking::v1
