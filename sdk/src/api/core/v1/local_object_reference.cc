#include <windlass/api/core/v1/local_object_reference.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(LocalObjectReference, d) {
  d.doc("A reference by name to an object in the same namespace; the kind is implied by the "
        "field.");
  d.field("name", &LocalObjectReference::name)
      .doc("Name of the referent.").default_value("").proto(1);
}

}  // namespace windlass::api::core::v1
