#include <windlass/api/core/v1/env_var_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(EnvVarSource, d) {
  d.doc("Where an environment variable's value comes from; set exactly one member.");
  d.field("fieldRef", &EnvVarSource::field_ref)
      .doc("A field of the pod, such as metadata.name or status.podIP.").proto(1);
  d.field("resourceFieldRef", &EnvVarSource::resource_field_ref)
      .doc("A resource limit or request of a container.").proto(2);
  d.field("configMapKeyRef", &EnvVarSource::config_map_key_ref)
      .doc("A key of a ConfigMap.").proto(3);
  d.field("secretKeyRef", &EnvVarSource::secret_key_ref).doc("A key of a Secret.").proto(4);
}

}  // namespace windlass::api::core::v1
