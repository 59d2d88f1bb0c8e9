#include <windlass/api/core/v1/scope_selector.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ScopeSelector, d) {
  d.doc("Scope requirements that all hold for the objects a ResourceQuota counts.");
  d.field("matchExpressions", &ScopeSelector::match_expressions)
      .doc("The requirements, all of which must hold.").list_atomic().proto(1);
}

}  // namespace windlass::api::core::v1
