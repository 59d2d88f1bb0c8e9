#include <windlass/api/apiextensions/v1/custom_resource_validation.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(CustomResourceValidation, d) {
  d.doc("The validation schema of a custom resource version.");
  d.field("openAPIV3Schema", &CustomResourceValidation::open_api_v3_schema)
      .doc("The structural OpenAPI v3 schema of the whole object.").proto(1);
}

}  // namespace windlass::api::apiextensions::v1
