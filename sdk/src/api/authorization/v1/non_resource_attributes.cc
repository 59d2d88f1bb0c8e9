#include <windlass/api/authorization/v1/non_resource_attributes.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(NonResourceAttributes, d) {
  d.doc("An action on a URL that is not an API resource.");
  d.field("path", &NonResourceAttributes::path).doc("The URL path, such as /healthz.").proto(1);
  d.field("verb", &NonResourceAttributes::verb)
      .doc("The lower-cased HTTP verb, such as get.").proto(2);
}

}  // namespace windlass::api::authorization::v1
