#include <windlass/api/core/v1/pod_dns_config_option.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodDNSConfigOption, d) {
  d.doc("One resolver option.");
  d.field("name", &PodDNSConfigOption::name).doc("Option name, such as ndots.").proto(1);
  d.field("value", &PodDNSConfigOption::value).doc("Option value, if it takes one.").proto(2);
}

}  // namespace windlass::api::core::v1
