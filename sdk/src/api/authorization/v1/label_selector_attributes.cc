#include <windlass/api/authorization/v1/label_selector_attributes.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(LabelSelectorAttributes, d) {
  d.doc("The label selector of a reviewed request, as query text or parsed.");
  d.field("rawSelector", &LabelSelectorAttributes::raw_selector)
      .doc("The selector as it appears in a query string; exclusive with requirements.")
      .proto(1);
  d.field("requirements", &LabelSelectorAttributes::requirements)
      .doc("The parsed selector; exclusive with rawSelector.").list_atomic().proto(2);
}

}  // namespace windlass::api::authorization::v1
