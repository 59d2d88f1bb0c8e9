#include <windlass/api/networking/v1/ingress_class_spec.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IngressClassSpec, d) {
  d.doc("The controller that implements an IngressClass and the parameters it reads.");
  d.field("controller", &IngressClassSpec::controller)
      .doc("Domain-prefixed name of the controller, such as example.com/ingress-controller; "
           "immutable.")
      .proto(1);
  d.field("parameters", &IngressClassSpec::parameters)
      .doc("An object holding controller-specific configuration for this class.").proto(2);
}

}  // namespace windlass::api::networking::v1
