#include <windlass/api/apiextensions/v1/custom_resource_definition_status.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(CustomResourceDefinitionStatus, d) {
  d.doc("What the API server reports about a CRD: conditions, accepted names, stored "
        "versions.");
  d.field("conditions", &CustomResourceDefinitionStatus::conditions)
      .doc("The latest observations, one per type.")
      .always().list_map({"type"}).proto(1);
  d.field("acceptedNames", &CustomResourceDefinitionStatus::accepted_names)
      .doc("The names actually served; they can differ from the spec's while a new name "
           "conflicts.")
      .always().proto(2);
  d.field("storedVersions", &CustomResourceDefinitionStatus::stored_versions)
      .doc("Every version objects have been stored in; a version can be removed from the spec "
           "only after it is migrated out and removed here.")
      .always().list_atomic().proto(3);
}

}  // namespace windlass::api::apiextensions::v1
