#include <windlass/api/meta/v1/group_version_for_discovery.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(GroupVersionForDiscovery, d) {
  d.doc("A version of an API group, for discovery.");
  d.field("groupVersion", &GroupVersionForDiscovery::group_version)
      .doc("The group and version as group/version, such as apps/v1.").required().proto(1);
  d.field("version", &GroupVersionForDiscovery::version)
      .doc("The version alone, such as v1.").required().proto(2);
}

}  // namespace windlass::api::meta::v1
