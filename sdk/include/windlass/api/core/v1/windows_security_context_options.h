// windlass/api/core/v1/windows_security_context_options.h — core/v1 WindowsSecurityContextOptions:
// windows settings of a pod or container.
//
//   core::v1::WindowsSecurityContextOptions v{.gmsa_credential_spec_name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// Windows settings of a pod or container (upstream `corev1.WindowsSecurityContextOptions`).
struct WindowsSecurityContextOptions {
  std::optional<std::string> gmsa_credential_spec_name;
  std::optional<std::string> gmsa_credential_spec;
  std::optional<std::string> run_as_user_name;
  std::optional<bool> host_process;
  UnknownFields unknown_fields;
  bool operator==(const WindowsSecurityContextOptions&) const = default;
};
WINDLASS_API_DESCRIBED(WindowsSecurityContextOptions);

}  // namespace windlass::api::core::v1
