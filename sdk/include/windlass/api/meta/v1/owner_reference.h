// windlass/api/meta/v1/owner_reference.h — meta/v1 OwnerReference, the link from a dependent
// object to an object that owns it.
//
// An object lists its owners in `metadata.ownerReferences`; the garbage collector deletes it
// once every owner is gone. At most one owner is the `controller`, the one that manages the
// dependent; `blockOwnerDeletion` makes foreground deletion of the owner wait for it. Owners
// are named by kind, name and uid, in the dependent's namespace or cluster-scoped.
//
//   meta::v1::OwnerReference ref{.api_version = "apps/v1", .kind = "ReplicaSet",
//                                .name = "web-7d9c", .uid = rs.metadata.uid, .controller = true};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::meta::v1 {

// One owner of an object (upstream `metav1.OwnerReference`).
struct OwnerReference {
  std::string api_version;
  std::string kind;
  std::string name;
  std::string uid;
  std::optional<bool> controller;
  std::optional<bool> block_owner_deletion;
  UnknownFields unknown_fields;
  bool operator==(const OwnerReference&) const = default;
};
WINDLASS_API_DESCRIBED(OwnerReference);

}  // namespace windlass::api::meta::v1
