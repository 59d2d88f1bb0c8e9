// windlass/api/batch/v1/uncounted_terminated_pods.h — batch/v1 UncountedTerminatedPods: UIDs of
// finished pods the job controller has not yet added to the counts.
//
// The controller removes its finalizer from such pods and then moves them into `succeeded` or
// `failed`; the lists are usually empty.
//
//   batch::v1::UncountedTerminatedPods u{.succeeded = {"2b8d6a1e-4f3c-4d9a-8b7e-1c5f3a9d2e4b"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::batch::v1 {

// UIDs of finished pods the job controller has not yet added to the status counters (upstream
// `batchv1.UncountedTerminatedPods`).
struct UncountedTerminatedPods {
  std::vector<std::string> succeeded;
  std::vector<std::string> failed;
  UnknownFields unknown_fields;
  bool operator==(const UncountedTerminatedPods&) const = default;
};
WINDLASS_API_DESCRIBED(UncountedTerminatedPods);

}  // namespace windlass::api::batch::v1
