// apiserver/rest/discovery.h — discovery documents from the Catalog (private).
//
// Both flavours: aggregated (apidiscovery.k8s.io/v2 and v2beta1, chosen from the Accept header
// and announced in the Content-Type, which is all client-go looks at) and legacy (APIVersions,
// APIGroupList, APIGroup, APIResourceList).
#pragma once

#include "http/message.h"
#include "registry/catalog.h"

namespace windlass::apiserver {

Response discovery_core(const Request& req, const Catalog& catalog, const std::string& address);
Response discovery_groups(const Request& req, const Catalog& catalog);
Response discovery_group(const Catalog& catalog, const std::string& group);
Response discovery_resources(const Catalog& catalog, const std::string& group,
                             const std::string& version);

}  // namespace windlass::apiserver
