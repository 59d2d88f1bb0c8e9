#include <windlass/api/core/v1/scoped_resource_selector_requirement.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ScopedResourceSelectorRequirement, d) {
  d.doc("One requirement on a quota scope.");
  d.field("scopeName", &ScopedResourceSelectorRequirement::scope_name)
      .doc("The scope, such as PriorityClass or Terminating.")
      .enum_values({"BestEffort", "CrossNamespacePodAffinity", "NotBestEffort",
                    "NotTerminating", "PriorityClass", "Terminating"})
      .required().proto(1);
  d.field("operator", &ScopedResourceSelectorRequirement::operator_)
      .doc("In, NotIn, Exists or DoesNotExist.")
      .enum_values({"DoesNotExist", "Exists", "In", "NotIn"}).required().proto(2);
  d.field("values", &ScopedResourceSelectorRequirement::values)
      .doc("Values for In and NotIn; empty for Exists and DoesNotExist.").list_atomic().proto(3);
}

}  // namespace windlass::api::core::v1
