#include <windlass/api/meta/v1/api_group_list.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(APIGroupList, d) {
  d.doc("The named API groups a server serves, in priority order.");
  d.field("apiVersion", &APIGroupList::api_version)
      .doc("API version of this representation; \"v1\".");
  d.field("kind", &APIGroupList::kind).doc("Kind of this representation; \"APIGroupList\".");
  d.field("groups", &APIGroupList::groups)
      .doc("The groups.").required().list_atomic().proto(1);
}

}  // namespace windlass::api::meta::v1
