// windlass/api/core/v1/sleep_action.h — core/v1 SleepAction: a pause.
//
//   core::v1::SleepAction v{.seconds = 1};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>

namespace windlass::api::core::v1 {

// A pause (upstream `corev1.SleepAction`).
struct SleepAction {
  std::int64_t seconds = 0;
  UnknownFields unknown_fields;
  bool operator==(const SleepAction&) const = default;
};
WINDLASS_API_DESCRIBED(SleepAction);

}  // namespace windlass::api::core::v1
