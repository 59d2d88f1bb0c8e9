#include <windlass/api/authorization/v1/field_selector_attributes.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(FieldSelectorAttributes, d) {
  d.doc("The field selector of a reviewed request, as query text or parsed.");
  d.field("rawSelector", &FieldSelectorAttributes::raw_selector)
      .doc("The selector as it appears in a query string; exclusive with requirements.")
      .proto(1);
  d.field("requirements", &FieldSelectorAttributes::requirements)
      .doc("The parsed selector; exclusive with rawSelector.").list_atomic().proto(2);
}

}  // namespace windlass::api::authorization::v1
