// windlass/api/core/v1/service_account.h — the core/v1 ServiceAccount kind.
//
// A ServiceAccount is the identity pods run as. It names the image pull secrets its pods get
// and whether its API token is mounted into them by default. `secrets` is legacy: it listed
// long-lived token Secrets, which the server no longer creates.
//
//   core::v1::ServiceAccount sa{.metadata = {.name = "builder", .namespace_ = "ci"},
//                               .image_pull_secrets = {{.name = "registry-creds"}},
//                               .automount_service_account_token = false};
#pragma once

#include <windlass/api/core/v1/local_object_reference.h>
#include <windlass/api/core/v1/object_reference.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// An identity for processes running in pods (upstream `corev1.ServiceAccount`).
struct ServiceAccount {
  std::string api_version = "v1";
  std::string kind = "ServiceAccount";
  meta::v1::ObjectMeta metadata;
  std::vector<ObjectReference> secrets;
  std::vector<LocalObjectReference> image_pull_secrets;
  std::optional<bool> automount_service_account_token;
  UnknownFields unknown_fields;
  bool operator==(const ServiceAccount&) const = default;
};
WINDLASS_API_DESCRIBED(ServiceAccount);
WINDLASS_API_RESOURCE(ServiceAccount);

}  // namespace windlass::api::core::v1
