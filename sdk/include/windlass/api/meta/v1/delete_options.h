// windlass/api/meta/v1/delete_options.h — meta/v1 DeleteOptions, the optional body of a DELETE.
//
// How to delete: the grace period (0 deletes pods immediately), preconditions on the object's
// uid or resourceVersion, what happens to dependents (`propagationPolicy`: Orphan, Background
// or Foreground; `orphanDependents` is its deprecated predecessor), and dry run. The same
// options also arrive as query parameters. kubectl and client-go send apiVersion "v1" and kind
// "DeleteOptions"; other clients may send neither.
//
//   meta::v1::DeleteOptions o{.preconditions = meta::v1::Preconditions{.uid = uid},
//                             .propagation_policy = "Foreground"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/preconditions.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// Options of a delete request (upstream `metav1.DeleteOptions`).
struct DeleteOptions {
  std::string api_version = "v1";
  std::string kind = "DeleteOptions";
  std::optional<std::int64_t> grace_period_seconds;
  std::optional<Preconditions> preconditions;
  std::optional<bool> orphan_dependents;
  std::optional<std::string> propagation_policy;  // Orphan, Background, Foreground
  std::vector<std::string> dry_run;
  std::optional<bool> ignore_store_read_error_with_cluster_breaking_potential;
  UnknownFields unknown_fields;
  bool operator==(const DeleteOptions&) const = default;
};
WINDLASS_API_DESCRIBED(DeleteOptions);

}  // namespace windlass::api::meta::v1
