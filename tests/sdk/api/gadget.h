// Test kind shared by crd_test.cc (which holds its descriptions) and apiextensions_v1_test.cc
// (which reads the CRD generated from it back as a typed CustomResourceDefinition).
#pragma once

#include <windlass/api/resource.h>

namespace crdtest {

struct GadgetSpec {
  std::int32_t replicas = 1;
  std::string mode;
  windlass::Quantity memory;
  windlass::api::UnknownFields unknown_fields;
};
WINDLASS_API_DESCRIBED(GadgetSpec);

struct GadgetStatus {
  std::int32_t replicas = 0;
  std::string selector;
};
WINDLASS_API_DESCRIBED(GadgetStatus);

struct Gadget {
  std::string api_version = "example.com/v1";
  std::string kind = "Gadget";
  windlass::Json metadata = windlass::Json::object();
  GadgetSpec spec;
  GadgetStatus status;
};
WINDLASS_API_DESCRIBED(Gadget);
WINDLASS_API_RESOURCE(Gadget);

}  // namespace crdtest
