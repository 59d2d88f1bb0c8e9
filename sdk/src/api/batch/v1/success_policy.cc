#include <windlass/api/batch/v1/success_policy.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(SuccessPolicy, d) {
  d.doc("When an Indexed Job counts as succeeded before all of its indexes have.");
  d.field("rules", &SuccessPolicy::rules)
      .doc("Alternative rules, tried in order; at most 20.").required().list_atomic().proto(1);
}

}  // namespace windlass::api::batch::v1
