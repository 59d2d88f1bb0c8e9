#include <windlass/api/rbac/v1/policy_rule.h>

namespace windlass::api::rbac::v1 {

WINDLASS_API_DESCRIBE(PolicyRule, d) {
  d.doc("Verbs allowed on a set of API resources or non-resource URLs.");
  d.field("verbs", &PolicyRule::verbs)
      .doc("The allowed verbs, such as get, list, watch, create, update, patch, delete; \"*\" "
           "allows all.")
      .required().list_atomic().proto(1);
  d.field("apiGroups", &PolicyRule::api_groups)
      .doc("API groups of the resources; \"\" is the core group, \"*\" any group.")
      .list_atomic().proto(2);
  d.field("resources", &PolicyRule::resources)
      .doc("Resources the rule covers, by plural name, with \"/subresource\" for subresources; "
           "\"*\" covers all.")
      .list_atomic().proto(3);
  d.field("resourceNames", &PolicyRule::resource_names)
      .doc("Names of the objects the rule is limited to; empty means all objects.")
      .list_atomic().proto(4);
  d.field("nonResourceURLs", &PolicyRule::non_resource_urls)
      .doc("URL paths that are not API resources, such as /healthz; a trailing \"*\" matches a "
           "prefix. Only meaningful in ClusterRoles.")
      .list_atomic().proto(5);
}

}  // namespace windlass::api::rbac::v1
