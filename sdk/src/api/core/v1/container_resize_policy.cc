#include <windlass/api/core/v1/container_resize_policy.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ContainerResizePolicy, d) {
  d.doc("How a container reacts to an in-place resize of one resource.");
  d.field("resourceName", &ContainerResizePolicy::resource_name)
      .doc("The resource, cpu or memory.").required().proto(1);
  d.field("restartPolicy", &ContainerResizePolicy::restart_policy)
      .doc("NotRequired (default) or RestartContainer.").required().proto(2);
}

}  // namespace windlass::api::core::v1
