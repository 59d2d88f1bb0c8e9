// core/v1 PersistentVolumeClaim and PersistentVolume, storage.k8s.io/v1 StorageClass against
// objects as kube-apiserver 1.32 returns them.
#include <windlass/api/core/v1/persistent_volume.h>
#include <windlass/api/core/v1/persistent_volume_claim.h>
#include <windlass/api/protobuf.h>
#include <windlass/api/storage/v1/storage_class.h>

#include "round_trip.h"

#include <gtest/gtest.h>

namespace windlass::api {
namespace {

using core::v1::PersistentVolume;
using core::v1::PersistentVolumeClaim;
using core::v1::PersistentVolumeClaimSpec;
using core::v1::PersistentVolumeClaimStatus;
using core::v1::PersistentVolumeSpec;
using core::v1::TypedLocalObjectReference;
using core::v1::TypedObjectReference;
using storage::v1::StorageClass;

// A StatefulSet's claim after the EBS CSI driver provisioned and the binder bound it.
constexpr const char* kBoundClaim = R"({
  "apiVersion": "v1",
  "kind": "PersistentVolumeClaim",
  "metadata": {
    "annotations": {
      "pv.kubernetes.io/bind-completed": "yes",
      "pv.kubernetes.io/bound-by-controller": "yes",
      "volume.beta.kubernetes.io/storage-provisioner": "ebs.csi.aws.com",
      "volume.kubernetes.io/selected-node": "ip-10-0-1-23.eu-west-1.compute.internal",
      "volume.kubernetes.io/storage-provisioner": "ebs.csi.aws.com"
    },
    "creationTimestamp": "2024-11-20T09:30:11Z",
    "finalizers": ["kubernetes.io/pvc-protection"],
    "labels": {"app": "db"},
    "name": "data-db-0",
    "namespace": "prod",
    "resourceVersion": "4102",
    "uid": "3f2a9c1e-7b4d-4e6f-8a0c-2d4f6b8e0a1c"
  },
  "spec": {
    "accessModes": ["ReadWriteOnce"],
    "resources": {"requests": {"storage": "10Gi"}},
    "storageClassName": "gp3",
    "volumeMode": "Filesystem",
    "volumeName": "pvc-3f2a9c1e-7b4d-4e6f-8a0c-2d4f6b8e0a1c"
  },
  "status": {
    "accessModes": ["ReadWriteOnce"],
    "capacity": {"storage": "10Gi"},
    "phase": "Bound"
  }
})";

// A claim cloned from another, being expanded from 10Gi to 20Gi on a cluster with the
// RecoverVolumeExpansionFailure and VolumeAttributesClass gates on; the resizer waits for the
// kubelet. `dataSource.apiGroup` is null (a Go pointer without omitempty); the status carries a
// field from a newer server.
constexpr const char* kExpandingClone = R"({
  "apiVersion": "v1",
  "kind": "PersistentVolumeClaim",
  "metadata": {
    "creationTimestamp": "2024-11-20T10:12:40Z",
    "finalizers": ["kubernetes.io/pvc-protection"],
    "name": "db-clone",
    "namespace": "prod",
    "resourceVersion": "5822",
    "uid": "8c0e2a4c-6e8a-4c1d-9f3b-5d7f9b1d3f5a"
  },
  "spec": {
    "accessModes": ["ReadWriteOnce"],
    "dataSource": {"apiGroup": null, "kind": "PersistentVolumeClaim", "name": "data-db-0"},
    "dataSourceRef": {"apiGroup": null, "kind": "PersistentVolumeClaim", "name": "data-db-0"},
    "resources": {"limits": {"storage": "50Gi"}, "requests": {"storage": "20Gi"}},
    "storageClassName": "gp3",
    "volumeAttributesClassName": "gold",
    "volumeMode": "Filesystem",
    "volumeName": "pvc-8c0e2a4c-6e8a-4c1d-9f3b-5d7f9b1d3f5a"
  },
  "status": {
    "accessModes": ["ReadWriteOnce"],
    "allocatedResourceStatuses": {"storage": "NodeResizePending"},
    "allocatedResources": {"storage": "20Gi"},
    "capacity": {"storage": "10Gi"},
    "conditions": [{
      "lastProbeTime": null,
      "lastTransitionTime": "2024-11-20T11:02:40Z",
      "message": "Waiting for user to (re-)start a pod to finish file system resize of volume on node.",
      "status": "True",
      "type": "FileSystemResizePending"
    }],
    "currentVolumeAttributesClassName": "silver",
    "modifyVolumeStatus": {"status": "InProgress", "targetVolumeAttributesClassName": "gold"},
    "phase": "Bound",
    "futureStatusField": {"x": 1}
  }
})";

// A claim filled by a volume populator from a snapshot in another namespace.
constexpr const char* kPendingPopulatedClaim = R"({
  "apiVersion": "v1",
  "kind": "PersistentVolumeClaim",
  "metadata": {
    "creationTimestamp": "2024-11-20T10:20:00Z",
    "name": "restored",
    "namespace": "staging",
    "resourceVersion": "5901",
    "uid": "b1d3f5a7-c9e1-4b3d-8f5a-7c9e1b3d5f7a"
  },
  "spec": {
    "accessModes": ["ReadWriteOncePod"],
    "dataSourceRef": {
      "apiGroup": "snapshot.storage.k8s.io",
      "kind": "VolumeSnapshot",
      "name": "nightly",
      "namespace": "prod"
    },
    "resources": {"requests": {"storage": "5Gi"}},
    "selector": {"matchLabels": {"tier": "ssd"}},
    "storageClassName": "",
    "volumeMode": "Block"
  },
  "status": {"phase": "Pending"}
})";

// The volume provisioned for kBoundClaim, pinned to its zone.
constexpr const char* kCsiVolume = R"({
  "apiVersion": "v1",
  "kind": "PersistentVolume",
  "metadata": {
    "annotations": {
      "pv.kubernetes.io/provisioned-by": "ebs.csi.aws.com",
      "volume.kubernetes.io/provisioner-deletion-secret-name": "",
      "volume.kubernetes.io/provisioner-deletion-secret-namespace": ""
    },
    "creationTimestamp": "2024-11-20T09:30:14Z",
    "finalizers": ["external-provisioner.volume.kubernetes.io/finalizer", "kubernetes.io/pv-protection"],
    "name": "pvc-3f2a9c1e-7b4d-4e6f-8a0c-2d4f6b8e0a1c",
    "resourceVersion": "4098",
    "uid": "6d8f0b2d-4f6b-4d8f-a1c3-e5a7c9e1b3d5"
  },
  "spec": {
    "accessModes": ["ReadWriteOnce"],
    "capacity": {"storage": "10Gi"},
    "claimRef": {
      "apiVersion": "v1",
      "kind": "PersistentVolumeClaim",
      "name": "data-db-0",
      "namespace": "prod",
      "resourceVersion": "4080",
      "uid": "3f2a9c1e-7b4d-4e6f-8a0c-2d4f6b8e0a1c"
    },
    "csi": {
      "driver": "ebs.csi.aws.com",
      "fsType": "ext4",
      "nodeStageSecretRef": {"name": "ebs-stage", "namespace": "kube-system"},
      "volumeAttributes": {"storage.kubernetes.io/csiProvisionerIdentity": "1732093000123-8081-ebs.csi.aws.com"},
      "volumeHandle": "vol-0a1b2c3d4e5f67890"
    },
    "nodeAffinity": {"required": {"nodeSelectorTerms": [{"matchExpressions": [
      {"key": "topology.kubernetes.io/zone", "operator": "In", "values": ["eu-west-1a"]}]}]}},
    "persistentVolumeReclaimPolicy": "Delete",
    "storageClassName": "gp3",
    "volumeMode": "Filesystem"
  },
  "status": {"lastPhaseTransitionTime": "2024-11-20T09:30:14Z", "phase": "Bound"}
})";

// kind's local-path provisioner: a hostPath volume pinned to one node, released by its claim.
constexpr const char* kReleasedHostPathVolume = R"({
  "apiVersion": "v1",
  "kind": "PersistentVolume",
  "metadata": {
    "annotations": {"local.path.provisioner/selected-node": "kind-worker", "pv.kubernetes.io/provisioned-by": "rancher.io/local-path"},
    "creationTimestamp": "2024-11-19T16:02:31Z",
    "finalizers": ["kubernetes.io/pv-protection"],
    "name": "pvc-0c2e4a6c-8e0a-4c2e-b4a6-c8e0a2c4e6a8",
    "resourceVersion": "2201",
    "uid": "e0a2c4e6-a8c0-4e2a-8c6e-0a2c4e6a8c0e"
  },
  "spec": {
    "accessModes": ["ReadWriteOnce"],
    "capacity": {"storage": "1Gi"},
    "claimRef": {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "name": "scratch", "namespace": "default", "resourceVersion": "2150", "uid": "0c2e4a6c-8e0a-4c2e-b4a6-c8e0a2c4e6a8"},
    "hostPath": {"path": "/var/local-path-provisioner/pvc-0c2e4a6c-8e0a-4c2e-b4a6-c8e0a2c4e6a8_default_scratch", "type": "DirectoryOrCreate"},
    "nodeAffinity": {"required": {"nodeSelectorTerms": [{"matchExpressions": [
      {"key": "kubernetes.io/hostname", "operator": "In", "values": ["kind-worker"]}]}]}},
    "persistentVolumeReclaimPolicy": "Retain",
    "storageClassName": "standard",
    "volumeMode": "Filesystem"
  },
  "status": {"lastPhaseTransitionTime": "2024-11-20T08:00:00Z", "phase": "Released"}
})";

// Hand-made volumes: an NFS share, a local SSD, and an iSCSI disk (a source kept as plain JSON).
constexpr const char* kNfsVolume = R"({
  "apiVersion": "v1",
  "kind": "PersistentVolume",
  "metadata": {"creationTimestamp": "2024-11-20T07:00:00Z", "name": "shared", "resourceVersion": "1900", "uid": "2a4c6e8a-0c2e-4a6c-9e8a-0c2e4a6c8e0a"},
  "spec": {
    "accessModes": ["ReadWriteMany", "ReadOnlyMany"],
    "capacity": {"storage": "1Ti"},
    "mountOptions": ["nfsvers=4.1", "hard"],
    "nfs": {"path": "/exports/shared", "readOnly": true, "server": "nfs.example.com"},
    "persistentVolumeReclaimPolicy": "Retain",
    "volumeMode": "Filesystem"
  },
  "status": {"lastPhaseTransitionTime": "2024-11-20T07:00:00Z", "phase": "Available"}
})";

constexpr const char* kLocalVolume = R"({
  "apiVersion": "v1",
  "kind": "PersistentVolume",
  "metadata": {"creationTimestamp": "2024-11-20T07:05:00Z", "labels": {"tier": "ssd"}, "name": "local-ssd-1", "resourceVersion": "1910", "uid": "4c6e8a0c-2e4a-4c8e-a0c2-e4a6c8e0a2c4"},
  "spec": {
    "accessModes": ["ReadWriteOnce"],
    "capacity": {"storage": "375Gi"},
    "local": {"fsType": "xfs", "path": "/mnt/disks/ssd1"},
    "nodeAffinity": {"required": {"nodeSelectorTerms": [{"matchExpressions": [
      {"key": "kubernetes.io/hostname", "operator": "In", "values": ["node-7"]}]}]}},
    "persistentVolumeReclaimPolicy": "Delete",
    "storageClassName": "local-ssd",
    "volumeMode": "Block"
  },
  "status": {"lastPhaseTransitionTime": "2024-11-20T07:05:00Z", "phase": "Available"}
})";

constexpr const char* kIscsiVolume = R"({
  "apiVersion": "v1",
  "kind": "PersistentVolume",
  "metadata": {"creationTimestamp": "2024-11-20T07:10:00Z", "name": "san-lun0", "resourceVersion": "1920", "uid": "6e8a0c2e-4a6c-4e0a-b2e4-a6c8e0a2c4e6"},
  "spec": {
    "accessModes": ["ReadWriteOnce"],
    "capacity": {"storage": "200Gi"},
    "iscsi": {"fsType": "ext4", "iqn": "iqn.2001-04.com.example:storage.lun0", "iscsiInterface": "default", "lun": 0, "targetPortal": "10.0.0.5:3260"},
    "persistentVolumeReclaimPolicy": "Retain",
    "volumeMode": "Filesystem"
  },
  "status": {"phase": "Available"}
})";

// kind's default class.
constexpr const char* kKindStandardClass = R"({
  "apiVersion": "storage.k8s.io/v1",
  "kind": "StorageClass",
  "metadata": {
    "annotations": {"storageclass.kubernetes.io/is-default-class": "true"},
    "creationTimestamp": "2024-11-18T14:00:02Z",
    "name": "standard",
    "resourceVersion": "289",
    "uid": "a8c0e2a4-c6e8-4a0c-9e2a-4c6e8a0c2e4a"
  },
  "provisioner": "rancher.io/local-path",
  "reclaimPolicy": "Delete",
  "volumeBindingMode": "WaitForFirstConsumer"
})";

// An EBS class with parameters, expansion, topology restriction and mount options.
constexpr const char* kGp3Class = R"({
  "allowVolumeExpansion": true,
  "allowedTopologies": [{"matchLabelExpressions": [
    {"key": "topology.kubernetes.io/zone", "values": ["eu-west-1a", "eu-west-1b"]}]}],
  "apiVersion": "storage.k8s.io/v1",
  "kind": "StorageClass",
  "metadata": {
    "creationTimestamp": "2024-11-18T14:10:00Z",
    "name": "gp3",
    "resourceVersion": "412",
    "uid": "c0e2a4c6-e8a0-4c2e-a4c6-e8a0c2e4a6c8"
  },
  "mountOptions": ["noatime"],
  "parameters": {"csi.storage.k8s.io/fstype": "ext4", "encrypted": "true", "type": "gp3"},
  "provisioner": "ebs.csi.aws.com",
  "reclaimPolicy": "Retain",
  "volumeBindingMode": "WaitForFirstConsumer"
})";

// ---- PersistentVolumeClaim ----------------------------------------------------------------

TEST(CoreV1PersistentVolumeClaim, RoundTripsABoundClaim) {
  auto c = round_trip<PersistentVolumeClaim>(kBoundClaim);
  EXPECT_EQ(c.spec.access_modes, std::vector<std::string>{"ReadWriteOnce"});
  EXPECT_EQ(c.spec.resources.requests.at("storage").to_string(), "10Gi");
  EXPECT_EQ(c.spec.storage_class_name, "gp3");
  EXPECT_EQ(c.spec.volume_mode, "Filesystem");
  EXPECT_EQ(c.spec.volume_name, "pvc-3f2a9c1e-7b4d-4e6f-8a0c-2d4f6b8e0a1c");
  EXPECT_FALSE(c.spec.data_source);
  EXPECT_EQ(c.status.phase, "Bound");
  EXPECT_EQ(c.status.capacity.at("storage").to_string(), "10Gi");
  EXPECT_TRUE(c.status.conditions.empty());
}

TEST(CoreV1PersistentVolumeClaim, RoundTripsAnExpandingCloneWithNullApiGroups) {
  auto c = round_trip<PersistentVolumeClaim>(kExpandingClone);
  ASSERT_TRUE(c.spec.data_source);
  EXPECT_FALSE(c.spec.data_source->api_group);
  EXPECT_EQ(c.spec.data_source->kind, "PersistentVolumeClaim");
  ASSERT_TRUE(c.spec.data_source_ref);
  EXPECT_FALSE(c.spec.data_source_ref->namespace_);
  EXPECT_EQ(c.spec.resources.limits.at("storage").to_string(), "50Gi");
  EXPECT_EQ(c.spec.volume_attributes_class_name, "gold");
  ASSERT_EQ(c.status.conditions.size(), 1u);
  EXPECT_EQ(c.status.conditions[0].type, "FileSystemResizePending");
  EXPECT_EQ(Codec<Time>::encode(c.status.conditions[0].last_probe_time), Json(nullptr));
  EXPECT_EQ(c.status.allocated_resources.at("storage").to_string(), "20Gi");
  EXPECT_EQ(c.status.allocated_resource_statuses.at("storage"), "NodeResizePending");
  EXPECT_EQ(c.status.current_volume_attributes_class_name, "silver");
  ASSERT_TRUE(c.status.modify_volume_status);
  EXPECT_EQ(c.status.modify_volume_status->status, "InProgress");
  EXPECT_EQ(c.status.modify_volume_status->target_volume_attributes_class_name, "gold");
  EXPECT_EQ(c.status.unknown_fields.value, Json::parse(R"({"futureStatusField":{"x":1}})"));
}

TEST(CoreV1PersistentVolumeClaim, RoundTripsACrossNamespacePopulatedClaim) {
  auto c = round_trip<PersistentVolumeClaim>(kPendingPopulatedClaim);
  ASSERT_TRUE(c.spec.data_source_ref);
  EXPECT_EQ(c.spec.data_source_ref->api_group, "snapshot.storage.k8s.io");
  EXPECT_EQ(c.spec.data_source_ref->namespace_, "prod");
  // An empty class name is a request for a class-less volume, kept apart from "unset".
  EXPECT_EQ(c.spec.storage_class_name, "");
  ASSERT_TRUE(c.spec.selector);
  EXPECT_EQ(c.spec.selector->match_labels.at("tier"), "ssd");
  EXPECT_EQ(c.spec.volume_mode, "Block");
  EXPECT_TRUE(c.spec.volume_name.empty());
  EXPECT_EQ(c.status.phase, "Pending");
}

TEST(CoreV1PersistentVolumeClaim, NewClaimsWriteWhatGoWould) {
  PersistentVolumeClaim c{
      .metadata = {.name = "data"},
      .spec = {.access_modes = {"ReadWriteOnce"},
               .resources = {.requests = {{"storage", *Quantity::parse("1Gi")}}}}};
  EXPECT_EQ(encode(c), Json::parse(R"({"apiVersion":"v1","kind":"PersistentVolumeClaim",
      "metadata":{"name":"data","creationTimestamp":null},
      "spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"1Gi"}}},
      "status":{}})"));
  // resources is a struct in Go: written even when empty.
  EXPECT_EQ(encode(PersistentVolumeClaimSpec{}), Json::parse(R"({"resources":{}})"));
  // apiGroup is a pointer without omitempty: an unset group is written as null.
  EXPECT_EQ(encode(TypedLocalObjectReference{.kind = "PersistentVolumeClaim", .name = "src"}),
            Json::parse(R"({"apiGroup":null,"kind":"PersistentVolumeClaim","name":"src"})"));
  EXPECT_EQ(encode(TypedObjectReference{.api_group = "", .kind = "K", .name = "n"}),
            Json::parse(R"({"apiGroup":"","kind":"K","name":"n"})"));
}

TEST(CoreV1PersistentVolumeClaim, DecodeErrorsNameThePath) {
  auto c = decode<PersistentVolumeClaim>(Json::parse(R"({
    "spec": {"accessModes": "ReadWriteOnce", "resources": {"requests": {"storage": "ten gigs"}},
             "dataSource": {"kind": 3}},
    "status": {"conditions": [{"type": "Resizing", "status": "True", "lastTransitionTime": 5}]}
  })"));
  ASSERT_FALSE(c);
  const std::string& m = c.error().message();
  EXPECT_NE(m.find("spec.accessModes: expected array, got string"), std::string::npos) << m;
  EXPECT_NE(m.find("spec.resources.requests[storage]: "), std::string::npos) << m;
  EXPECT_NE(m.find("spec.dataSource.kind: expected string, got number 3"), std::string::npos) << m;
  EXPECT_NE(m.find("status.conditions[0].lastTransitionTime: "), std::string::npos) << m;
  auto strict = decode<PersistentVolumeClaim>(Json::parse(kExpandingClone), {.strict = true});
  ASSERT_FALSE(strict);
  EXPECT_EQ(strict.error().message(),
            "strict decoding error: unknown field \"status.futureStatusField\"");
}

// ---- PersistentVolume ---------------------------------------------------------------------

TEST(CoreV1PersistentVolume, RoundTripsACsiVolume) {
  auto pv = round_trip<PersistentVolume>(kCsiVolume);
  EXPECT_EQ(pv.metadata.namespace_, "");
  EXPECT_EQ(pv.spec.capacity.at("storage").to_string(), "10Gi");
  ASSERT_TRUE(pv.spec.csi);
  EXPECT_EQ(pv.spec.csi->driver, "ebs.csi.aws.com");
  EXPECT_EQ(pv.spec.csi->volume_handle, "vol-0a1b2c3d4e5f67890");
  EXPECT_EQ(pv.spec.csi->fs_type, "ext4");
  EXPECT_FALSE(pv.spec.csi->read_only);
  ASSERT_TRUE(pv.spec.csi->node_stage_secret_ref);
  EXPECT_EQ(pv.spec.csi->node_stage_secret_ref->namespace_, "kube-system");
  EXPECT_FALSE(pv.spec.csi->node_publish_secret_ref);
  ASSERT_TRUE(pv.spec.claim_ref);
  EXPECT_EQ(pv.spec.claim_ref->name, "data-db-0");
  ASSERT_TRUE(pv.spec.node_affinity);
  ASSERT_TRUE(pv.spec.node_affinity->required);
  EXPECT_EQ(pv.spec.node_affinity->required->node_selector_terms.at(0).match_expressions.at(0).key,
            "topology.kubernetes.io/zone");
  EXPECT_EQ(pv.spec.persistent_volume_reclaim_policy, "Delete");
  EXPECT_FALSE(pv.spec.host_path);
  EXPECT_TRUE(pv.spec.nfs == std::nullopt && pv.spec.iscsi.is_null());
  EXPECT_EQ(pv.status.phase, "Bound");
  ASSERT_TRUE(pv.status.last_phase_transition_time);
  EXPECT_EQ(pv.status.last_phase_transition_time->to_string(), "2024-11-20T09:30:14Z");
}

TEST(CoreV1PersistentVolume, RoundTripsAReleasedHostPathVolume) {
  auto pv = round_trip<PersistentVolume>(kReleasedHostPathVolume);
  ASSERT_TRUE(pv.spec.host_path);
  EXPECT_EQ(pv.spec.host_path->type, "DirectoryOrCreate");
  EXPECT_EQ(pv.spec.persistent_volume_reclaim_policy, "Retain");
  EXPECT_EQ(pv.status.phase, "Released");
}

TEST(CoreV1PersistentVolume, RoundTripsNfsLocalAndUntypedSources) {
  auto nfs = round_trip<PersistentVolume>(kNfsVolume);
  ASSERT_TRUE(nfs.spec.nfs);
  EXPECT_EQ(nfs.spec.nfs->server, "nfs.example.com");
  EXPECT_EQ(nfs.spec.nfs->path, "/exports/shared");
  EXPECT_TRUE(nfs.spec.nfs->read_only);
  EXPECT_EQ(nfs.spec.mount_options, (std::vector<std::string>{"nfsvers=4.1", "hard"}));
  EXPECT_EQ(nfs.spec.storage_class_name, "");

  auto local = round_trip<PersistentVolume>(kLocalVolume);
  ASSERT_TRUE(local.spec.local);
  EXPECT_EQ(local.spec.local->path, "/mnt/disks/ssd1");
  EXPECT_EQ(local.spec.local->fs_type, "xfs");
  EXPECT_EQ(local.spec.volume_mode, "Block");

  auto iscsi = round_trip<PersistentVolume>(kIscsiVolume);
  EXPECT_EQ(iscsi.spec.iscsi["targetPortal"], "10.0.0.5:3260");
  EXPECT_EQ(iscsi.spec.iscsi["lun"], 0);
  EXPECT_FALSE(iscsi.status.last_phase_transition_time);
}

TEST(CoreV1PersistentVolume, DecodeErrorsNameThePath) {
  auto pv = decode<PersistentVolume>(Json::parse(R"({
    "spec": {"csi": {"driver": "d", "volumeHandle": "h", "volumeAttributes": ["a"]},
             "nfs": {"server": "s", "path": "/p", "readOnly": "yes"},
             "capacity": {"storage": 10}},
    "status": {"lastPhaseTransitionTime": "last tuesday"}
  })"));
  ASSERT_FALSE(pv);
  const std::string& m = pv.error().message();
  EXPECT_NE(m.find("spec.csi.volumeAttributes: expected object, got array"), std::string::npos) << m;
  EXPECT_NE(m.find("spec.nfs.readOnly: expected boolean, got string \"yes\""), std::string::npos) << m;
  EXPECT_NE(m.find("status.lastPhaseTransitionTime: "), std::string::npos) << m;
}

TEST(CoreV1PersistentVolume, ProtobufSourcesSitInTheEmbeddedMessage) {
  // PersistentVolumeSpec{1: capacity, 2: PersistentVolumeSource{5: nfs}, 3: accessModes};
  // inside the source, 5 is nfs, while 5 outside it is the reclaim policy.
  auto varint = [](std::uint64_t v) {
    std::string s;
    do {
      unsigned char b = v & 0x7F;
      v >>= 7;
      if (v) b |= 0x80;
      s += static_cast<char>(b);
    } while (v);
    return s;
  };
  auto len = [&](int n, const std::string& payload) {
    return varint(static_cast<std::uint64_t>(n) << 3 | 2) + varint(payload.size()) + payload;
  };
  std::string nfs = len(1, "nfs.example.com") + len(2, "/exports/pv1") + varint(3 << 3) + varint(0);
  std::string spec = len(1, len(1, "storage") + len(2, len(1, "100Gi"))) +
                     len(2, len(5, nfs)) + len(3, "ReadWriteMany") + len(5, "Retain") +
                     len(6, "");
  auto j = protobuf_to_json(spec, Codec<PersistentVolumeSpec>::ref());
  ASSERT_TRUE(j) << j.error().message();
  EXPECT_EQ(*j, Json::parse(R"({"capacity":{"storage":"100Gi"},
      "nfs":{"server":"nfs.example.com","path":"/exports/pv1"},
      "accessModes":["ReadWriteMany"],"persistentVolumeReclaimPolicy":"Retain"})"));
  const TypeDescriptor& d = describe(Tag<PersistentVolumeSpec>{});
  EXPECT_EQ(d.find("csi")->markers().proto_embedded_in, 2);
  EXPECT_EQ(d.find("csi")->markers().proto, 22);
  EXPECT_EQ(d.find("local")->markers().proto, 20);
  EXPECT_EQ(d.find("accessModes")->markers().proto_embedded_in, 0);
}

// ---- StorageClass -------------------------------------------------------------------------

TEST(StorageV1StorageClass, RoundTripsKindsDefaultClass) {
  auto sc = round_trip<StorageClass>(kKindStandardClass);
  EXPECT_EQ(sc.api_version, "storage.k8s.io/v1");
  EXPECT_EQ(sc.provisioner, "rancher.io/local-path");
  EXPECT_EQ(sc.reclaim_policy, "Delete");
  EXPECT_EQ(sc.volume_binding_mode, "WaitForFirstConsumer");
  EXPECT_FALSE(sc.allow_volume_expansion);
  EXPECT_EQ(sc.metadata.annotations.at("storageclass.kubernetes.io/is-default-class"), "true");
}

TEST(StorageV1StorageClass, RoundTripsParametersAndTopology) {
  auto sc = round_trip<StorageClass>(kGp3Class);
  EXPECT_EQ(sc.parameters.at("type"), "gp3");
  EXPECT_EQ(sc.parameters.size(), 3u);
  EXPECT_EQ(sc.allow_volume_expansion, true);
  EXPECT_EQ(sc.mount_options, std::vector<std::string>{"noatime"});
  ASSERT_EQ(sc.allowed_topologies.size(), 1u);
  ASSERT_EQ(sc.allowed_topologies[0].match_label_expressions.size(), 1u);
  EXPECT_EQ(sc.allowed_topologies[0].match_label_expressions[0].values,
            (std::vector<std::string>{"eu-west-1a", "eu-west-1b"}));
}

TEST(StorageV1StorageClass, NewClassesWriteWhatGoWould) {
  StorageClass sc{.metadata = {.name = "fast"}, .provisioner = "ebs.csi.aws.com",
                  .allow_volume_expansion = false};
  EXPECT_EQ(encode(sc), Json::parse(R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass",
      "metadata":{"name":"fast","creationTimestamp":null},"provisioner":"ebs.csi.aws.com",
      "allowVolumeExpansion":false})"));
  auto bad = decode<StorageClass>(Json::parse(R"({"provisioner": 7, "allowVolumeExpansion": "yes",
      "allowedTopologies": [{"matchLabelExpressions": [{"key": "k", "values": "v"}]}]})"));
  ASSERT_FALSE(bad);
  const std::string& m = bad.error().message();
  EXPECT_NE(m.find("provisioner: expected string, got number 7"), std::string::npos) << m;
  EXPECT_NE(m.find("allowVolumeExpansion: expected boolean, got string \"yes\""), std::string::npos) << m;
  EXPECT_NE(m.find("allowedTopologies[0].matchLabelExpressions[0].values: expected array"),
            std::string::npos) << m;
}

// ---- resource info and schema -------------------------------------------------------------

TEST(StorageKindsResourceInfo, MatchesUpstreamDiscovery) {
  const ResourceInfo& pvc = resource_info(Tag<PersistentVolumeClaim>{});
  EXPECT_EQ(pvc.api_version(), "v1");
  EXPECT_EQ(pvc.gvr(), (GroupVersionResource{"", "v1", "persistentvolumeclaims"}));
  EXPECT_EQ(pvc.singular, "persistentvolumeclaim");
  EXPECT_EQ(pvc.short_names, std::vector<std::string>{"pvc"});
  EXPECT_TRUE(pvc.namespaced);
  EXPECT_TRUE(pvc.status_subresource);
  EXPECT_EQ(pvc.list_kind, "PersistentVolumeClaimList");

  const ResourceInfo& pv = resource_info(Tag<PersistentVolume>{});
  EXPECT_EQ(pv.gvk(), (GroupVersionKind{"", "v1", "PersistentVolume"}));
  EXPECT_EQ(pv.plural, "persistentvolumes");
  EXPECT_EQ(pv.singular, "persistentvolume");
  EXPECT_EQ(pv.short_names, std::vector<std::string>{"pv"});
  EXPECT_FALSE(pv.namespaced);
  EXPECT_TRUE(pv.status_subresource);
  EXPECT_EQ(pv.list_kind, "PersistentVolumeList");

  const ResourceInfo& sc = resource_info(Tag<StorageClass>{});
  EXPECT_EQ(sc.api_version(), "storage.k8s.io/v1");
  EXPECT_EQ(sc.gvr(), (GroupVersionResource{"storage.k8s.io", "v1", "storageclasses"}));
  EXPECT_EQ(sc.singular, "storageclass");
  EXPECT_EQ(sc.short_names, std::vector<std::string>{"sc"});
  EXPECT_FALSE(sc.namespaced);
  EXPECT_FALSE(sc.status_subresource);
  EXPECT_EQ(sc.list_kind, "StorageClassList");

  for (const ResourceInfo* info : {&pvc, &pv, &sc}) {
    EXPECT_TRUE(info->categories.empty()) << info->kind;
    EXPECT_FALSE(info->scale) << info->kind;
    EXPECT_EQ(info->printer_columns.empty(), false) << info->kind;
  }
  static_assert(Resource<PersistentVolumeClaim> && Resource<PersistentVolume> &&
                Resource<StorageClass>);
  static_assert(!Resource<PersistentVolumeClaimSpec> && !Resource<PersistentVolumeSpec>);
}

TEST(StorageKindsSchema, SpotChecks) {
  Json pvc = schema_of<PersistentVolumeClaim>();
  const Json& spec = pvc["properties"]["spec"]["properties"];
  EXPECT_EQ(spec["accessModes"]["x-kubernetes-list-type"], "atomic");
  EXPECT_EQ(spec["dataSource"]["required"], Json::array({"kind", "name"}));
  EXPECT_EQ(spec["volumeMode"]["enum"], Json::array({"Block", "Filesystem"}));
  const Json& status = pvc["properties"]["status"]["properties"];
  EXPECT_EQ(status["conditions"]["x-kubernetes-list-map-keys"], Json::array({"type"}));
  EXPECT_EQ(status["conditions"]["x-kubernetes-patch-merge-key"], "type");
  EXPECT_EQ(status["allocatedResourceStatuses"]["x-kubernetes-map-type"], "granular");
  EXPECT_EQ(status["modifyVolumeStatus"]["required"], Json::array({"status"}));

  Json pv = schema_of<PersistentVolume>();
  const Json& pspec = pv["properties"]["spec"]["properties"];
  // The embedded PersistentVolumeSource's fields are inline, as in upstream's OpenAPI.
  EXPECT_EQ(pspec["nfs"]["required"], Json::array({"server", "path"}));
  EXPECT_EQ(pspec["csi"]["required"], Json::array({"driver", "volumeHandle"}));
  EXPECT_EQ(pspec["local"]["required"], Json::array({"path"}));
  EXPECT_EQ(pspec["hostPath"]["required"], Json::array({"path"}));
  EXPECT_FALSE(pspec.contains("persistentVolumeSource"));
  EXPECT_EQ(pspec["persistentVolumeReclaimPolicy"]["enum"],
            Json::array({"Delete", "Recycle", "Retain"}));

  Json sc = schema_of<StorageClass>();
  EXPECT_EQ(sc["required"], Json::array({"provisioner"}));
  EXPECT_EQ(sc["properties"]["volumeBindingMode"]["enum"],
            Json::array({"Immediate", "WaitForFirstConsumer"}));
  EXPECT_EQ(sc["properties"]["allowedTopologies"]["items"]["properties"]["matchLabelExpressions"]
              ["items"]["required"], Json::array({"key", "values"}));
}

}  // namespace
}  // namespace windlass::api
