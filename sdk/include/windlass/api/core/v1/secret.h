// windlass/api/core/v1/secret.h — the core/v1 Secret kind.
//
// A Secret holds sensitive bytes in `data` (base64 on the wire, raw bytes in `Bytes::data`
// here). `stringData` is a write-only convenience: the server merges it into `data` and never
// returns it. `type` tells consumers which keys to expect ("Opaque" when empty).
//
//   core::v1::Secret s{.metadata = {.name = "db"}, .data = {{"password", {"hunter2"}}},
//                      .type = "Opaque"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <map>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// Sensitive data such as passwords, tokens or keys (upstream `corev1.Secret`).
struct Secret {
  std::string api_version = "v1";
  std::string kind = "Secret";
  meta::v1::ObjectMeta metadata;
  std::optional<bool> immutable;
  std::map<std::string, Bytes> data;
  std::map<std::string, std::string> string_data;
  std::string type;
  UnknownFields unknown_fields;
  bool operator==(const Secret&) const = default;
};
WINDLASS_API_DESCRIBED(Secret);
WINDLASS_API_RESOURCE(Secret);

}  // namespace windlass::api::core::v1
