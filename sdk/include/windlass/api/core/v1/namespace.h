// windlass/api/core/v1/namespace.h — the core/v1 Namespace kind.
//
// A Namespace scopes the names of namespaced objects. It is itself cluster-scoped; deleting it
// moves it to phase Terminating, deletes everything inside, then runs the spec's finalizers.
// Like every typed kind, `apiVersion` and `kind` come first and default to this kind's values,
// and fields the type does not model are kept in `unknown_fields`.
//
//   core::v1::Namespace ns{.metadata = {.name = "team-a", .labels = {{"team", "a"}}}};
//   windlass::Json body = windlass::api::encode(ns);
//   // {"apiVersion":"v1","kind":"Namespace","metadata":{"name":"team-a",…},…}
#pragma once

#include <windlass/api/core/v1/namespace_spec.h>
#include <windlass/api/core/v1/namespace_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::core::v1 {

// A scope for the names of namespaced objects (upstream `corev1.Namespace`).
struct Namespace {
  std::string api_version = "v1";
  std::string kind = "Namespace";
  meta::v1::ObjectMeta metadata;
  NamespaceSpec spec;
  NamespaceStatus status;
  UnknownFields unknown_fields;
  bool operator==(const Namespace&) const = default;
};
WINDLASS_API_DESCRIBED(Namespace);
WINDLASS_API_RESOURCE(Namespace);

}  // namespace windlass::api::core::v1
