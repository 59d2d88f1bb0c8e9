#include <windlass/api/core/v1/limit_range_spec.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(LimitRangeSpec, d) {
  d.doc("The bounds and defaults of a LimitRange.");
  d.field("limits", &LimitRangeSpec::limits)
      .doc("One entry per kind of object bounded.").required().list_atomic().proto(1);
}

}  // namespace windlass::api::core::v1
