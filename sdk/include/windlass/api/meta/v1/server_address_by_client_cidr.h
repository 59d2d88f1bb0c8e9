// windlass/api/meta/v1/server_address_by_client_cidr.h — meta/v1 ServerAddressByClientCIDR,
// which server address clients in a network should use.
//
// Lets a server behind NAT or with several networks tell clients which address to reach it at;
// "0.0.0.0/0" covers every client.
//
//   meta::v1::ServerAddressByClientCIDR a{.client_cidr = "0.0.0.0/0",
//                                         .server_address = "192.168.49.2:8443"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::meta::v1 {

// A client network and the server address it should use (upstream
// `metav1.ServerAddressByClientCIDR`).
struct ServerAddressByClientCIDR {
  std::string client_cidr;
  std::string server_address;
  UnknownFields unknown_fields;
  bool operator==(const ServerAddressByClientCIDR&) const = default;
};
WINDLASS_API_DESCRIBED(ServerAddressByClientCIDR);

}  // namespace windlass::api::meta::v1
