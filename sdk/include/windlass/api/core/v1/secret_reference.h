// windlass/api/core/v1/secret_reference.h — core/v1 SecretReference: a Secret named by namespace
// and name.
//
//   core::v1::SecretReference r{.name = "ceph-creds", .namespace_ = "storage"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// A Secret named by namespace and name (upstream `corev1.SecretReference`).
struct SecretReference {
  std::string name;
  std::string namespace_;  // `namespace` is a C++ keyword
  UnknownFields unknown_fields;
  bool operator==(const SecretReference&) const = default;
};
WINDLASS_API_DESCRIBED(SecretReference);

}  // namespace windlass::api::core::v1
