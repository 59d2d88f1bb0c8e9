// coordination/v1 Lease, scheduling/v1 PriorityClass, policy/v1 PodDisruptionBudget and
// autoscaling/v1 Scale against objects as kube-apiserver returns them.
#include <windlass/api/autoscaling/v1/scale.h>
#include <windlass/api/coordination/v1/lease.h>
#include <windlass/api/policy/v1/pod_disruption_budget.h>
#include <windlass/api/scheduling/v1/priority_class.h>

#include "round_trip.h"

#include <gtest/gtest.h>

namespace windlass::api {
namespace {

using autoscaling::v1::Scale;
using autoscaling::v1::ScaleSpec;
using autoscaling::v1::ScaleStatus;
using coordination::v1::Lease;
using coordination::v1::LeaseSpec;
using policy::v1::PodDisruptionBudget;
using policy::v1::PodDisruptionBudgetSpec;
using policy::v1::PodDisruptionBudgetStatus;
using scheduling::v1::PriorityClass;

// kube-controller-manager's leader-election lease (kube-apiserver 1.32).
constexpr const char* kLeaderLease = R"({
  "apiVersion": "coordination.k8s.io/v1",
  "kind": "Lease",
  "metadata": {
    "creationTimestamp": "2024-11-18T13:59:43Z",
    "name": "kube-controller-manager",
    "namespace": "kube-system",
    "resourceVersion": "5301",
    "uid": "8d0f2b4c-6e8a-4c1d-b3f5-a7c9e1b3d5f7"
  },
  "spec": {
    "acquireTime": "2024-11-18T13:59:43.520413Z",
    "holderIdentity": "kind-control-plane_4b6d8f0a-2c4e-4a6b-8d0f-1a3c5e7b9d2f",
    "leaseDurationSeconds": 15,
    "leaseTransitions": 0,
    "renewTime": "2024-11-20T10:05:12.512908Z"
  }
})";

// A kubelet's heartbeat lease in kube-node-lease, owned by its Node.
constexpr const char* kNodeLease = R"({
  "apiVersion": "coordination.k8s.io/v1",
  "kind": "Lease",
  "metadata": {
    "creationTimestamp": "2024-11-18T14:00:05Z",
    "name": "kind-worker",
    "namespace": "kube-node-lease",
    "ownerReferences": [{"apiVersion": "v1", "kind": "Node", "name": "kind-worker", "uid": "c2e4a6b8-0d2f-4b6d-8f1a-3c5e7a9b1d3f"}],
    "resourceVersion": "5322",
    "uid": "e4a6c8e0-2b4d-4f6a-9c1e-5b7d9f1a3c5e"
  },
  "spec": {
    "holderIdentity": "kind-worker",
    "leaseDurationSeconds": 40,
    "renewTime": "2024-11-20T10:05:14.061839Z"
  }
})";

// A lease under coordinated leader election (alpha in 1.32), with a field from the future.
constexpr const char* kCoordinatedLease = R"({
  "apiVersion": "coordination.k8s.io/v1",
  "kind": "Lease",
  "metadata": {
    "creationTimestamp": "2024-11-20T10:00:00Z",
    "name": "kube-scheduler",
    "namespace": "kube-system",
    "resourceVersion": "5410",
    "uid": "1a3c5e7a-9b1d-4f3a-8c5e-7a9b1d3f5a7c"
  },
  "spec": {
    "acquireTime": "2024-11-20T10:00:00.000000Z",
    "holderIdentity": "kind-control-plane_9f1b3d5f",
    "leaseDurationSeconds": 15,
    "leaseTransitions": 2,
    "preferredHolder": "kind-control-plane2_7b9d1f3b",
    "renewTime": "2024-11-20T10:05:10.250000Z",
    "strategy": "OldestEmulationVersion",
    "futureSpecField": [1, 2]
  }
})";

// The built-in system-node-critical class.
constexpr const char* kSystemNodeCritical = R"({
  "apiVersion": "scheduling.k8s.io/v1",
  "description": "Used for system critical pods that must not be moved from their current node.",
  "kind": "PriorityClass",
  "metadata": {
    "creationTimestamp": "2024-11-18T13:59:38Z",
    "generation": 1,
    "name": "system-node-critical",
    "resourceVersion": "76",
    "uid": "b1d3f5a7-c9e1-4b3d-a5f7-c9e1b3d5f7a9"
  },
  "preemptionPolicy": "PreemptLowerPriority",
  "value": 2000001000
})";

// A user default class of priority 0 that never preempts.
constexpr const char* kDefaultClass = R"({
  "apiVersion": "scheduling.k8s.io/v1",
  "globalDefault": true,
  "kind": "PriorityClass",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:50:00Z",
    "generation": 1,
    "name": "default-no-preempt",
    "resourceVersion": "4011",
    "uid": "d3f5a7c9-e1b3-4d5f-b7a9-e1c3d5f7a9b1"
  },
  "preemptionPolicy": "Never",
  "value": 0
})";

// A PodDisruptionBudget the disruption controller has processed.
constexpr const char* kPdb = R"({
  "apiVersion": "policy/v1",
  "kind": "PodDisruptionBudget",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:55:21Z",
    "generation": 1,
    "name": "web",
    "namespace": "prod",
    "resourceVersion": "4290",
    "uid": "f5a7c9e1-b3d5-4f7a-9c1e-b3d5f7a9c1e3"
  },
  "spec": {
    "maxUnavailable": 1,
    "selector": {"matchLabels": {"app": "web"}},
    "unhealthyPodEvictionPolicy": "AlwaysAllow"
  },
  "status": {
    "conditions": [{
      "lastTransitionTime": "2024-11-20T09:55:21Z",
      "message": "",
      "observedGeneration": 1,
      "reason": "SufficientPods",
      "status": "True",
      "type": "DisruptionAllowed"
    }],
    "currentHealthy": 3,
    "desiredHealthy": 2,
    "disruptionsAllowed": 1,
    "expectedPods": 3,
    "observedGeneration": 1
  }
})";

// A percentage budget that is exhausted right after an eviction.
constexpr const char* kExhaustedPdb = R"({
  "apiVersion": "policy/v1",
  "kind": "PodDisruptionBudget",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:56:02Z",
    "generation": 1,
    "name": "db",
    "namespace": "prod",
    "resourceVersion": "4533",
    "uid": "a7c9e1b3-d5f7-4a9c-8e1b-d5f7a9c1e3b5"
  },
  "spec": {
    "minAvailable": "50%",
    "selector": {"matchExpressions": [{"key": "app", "operator": "In", "values": ["db"]}]}
  },
  "status": {
    "conditions": [{
      "lastTransitionTime": "2024-11-20T10:02:44Z",
      "message": "",
      "observedGeneration": 1,
      "reason": "InsufficientPods",
      "status": "False",
      "type": "DisruptionAllowed"
    }],
    "currentHealthy": 1,
    "desiredHealthy": 1,
    "disruptedPods": {"db-1": "2024-11-20T10:02:44Z"},
    "disruptionsAllowed": 0,
    "expectedPods": 2,
    "observedGeneration": 1
  }
})";

// GET /apis/apps/v1/namespaces/prod/deployments/web/scale.
constexpr const char* kScale = R"({
  "apiVersion": "autoscaling/v1",
  "kind": "Scale",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:14:03Z",
    "name": "web",
    "namespace": "prod",
    "resourceVersion": "184467",
    "uid": "0b3e6f2d-91c4-4d6a-8f1e-5a7b9c2d4e6f"
  },
  "spec": {"replicas": 3},
  "status": {"replicas": 3, "selector": "app=web"}
})";

// The same deployment scaled to zero: Go's omitempty drops spec.replicas, status keeps it.
constexpr const char* kScaledToZero = R"({
  "apiVersion": "autoscaling/v1",
  "kind": "Scale",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:14:03Z",
    "name": "web",
    "namespace": "prod",
    "resourceVersion": "184702",
    "uid": "0b3e6f2d-91c4-4d6a-8f1e-5a7b9c2d4e6f"
  },
  "spec": {},
  "status": {"replicas": 0, "selector": "app=web"}
})";

// ---- coordination/v1 Lease ----------------------------------------------------------------

TEST(CoordinationV1Lease, RoundTripsALeaderElectionLease) {
  Lease l = round_trip<Lease>(kLeaderLease);
  EXPECT_EQ(l.api_version, "coordination.k8s.io/v1");
  EXPECT_EQ(l.spec.holder_identity, "kind-control-plane_4b6d8f0a-2c4e-4a6b-8d0f-1a3c5e7b9d2f");
  EXPECT_EQ(l.spec.lease_duration_seconds, 15);
  // A present zero is kept: the field is a Go pointer.
  EXPECT_EQ(l.spec.lease_transitions, 0);
  ASSERT_TRUE(l.spec.acquire_time);
  EXPECT_EQ(l.spec.acquire_time->to_string(), "2024-11-18T13:59:43.520413Z");
  ASSERT_TRUE(l.spec.renew_time);
  EXPECT_EQ(l.spec.renew_time->to_string(), "2024-11-20T10:05:12.512908Z");
  EXPECT_FALSE(l.spec.strategy);
  EXPECT_FALSE(l.spec.preferred_holder);
}

TEST(CoordinationV1Lease, RoundTripsANodeHeartbeatLease) {
  Lease l = round_trip<Lease>(kNodeLease);
  EXPECT_EQ(l.metadata.namespace_, "kube-node-lease");
  ASSERT_EQ(l.metadata.owner_references.size(), 1u);
  EXPECT_EQ(l.metadata.owner_references[0].kind, "Node");
  EXPECT_EQ(l.spec.lease_duration_seconds, 40);
  EXPECT_FALSE(l.spec.acquire_time);
  EXPECT_FALSE(l.spec.lease_transitions);
}

TEST(CoordinationV1Lease, RoundTripsCoordinatedLeaderElectionFields) {
  Lease l = round_trip<Lease>(kCoordinatedLease);
  EXPECT_EQ(l.spec.strategy, "OldestEmulationVersion");
  EXPECT_EQ(l.spec.preferred_holder, "kind-control-plane2_7b9d1f3b");
  EXPECT_EQ(l.spec.lease_transitions, 2);
  // MicroTime keeps all six fraction digits, trailing zeros included.
  EXPECT_EQ(l.spec.acquire_time->to_string(), "2024-11-20T10:00:00.000000Z");
  EXPECT_EQ(l.spec.unknown_fields.value, Json::parse(R"({"futureSpecField":[1,2]})"));
}

TEST(CoordinationV1Lease, UnsetFieldsAreOmittedAndSpecIsAlwaysWritten) {
  Lease fresh{.metadata = {.name = "op", .namespace_ = "ops"}};
  EXPECT_EQ(encode(fresh), Json::parse(R"({"apiVersion":"coordination.k8s.io/v1",
      "kind":"Lease","metadata":{"name":"op","namespace":"ops","creationTimestamp":null},
      "spec":{}})"));
  LeaseSpec s{.holder_identity = "", .lease_transitions = 0};
  EXPECT_EQ(encode(s), Json::parse(R"({"holderIdentity":"","leaseTransitions":0})"));
}

TEST(CoordinationV1Lease, DecodeErrorsNameThePath) {
  auto l = decode<Lease>(Json::parse(R"({
    "spec": {"renewTime": "yesterday", "leaseDurationSeconds": "15",
             "leaseTransitions": 4294967296}
  })"));
  ASSERT_FALSE(l);
  const std::string& m = l.error().message();
  EXPECT_NE(m.find("spec.renewTime: "), std::string::npos) << m;
  EXPECT_NE(m.find("spec.leaseDurationSeconds: expected integer, got string \"15\""),
            std::string::npos) << m;
  EXPECT_NE(m.find("spec.leaseTransitions: "), std::string::npos) << m;
  auto strict = decode<Lease>(Json::parse(kCoordinatedLease), {.strict = true});
  ASSERT_FALSE(strict);
  EXPECT_EQ(strict.error().message(),
            "strict decoding error: unknown field \"spec.futureSpecField\"");
}

// ---- scheduling/v1 PriorityClass ----------------------------------------------------------

TEST(SchedulingV1PriorityClass, RoundTripsABuiltInClass) {
  PriorityClass pc = round_trip<PriorityClass>(kSystemNodeCritical);
  EXPECT_EQ(pc.value, 2000001000);
  EXPECT_FALSE(pc.global_default);
  EXPECT_EQ(pc.preemption_policy, "PreemptLowerPriority");
  EXPECT_EQ(pc.metadata.namespace_, "");
}

TEST(SchedulingV1PriorityClass, RoundTripsAZeroValueDefaultClass) {
  PriorityClass pc = round_trip<PriorityClass>(kDefaultClass);
  EXPECT_EQ(pc.value, 0);
  EXPECT_TRUE(pc.global_default);
  EXPECT_EQ(pc.preemption_policy, "Never");
  EXPECT_EQ(pc.description, "");
  // value has no omitempty: 0 is written; globalDefault and description are omitted when empty.
  EXPECT_EQ(encode(PriorityClass{.metadata = {.name = "zero"}}),
            Json::parse(R"({"apiVersion":"scheduling.k8s.io/v1","kind":"PriorityClass",
                "metadata":{"name":"zero","creationTimestamp":null},"value":0})"));
}

// ---- policy/v1 PodDisruptionBudget --------------------------------------------------------

TEST(PolicyV1PodDisruptionBudget, RoundTripsAnIntegerBudget) {
  PodDisruptionBudget pdb = round_trip<PodDisruptionBudget>(kPdb);
  ASSERT_TRUE(pdb.spec.max_unavailable);
  EXPECT_TRUE(pdb.spec.max_unavailable->is_int());
  EXPECT_EQ(pdb.spec.max_unavailable->int_value(), 1);
  EXPECT_FALSE(pdb.spec.min_available);
  ASSERT_TRUE(pdb.spec.selector);
  EXPECT_EQ(pdb.spec.selector->match_labels.at("app"), "web");
  EXPECT_EQ(pdb.spec.unhealthy_pod_eviction_policy, "AlwaysAllow");
  EXPECT_EQ(pdb.status.disruptions_allowed, 1);
  EXPECT_EQ(pdb.status.current_healthy, 3);
  EXPECT_EQ(pdb.status.desired_healthy, 2);
  EXPECT_EQ(pdb.status.expected_pods, 3);
  EXPECT_EQ(pdb.status.observed_generation, 1);
  ASSERT_EQ(pdb.status.conditions.size(), 1u);
  EXPECT_EQ(pdb.status.conditions[0].type, "DisruptionAllowed");
  EXPECT_EQ(pdb.status.conditions[0].reason, "SufficientPods");
  EXPECT_TRUE(pdb.status.disrupted_pods.empty());
}

TEST(PolicyV1PodDisruptionBudget, RoundTripsAnExhaustedPercentageBudget) {
  PodDisruptionBudget pdb = round_trip<PodDisruptionBudget>(kExhaustedPdb);
  ASSERT_TRUE(pdb.spec.min_available);
  EXPECT_FALSE(pdb.spec.min_available->is_int());
  EXPECT_EQ(pdb.spec.min_available->string_value(), "50%");
  EXPECT_FALSE(pdb.spec.unhealthy_pod_eviction_policy);
  ASSERT_TRUE(pdb.spec.selector);
  EXPECT_EQ(pdb.spec.selector->match_expressions[0].operator_, "In");
  EXPECT_EQ(pdb.status.disruptions_allowed, 0);
  ASSERT_EQ(pdb.status.disrupted_pods.size(), 1u);
  EXPECT_EQ(pdb.status.disrupted_pods.at("db-1").to_string(), "2024-11-20T10:02:44Z");
}

TEST(PolicyV1PodDisruptionBudget, StatusCountersAreAlwaysWritten) {
  // What the server returns for a budget the controller has not processed yet.
  PodDisruptionBudget fresh{
      .metadata = {.name = "web"},
      .spec = {.min_available = IntOrString::of_int(2),
               .selector = meta::v1::LabelSelector{}}};
  EXPECT_EQ(encode(fresh), Json::parse(R"({"apiVersion":"policy/v1","kind":"PodDisruptionBudget",
      "metadata":{"name":"web","creationTimestamp":null},
      "spec":{"minAvailable":2,"selector":{}},
      "status":{"disruptionsAllowed":0,"currentHealthy":0,"desiredHealthy":0,"expectedPods":0}})"));
}

TEST(PolicyV1PodDisruptionBudget, DecodeErrorsNameThePath) {
  auto pdb = decode<PodDisruptionBudget>(Json::parse(R"({
    "spec": {"minAvailable": true, "selector": {"matchLabels": ["app"]}},
    "status": {"disruptedPods": {"db-0": "not a time"}, "expectedPods": 1.5}
  })"));
  ASSERT_FALSE(pdb);
  const std::string& m = pdb.error().message();
  EXPECT_NE(m.find("spec.minAvailable: expected integer or string, got boolean true"),
            std::string::npos) << m;
  EXPECT_NE(m.find("spec.selector.matchLabels: expected object, got array"), std::string::npos)
      << m;
  EXPECT_NE(m.find("status.disruptedPods[db-0]: "), std::string::npos) << m;
  EXPECT_NE(m.find("status.expectedPods: "), std::string::npos) << m;
}

// ---- autoscaling/v1 Scale -----------------------------------------------------------------

TEST(AutoscalingV1Scale, RoundTripsADeploymentsScale) {
  Scale s = round_trip<Scale>(kScale);
  EXPECT_EQ(s.api_version, "autoscaling/v1");
  EXPECT_EQ(s.kind, "Scale");
  EXPECT_EQ(s.spec.replicas, 3);
  EXPECT_EQ(s.status.replicas, 3);
  EXPECT_EQ(s.status.selector, "app=web");
}

TEST(AutoscalingV1Scale, RoundTripsZeroReplicas) {
  Scale s = round_trip<Scale>(kScaledToZero);
  EXPECT_EQ(s.spec.replicas, 0);
  EXPECT_EQ(s.status.replicas, 0);
  Scale request{.metadata = {.name = "web", .namespace_ = "prod"},
                             .spec = {.replicas = 5}};
  EXPECT_EQ(encode(request), Json::parse(R"({"apiVersion":"autoscaling/v1","kind":"Scale",
      "metadata":{"name":"web","namespace":"prod","creationTimestamp":null},
      "spec":{"replicas":5},"status":{"replicas":0}})"));
}

// ---- resource info, schema and protobuf numbers -------------------------------------------

TEST(OtherKindsResourceInfo, MatchesUpstreamDiscovery) {
  const ResourceInfo& lease = resource_info(Tag<Lease>{});
  EXPECT_EQ(lease.api_version(), "coordination.k8s.io/v1");
  EXPECT_EQ(lease.gvr(), (GroupVersionResource{"coordination.k8s.io", "v1", "leases"}));
  EXPECT_EQ(lease.singular, "lease");
  EXPECT_TRUE(lease.short_names.empty());
  EXPECT_TRUE(lease.namespaced);
  EXPECT_FALSE(lease.status_subresource);
  EXPECT_EQ(lease.list_kind, "LeaseList");

  const ResourceInfo& pc = resource_info(Tag<PriorityClass>{});
  EXPECT_EQ(pc.gvk(), (GroupVersionKind{"scheduling.k8s.io", "v1", "PriorityClass"}));
  EXPECT_EQ(pc.plural, "priorityclasses");
  EXPECT_EQ(pc.singular, "priorityclass");
  EXPECT_EQ(pc.short_names, std::vector<std::string>{"pc"});
  EXPECT_FALSE(pc.namespaced);
  EXPECT_FALSE(pc.status_subresource);
  EXPECT_EQ(pc.list_kind, "PriorityClassList");

  const ResourceInfo& pdb = resource_info(Tag<PodDisruptionBudget>{});
  EXPECT_EQ(pdb.api_version(), "policy/v1");
  EXPECT_EQ(pdb.gvr(), (GroupVersionResource{"policy", "v1", "poddisruptionbudgets"}));
  EXPECT_EQ(pdb.singular, "poddisruptionbudget");
  EXPECT_EQ(pdb.short_names, std::vector<std::string>{"pdb"});
  EXPECT_TRUE(pdb.namespaced);
  EXPECT_TRUE(pdb.status_subresource);
  EXPECT_FALSE(pdb.scale);
  EXPECT_EQ(pdb.list_kind, "PodDisruptionBudgetList");

  for (const ResourceInfo* info : {&lease, &pc, &pdb})
    EXPECT_TRUE(info->categories.empty()) << info->kind;

  static_assert(Resource<Lease> && Resource<PriorityClass> &&
                Resource<PodDisruptionBudget>);
  // Scale is only ever the body of another resource's scale subresource.
  static_assert(Described<Scale> && !Resource<Scale>);
  static_assert(!Resource<LeaseSpec> && !Resource<PodDisruptionBudgetSpec>);
}

TEST(OtherKindsSchema, SpotChecks) {
  Json lease = schema_of<Lease>();
  const Json& spec = lease["properties"]["spec"]["properties"];
  EXPECT_EQ(spec["renewTime"], Json::parse(R"({"type":"string","format":"date-time",
      "description":"When the current holder last renewed the lease."})"));
  EXPECT_EQ(spec["leaseDurationSeconds"]["format"], "int32");
  EXPECT_EQ(spec["leaseTransitions"]["format"], "int32");
  EXPECT_EQ(spec["strategy"]["type"], "string");
  EXPECT_FALSE(lease["properties"]["spec"].contains("required"));

  Json pc = schema_of<PriorityClass>();
  EXPECT_EQ(pc["required"], Json::array({"value"}));
  EXPECT_EQ(pc["properties"]["value"]["format"], "int32");
  EXPECT_EQ(pc["properties"]["preemptionPolicy"]["enum"],
            Json::array({"Never", "PreemptLowerPriority"}));
  EXPECT_EQ(pc["properties"]["globalDefault"]["type"], "boolean");

  Json pdb = schema_of<PodDisruptionBudget>();
  EXPECT_FALSE(pdb.contains("required"));
  const Json& pspec = pdb["properties"]["spec"]["properties"];
  EXPECT_EQ(pspec["minAvailable"]["x-kubernetes-int-or-string"], true);
  EXPECT_EQ(pspec["maxUnavailable"]["x-kubernetes-int-or-string"], true);
  EXPECT_EQ(pspec["selector"]["x-kubernetes-patch-strategy"], "replace");
  EXPECT_EQ(pspec["unhealthyPodEvictionPolicy"]["enum"],
            Json::array({"AlwaysAllow", "IfHealthyBudget"}));
  const Json& status = pdb["properties"]["status"];
  EXPECT_EQ(status["required"],
            Json::array({"disruptionsAllowed", "currentHealthy", "desiredHealthy", "expectedPods"}));
  EXPECT_EQ(status["properties"]["disruptedPods"]["additionalProperties"]["format"], "date-time");
  const Json& conditions = status["properties"]["conditions"];
  EXPECT_EQ(conditions["x-kubernetes-list-type"], "map");
  EXPECT_EQ(conditions["x-kubernetes-list-map-keys"], Json::array({"type"}));
  EXPECT_EQ(conditions["x-kubernetes-patch-merge-key"], "type");
  EXPECT_EQ(conditions["x-kubernetes-patch-strategy"], "merge");
  EXPECT_EQ(conditions["items"]["required"],
            Json::array({"type", "status", "lastTransitionTime", "reason", "message"}));

  Json scale = schema_of<Scale>();
  EXPECT_FALSE(scale["properties"]["spec"].contains("required"));
  EXPECT_EQ(scale["properties"]["status"]["required"], Json::array({"replicas"}));
  EXPECT_EQ(scale["properties"]["status"]["properties"]["selector"]["type"], "string");

  for (const Json* s : {&lease, &pc, &pdb, &scale}) {
    EXPECT_TRUE(s->contains("description"));
    EXPECT_EQ((*s)["properties"]["apiVersion"]["type"], "string");
    EXPECT_EQ((*s)["properties"]["metadata"]["type"], "object");
  }
}

TEST(OtherKindsProto, FieldNumbersFollowUpstreamGeneratedProto) {
  const TypeDescriptor& ls = describe(Tag<LeaseSpec>{});
  const char* lease_fields[] = {"holderIdentity", "leaseDurationSeconds", "acquireTime",
                                "renewTime", "leaseTransitions", "strategy", "preferredHolder"};
  for (int i = 0; i < 7; ++i) EXPECT_EQ(ls.find(lease_fields[i])->markers().proto, i + 1);

  const TypeDescriptor& pc = describe(Tag<PriorityClass>{});
  EXPECT_EQ(pc.find("value")->markers().proto, 2);
  EXPECT_EQ(pc.find("globalDefault")->markers().proto, 3);
  EXPECT_EQ(pc.find("description")->markers().proto, 4);
  EXPECT_EQ(pc.find("preemptionPolicy")->markers().proto, 5);

  const TypeDescriptor& ps = describe(Tag<PodDisruptionBudgetSpec>{});
  EXPECT_EQ(ps.find("minAvailable")->markers().proto, 1);
  EXPECT_EQ(ps.find("selector")->markers().proto, 2);
  EXPECT_EQ(ps.find("maxUnavailable")->markers().proto, 3);
  EXPECT_EQ(ps.find("unhealthyPodEvictionPolicy")->markers().proto, 4);
  const TypeDescriptor& pst = describe(Tag<PodDisruptionBudgetStatus>{});
  const char* status_fields[] = {"observedGeneration", "disruptedPods", "disruptionsAllowed",
                                 "currentHealthy", "desiredHealthy", "expectedPods",
                                 "conditions"};
  for (int i = 0; i < 7; ++i) EXPECT_EQ(pst.find(status_fields[i])->markers().proto, i + 1);

  EXPECT_EQ(describe(Tag<ScaleSpec>{}).find("replicas")->markers().proto, 1);
  EXPECT_EQ(describe(Tag<ScaleStatus>{}).find("replicas")->markers().proto, 1);
  EXPECT_EQ(describe(Tag<ScaleStatus>{}).find("selector")->markers().proto, 2);

  for (const TypeDescriptor* d : {&describe(Tag<PodDisruptionBudget>{}),
                                  &describe(Tag<Scale>{})}) {
    EXPECT_EQ(d->find("spec")->markers().proto, 2);
    EXPECT_EQ(d->find("status")->markers().proto, 3);
  }
  EXPECT_EQ(describe(Tag<Lease>{}).find("spec")->markers().proto, 2);
  for (const TypeDescriptor* d : {&describe(Tag<Lease>{}), &pc,
                                  &describe(Tag<PodDisruptionBudget>{}),
                                  &describe(Tag<Scale>{})}) {
    ASSERT_GE(d->fields().size(), 3u);
    EXPECT_EQ(d->fields()[0]->json_name(), "apiVersion");
    EXPECT_EQ(d->fields()[1]->json_name(), "kind");
    EXPECT_EQ(d->fields()[0]->markers().proto, 0);
    EXPECT_EQ(d->find("metadata")->markers().proto, 1);
  }
}

}  // namespace
}  // namespace windlass::api
