#include <windlass/api/batch/v1/success_policy_rule.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(SuccessPolicyRule, d) {
  d.doc("A condition under which an Indexed Job counts as succeeded early; set at least one "
        "field.");
  d.field("succeededIndexes", &SuccessPolicyRule::succeeded_indexes)
      .doc("Indexes that must all have succeeded, as intervals such as \"0,3-5\".").proto(1);
  d.field("succeededCount", &SuccessPolicyRule::succeeded_count)
      .doc("How many indexes (among succeededIndexes, when set) must have succeeded.").proto(2);
}

}  // namespace windlass::api::batch::v1
