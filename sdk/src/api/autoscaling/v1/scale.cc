#include <windlass/api/autoscaling/v1/scale.h>

namespace windlass::api::autoscaling::v1 {

WINDLASS_API_DESCRIBE(Scale, d) {
  d.doc("The replica count of a scalable resource, read and written through its scale "
        "subresource.");
  d.field("apiVersion", &Scale::api_version)
      .doc("API version of this representation; \"autoscaling/v1\".");
  d.field("kind", &Scale::kind).doc("Kind of this representation; \"Scale\".");
  d.field("metadata", &Scale::metadata)
      .doc("Metadata of the scaled object (name, namespace, uid, resourceVersion).").proto(1);
  d.field("spec", &Scale::spec).doc("The desired size.").proto(2);
  d.field("status", &Scale::status)
      .doc("The observed size, maintained by the server.").proto(3);
}

}  // namespace windlass::api::autoscaling::v1
