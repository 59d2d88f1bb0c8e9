#include <windlass/api/authorization/v1/resource_attributes.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(ResourceAttributes, d) {
  d.doc("An action on an API resource, as authorizers see it.");
  d.field("namespace", &ResourceAttributes::namespace_)
      .doc("Namespace of the object; empty means all namespaces for namespaced resources, and "
           "is required empty for cluster-scoped ones.")
      .proto(1);
  d.field("verb", &ResourceAttributes::verb)
      .doc("The verb, such as get, list, watch, create, update, delete or a special verb like "
           "impersonate; \"*\" means all.")
      .proto(2);
  d.field("group", &ResourceAttributes::group)
      .doc("API group of the resource; \"*\" means all.").proto(3);
  d.field("version", &ResourceAttributes::version)
      .doc("API version of the resource; \"*\" means all.").proto(4);
  d.field("resource", &ResourceAttributes::resource)
      .doc("Resource by plural name; \"*\" means all.").proto(5);
  d.field("subresource", &ResourceAttributes::subresource)
      .doc("Subresource, such as log or status; empty means none.").proto(6);
  d.field("name", &ResourceAttributes::name)
      .doc("Name of the object; empty means all objects (as for list and create).").proto(7);
  d.field("fieldSelector", &ResourceAttributes::field_selector)
      .doc("The field selector of a list or watch.").proto(8);
  d.field("labelSelector", &ResourceAttributes::label_selector)
      .doc("The label selector of a list or watch.").proto(9);
}

}  // namespace windlass::api::authorization::v1
