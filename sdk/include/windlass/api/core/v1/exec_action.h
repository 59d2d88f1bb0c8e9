// windlass/api/core/v1/exec_action.h — core/v1 ExecAction: a command run inside the container.
//
//   core::v1::ExecAction v{.command = {"example"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// A command run inside the container (upstream `corev1.ExecAction`).
struct ExecAction {
  std::vector<std::string> command;
  UnknownFields unknown_fields;
  bool operator==(const ExecAction&) const = default;
};
WINDLASS_API_DESCRIBED(ExecAction);

}  // namespace windlass::api::core::v1
