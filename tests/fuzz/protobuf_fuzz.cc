// Fuzzes the protobuf body decoder with typed built-in kinds: any bytes must give JSON or an
// error, and JSON that decodes must also decode through the typed codec without crashing.

#include <windlass/api/core/v1/config_map.h>
#include <windlass/api/core/v1/namespace.h>
#include <windlass/api/core/v1/secret.h>
#include <windlass/api/protobuf.h>

#include <cstdint>
#include <string_view>

namespace {
template <class Kind>
void check(std::string_view body) {
  auto j = windlass::api::decode_protobuf_body(body, windlass::api::Codec<Kind>::ref());
  if (!j) return;
  auto typed = windlass::api::decode<Kind>(*j);
  if (typed) (void)windlass::api::encode(*typed);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view body(reinterpret_cast<const char*>(data), size);
  check<windlass::api::core::v1::Secret>(body);
  check<windlass::api::core::v1::ConfigMap>(body);
  check<windlass::api::core::v1::Namespace>(body);
  return 0;
}
