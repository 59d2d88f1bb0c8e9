#include <windlass/api/networking/v1/ingress_class_parameters_reference.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IngressClassParametersReference, d) {
  d.doc("A reference to the object holding an IngressClass's parameters.");
  d.field("apiGroup", &IngressClassParametersReference::api_group)
      .doc("API group of the object; unset or empty means the core group.").proto(1);
  d.field("kind", &IngressClassParametersReference::kind)
      .doc("Kind of the object.").required().proto(2);
  d.field("name", &IngressClassParametersReference::name)
      .doc("Name of the object.").required().proto(3);
  d.field("scope", &IngressClassParametersReference::scope)
      .doc("Whether the object is cluster-scoped (Cluster, the default) or namespaced "
           "(Namespace).")
      .always().proto(4);
  d.field("namespace", &IngressClassParametersReference::namespace_)
      .doc("Namespace of the object; required when scope is Namespace, forbidden otherwise.")
      .proto(5);
}

}  // namespace windlass::api::networking::v1
