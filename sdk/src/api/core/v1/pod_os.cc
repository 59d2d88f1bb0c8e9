#include <windlass/api/core/v1/pod_os.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodOS, d) {
  d.doc("The operating system of a pod.");
  d.field("name", &PodOS::name).doc("linux or windows.").required().proto(1);
}

}  // namespace windlass::api::core::v1
