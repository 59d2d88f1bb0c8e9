#include <windlass/api/networking/v1/http_ingress_path.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(HTTPIngressPath, d) {
  d.doc("One URL path of an Ingress rule and the backend its requests go to.");
  d.field("path", &HTTPIngressPath::path)
      .doc("The path to match, starting with \"/\"; how it matches depends on pathType.")
      .proto(1);
  d.field("pathType", &HTTPIngressPath::path_type)
      .doc("How path matches: Exact, Prefix (by whole path elements) or "
           "ImplementationSpecific (up to the controller).")
      .enum_values({"Exact", "ImplementationSpecific", "Prefix"})
      .required().proto(3);
  d.field("backend", &HTTPIngressPath::backend)
      .doc("Where matching requests go.").required().proto(2);
}

}  // namespace windlass::api::networking::v1
