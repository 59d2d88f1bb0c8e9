#include <windlass/api/networking/v1/http_ingress_rule_value.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(HTTPIngressRuleValue, d) {
  d.doc("The URL paths routed for one host and their backends.");
  d.field("paths", &HTTPIngressRuleValue::paths)
      .doc("The paths and their backends.").required().list_atomic().proto(1);
}

}  // namespace windlass::api::networking::v1
