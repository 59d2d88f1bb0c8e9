// windlass/api/storage/v1/storage_class.h — storage/v1 StorageClass: a kind of storage that claims
// can ask for and provisioners create volumes of.
//
// Cluster-scoped and mostly immutable. A claim names a class in `storageClassName`; the class's
// provisioner creates a PersistentVolume with the class's parameters, reclaim policy and mount
// options. The annotation storageclass.kubernetes.io/is-default-class marks the class claims get
// when they name none.
//
//   storage::v1::StorageClass sc{.metadata = {.name = "fast"},
//                                .provisioner = "ebs.csi.aws.com",
//                                .parameters = {{"type", "gp3"}},
//                                .volume_binding_mode = "WaitForFirstConsumer"};
#pragma once

#include <windlass/api/core/v1/topology_selector_term.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::storage::v1 {

// A kind of storage that claims can ask for, and how its volumes are provisioned (upstream
// `storagev1.StorageClass`).
struct StorageClass {
  std::string api_version = "storage.k8s.io/v1";
  std::string kind = "StorageClass";
  meta::v1::ObjectMeta metadata;
  std::string provisioner;
  std::map<std::string, std::string> parameters;
  std::optional<std::string> reclaim_policy;
  std::vector<std::string> mount_options;
  std::optional<bool> allow_volume_expansion;
  std::optional<std::string> volume_binding_mode;
  std::vector<core::v1::TopologySelectorTerm> allowed_topologies;
  UnknownFields unknown_fields;
  bool operator==(const StorageClass&) const = default;
};
WINDLASS_API_DESCRIBED(StorageClass);
WINDLASS_API_RESOURCE(StorageClass);

}  // namespace windlass::api::storage::v1
