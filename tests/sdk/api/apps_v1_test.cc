// apps/v1 Deployment, ReplicaSet, DaemonSet, StatefulSet and ControllerRevision against objects
// as kube-apiserver 1.32 returns them, and against what kubectl sends for `create deployment`.
#include <windlass/api/apps/v1/controller_revision.h>
#include <windlass/api/apps/v1/daemon_set.h>
#include <windlass/api/apps/v1/deployment.h>
#include <windlass/api/apps/v1/replica_set.h>
#include <windlass/api/apps/v1/stateful_set.h>
#include <windlass/api/protobuf.h>
#include <windlass/api/strategic_merge_patch.h>

#include "kubectl_capture.h"
#include "round_trip.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace windlass::api {
namespace {

using apps::v1::ControllerRevision;
using apps::v1::DaemonSet;
using apps::v1::DaemonSetStatus;
using apps::v1::Deployment;
using apps::v1::DeploymentSpec;
using apps::v1::DeploymentStatus;
using apps::v1::DeploymentStrategy;
using apps::v1::ReplicaSet;
using apps::v1::StatefulSet;
using apps::v1::StatefulSetOrdinals;
using apps::v1::StatefulSetSpec;
using apps::v1::StatefulSetStatus;

// `kubectl create deployment web --image=nginx:1.27 --replicas=3 --port=8080`, read back once
// rolled out: defaults filled in, the revision annotation, both conditions, and one field from
// a newer server in the spec.
constexpr const char* kDeployment = R"({
  "apiVersion": "apps/v1",
  "kind": "Deployment",
  "metadata": {
    "annotations": {"deployment.kubernetes.io/revision": "1"},
    "creationTimestamp": "2024-11-20T09:14:03Z",
    "generation": 1,
    "labels": {"app": "web"},
    "name": "web",
    "namespace": "prod",
    "resourceVersion": "184467",
    "uid": "0b3e6f2d-91c4-4d6a-8f1e-5a7b9c2d4e6f"
  },
  "spec": {
    "progressDeadlineSeconds": 600,
    "replicas": 3,
    "revisionHistoryLimit": 10,
    "selector": {"matchLabels": {"app": "web"}},
    "strategy": {"rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"}, "type": "RollingUpdate"},
    "template": {
      "metadata": {"creationTimestamp": null, "labels": {"app": "web"}},
      "spec": {
        "containers": [{
          "image": "nginx:1.27",
          "imagePullPolicy": "IfNotPresent",
          "name": "nginx",
          "ports": [{"containerPort": 8080, "protocol": "TCP"}],
          "resources": {},
          "terminationMessagePath": "/dev/termination-log",
          "terminationMessagePolicy": "File"
        }],
        "dnsPolicy": "ClusterFirst",
        "restartPolicy": "Always",
        "schedulerName": "default-scheduler",
        "securityContext": {},
        "terminationGracePeriodSeconds": 30
      }
    },
    "futureSpecField": "from 1.40"
  },
  "status": {
    "availableReplicas": 3,
    "conditions": [{
      "lastTransitionTime": "2024-11-20T09:14:09Z",
      "lastUpdateTime": "2024-11-20T09:14:09Z",
      "message": "Deployment has minimum availability.",
      "reason": "MinimumReplicasAvailable",
      "status": "True",
      "type": "Available"
    }, {
      "lastTransitionTime": "2024-11-20T09:14:03Z",
      "lastUpdateTime": "2024-11-20T09:14:09Z",
      "message": "ReplicaSet \"web-7d9c6b5f4\" has successfully progressed.",
      "reason": "NewReplicaSetAvailable",
      "status": "True",
      "type": "Progressing"
    }],
    "observedGeneration": 1,
    "readyReplicas": 3,
    "replicas": 3,
    "updatedReplicas": 3
  }
})";

// A paused Recreate deployment scaled to zero, whose last rollout timed out.
constexpr const char* kPausedRecreate = R"({
  "apiVersion": "apps/v1",
  "kind": "Deployment",
  "metadata": {
    "annotations": {"deployment.kubernetes.io/revision": "4"},
    "creationTimestamp": "2024-11-19T12:00:00Z",
    "generation": 7,
    "name": "migrator",
    "namespace": "prod",
    "resourceVersion": "190113",
    "uid": "7f9b1d3f-5a7c-4e1b-9d3f-5a7c9e1b3d5f"
  },
  "spec": {
    "minReadySeconds": 10,
    "paused": true,
    "progressDeadlineSeconds": 120,
    "replicas": 0,
    "revisionHistoryLimit": 2,
    "selector": {"matchExpressions": [{"key": "app", "operator": "In", "values": ["migrator"]}]},
    "strategy": {"type": "Recreate"},
    "template": {
      "metadata": {"creationTimestamp": null, "labels": {"app": "migrator"}},
      "spec": {
        "containers": [{
          "image": "registry.example.com/migrator:4",
          "imagePullPolicy": "Always",
          "name": "migrator",
          "resources": {"limits": {"memory": "256Mi"}, "requests": {"cpu": "100m", "memory": "128Mi"}},
          "terminationMessagePath": "/dev/termination-log",
          "terminationMessagePolicy": "File"
        }],
        "dnsPolicy": "ClusterFirst",
        "restartPolicy": "Always",
        "schedulerName": "default-scheduler",
        "securityContext": {},
        "terminationGracePeriodSeconds": 30
      }
    }
  },
  "status": {
    "collisionCount": 1,
    "conditions": [{
      "lastTransitionTime": "2024-11-20T08:02:00Z",
      "lastUpdateTime": "2024-11-20T08:02:00Z",
      "message": "Deployment is paused",
      "reason": "DeploymentPaused",
      "status": "Unknown",
      "type": "Progressing"
    }],
    "observedGeneration": 7
  }
})";

// The ReplicaSet the deployment controller made for kDeployment.
constexpr const char* kReplicaSet = R"({
  "apiVersion": "apps/v1",
  "kind": "ReplicaSet",
  "metadata": {
    "annotations": {"deployment.kubernetes.io/desired-replicas": "3", "deployment.kubernetes.io/max-replicas": "4", "deployment.kubernetes.io/revision": "1"},
    "creationTimestamp": "2024-11-20T09:14:03Z",
    "generation": 1,
    "labels": {"app": "web", "pod-template-hash": "7d9c6b5f4"},
    "name": "web-7d9c6b5f4",
    "namespace": "prod",
    "ownerReferences": [{"apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true, "kind": "Deployment", "name": "web", "uid": "0b3e6f2d-91c4-4d6a-8f1e-5a7b9c2d4e6f"}],
    "resourceVersion": "184466",
    "uid": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
  },
  "spec": {
    "replicas": 3,
    "selector": {"matchLabels": {"app": "web", "pod-template-hash": "7d9c6b5f4"}},
    "template": {
      "metadata": {"creationTimestamp": null, "labels": {"app": "web", "pod-template-hash": "7d9c6b5f4"}},
      "spec": {
        "containers": [{"image": "nginx:1.27", "imagePullPolicy": "IfNotPresent", "name": "nginx", "resources": {}, "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File"}],
        "dnsPolicy": "ClusterFirst",
        "restartPolicy": "Always",
        "schedulerName": "default-scheduler",
        "securityContext": {},
        "terminationGracePeriodSeconds": 30
      }
    }
  },
  "status": {
    "availableReplicas": 3,
    "fullyLabeledReplicas": 3,
    "observedGeneration": 1,
    "readyReplicas": 3,
    "replicas": 3
  }
})";

// An old ReplicaSet scaled to zero that failed to create pods under a quota.
constexpr const char* kFailedReplicaSet = R"({
  "apiVersion": "apps/v1",
  "kind": "ReplicaSet",
  "metadata": {"creationTimestamp": "2024-11-19T12:00:00Z", "generation": 3, "name": "quota-5c6d7e8f9", "namespace": "team-a", "resourceVersion": "77031", "uid": "2c4e6a8c-0e2a-4c6e-8a0c-2e4a6c8e0a2c"},
  "spec": {
    "replicas": 0,
    "selector": {"matchLabels": {"app": "quota"}},
    "template": {"metadata": {"creationTimestamp": null, "labels": {"app": "quota"}}, "spec": {"containers": [{"image": "busybox:1.36", "imagePullPolicy": "IfNotPresent", "name": "c", "resources": {}, "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File"}], "dnsPolicy": "ClusterFirst", "restartPolicy": "Always", "schedulerName": "default-scheduler", "securityContext": {}, "terminationGracePeriodSeconds": 30}}
  },
  "status": {
    "conditions": [{"lastTransitionTime": "2024-11-19T12:00:01Z", "message": "pods \"quota-5c6d7e8f9-abcde\" is forbidden: exceeded quota: pods, requested: pods=1, used: pods=10, limited: pods=10", "reason": "FailedCreate", "status": "True", "type": "ReplicaFailure"}],
    "observedGeneration": 3,
    "replicas": 0
  }
})";

// kind's kindnet DaemonSet.
constexpr const char* kDaemonSet = R"({
  "apiVersion": "apps/v1",
  "kind": "DaemonSet",
  "metadata": {
    "annotations": {"deprecated.daemonset.template.generation": "1"},
    "creationTimestamp": "2024-11-18T13:59:45Z",
    "generation": 1,
    "labels": {"app": "kindnet", "k8s-app": "kindnet", "tier": "node"},
    "name": "kindnet",
    "namespace": "kube-system",
    "resourceVersion": "612",
    "uid": "4e6a8c0e-2a4c-4e8a-b0c2-e4a6c8e0a2c4"
  },
  "spec": {
    "revisionHistoryLimit": 10,
    "selector": {"matchLabels": {"app": "kindnet"}},
    "template": {
      "metadata": {"creationTimestamp": null, "labels": {"app": "kindnet", "k8s-app": "kindnet", "tier": "node"}},
      "spec": {
        "containers": [{
          "image": "docker.io/kindest/kindnetd:v20241108-5c6d2daf",
          "imagePullPolicy": "IfNotPresent",
          "name": "kindnet-cni",
          "resources": {"limits": {"cpu": "100m", "memory": "50Mi"}, "requests": {"cpu": "100m", "memory": "50Mi"}},
          "securityContext": {"capabilities": {"add": ["NET_RAW", "NET_ADMIN"]}, "privileged": false},
          "terminationMessagePath": "/dev/termination-log",
          "terminationMessagePolicy": "File"
        }],
        "dnsPolicy": "ClusterFirst",
        "hostNetwork": true,
        "nodeSelector": {"kubernetes.io/os": "linux"},
        "restartPolicy": "Always",
        "schedulerName": "default-scheduler",
        "securityContext": {},
        "serviceAccount": "kindnet",
        "serviceAccountName": "kindnet",
        "terminationGracePeriodSeconds": 30,
        "tolerations": [{"operator": "Exists"}]
      }
    },
    "updateStrategy": {"rollingUpdate": {"maxSurge": 0, "maxUnavailable": 1}, "type": "RollingUpdate"}
  },
  "status": {
    "currentNumberScheduled": 3,
    "desiredNumberScheduled": 3,
    "numberAvailable": 3,
    "numberMisscheduled": 0,
    "numberReady": 3,
    "observedGeneration": 1,
    "updatedNumberScheduled": 3
  }
})";

// A StatefulSet with a claim template (which the server defaults to a full PVC, status
// included), a retention policy, ordinals and a staged rollout halfway through.
constexpr const char* kStatefulSet = R"({
  "apiVersion": "apps/v1",
  "kind": "StatefulSet",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:30:00Z",
    "generation": 2,
    "name": "db",
    "namespace": "prod",
    "resourceVersion": "4410",
    "uid": "6a8c0e2a-4c6e-4a0c-8e2a-4c6e8a0c2e4a"
  },
  "spec": {
    "minReadySeconds": 5,
    "ordinals": {"start": 0},
    "persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Delete", "whenScaled": "Retain"},
    "podManagementPolicy": "OrderedReady",
    "replicas": 3,
    "revisionHistoryLimit": 10,
    "selector": {"matchLabels": {"app": "db"}},
    "serviceName": "db",
    "template": {
      "metadata": {"creationTimestamp": null, "labels": {"app": "db"}},
      "spec": {
        "containers": [{
          "image": "postgres:17.2",
          "imagePullPolicy": "IfNotPresent",
          "name": "postgres",
          "ports": [{"containerPort": 5432, "name": "pg", "protocol": "TCP"}],
          "resources": {},
          "terminationMessagePath": "/dev/termination-log",
          "terminationMessagePolicy": "File",
          "volumeMounts": [{"mountPath": "/var/lib/postgresql/data", "name": "data"}]
        }],
        "dnsPolicy": "ClusterFirst",
        "restartPolicy": "Always",
        "schedulerName": "default-scheduler",
        "securityContext": {"fsGroup": 999},
        "terminationGracePeriodSeconds": 30
      }
    },
    "updateStrategy": {"rollingUpdate": {"partition": 1}, "type": "RollingUpdate"},
    "volumeClaimTemplates": [{
      "apiVersion": "v1",
      "kind": "PersistentVolumeClaim",
      "metadata": {"creationTimestamp": null, "name": "data"},
      "spec": {
        "accessModes": ["ReadWriteOnce"],
        "resources": {"requests": {"storage": "10Gi"}},
        "storageClassName": "gp3",
        "volumeMode": "Filesystem"
      },
      "status": {"phase": "Pending"}
    }]
  },
  "status": {
    "availableReplicas": 3,
    "collisionCount": 0,
    "currentReplicas": 1,
    "currentRevision": "db-5b7d9f1b3d",
    "observedGeneration": 2,
    "readyReplicas": 3,
    "replicas": 3,
    "updateRevision": "db-6c8e0a2c4e",
    "updatedReplicas": 2
  }
})";

// A StatefulSet just created: the controller has not acted, so replicas and availableReplicas
// (no omitempty upstream) are the only status fields.
constexpr const char* kNewStatefulSet = R"({
  "apiVersion": "apps/v1",
  "kind": "StatefulSet",
  "metadata": {"creationTimestamp": "2024-11-20T10:00:00Z", "generation": 1, "name": "cache", "namespace": "prod", "resourceVersion": "5001", "uid": "8c0e2a4c-6e8a-4c2e-a4c6-e8a0c2e4a6c8"},
  "spec": {
    "ordinals": {"start": 10},
    "persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Retain", "whenScaled": "Retain"},
    "podManagementPolicy": "Parallel",
    "replicas": 2,
    "revisionHistoryLimit": 10,
    "selector": {"matchLabels": {"app": "cache"}},
    "serviceName": "",
    "template": {"metadata": {"creationTimestamp": null, "labels": {"app": "cache"}}, "spec": {"containers": [{"image": "redis:7", "imagePullPolicy": "IfNotPresent", "name": "redis", "resources": {}, "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File"}], "dnsPolicy": "ClusterFirst", "restartPolicy": "Always", "schedulerName": "default-scheduler", "securityContext": {}, "terminationGracePeriodSeconds": 30}},
    "updateStrategy": {"type": "OnDelete"}
  },
  "status": {"availableReplicas": 0, "replicas": 0}
})";

// The revision the daemon set controller recorded for kDaemonSet.
constexpr const char* kControllerRevision = R"({
  "apiVersion": "apps/v1",
  "data": {"spec": {"template": {"$patch": "replace", "metadata": {"creationTimestamp": null, "labels": {"app": "kindnet"}}, "spec": {"containers": [{"image": "docker.io/kindest/kindnetd:v20241108-5c6d2daf", "name": "kindnet-cni"}]}}}},
  "kind": "ControllerRevision",
  "metadata": {
    "annotations": {"deprecated.daemonset.template.generation": "1"},
    "creationTimestamp": "2024-11-18T13:59:45Z",
    "labels": {"app": "kindnet", "controller-revision-hash": "6f7d8c9b5"},
    "name": "kindnet-6f7d8c9b5",
    "namespace": "kube-system",
    "ownerReferences": [{"apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true, "kind": "DaemonSet", "name": "kindnet", "uid": "4e6a8c0e-2a4c-4e8a-b0c2-e4a6c8e0a2c4"}],
    "resourceVersion": "540",
    "uid": "a0c2e4a6-c8e0-4a2c-9e4a-6c8e0a2c4e6a"
  },
  "revision": 1
})";

// ---- Deployment ---------------------------------------------------------------------------

TEST(AppsV1Deployment, RoundTripsARolledOutDeployment) {
  auto d = round_trip<Deployment>(kDeployment);
  EXPECT_EQ(d.spec.replicas, 3);
  EXPECT_EQ(d.spec.revision_history_limit, 10);
  EXPECT_EQ(d.spec.progress_deadline_seconds, 600);
  ASSERT_TRUE(d.spec.selector);
  EXPECT_EQ(d.spec.selector->match_labels.at("app"), "web");
  EXPECT_EQ(d.spec.strategy.type, "RollingUpdate");
  ASSERT_TRUE(d.spec.strategy.rolling_update);
  ASSERT_TRUE(d.spec.strategy.rolling_update->max_surge);
  EXPECT_EQ(d.spec.strategy.rolling_update->max_surge->string_value(), "25%");
  ASSERT_EQ(d.spec.template_.spec.containers.size(), 1u);
  EXPECT_EQ(d.spec.template_.spec.containers[0].ports.at(0).container_port, 8080);
  EXPECT_EQ(d.spec.unknown_fields.value, Json::parse(R"({"futureSpecField":"from 1.40"})"));
  EXPECT_EQ(d.status.available_replicas, 3);
  EXPECT_EQ(d.status.unavailable_replicas, 0);
  EXPECT_FALSE(d.status.collision_count);
  ASSERT_EQ(d.status.conditions.size(), 2u);
  EXPECT_EQ(d.status.conditions[1].type, "Progressing");
  EXPECT_EQ(d.status.conditions[1].reason, "NewReplicaSetAvailable");
  EXPECT_EQ(d.status.conditions[1].last_update_time.to_string(), "2024-11-20T09:14:09Z");
}

TEST(AppsV1Deployment, RoundTripsAPausedRecreateDeploymentAtZero) {
  auto d = round_trip<Deployment>(kPausedRecreate);
  // A present zero is kept: replicas is a Go pointer.
  EXPECT_EQ(d.spec.replicas, 0);
  EXPECT_TRUE(d.spec.paused);
  EXPECT_EQ(d.spec.min_ready_seconds, 10);
  EXPECT_EQ(d.spec.strategy.type, "Recreate");
  EXPECT_FALSE(d.spec.strategy.rolling_update);
  EXPECT_EQ(d.spec.selector->match_expressions.at(0).operator_, "In");
  EXPECT_EQ(d.status.collision_count, 1);
  EXPECT_EQ(d.status.replicas, 0);
  EXPECT_EQ(d.status.conditions.at(0).status, "Unknown");
}

TEST(AppsV1Deployment, NewDeploymentsWriteWhatGoWould) {
  // Go always writes the template (a struct) and the selector (a pointer without omitempty).
  Json spec = encode(DeploymentSpec{});
  EXPECT_EQ(spec["selector"], Json(nullptr));
  EXPECT_EQ(spec["strategy"], Json::object());
  EXPECT_TRUE(spec.contains("template"));
  EXPECT_FALSE(spec.contains("replicas"));
  EXPECT_FALSE(spec.contains("paused"));
  EXPECT_EQ(encode(DeploymentStatus{}), Json::object());
}

TEST(AppsV1Deployment, RetainKeysDropsRollingUpdateWhenSwitchingToRecreate) {
  Json live = Json::parse(kDeployment);
  Json modified = live;
  modified["spec"]["strategy"] = Json::parse(R"({"type":"Recreate"})");
  Json patch = create_two_way_strategic_merge_patch(live, modified, Codec<Deployment>::ref());
  EXPECT_EQ(patch, Json::parse(R"({"spec":{"strategy":{"$retainKeys":["type"],
      "rollingUpdate":null,"type":"Recreate"}}})"));
  // Only the directive (no explicit null) is needed for the server to drop rollingUpdate.
  auto merged = apply_strategic_merge_patch(
      live, Json::parse(R"({"spec":{"strategy":{"$retainKeys":["type"],"type":"Recreate"}}})"),
      Codec<Deployment>::ref());
  ASSERT_TRUE(merged) << merged.error().message();
  EXPECT_EQ((*merged)["spec"]["strategy"], Json::parse(R"({"type":"Recreate"})"));
}

TEST(AppsV1Deployment, DecodeErrorsNameThePath) {
  auto d = decode<Deployment>(Json::parse(R"({
    "spec": {"replicas": "3", "strategy": {"rollingUpdate": {"maxSurge": [1]}},
             "template": {"spec": {"containers": [{"name": "c", "ports": [{"containerPort": "80"}]}]}}},
    "status": {"observedGeneration": 1.5, "conditions": [{"type": "Available", "lastUpdateTime": "soon"}]}
  })"));
  ASSERT_FALSE(d);
  const std::string& m = d.error().message();
  EXPECT_NE(m.find("spec.replicas: expected integer, got string \"3\""), std::string::npos) << m;
  EXPECT_NE(m.find("spec.strategy.rollingUpdate.maxSurge: expected integer or string, got array"),
            std::string::npos) << m;
  EXPECT_NE(m.find("spec.template.spec.containers[0].ports[0].containerPort: "), std::string::npos)
      << m;
  EXPECT_NE(m.find("status.observedGeneration: "), std::string::npos) << m;
  EXPECT_NE(m.find("status.conditions[0].lastUpdateTime: "), std::string::npos) << m;
  auto strict = decode<Deployment>(Json::parse(kDeployment), {.strict = true});
  ASSERT_FALSE(strict);
  EXPECT_EQ(strict.error().message(),
            "strict decoding error: unknown field \"spec.futureSpecField\"");
}

// ---- ReplicaSet ---------------------------------------------------------------------------

TEST(AppsV1ReplicaSet, RoundTripsADeploymentsReplicaSet) {
  auto rs = round_trip<ReplicaSet>(kReplicaSet);
  EXPECT_EQ(rs.metadata.owner_references.at(0).kind, "Deployment");
  EXPECT_EQ(rs.spec.replicas, 3);
  EXPECT_EQ(rs.spec.selector->match_labels.at("pod-template-hash"), "7d9c6b5f4");
  EXPECT_EQ(rs.status.fully_labeled_replicas, 3);
  EXPECT_EQ(rs.status.ready_replicas, 3);
}

TEST(AppsV1ReplicaSet, RoundTripsAFailedReplicaSetWithZeroReplicas) {
  auto rs = round_trip<ReplicaSet>(kFailedReplicaSet);
  EXPECT_EQ(rs.spec.replicas, 0);
  // status.replicas has no omitempty: 0 is written.
  EXPECT_EQ(rs.status.replicas, 0);
  EXPECT_EQ(encode(rs.status)["replicas"], 0);
  ASSERT_EQ(rs.status.conditions.size(), 1u);
  EXPECT_EQ(rs.status.conditions[0].type, "ReplicaFailure");
  EXPECT_EQ(rs.status.conditions[0].reason, "FailedCreate");
}

// ---- DaemonSet ----------------------------------------------------------------------------

TEST(AppsV1DaemonSet, RoundTripsKindnet) {
  auto ds = round_trip<DaemonSet>(kDaemonSet);
  EXPECT_EQ(ds.spec.update_strategy.type, "RollingUpdate");
  ASSERT_TRUE(ds.spec.update_strategy.rolling_update);
  EXPECT_TRUE(ds.spec.update_strategy.rolling_update->max_surge->is_int());
  EXPECT_EQ(ds.spec.update_strategy.rolling_update->max_surge->int_value(), 0);
  EXPECT_EQ(ds.spec.update_strategy.rolling_update->max_unavailable->int_value(), 1);
  EXPECT_TRUE(ds.spec.template_.spec.host_network);
  EXPECT_EQ(ds.status.desired_number_scheduled, 3);
  EXPECT_EQ(ds.status.number_misscheduled, 0);
  EXPECT_EQ(ds.status.number_unavailable, 0);
  EXPECT_FALSE(ds.status.collision_count);
}

TEST(AppsV1DaemonSet, StatusCountersAreAlwaysWritten) {
  EXPECT_EQ(encode(DaemonSetStatus{}), Json::parse(R"({"currentNumberScheduled":0,
      "numberMisscheduled":0,"desiredNumberScheduled":0,"numberReady":0})"));
}

// ---- StatefulSet --------------------------------------------------------------------------

TEST(AppsV1StatefulSet, RoundTripsAStagedRolloutWithClaimTemplates) {
  auto sts = round_trip<StatefulSet>(kStatefulSet);
  EXPECT_EQ(sts.spec.service_name, "db");
  EXPECT_EQ(sts.spec.pod_management_policy, "OrderedReady");
  ASSERT_TRUE(sts.spec.ordinals);
  EXPECT_EQ(sts.spec.ordinals->start, 0);
  ASSERT_TRUE(sts.spec.persistent_volume_claim_retention_policy);
  EXPECT_EQ(sts.spec.persistent_volume_claim_retention_policy->when_deleted, "Delete");
  ASSERT_TRUE(sts.spec.update_strategy.rolling_update);
  EXPECT_EQ(sts.spec.update_strategy.rolling_update->partition, 1);
  EXPECT_FALSE(sts.spec.update_strategy.rolling_update->max_unavailable);
  ASSERT_EQ(sts.spec.volume_claim_templates.size(), 1u);
  const auto& claim = sts.spec.volume_claim_templates[0];
  EXPECT_EQ(claim.api_version, "v1");
  EXPECT_EQ(claim.metadata.name, "data");
  EXPECT_EQ(claim.spec.resources.requests.at("storage").to_string(), "10Gi");
  EXPECT_EQ(claim.status.phase, "Pending");
  EXPECT_EQ(sts.status.collision_count, 0);
  EXPECT_EQ(sts.status.current_revision, "db-5b7d9f1b3d");
  EXPECT_EQ(sts.status.updated_replicas, 2);
}

TEST(AppsV1StatefulSet, RoundTripsAFreshSetWithZeroStatus) {
  auto sts = round_trip<StatefulSet>(kNewStatefulSet);
  EXPECT_EQ(sts.spec.ordinals->start, 10);
  EXPECT_EQ(sts.spec.pod_management_policy, "Parallel");
  EXPECT_EQ(sts.spec.update_strategy.type, "OnDelete");
  EXPECT_TRUE(sts.spec.volume_claim_templates.empty());
  // serviceName has no omitempty in 1.32: an empty name is still written.
  EXPECT_EQ(sts.spec.service_name, "");
  EXPECT_EQ(encode(StatefulSetStatus{}), Json::parse(R"({"replicas":0,"availableReplicas":0})"));
  EXPECT_EQ(encode(StatefulSetOrdinals{}), Json::parse(R"({"start":0})"));
}

TEST(AppsV1StatefulSet, DecodeErrorsNameThePath) {
  auto sts = decode<StatefulSet>(Json::parse(R"({
    "spec": {"ordinals": {"start": -1.5}, "volumeClaimTemplates": [{"spec": {"accessModes": [1]}}],
             "updateStrategy": {"rollingUpdate": {"partition": "all"}}},
    "status": {"replicas": null, "currentRevision": 7}
  })"));
  ASSERT_FALSE(sts);
  const std::string& m = sts.error().message();
  EXPECT_NE(m.find("spec.ordinals.start: "), std::string::npos) << m;
  EXPECT_NE(m.find("spec.volumeClaimTemplates[0].spec.accessModes[0]: expected string, got number 1"),
            std::string::npos) << m;
  EXPECT_NE(m.find("spec.updateStrategy.rollingUpdate.partition: expected integer, got string"),
            std::string::npos) << m;
  EXPECT_NE(m.find("status.currentRevision: expected string, got number 7"), std::string::npos) << m;
}

// ---- ControllerRevision -------------------------------------------------------------------

TEST(AppsV1ControllerRevision, RoundTripsADaemonSetRevision) {
  auto cr = round_trip<ControllerRevision>(kControllerRevision);
  EXPECT_EQ(cr.revision, 1);
  EXPECT_EQ(cr.data["spec"]["template"]["$patch"], "replace");
  EXPECT_EQ(encode(ControllerRevision{.metadata = {.name = "r"}}),
            Json::parse(R"({"apiVersion":"apps/v1","kind":"ControllerRevision",
                "metadata":{"name":"r","creationTimestamp":null},"revision":0})"));
}

// ---- resource info, schema and protobuf ---------------------------------------------------

TEST(AppsKindsResourceInfo, MatchesUpstreamDiscovery) {
  struct Expected {
    const ResourceInfo* info;
    const char* kind;
    const char* plural;
    const char* singular;
    const char* short_name;
    bool scale;
  };
  const Expected all[] = {
      {&resource_info(Tag<Deployment>{}), "Deployment", "deployments", "deployment", "deploy", true},
      {&resource_info(Tag<ReplicaSet>{}), "ReplicaSet", "replicasets", "replicaset", "rs", true},
      {&resource_info(Tag<DaemonSet>{}), "DaemonSet", "daemonsets", "daemonset", "ds", false},
      {&resource_info(Tag<StatefulSet>{}), "StatefulSet", "statefulsets", "statefulset", "sts", true},
  };
  for (const Expected& e : all) {
    const ResourceInfo& i = *e.info;
    EXPECT_EQ(i.gvk(), (GroupVersionKind{"apps", "v1", e.kind}));
    EXPECT_EQ(i.api_version(), "apps/v1");
    EXPECT_EQ(i.plural, e.plural);
    EXPECT_EQ(i.singular, e.singular);
    EXPECT_EQ(i.short_names, std::vector<std::string>{e.short_name});
    EXPECT_EQ(i.categories, std::vector<std::string>{"all"});
    EXPECT_TRUE(i.namespaced);
    EXPECT_TRUE(i.status_subresource);
    EXPECT_EQ(i.list_kind, std::string(e.kind) + "List");
    ASSERT_EQ(i.scale.has_value(), e.scale) << e.kind;
    if (e.scale) {
      EXPECT_EQ(i.scale->spec_replicas_path, ".spec.replicas");
      EXPECT_EQ(i.scale->status_replicas_path, ".status.replicas");
      EXPECT_EQ(i.scale->label_selector_path, ".status.selector");
    }
    EXPECT_FALSE(i.printer_columns.empty()) << e.kind;
  }
  const ResourceInfo& cr = resource_info(Tag<ControllerRevision>{});
  EXPECT_EQ(cr.gvr(), (GroupVersionResource{"apps", "v1", "controllerrevisions"}));
  EXPECT_EQ(cr.singular, "controllerrevision");
  EXPECT_TRUE(cr.short_names.empty());
  EXPECT_TRUE(cr.categories.empty());
  EXPECT_TRUE(cr.namespaced);
  EXPECT_FALSE(cr.status_subresource);
  EXPECT_FALSE(cr.scale);
  static_assert(Resource<Deployment> && Resource<ReplicaSet> && Resource<DaemonSet> &&
                Resource<StatefulSet> && Resource<ControllerRevision>);
  static_assert(!Resource<DeploymentSpec> && !Resource<StatefulSetSpec>);
}

TEST(AppsKindsSchema, SpotChecks) {
  Json d = schema_of<Deployment>();
  const Json& spec = d["properties"]["spec"];
  EXPECT_EQ(spec["required"], Json::array({"selector", "template"}));
  EXPECT_EQ(spec["properties"]["strategy"]["x-kubernetes-patch-strategy"], "retainKeys");
  EXPECT_EQ(spec["properties"]["strategy"]["properties"]["type"]["enum"],
            Json::array({"Recreate", "RollingUpdate"}));
  EXPECT_EQ(spec["properties"]["strategy"]["properties"]["rollingUpdate"]["properties"]["maxSurge"]
              ["x-kubernetes-int-or-string"], true);
  const Json& conditions = d["properties"]["status"]["properties"]["conditions"];
  EXPECT_EQ(conditions["x-kubernetes-list-type"], "map");
  EXPECT_EQ(conditions["x-kubernetes-patch-merge-key"], "type");
  EXPECT_EQ(conditions["items"]["required"], Json::array({"type", "status"}));

  Json sts = schema_of<StatefulSet>();
  const Json& sspec = sts["properties"]["spec"];
  EXPECT_EQ(sspec["required"], Json::array({"selector", "template", "serviceName"}));
  EXPECT_EQ(sspec["properties"]["volumeClaimTemplates"]["x-kubernetes-list-type"], "atomic");
  EXPECT_EQ(sspec["properties"]["volumeClaimTemplates"]["items"]["properties"]["spec"]
              ["properties"]["accessModes"]["x-kubernetes-list-type"], "atomic");
  EXPECT_EQ(sspec["properties"]["podManagementPolicy"]["enum"],
            Json::array({"OrderedReady", "Parallel"}));
  EXPECT_EQ(sts["properties"]["status"]["required"], Json::array({"replicas"}));

  Json ds = schema_of<DaemonSet>();
  EXPECT_EQ(ds["properties"]["status"]["required"],
            Json::array({"currentNumberScheduled", "numberMisscheduled", "desiredNumberScheduled",
                         "numberReady"}));
  Json rs = schema_of<ReplicaSet>();
  EXPECT_EQ(rs["properties"]["spec"]["required"], Json::array({"selector"}));
  Json cr = schema_of<ControllerRevision>();
  EXPECT_EQ(cr["required"], Json::array({"revision"}));
}

TEST(AppsKindsProto, FieldNumbersFollowUpstreamGeneratedProto) {
  const TypeDescriptor& ds = describe(Tag<DeploymentSpec>{});
  EXPECT_EQ(ds.find("strategy")->markers().proto, 4);
  EXPECT_EQ(ds.find("progressDeadlineSeconds")->markers().proto, 9);
  const TypeDescriptor& dst = describe(Tag<DeploymentStatus>{});
  EXPECT_EQ(dst.find("readyReplicas")->markers().proto, 7);
  EXPECT_EQ(dst.find("collisionCount")->markers().proto, 8);
  const TypeDescriptor& ss = describe(Tag<StatefulSetSpec>{});
  EXPECT_EQ(ss.find("volumeClaimTemplates")->markers().proto, 4);
  EXPECT_EQ(ss.find("ordinals")->markers().proto, 11);
  EXPECT_EQ(describe(Tag<StatefulSetStatus>{}).find("availableReplicas")->markers().proto, 11);
  EXPECT_EQ(describe(Tag<DaemonSetStatus>{}).find("conditions")->markers().proto, 10);
  EXPECT_EQ(describe(Tag<ControllerRevision>{}).find("revision")->markers().proto, 3);
  for (const TypeDescriptor* d : {&describe(Tag<Deployment>{}), &describe(Tag<ReplicaSet>{}),
                                  &describe(Tag<DaemonSet>{}), &describe(Tag<StatefulSet>{})}) {
    EXPECT_EQ(d->find("apiVersion")->markers().proto, 0);
    EXPECT_EQ(d->find("metadata")->markers().proto, 1);
    EXPECT_EQ(d->find("spec")->markers().proto, 2);
    EXPECT_EQ(d->find("status")->markers().proto, 3);
  }
}

TEST(ProtobufKubectl, CreateDeploymentDecodesToWhatJsonKubectlSent) {
  expect_same_as_json<Deployment>("deployment");
  auto d = decode<Deployment>(*decode_protobuf_body(
      capture("kubectl-1.32-create-deployment.bin"), Codec<Deployment>::ref()));
  ASSERT_TRUE(d) << d.error().message();
  EXPECT_EQ(d->spec.replicas, 3);
  EXPECT_EQ(d->spec.template_.spec.containers.at(0).image, "nginx:1.27");
}

}  // namespace
}  // namespace windlass::api
