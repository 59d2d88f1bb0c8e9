#include <windlass/api/meta/v1/api_resource_list.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(APIResourceList, d) {
  d.doc("The resources served by one group-version, as legacy discovery lists them.");
  d.field("apiVersion", &APIResourceList::api_version)
      .doc("API version of this representation; \"v1\", absent for the core group's list.");
  d.field("kind", &APIResourceList::kind).doc("Kind of this representation; \"APIResourceList\".");
  d.field("groupVersion", &APIResourceList::group_version)
      .doc("The group-version listed, such as apps/v1, or v1 for the core group.")
      .required().proto(1);
  d.field("resources", &APIResourceList::resources)
      .doc("The resources and subresources.").required().list_atomic().proto(2);
}

}  // namespace windlass::api::meta::v1
