#include <windlass/api/core/v1/client_ip_config.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ClientIPConfig, d) {
  d.doc("Settings of ClientIP session affinity.");
  d.field("timeoutSeconds", &ClientIPConfig::timeout_seconds)
      .doc("How long a client sticks to its pod, 1 to 86400 seconds (default 10800).").proto(1);
}

}  // namespace windlass::api::core::v1
