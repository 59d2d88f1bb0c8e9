#include <windlass/api/meta/v1/preconditions.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(Preconditions, d) {
  d.doc("Conditions an object must meet for a delete to go ahead.");
  d.field("uid", &Preconditions::uid)
      .doc("The object's uid must be this one.").proto(1);
  d.field("resourceVersion", &Preconditions::resource_version)
      .doc("The object's resourceVersion must be this one.").proto(2);
}

}  // namespace windlass::api::meta::v1
