#include <windlass/api/core/v1/sysctl.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Sysctl, d) {
  d.doc("One kernel parameter.");
  d.field("name", &Sysctl::name).doc("Parameter name.").required().proto(1);
  d.field("value", &Sysctl::value).doc("Parameter value.").required().proto(2);
}

}  // namespace windlass::api::core::v1
