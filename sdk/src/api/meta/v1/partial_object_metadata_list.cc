#include <windlass/api/meta/v1/partial_object_metadata_list.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(PartialObjectMetadataList, d) {
  d.doc("A list of objects reduced to their metadata.");
  d.field("apiVersion", &PartialObjectMetadataList::api_version)
      .doc("API version of this representation; \"meta.k8s.io/v1\".");
  d.field("kind", &PartialObjectMetadataList::kind)
      .doc("Kind of this representation; \"PartialObjectMetadataList\".");
  d.field("metadata", &PartialObjectMetadataList::metadata)
      .doc("List metadata: resourceVersion and continue token.").proto(1);
  d.field("items", &PartialObjectMetadataList::items)
      .doc("The metadata of each object.").required().proto(2);
}

}  // namespace windlass::api::meta::v1
