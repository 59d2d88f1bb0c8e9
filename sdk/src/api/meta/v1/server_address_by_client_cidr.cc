#include <windlass/api/meta/v1/server_address_by_client_cidr.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(ServerAddressByClientCIDR, d) {
  d.doc("The server address that clients in a network should use.");
  d.field("clientCIDR", &ServerAddressByClientCIDR::client_cidr)
      .doc("The client network, such as 0.0.0.0/0 for all clients.").required().proto(1);
  d.field("serverAddress", &ServerAddressByClientCIDR::server_address)
      .doc("host:port, or an IP, the clients should connect to.").required().proto(2);
}

}  // namespace windlass::api::meta::v1
