#include <windlass/api/meta/v1/api_group.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(APIGroup, d) {
  d.doc("An API group: its name, versions and preferred version.");
  d.field("apiVersion", &APIGroup::api_version)
      .doc("API version of this representation; \"v1\" when served alone, absent in lists.");
  d.field("kind", &APIGroup::kind)
      .doc("Kind of this representation; \"APIGroup\" when served alone, absent in lists.");
  d.field("name", &APIGroup::name).doc("The group name.").required().proto(1);
  d.field("versions", &APIGroup::versions)
      .doc("The versions served, most preferred first.").required().list_atomic().proto(2);
  d.field("preferredVersion", &APIGroup::preferred_version)
      .doc("The version clients should use when they have no preference.").proto(3);
  d.field("serverAddressByClientCIDRs", &APIGroup::server_address_by_client_cidrs)
      .doc("Which server address clients in which networks should use.")
      .list_atomic().proto(4);
}

}  // namespace windlass::api::meta::v1
