#include <windlass/api/discovery/v1/endpoint_slice.h>

namespace windlass::api::discovery::v1 {

WINDLASS_API_DESCRIBE(EndpointSlice, d) {
  d.doc("Some of the endpoints of a Service, all of one address type.");
  d.field("apiVersion", &EndpointSlice::api_version)
      .doc("API version of this representation; \"discovery.k8s.io/v1\".");
  d.field("kind", &EndpointSlice::kind).doc("Kind of this representation; \"EndpointSlice\".");
  d.field("metadata", &EndpointSlice::metadata).doc("Standard object metadata.").proto(1);
  d.field("addressType", &EndpointSlice::address_type)
      .doc("The kind of every address in the slice: IPv4, IPv6 or FQDN. Immutable.")
      .enum_values({"FQDN", "IPv4", "IPv6"}).required().proto(4);
  d.field("endpoints", &EndpointSlice::endpoints)
      .doc("The endpoints, at most 1000.").required().list_atomic().proto(2);
  d.field("ports", &EndpointSlice::ports)
      .doc("The ports open on every endpoint; empty means none are defined, and a port without "
           "a number stands for all ports.")
      .always().list_atomic().proto(3);
}

WINDLASS_API_RESOURCE_INFO(EndpointSlice) {
  return {.group = "discovery.k8s.io",
          .version = "v1",
          .kind = "EndpointSlice",
          .plural = "endpointslices",
          .singular = "endpointslice",
          .printer_columns = {
              {.name = "AddressType", .type = "string", .json_path = ".addressType"},
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"}}};
}

}  // namespace windlass::api::discovery::v1
