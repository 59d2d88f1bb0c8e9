#include <windlass/api/authorization/v1/non_resource_rule.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(NonResourceRule, d) {
  d.doc("Verbs a user may use on a set of non-resource URLs.");
  d.field("verbs", &NonResourceRule::verbs)
      .doc("The allowed verbs, such as get; \"*\" means all.").required().list_atomic().proto(1);
  d.field("nonResourceURLs", &NonResourceRule::non_resource_urls)
      .doc("URL paths; a trailing \"*\" matches every path with that prefix.")
      .list_atomic().proto(2);
}

}  // namespace windlass::api::authorization::v1
