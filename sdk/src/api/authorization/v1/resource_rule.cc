#include <windlass/api/authorization/v1/resource_rule.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(ResourceRule, d) {
  d.doc("Verbs a user may use on a set of API resources.");
  d.field("verbs", &ResourceRule::verbs)
      .doc("The allowed verbs; \"*\" means all.").required().list_atomic().proto(1);
  d.field("apiGroups", &ResourceRule::api_groups)
      .doc("API groups of the resources; \"*\" means all.").list_atomic().proto(2);
  d.field("resources", &ResourceRule::resources)
      .doc("Resources by plural name, with \"/subresource\" for subresources; \"*\" means all.")
      .list_atomic().proto(3);
  d.field("resourceNames", &ResourceRule::resource_names)
      .doc("Names of the objects the rule is limited to; empty means all.")
      .list_atomic().proto(4);
}

}  // namespace windlass::api::authorization::v1
