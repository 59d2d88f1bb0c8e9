// apiserver/registry/crds.h — CustomResourceDefinitions: validation, establishing, and the
// ResourceTypes that serve their custom resources (spec/apiserver.md section 11).
//
// The server establishes a CRD synchronously: the stored object already carries the
// NamesAccepted and Established conditions, and the catalog that serves its resources is
// rebuilt before the create returns, so a CR can be created by the very next request.
#pragma once

#include "registry/catalog.h"

#include <windlass/core/error.h>
#include <windlass/core/time.h>

#include <vector>

namespace windlass::apiserver {

bool is_crd_type(const ResourceType& type);
// 422 when the CRD is not acceptable: name, versions, scope, names, structural schemas.
Result<void> validate_crd(const Json& crd);
// Fills defaulted names and the status of an established CRD (keeping stored versions and
// condition times from `previous` when given).
void establish_crd(Json& crd, TimePoint now, const Json* previous);
// One ResourceType per served version of an established CRD.
std::vector<ResourceType> crd_resource_types(const Json& crd);
// Sorts version names by Kubernetes version priority (GA > beta > alpha, higher first, then
// the rest alphabetically).
void sort_versions(std::vector<std::string>& versions);

}  // namespace windlass::apiserver
