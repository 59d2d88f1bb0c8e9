// windlass/api/core/v1/config_map.h — the core/v1 ConfigMap kind.
//
// A ConfigMap holds non-secret configuration as UTF-8 strings (`data`) and raw bytes
// (`binaryData`, base64 on the wire); a key may appear in only one of the two. An immutable
// ConfigMap can no longer change its data, only be deleted.
//
//   core::v1::ConfigMap cm{.metadata = {.name = "web-config", .namespace_ = "prod"},
//                          .data = {{"LOG_LEVEL", "debug"}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <map>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// Configuration data for pods to consume (upstream `corev1.ConfigMap`).
struct ConfigMap {
  std::string api_version = "v1";
  std::string kind = "ConfigMap";
  meta::v1::ObjectMeta metadata;
  std::optional<bool> immutable;
  std::map<std::string, std::string> data;
  std::map<std::string, Bytes> binary_data;
  UnknownFields unknown_fields;
  bool operator==(const ConfigMap&) const = default;
};
WINDLASS_API_DESCRIBED(ConfigMap);
WINDLASS_API_RESOURCE(ConfigMap);

}  // namespace windlass::api::core::v1
