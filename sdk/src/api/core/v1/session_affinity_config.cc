#include <windlass/api/core/v1/session_affinity_config.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(SessionAffinityConfig, d) {
  d.doc("Settings of a Service's session affinity.");
  d.field("clientIP", &SessionAffinityConfig::client_ip)
      .doc("Settings of ClientIP affinity.").proto(1);
}

}  // namespace windlass::api::core::v1
