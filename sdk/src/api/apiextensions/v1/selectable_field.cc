#include <windlass/api/apiextensions/v1/selectable_field.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(SelectableField, d) {
  d.doc("A field of a custom resource that field selectors may filter on.");
  d.field("jsonPath", &SelectableField::json_path)
      .doc("Simple JSON path of a string, integer or boolean field, such as .spec.color.")
      .required().proto(1);
}

}  // namespace windlass::api::apiextensions::v1
