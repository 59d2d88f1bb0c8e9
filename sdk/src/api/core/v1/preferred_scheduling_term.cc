#include <windlass/api/core/v1/preferred_scheduling_term.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PreferredSchedulingTerm, d) {
  d.doc("A weighted node preference.");
  d.field("weight", &PreferredSchedulingTerm::weight).doc("Weight, 1 to 100.").required().proto(1);
  d.field("preference", &PreferredSchedulingTerm::preference)
      .doc("The node requirements preferred.").required().proto(2);
}

}  // namespace windlass::api::core::v1
