#include <windlass/api/core/v1/object_field_selector.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ObjectFieldSelector, d) {
  d.doc("A field of the pod, by path.");
  d.field("apiVersion", &ObjectFieldSelector::api_version)
      .doc("Version of the schema the path is written in; default \"v1\".").proto(1);
  d.field("fieldPath", &ObjectFieldSelector::field_path)
      .doc("Path of the field, such as metadata.labels['app'].").required().proto(2);
}

}  // namespace windlass::api::core::v1
