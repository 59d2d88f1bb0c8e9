#include <windlass/api/meta/v1/partial_object_metadata.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(PartialObjectMetadata, d) {
  d.doc("The metadata of an object of any kind, without its spec or status.");
  d.field("apiVersion", &PartialObjectMetadata::api_version)
      .doc("API version of this representation; \"meta.k8s.io/v1\".");
  d.field("kind", &PartialObjectMetadata::kind)
      .doc("Kind of this representation; \"PartialObjectMetadata\".");
  d.field("metadata", &PartialObjectMetadata::metadata)
      .doc("The object's full metadata.").proto(1);
}

}  // namespace windlass::api::meta::v1
