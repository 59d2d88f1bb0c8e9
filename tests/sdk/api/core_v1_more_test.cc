// core/v1 Service, Endpoints, Node, Event, ResourceQuota and LimitRange against objects as
// kube-apiserver 1.32 returns them.
#include <windlass/api/core/v1/endpoints.h>
#include <windlass/api/core/v1/event.h>
#include <windlass/api/core/v1/limit_range.h>
#include <windlass/api/core/v1/node.h>
#include <windlass/api/core/v1/resource_quota.h>
#include <windlass/api/core/v1/service.h>
#include <windlass/api/strategic_merge_patch.h>

#include "round_trip.h"

#include <gtest/gtest.h>

namespace windlass::api::core::v1 {
namespace {

// The API server's own Service in `default`.
constexpr const char* kKubernetesService = R"({
  "apiVersion": "v1",
  "kind": "Service",
  "metadata": {
    "creationTimestamp": "2024-11-18T13:59:38Z",
    "labels": {"component": "apiserver", "provider": "kubernetes"},
    "name": "kubernetes",
    "namespace": "default",
    "resourceVersion": "198",
    "uid": "3f5a7c9e-1b3d-4f5a-8c9e-1b3d5f7a9c1e"
  },
  "spec": {
    "clusterIP": "10.96.0.1",
    "clusterIPs": ["10.96.0.1"],
    "internalTrafficPolicy": "Cluster",
    "ipFamilies": ["IPv4"],
    "ipFamilyPolicy": "SingleStack",
    "ports": [{"name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443}],
    "sessionAffinity": "None",
    "type": "ClusterIP"
  },
  "status": {"loadBalancer": {}}
})";

// A dual-stack LoadBalancer Service with a provisioned load balancer, one port the provider
// could not publish, and fields from a newer server.
constexpr const char* kLoadBalancerService = R"({
  "apiVersion": "v1",
  "kind": "Service",
  "metadata": {
    "annotations": {"service.beta.kubernetes.io/aws-load-balancer-type": "nlb"},
    "creationTimestamp": "2024-11-20T09:41:12Z",
    "finalizers": ["service.kubernetes.io/load-balancer-cleanup"],
    "name": "web",
    "namespace": "prod",
    "resourceVersion": "4302",
    "uid": "5a7c9e1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b"
  },
  "spec": {
    "allocateLoadBalancerNodePorts": true,
    "clusterIP": "10.96.112.40",
    "clusterIPs": ["10.96.112.40", "fd00:10:96::7a2c"],
    "externalTrafficPolicy": "Local",
    "futureSpecField": {"enabled": true},
    "healthCheckNodePort": 31942,
    "internalTrafficPolicy": "Cluster",
    "ipFamilies": ["IPv4", "IPv6"],
    "ipFamilyPolicy": "PreferDualStack",
    "loadBalancerSourceRanges": ["203.0.113.0/24"],
    "ports": [
      {"appProtocol": "http", "name": "http", "nodePort": 30080, "port": 80, "protocol": "TCP", "targetPort": "http"},
      {"name": "dns", "nodePort": 30053, "port": 53, "protocol": "UDP", "targetPort": 5353, "futurePortField": 1}
    ],
    "selector": {"app": "web"},
    "sessionAffinity": "ClientIP",
    "sessionAffinityConfig": {"clientIP": {"timeoutSeconds": 10800}},
    "trafficDistribution": "PreferClose",
    "type": "LoadBalancer"
  },
  "status": {
    "conditions": [{
      "lastTransitionTime": "2024-11-20T09:41:40Z",
      "message": "UDP is not supported together with TCP",
      "observedGeneration": 1,
      "reason": "LoadBalancerMixedProtocolNotSupported",
      "status": "True",
      "type": "LoadBalancerPortsError"
    }],
    "loadBalancer": {
      "ingress": [{
        "hostname": "a1b2c3d4.elb.us-east-1.amazonaws.com",
        "ip": "203.0.113.7",
        "ipMode": "VIP",
        "ports": [{"error": "MixedProtocolNotSupported", "port": 53, "protocol": "UDP"}]
      }]
    }
  }
})";

// A headless Service: no cluster IP, DNS answers with the pods' addresses.
constexpr const char* kHeadlessService = R"({
  "apiVersion": "v1",
  "kind": "Service",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:50:00Z",
    "name": "db",
    "namespace": "prod",
    "resourceVersion": "4480",
    "uid": "7c9e1b3d-5f7a-4c9e-8b3d-5f7a9c1e3b5d"
  },
  "spec": {
    "clusterIP": "None",
    "clusterIPs": ["None"],
    "internalTrafficPolicy": "Cluster",
    "ipFamilies": ["IPv4"],
    "ipFamilyPolicy": "SingleStack",
    "ports": [{"name": "pg", "port": 5432, "protocol": "TCP", "targetPort": 5432}],
    "publishNotReadyAddresses": true,
    "selector": {"app": "db"},
    "sessionAffinity": "None",
    "type": "ClusterIP"
  },
  "status": {"loadBalancer": {}}
})";

// kube-dns's Endpoints with one ready and one starting CoreDNS pod.
constexpr const char* kKubeDnsEndpoints = R"({
  "apiVersion": "v1",
  "kind": "Endpoints",
  "metadata": {
    "annotations": {"endpoints.kubernetes.io/last-change-trigger-time": "2024-11-20T09:30:11Z"},
    "creationTimestamp": "2024-11-18T13:59:42Z",
    "labels": {"k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS"},
    "name": "kube-dns",
    "namespace": "kube-system",
    "resourceVersion": "3920",
    "uid": "9e1b3d5f-7a9c-4e1b-9d5f-7a9c1e3b5d7f"
  },
  "subsets": [{
    "addresses": [{
      "ip": "10.244.0.3",
      "nodeName": "kind-control-plane",
      "targetRef": {"kind": "Pod", "name": "coredns-668d6bf9bc-7x2kq", "namespace": "kube-system", "uid": "b3d5f7a9-c1e3-4b5d-8f7a-9c1e3b5d7f9a"}
    }],
    "notReadyAddresses": [{
      "ip": "10.244.0.4",
      "nodeName": "kind-control-plane",
      "targetRef": {"kind": "Pod", "name": "coredns-668d6bf9bc-p9m4w", "namespace": "kube-system", "uid": "d5f7a9c1-e3b5-4d7f-9a9c-1e3b5d7f9a1c"}
    }],
    "ports": [
      {"name": "dns-tcp", "port": 53, "protocol": "TCP"},
      {"name": "dns", "port": 53, "protocol": "UDP"},
      {"name": "metrics", "port": 9153, "protocol": "TCP"}
    ]
  }]
})";

// Hand-written Endpoints for a Service without a selector.
constexpr const char* kManualEndpoints = R"({
  "apiVersion": "v1",
  "kind": "Endpoints",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:52:00Z",
    "name": "legacy-db",
    "namespace": "prod",
    "resourceVersion": "4501",
    "uid": "f7a9c1e3-b5d7-4f9a-8c1e-3b5d7f9a1c3e"
  },
  "subsets": [{
    "addresses": [{"hostname": "db-a", "ip": "192.0.2.10"}, {"ip": "192.0.2.11"}],
    "ports": [{"appProtocol": "postgresql", "port": 5432, "protocol": "TCP"}]
  }]
})";

// A kind worker node (kubelet 1.32), with a field a newer kubelet reports.
constexpr const char* kNode = R"json({
  "apiVersion": "v1",
  "kind": "Node",
  "metadata": {
    "annotations": {
      "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///run/containerd/containerd.sock",
      "node.alpha.kubernetes.io/ttl": "0",
      "volumes.kubernetes.io/controller-managed-attach-detach": "true"
    },
    "creationTimestamp": "2024-11-18T14:00:05Z",
    "labels": {
      "beta.kubernetes.io/arch": "amd64",
      "beta.kubernetes.io/os": "linux",
      "kubernetes.io/arch": "amd64",
      "kubernetes.io/hostname": "kind-worker",
      "kubernetes.io/os": "linux",
      "topology.kubernetes.io/zone": "zone-a"
    },
    "name": "kind-worker",
    "resourceVersion": "5398",
    "uid": "c2e4a6b8-0d2f-4b6d-8f1a-3c5e7a9b1d3f"
  },
  "spec": {
    "podCIDR": "10.244.1.0/24",
    "podCIDRs": ["10.244.1.0/24"],
    "providerID": "kind://docker/kind/kind-worker",
    "taints": [
      {"effect": "NoSchedule", "key": "dedicated", "value": "batch"},
      {"effect": "NoExecute", "key": "node.kubernetes.io/unreachable", "timeAdded": "2024-11-20T10:01:00Z"}
    ]
  },
  "status": {
    "addresses": [
      {"address": "172.18.0.3", "type": "InternalIP"},
      {"address": "kind-worker", "type": "Hostname"}
    ],
    "allocatable": {"cpu": "8", "ephemeral-storage": "102626232Ki", "hugepages-1Gi": "0", "hugepages-2Mi": "0", "memory": "32803744Ki", "pods": "110"},
    "capacity": {"cpu": "8", "ephemeral-storage": "102626232Ki", "hugepages-1Gi": "0", "hugepages-2Mi": "0", "memory": "32803744Ki", "pods": "110"},
    "conditions": [
      {"lastHeartbeatTime": "2024-11-20T10:04:58Z", "lastTransitionTime": "2024-11-18T14:00:05Z", "message": "kubelet has sufficient memory available", "reason": "KubeletHasSufficientMemory", "status": "False", "type": "MemoryPressure"},
      {"lastHeartbeatTime": "2024-11-20T10:04:58Z", "lastTransitionTime": "2024-11-18T14:00:05Z", "message": "kubelet has no disk pressure", "reason": "KubeletHasNoDiskPressure", "status": "False", "type": "DiskPressure"},
      {"lastHeartbeatTime": "2024-11-20T10:04:58Z", "lastTransitionTime": "2024-11-18T14:00:05Z", "message": "kubelet has sufficient PID available", "reason": "KubeletHasSufficientPID", "status": "False", "type": "PIDPressure"},
      {"lastHeartbeatTime": "2024-11-20T10:04:58Z", "lastTransitionTime": "2024-11-18T14:00:18Z", "message": "kubelet is posting ready status", "reason": "KubeletReady", "status": "True", "type": "Ready"}
    ],
    "daemonEndpoints": {"kubeletEndpoint": {"Port": 10250}},
    "features": {"supplementalGroupsPolicy": true},
    "images": [
      {"names": ["docker.io/library/nginx@sha256:0c86dddac19f2ce4fd716ac58c0fd87bf69bfd4edabfd6971fb885bafd12a00b", "docker.io/library/nginx:1.27"], "sizeBytes": 72955450},
      {"names": ["registry.k8s.io/kube-proxy:v1.32.0"], "sizeBytes": 94963761},
      {"names": ["registry.k8s.io/pause:3.10"], "sizeBytes": 320368}
    ],
    "nodeInfo": {
      "architecture": "amd64",
      "bootID": "6e8a0c2e-4b6d-4f8a-9c1e-3b5d7f9a1c3e",
      "containerRuntimeVersion": "containerd://1.7.24",
      "kernelVersion": "6.8.0-48-generic",
      "kubeProxyVersion": "",
      "kubeletVersion": "v1.32.0",
      "machineID": "9a1c3e5b7d9f4a1c8e3b5d7f9a1c3e5b",
      "operatingSystem": "linux",
      "osImage": "Debian GNU/Linux 12 (bookworm)",
      "swap": {"capacity": 0},
      "systemUUID": "1c3e5b7d-9f1a-4c3e-8b7d-9f1a3c5e7b9d"
    },
    "runtimeHandlers": [
      {"features": {"recursiveReadOnlyMounts": true, "userNamespaces": true}, "name": ""},
      {"features": {"recursiveReadOnlyMounts": true, "userNamespaces": true}, "name": "runc"},
      {"features": {"recursiveReadOnlyMounts": true, "userNamespaces": true}, "name": "test-handler"}
    ],
    "volumesAttached": [{"devicePath": "", "name": "kubernetes.io/csi/ebs.csi.aws.com^vol-0a1b2c3d4e5f60718"}],
    "volumesInUse": ["kubernetes.io/csi/ebs.csi.aws.com^vol-0a1b2c3d4e5f60718"]
  }
})json";

// An event the kubelet recorded through core/v1, repeated three times.
constexpr const char* kKubeletEvent = R"json({
  "apiVersion": "v1",
  "count": 3,
  "eventTime": null,
  "firstTimestamp": "2024-11-20T09:41:00Z",
  "involvedObject": {
    "apiVersion": "v1",
    "fieldPath": "spec.containers{app}",
    "kind": "Pod",
    "name": "crashy-5c7f9b8d6-q4z7n",
    "namespace": "prod",
    "resourceVersion": "4188",
    "uid": "e3b5d7f9-a1c3-4e5b-9d7f-9a1c3e5b7d9f"
  },
  "kind": "Event",
  "lastTimestamp": "2024-11-20T09:43:10Z",
  "message": "Back-off restarting failed container app in pod crashy-5c7f9b8d6-q4z7n_prod(e3b5d7f9-a1c3-4e5b-9d7f-9a1c3e5b7d9f)",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:41:00Z",
    "name": "crashy-5c7f9b8d6-q4z7n.180a1b2c3d4e5f60",
    "namespace": "prod",
    "resourceVersion": "4390",
    "uid": "1e3b5d7f-9a1c-4e3b-8d7f-9a1c3e5b7d9f"
  },
  "reason": "BackOff",
  "reportingComponent": "kubelet",
  "reportingInstance": "kind-worker",
  "source": {"component": "kubelet", "host": "kind-worker"},
  "type": "Warning"
})json";

// The scheduler writes events through events.k8s.io/v1; read through core/v1 they have an
// eventTime, null legacy timestamps and an empty source.
constexpr const char* kSchedulerEvent = R"({
  "action": "Binding",
  "apiVersion": "v1",
  "eventTime": "2024-11-20T09:40:02.512345Z",
  "firstTimestamp": null,
  "involvedObject": {
    "apiVersion": "v1",
    "kind": "Pod",
    "name": "web-7d4b9c8f6d-x2x8q",
    "namespace": "prod",
    "resourceVersion": "4110",
    "uid": "3b5d7f9a-1c3e-4b5d-9f9a-1c3e5b7d9f1a"
  },
  "kind": "Event",
  "lastTimestamp": null,
  "message": "Successfully assigned prod/web-7d4b9c8f6d-x2x8q to kind-worker",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:40:02Z",
    "name": "web-7d4b9c8f6d-x2x8q.180a1b2c4e5f6071",
    "namespace": "prod",
    "resourceVersion": "4117",
    "uid": "5d7f9a1c-3e5b-4d7f-8a1c-3e5b7d9f1a3c"
  },
  "reason": "Scheduled",
  "reportingComponent": "default-scheduler",
  "reportingInstance": "default-scheduler-kind-control-plane",
  "source": {},
  "type": "Normal"
})";

// A repeated events.k8s.io/v1 event with a series and a related object, read through core/v1.
constexpr const char* kSeriesEvent = R"({
  "action": "Preempting",
  "apiVersion": "v1",
  "eventTime": "2024-11-20T09:55:00.000100Z",
  "firstTimestamp": null,
  "involvedObject": {"apiVersion": "v1", "kind": "Pod", "name": "batch-0", "namespace": "prod", "uid": "7f9a1c3e-5b7d-4f9a-9c3e-5b7d9f1a3c5e"},
  "kind": "Event",
  "lastTimestamp": null,
  "message": "Preempted by pod prod/urgent-0 on node kind-worker",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:55:00Z",
    "name": "batch-0.180a1b2c5f607182",
    "namespace": "prod",
    "resourceVersion": "4620",
    "uid": "9a1c3e5b-7d9f-4a1c-8e5b-7d9f1a3c5e7b"
  },
  "reason": "Preempted",
  "related": {"apiVersion": "v1", "kind": "Pod", "name": "urgent-0", "namespace": "prod", "uid": "b5d7f9a1-c3e5-4b7d-9f1a-3c5e7b9d1f3a"},
  "reportingComponent": "default-scheduler",
  "reportingInstance": "default-scheduler-kind-control-plane",
  "series": {"count": 4, "lastObservedTime": "2024-11-20T10:25:00.000200Z"},
  "source": {},
  "type": "Normal"
})";

// A compute quota with usage, and one scoped to a priority class.
constexpr const char* kComputeQuota = R"({
  "apiVersion": "v1",
  "kind": "ResourceQuota",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:00:00Z",
    "name": "compute",
    "namespace": "team-a",
    "resourceVersion": "3301",
    "uid": "d7f9a1c3-e5b7-4d9f-8a1c-3e5b7d9f1a3c"
  },
  "spec": {"hard": {"count/deployments.apps": "5", "limits.memory": "4Gi", "pods": "10", "requests.cpu": "2", "requests.storage": "100Gi"}},
  "status": {
    "hard": {"count/deployments.apps": "5", "limits.memory": "4Gi", "pods": "10", "requests.cpu": "2", "requests.storage": "100Gi"},
    "used": {"count/deployments.apps": "1", "limits.memory": "768Mi", "pods": "3", "requests.cpu": "350m", "requests.storage": "0"}
  }
})";

constexpr const char* kScopedQuota = R"({
  "apiVersion": "v1",
  "kind": "ResourceQuota",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:01:00Z",
    "name": "high-priority",
    "namespace": "team-a",
    "resourceVersion": "3302",
    "uid": "f9a1c3e5-b7d9-4f1a-9c3e-5b7d9f1a3c5e"
  },
  "spec": {
    "hard": {"pods": "2"},
    "scopeSelector": {"matchExpressions": [{"operator": "In", "scopeName": "PriorityClass", "values": ["high"]}]},
    "scopes": ["NotTerminating"]
  },
  "status": {"hard": {"pods": "2"}, "used": {"pods": "0"}}
})";

// Per-container defaults and bounds, a pod maximum and a claim size range.
constexpr const char* kLimitRange = R"({
  "apiVersion": "v1",
  "kind": "LimitRange",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:02:00Z",
    "name": "defaults",
    "namespace": "team-a",
    "resourceVersion": "3310",
    "uid": "1a3c5e7b-9d1f-4a3c-8e7b-9d1f3a5c7e9b"
  },
  "spec": {
    "limits": [
      {
        "default": {"cpu": "500m", "memory": "512Mi"},
        "defaultRequest": {"cpu": "100m", "memory": "128Mi"},
        "max": {"cpu": "2", "memory": "2Gi"},
        "maxLimitRequestRatio": {"cpu": "10"},
        "min": {"cpu": "10m", "memory": "16Mi"},
        "type": "Container"
      },
      {"max": {"cpu": "4", "memory": "4Gi"}, "type": "Pod"},
      {"max": {"storage": "50Gi"}, "min": {"storage": "1Gi"}, "type": "PersistentVolumeClaim"}
    ]
  }
})";

Quantity q(const char* text) { return *Quantity::parse(text); }

void expect_merge(const Json& field, const std::string& key) {
  EXPECT_EQ(field["x-kubernetes-patch-merge-key"], key) << field.dump();
  EXPECT_EQ(field["x-kubernetes-patch-strategy"], "merge") << field.dump();
}

// ---- Service ------------------------------------------------------------------------------

TEST(CoreV1Service, RoundTripsTheKubernetesService) {
  Service svc = round_trip<Service>(kKubernetesService);
  EXPECT_EQ(svc.spec.type, "ClusterIP");
  EXPECT_EQ(svc.spec.cluster_ip, "10.96.0.1");
  EXPECT_EQ(svc.spec.cluster_ips, std::vector<std::string>{"10.96.0.1"});
  EXPECT_EQ(svc.spec.ip_families, std::vector<std::string>{"IPv4"});
  EXPECT_EQ(svc.spec.ip_family_policy, "SingleStack");
  EXPECT_EQ(svc.spec.internal_traffic_policy, "Cluster");
  EXPECT_EQ(svc.spec.session_affinity, "None");
  ASSERT_EQ(svc.spec.ports.size(), 1u);
  EXPECT_EQ(svc.spec.ports[0].port, 443);
  EXPECT_TRUE(svc.spec.ports[0].target_port.is_int());
  EXPECT_EQ(svc.spec.ports[0].target_port.int_value(), 6443);
  EXPECT_TRUE(svc.spec.selector.empty());
  EXPECT_FALSE(svc.spec.allocate_load_balancer_node_ports);
  EXPECT_TRUE(svc.status.load_balancer.ingress.empty());
}

TEST(CoreV1Service, RoundTripsALoadBalancerWithStatusAndFutureFields) {
  Service svc = round_trip<Service>(kLoadBalancerService);
  EXPECT_EQ(svc.spec.type, "LoadBalancer");
  EXPECT_EQ(svc.spec.cluster_ips.size(), 2u);
  EXPECT_EQ(svc.spec.ip_family_policy, "PreferDualStack");
  EXPECT_EQ(svc.spec.external_traffic_policy, "Local");
  EXPECT_EQ(svc.spec.health_check_node_port, 31942);
  EXPECT_EQ(svc.spec.allocate_load_balancer_node_ports, true);
  EXPECT_EQ(svc.spec.traffic_distribution, "PreferClose");
  ASSERT_TRUE(svc.spec.session_affinity_config);
  ASSERT_TRUE(svc.spec.session_affinity_config->client_ip);
  EXPECT_EQ(svc.spec.session_affinity_config->client_ip->timeout_seconds, 10800);
  ASSERT_EQ(svc.spec.ports.size(), 2u);
  EXPECT_EQ(svc.spec.ports[0].app_protocol, "http");
  EXPECT_FALSE(svc.spec.ports[0].target_port.is_int());
  EXPECT_EQ(svc.spec.ports[0].target_port.string_value(), "http");
  EXPECT_EQ(svc.spec.ports[0].node_port, 30080);
  EXPECT_EQ(svc.spec.ports[1].protocol, "UDP");
  EXPECT_FALSE(svc.spec.ports[1].app_protocol);
  EXPECT_EQ(svc.spec.ports[1].unknown_fields.value, Json::parse(R"({"futurePortField":1})"));
  EXPECT_EQ(svc.spec.unknown_fields.value, Json::parse(R"({"futureSpecField":{"enabled":true}})"));
  ASSERT_EQ(svc.status.load_balancer.ingress.size(), 1u);
  const LoadBalancerIngress& in = svc.status.load_balancer.ingress[0];
  EXPECT_EQ(in.ip, "203.0.113.7");
  EXPECT_EQ(in.ip_mode, "VIP");
  ASSERT_EQ(in.ports.size(), 1u);
  EXPECT_EQ(in.ports[0].error, "MixedProtocolNotSupported");
  ASSERT_EQ(svc.status.conditions.size(), 1u);
  EXPECT_EQ(svc.status.conditions[0].type, "LoadBalancerPortsError");
  EXPECT_EQ(svc.status.conditions[0].observed_generation, 1);
}

TEST(CoreV1Service, RoundTripsAHeadlessService) {
  Service svc = round_trip<Service>(kHeadlessService);
  EXPECT_EQ(svc.spec.cluster_ip, "None");
  EXPECT_TRUE(svc.spec.publish_not_ready_addresses);
  EXPECT_EQ(svc.spec.selector.at("app"), "db");
}

TEST(CoreV1Service, NewServicesWriteWhatGoWould) {
  // What `kubectl create service clusterip web --tcp=80:8080 --dry-run=client -o json` sends:
  // the status struct is always there, unset pointers and empty strings are not.
  Service svc{.metadata = {.name = "web"},
              .spec = {.ports = {{.name = "80-8080", .protocol = "TCP", .port = 80,
                                  .target_port = IntOrString::of_int(8080)}},
                       .selector = {{"app", "web"}},
                       .type = "ClusterIP"}};
  EXPECT_EQ(encode(svc), Json::parse(R"({"apiVersion":"v1","kind":"Service",
      "metadata":{"name":"web","creationTimestamp":null},
      "spec":{"ports":[{"name":"80-8080","protocol":"TCP","port":80,"targetPort":8080}],
              "selector":{"app":"web"},"type":"ClusterIP"},
      "status":{"loadBalancer":{}}})"));
  // port has no omitempty; PortStatus's port and protocol neither.
  EXPECT_EQ(encode(ServicePort{}), Json::parse(R"({"port":0})"));
  EXPECT_EQ(encode(PortStatus{}), Json::parse(R"({"port":0,"protocol":""})"));
}

TEST(CoreV1Service, DecodeErrorsNameThePath) {
  auto svc = decode<Service>(Json::parse(R"({
    "spec": {"ports": [{"port": "80", "targetPort": 1.5}], "selector": ["app"],
             "allocateLoadBalancerNodePorts": "yes"},
    "status": {"loadBalancer": {"ingress": [{"ports": [{"port": 53, "error": 7}]}]}}
  })"));
  ASSERT_FALSE(svc);
  const std::string& m = svc.error().message();
  EXPECT_NE(m.find("spec.ports[0].port: expected integer, got string \"80\""), std::string::npos)
      << m;
  EXPECT_NE(m.find("spec.ports[0].targetPort: "), std::string::npos) << m;
  EXPECT_NE(m.find("spec.selector: expected object, got array"), std::string::npos) << m;
  EXPECT_NE(m.find("spec.allocateLoadBalancerNodePorts: "), std::string::npos) << m;
  EXPECT_NE(m.find("status.loadBalancer.ingress[0].ports[0].error: "), std::string::npos) << m;
  auto strict = decode<Service>(Json::parse(kLoadBalancerService), {.strict = true});
  ASSERT_FALSE(strict);
  EXPECT_NE(strict.error().message().find("unknown field \"spec.futureSpecField\""),
            std::string::npos) << strict.error().message();
  EXPECT_NE(strict.error().message().find("unknown field \"spec.ports[1].futurePortField\""),
            std::string::npos) << strict.error().message();
}

TEST(CoreV1Service, StrategicMergeKeysPortsByPortNumber) {
  Json live = Json::parse(kKubernetesService);
  Json patch = Json::parse(R"({"spec":{"ports":[{"port":443,"targetPort":8443},
      {"name":"metrics","port":9090,"protocol":"TCP"}]}})");
  auto merged = apply_strategic_merge_patch(live, patch, Codec<Service>::ref());
  ASSERT_TRUE(merged) << merged.error().message();
  auto svc = decode<Service>(*merged);
  ASSERT_TRUE(svc) << svc.error().message();
  ASSERT_EQ(svc->spec.ports.size(), 2u);
  EXPECT_EQ(svc->spec.ports[0].name, "https");
  EXPECT_EQ(svc->spec.ports[0].target_port.int_value(), 8443);
  EXPECT_EQ(svc->spec.ports[1].name, "metrics");
}

// ---- Endpoints ----------------------------------------------------------------------------

TEST(CoreV1Endpoints, RoundTripsControllerManagedEndpoints) {
  Endpoints ep = round_trip<Endpoints>(kKubeDnsEndpoints);
  ASSERT_EQ(ep.subsets.size(), 1u);
  const EndpointSubset& s = ep.subsets[0];
  ASSERT_EQ(s.addresses.size(), 1u);
  EXPECT_EQ(s.addresses[0].ip, "10.244.0.3");
  EXPECT_EQ(s.addresses[0].node_name, "kind-control-plane");
  ASSERT_TRUE(s.addresses[0].target_ref);
  EXPECT_EQ(s.addresses[0].target_ref->kind, "Pod");
  EXPECT_EQ(s.addresses[0].target_ref->namespace_, "kube-system");
  ASSERT_EQ(s.not_ready_addresses.size(), 1u);
  EXPECT_EQ(s.not_ready_addresses[0].ip, "10.244.0.4");
  ASSERT_EQ(s.ports.size(), 3u);
  EXPECT_EQ(s.ports[1].name, "dns");
  EXPECT_EQ(s.ports[1].protocol, "UDP");
  EXPECT_EQ(s.ports[2].port, 9153);
}

TEST(CoreV1Endpoints, RoundTripsHandWrittenEndpoints) {
  Endpoints ep = round_trip<Endpoints>(kManualEndpoints);
  const EndpointSubset& s = ep.subsets.at(0);
  EXPECT_EQ(s.addresses[0].hostname, "db-a");
  EXPECT_FALSE(s.addresses[1].node_name);
  EXPECT_FALSE(s.addresses[1].target_ref);
  EXPECT_EQ(s.ports[0].name, "");
  EXPECT_EQ(s.ports[0].app_protocol, "postgresql");
  // ip and port have no omitempty.
  EXPECT_EQ(encode(EndpointAddress{}), Json::parse(R"({"ip":""})"));
  EXPECT_EQ(encode(EndpointPort{}), Json::parse(R"({"port":0})"));
  EXPECT_EQ(encode(Endpoints{.metadata = {.name = "x"}}),
            Json::parse(R"({"apiVersion":"v1","kind":"Endpoints",
                "metadata":{"name":"x","creationTimestamp":null}})"));
}

// ---- Node ---------------------------------------------------------------------------------

TEST(CoreV1Node, RoundTripsAWorkerNode) {
  Node n = round_trip<Node>(kNode);
  EXPECT_EQ(n.metadata.namespace_, "");
  EXPECT_EQ(n.spec.pod_cidrs, std::vector<std::string>{"10.244.1.0/24"});
  EXPECT_EQ(n.spec.provider_id, "kind://docker/kind/kind-worker");
  EXPECT_FALSE(n.spec.unschedulable);
  ASSERT_EQ(n.spec.taints.size(), 2u);
  EXPECT_EQ(n.spec.taints[0].effect, "NoSchedule");
  EXPECT_FALSE(n.spec.taints[0].time_added);
  ASSERT_TRUE(n.spec.taints[1].time_added);
  EXPECT_EQ(n.spec.taints[1].time_added->to_string(), "2024-11-20T10:01:00Z");

  const NodeStatus& st = n.status;
  EXPECT_EQ(st.capacity.at("cpu"), q("8"));
  EXPECT_EQ(st.allocatable.at("memory").to_string(), "32803744Ki");
  EXPECT_EQ(st.allocatable.at("pods"), q("110"));
  ASSERT_EQ(st.conditions.size(), 4u);
  EXPECT_EQ(st.conditions[3].type, "Ready");
  EXPECT_EQ(st.conditions[3].status, "True");
  EXPECT_EQ(st.conditions[3].last_heartbeat_time.to_string(), "2024-11-20T10:04:58Z");
  ASSERT_EQ(st.addresses.size(), 2u);
  EXPECT_EQ(st.addresses[0].type, "InternalIP");
  EXPECT_EQ(st.addresses[0].address, "172.18.0.3");
  EXPECT_EQ(st.daemon_endpoints.kubelet_endpoint.port, 10250);
  EXPECT_EQ(st.node_info.kubelet_version, "v1.32.0");
  EXPECT_EQ(st.node_info.kube_proxy_version, "");
  EXPECT_EQ(st.node_info.container_runtime_version, "containerd://1.7.24");
  EXPECT_EQ(st.node_info.unknown_fields.value, Json::parse(R"({"swap":{"capacity":0}})"));
  ASSERT_EQ(st.images.size(), 3u);
  EXPECT_EQ(st.images[0].names.size(), 2u);
  EXPECT_EQ(st.images[2].size_bytes, 320368);
  EXPECT_EQ(st.volumes_in_use.size(), 1u);
  ASSERT_EQ(st.volumes_attached.size(), 1u);
  EXPECT_EQ(st.volumes_attached[0].device_path, "");
  ASSERT_EQ(st.runtime_handlers.size(), 3u);
  EXPECT_EQ(st.runtime_handlers[0].name, "");  // the default handler, written as ""
  ASSERT_TRUE(st.runtime_handlers[1].features);
  EXPECT_EQ(st.runtime_handlers[1].features->recursive_read_only_mounts, true);
  ASSERT_TRUE(st.features);
  EXPECT_EQ(st.features->supplemental_groups_policy, true);
  EXPECT_FALSE(st.config);
  EXPECT_EQ(st.phase, "");
}

TEST(CoreV1Node, NewNodesWriteWhatGoWould) {
  // The status structs and every NodeSystemInfo string have no omitempty; DaemonEndpoint's
  // one field is capitalised on the wire.
  Json out = encode(Node{.metadata = {.name = "n1"}, .spec = {.unschedulable = true}});
  EXPECT_EQ(out, Json::parse(R"({"apiVersion":"v1","kind":"Node",
      "metadata":{"name":"n1","creationTimestamp":null},
      "spec":{"unschedulable":true},
      "status":{"daemonEndpoints":{"kubeletEndpoint":{"Port":0}},
                "nodeInfo":{"machineID":"","systemUUID":"","bootID":"","kernelVersion":"",
                            "osImage":"","containerRuntimeVersion":"","kubeletVersion":"",
                            "kubeProxyVersion":"","operatingSystem":"","architecture":""}}})"));
  EXPECT_EQ(encode(Taint{.key = "k", .effect = "NoSchedule"}),
            Json::parse(R"({"key":"k","effect":"NoSchedule"})"));
  EXPECT_EQ(encode(ContainerImage{}), Json::parse(R"({"names":[]})"));
  EXPECT_EQ(encode(NodeRuntimeHandler{}), Json::parse(R"({"name":""})"));
  EXPECT_EQ(encode(NodeCondition{.type = "Ready", .status = "Unknown"}),
            Json::parse(R"({"type":"Ready","status":"Unknown","lastHeartbeatTime":null,
                "lastTransitionTime":null})"));
}

TEST(CoreV1Node, KubeletStatusPatchMergesConditionsByType) {
  Json live = Json::parse(kNode);
  Json patch = Json::parse(R"({"status":{"conditions":[{"type":"Ready","status":"False",
      "reason":"KubeletNotReady","lastHeartbeatTime":"2024-11-20T10:06:00Z"}]}})");
  auto merged = apply_strategic_merge_patch(live, patch, Codec<Node>::ref());
  ASSERT_TRUE(merged) << merged.error().message();
  auto n = decode<Node>(*merged);
  ASSERT_TRUE(n) << n.error().message();
  ASSERT_EQ(n->status.conditions.size(), 4u);
  EXPECT_EQ(n->status.conditions[0].type, "MemoryPressure");
  EXPECT_EQ(n->status.conditions[3].status, "False");
  EXPECT_EQ(n->status.conditions[3].reason, "KubeletNotReady");
  EXPECT_EQ(n->status.conditions[3].message, "kubelet is posting ready status");
}

TEST(CoreV1Node, DecodeErrorsNameThePath) {
  auto n = decode<Node>(Json::parse(R"({
    "spec": {"taints": [{"key": "a", "effect": "NoSchedule", "timeAdded": "soon"}]},
    "status": {"capacity": {"cpu": "eight"}, "daemonEndpoints": {"kubeletEndpoint": {"Port": "10250"}},
               "images": [{"names": "nginx", "sizeBytes": 1}]}
  })"));
  ASSERT_FALSE(n);
  const std::string& m = n.error().message();
  EXPECT_NE(m.find("spec.taints[0].timeAdded: "), std::string::npos) << m;
  EXPECT_NE(m.find("status.capacity[cpu]: "), std::string::npos) << m;
  EXPECT_NE(m.find("status.daemonEndpoints.kubeletEndpoint.Port: expected integer, got string "
                   "\"10250\""),
            std::string::npos) << m;
  EXPECT_NE(m.find("status.images[0].names: expected array, got string \"nginx\""),
            std::string::npos) << m;
}

// ---- Event --------------------------------------------------------------------------------

TEST(CoreV1Event, RoundTripsAKubeletEvent) {
  Event ev = round_trip<Event>(kKubeletEvent);
  EXPECT_EQ(ev.involved_object.kind, "Pod");
  EXPECT_EQ(ev.involved_object.field_path, "spec.containers{app}");
  EXPECT_EQ(ev.reason, "BackOff");
  EXPECT_EQ(ev.type, "Warning");
  EXPECT_EQ(ev.count, 3);
  EXPECT_EQ(ev.source.component, "kubelet");
  EXPECT_EQ(ev.source.host, "kind-worker");
  EXPECT_EQ(ev.first_timestamp.to_string(), "2024-11-20T09:41:00Z");
  EXPECT_EQ(ev.last_timestamp.to_string(), "2024-11-20T09:43:10Z");
  EXPECT_EQ(ev.event_time, MicroTime{});  // null
  EXPECT_FALSE(ev.series);
  EXPECT_EQ(ev.reporting_component, "kubelet");
}

TEST(CoreV1Event, RoundTripsAnEventWrittenThroughEventsV1) {
  Event ev = round_trip<Event>(kSchedulerEvent);
  EXPECT_EQ(ev.event_time.to_string(), "2024-11-20T09:40:02.512345Z");
  EXPECT_EQ(ev.first_timestamp, Time{});
  EXPECT_EQ(ev.count, 0);
  EXPECT_EQ(ev.action, "Binding");
  EXPECT_EQ(ev.source, EventSource{});
  EXPECT_EQ(ev.reporting_instance, "default-scheduler-kind-control-plane");

  Event series = round_trip<Event>(kSeriesEvent);
  ASSERT_TRUE(series.series);
  EXPECT_EQ(series.series->count, 4);
  EXPECT_EQ(series.series->last_observed_time.to_string(), "2024-11-20T10:25:00.000200Z");
  ASSERT_TRUE(series.related);
  EXPECT_EQ(series.related->name, "urgent-0");
}

TEST(CoreV1Event, NewEventsWriteWhatGoWould) {
  // The timestamps are structs (null when zero), source is a struct, and the reporting fields
  // have no omitempty.
  Event ev{.metadata = {.name = "w1.1", .namespace_ = "prod"},
           .involved_object = {.kind = "Widget", .namespace_ = "prod", .name = "w1"},
           .reason = "Resized",
           .type = "Normal"};
  EXPECT_EQ(encode(ev), Json::parse(R"({"apiVersion":"v1","kind":"Event",
      "metadata":{"name":"w1.1","namespace":"prod","creationTimestamp":null},
      "involvedObject":{"kind":"Widget","namespace":"prod","name":"w1"},
      "reason":"Resized","source":{},"firstTimestamp":null,"lastTimestamp":null,
      "type":"Normal","eventTime":null,"reportingComponent":"","reportingInstance":""})"));
  EXPECT_EQ(encode(EventSeries{}), Json::parse(R"({"lastObservedTime":null})"));
}

TEST(CoreV1Event, DecodeErrorsNameThePath) {
  auto ev = decode<Event>(Json::parse(R"({
    "involvedObject": "pod/web", "count": -1.5, "eventTime": "2024-13-01T00:00:00Z",
    "series": {"count": "4"}, "source": {"host": 7}
  })"));
  ASSERT_FALSE(ev);
  const std::string& m = ev.error().message();
  EXPECT_NE(m.find("involvedObject: expected object, got string \"pod/web\""), std::string::npos)
      << m;
  EXPECT_NE(m.find("count: "), std::string::npos) << m;
  EXPECT_NE(m.find("eventTime: "), std::string::npos) << m;
  EXPECT_NE(m.find("series.count: expected integer, got string \"4\""), std::string::npos) << m;
  EXPECT_NE(m.find("source.host: expected string, got number 7"), std::string::npos) << m;
}

// ---- ResourceQuota and LimitRange ---------------------------------------------------------

TEST(CoreV1ResourceQuota, RoundTripsAComputeQuotaWithUsage) {
  ResourceQuota rq = round_trip<ResourceQuota>(kComputeQuota);
  EXPECT_EQ(rq.spec.hard.at("requests.cpu"), q("2"));
  EXPECT_EQ(rq.spec.hard.at("count/deployments.apps"), q("5"));
  EXPECT_EQ(rq.status.used.at("requests.cpu").to_string(), "350m");
  EXPECT_EQ(rq.status.used.at("limits.memory").to_string(), "768Mi");
  EXPECT_EQ(rq.status.hard, rq.spec.hard);
  EXPECT_TRUE(rq.spec.scopes.empty());
  EXPECT_FALSE(rq.spec.scope_selector);
}

TEST(CoreV1ResourceQuota, RoundTripsAScopedQuota) {
  ResourceQuota rq = round_trip<ResourceQuota>(kScopedQuota);
  EXPECT_EQ(rq.spec.scopes, std::vector<std::string>{"NotTerminating"});
  ASSERT_TRUE(rq.spec.scope_selector);
  ASSERT_EQ(rq.spec.scope_selector->match_expressions.size(), 1u);
  const ScopedResourceSelectorRequirement& r = rq.spec.scope_selector->match_expressions[0];
  EXPECT_EQ(r.scope_name, "PriorityClass");
  EXPECT_EQ(r.operator_, "In");
  EXPECT_EQ(r.values, std::vector<std::string>{"high"});
  EXPECT_EQ(rq.status.used.at("pods"), q("0"));
  EXPECT_EQ(encode(ScopedResourceSelectorRequirement{}),
            Json::parse(R"({"scopeName":"","operator":""})"));
}

TEST(CoreV1LimitRange, RoundTripsBoundsAndDefaults) {
  LimitRange lr = round_trip<LimitRange>(kLimitRange);
  ASSERT_EQ(lr.spec.limits.size(), 3u);
  const LimitRangeItem& c = lr.spec.limits[0];
  EXPECT_EQ(c.type, "Container");
  EXPECT_EQ(c.default_.at("cpu").to_string(), "500m");
  EXPECT_EQ(c.default_request.at("memory").to_string(), "128Mi");
  EXPECT_EQ(c.max_limit_request_ratio.at("cpu"), q("10"));
  EXPECT_EQ(c.min.at("cpu").to_string(), "10m");
  EXPECT_EQ(lr.spec.limits[1].type, "Pod");
  EXPECT_TRUE(lr.spec.limits[1].default_.empty());
  EXPECT_EQ(lr.spec.limits[2].max.at("storage").to_string(), "50Gi");
  // limits has no omitempty (Go writes null for a nil slice, read back the same).
  EXPECT_EQ(encode(LimitRange{.metadata = {.name = "x"}}),
            Json::parse(R"({"apiVersion":"v1","kind":"LimitRange",
                "metadata":{"name":"x","creationTimestamp":null},"spec":{"limits":[]}})"));
}

TEST(CoreV1ResourceQuota, DecodeErrorsNameThePath) {
  auto rq = decode<ResourceQuota>(Json::parse(R"({
    "spec": {"hard": {"pods": 10.5, "requests.cpu": "two"}, "scopes": "BestEffort"},
    "status": {"used": []}
  })"));
  ASSERT_FALSE(rq);
  const std::string& m = rq.error().message();
  EXPECT_NE(m.find("spec.hard[requests.cpu]: "), std::string::npos) << m;
  EXPECT_NE(m.find("spec.scopes: expected array, got string \"BestEffort\""), std::string::npos)
      << m;
  EXPECT_NE(m.find("status.used: expected object, got array"), std::string::npos) << m;
  auto lr = decode<LimitRange>(
      Json::parse(R"({"spec": {"limits": [{"type": 1, "max": {"cpu": "x"}}]}})"));
  ASSERT_FALSE(lr);
  EXPECT_NE(lr.error().message().find("spec.limits[0].type: expected string, got number 1"),
            std::string::npos) << lr.error().message();
  EXPECT_NE(lr.error().message().find("spec.limits[0].max[cpu]: "), std::string::npos)
      << lr.error().message();
}

// ---- resource info, schema and protobuf numbers -------------------------------------------

TEST(CoreV1MoreResourceInfo, MatchesUpstreamDiscovery) {
  const ResourceInfo& svc = resource_info(Tag<Service>{});
  EXPECT_EQ(svc.gvr(), (GroupVersionResource{"", "v1", "services"}));
  EXPECT_EQ(svc.api_version(), "v1");
  EXPECT_EQ(svc.singular, "service");
  EXPECT_EQ(svc.short_names, std::vector<std::string>{"svc"});
  EXPECT_EQ(svc.categories, std::vector<std::string>{"all"});
  EXPECT_TRUE(svc.namespaced);
  EXPECT_TRUE(svc.status_subresource);
  EXPECT_EQ(svc.list_kind, "ServiceList");
  ASSERT_EQ(svc.printer_columns.size(), 3u);
  EXPECT_EQ(svc.printer_columns[1].json_path, ".spec.clusterIP");

  const ResourceInfo& ep = resource_info(Tag<Endpoints>{});
  EXPECT_EQ(ep.gvk(), (GroupVersionKind{"", "v1", "Endpoints"}));
  EXPECT_EQ(ep.plural, "endpoints");
  EXPECT_EQ(ep.singular, "endpoints");
  EXPECT_EQ(ep.short_names, std::vector<std::string>{"ep"});
  EXPECT_TRUE(ep.namespaced);
  EXPECT_FALSE(ep.status_subresource);
  EXPECT_EQ(ep.list_kind, "EndpointsList");

  const ResourceInfo& node = resource_info(Tag<Node>{});
  EXPECT_EQ(node.gvr(), (GroupVersionResource{"", "v1", "nodes"}));
  EXPECT_EQ(node.singular, "node");
  EXPECT_EQ(node.short_names, std::vector<std::string>{"no"});
  EXPECT_FALSE(node.namespaced);
  EXPECT_TRUE(node.status_subresource);
  EXPECT_EQ(node.list_kind, "NodeList");

  const ResourceInfo& ev = resource_info(Tag<Event>{});
  EXPECT_EQ(ev.gvr(), (GroupVersionResource{"", "v1", "events"}));
  EXPECT_EQ(ev.singular, "event");
  EXPECT_EQ(ev.short_names, std::vector<std::string>{"ev"});
  EXPECT_TRUE(ev.namespaced);
  EXPECT_FALSE(ev.status_subresource);
  EXPECT_EQ(ev.list_kind, "EventList");

  const ResourceInfo& rq = resource_info(Tag<ResourceQuota>{});
  EXPECT_EQ(rq.gvr(), (GroupVersionResource{"", "v1", "resourcequotas"}));
  EXPECT_EQ(rq.singular, "resourcequota");
  EXPECT_EQ(rq.short_names, std::vector<std::string>{"quota"});
  EXPECT_TRUE(rq.namespaced);
  EXPECT_TRUE(rq.status_subresource);
  EXPECT_EQ(rq.list_kind, "ResourceQuotaList");

  const ResourceInfo& lr = resource_info(Tag<LimitRange>{});
  EXPECT_EQ(lr.gvr(), (GroupVersionResource{"", "v1", "limitranges"}));
  EXPECT_EQ(lr.singular, "limitrange");
  EXPECT_EQ(lr.short_names, std::vector<std::string>{"limits"});
  EXPECT_TRUE(lr.namespaced);
  EXPECT_FALSE(lr.status_subresource);
  EXPECT_EQ(lr.list_kind, "LimitRangeList");

  for (const ResourceInfo* info : {&ep, &node, &ev, &rq, &lr}) {
    EXPECT_TRUE(info->categories.empty()) << info->kind;
    EXPECT_FALSE(info->scale) << info->kind;
  }
  static_assert(Resource<Service> && Resource<Endpoints> && Resource<Node> && Resource<Event> &&
                Resource<ResourceQuota> && Resource<LimitRange>);
  static_assert(!Resource<ServiceSpec> && !Resource<NodeStatus> && !Resource<EventSeries> &&
                !Resource<LimitRangeItem>);
}

TEST(CoreV1MoreSchema, SpotChecks) {
  Json svc = schema_of<Service>();
  const Json& spec = svc["properties"]["spec"]["properties"];
  expect_merge(spec["ports"], "port");
  EXPECT_EQ(spec["ports"]["x-kubernetes-list-type"], "map");
  EXPECT_EQ(spec["ports"]["x-kubernetes-list-map-keys"], Json::array({"port", "protocol"}));
  const Json& port = spec["ports"]["items"];
  EXPECT_EQ(port["required"], Json::array({"port"}));
  EXPECT_EQ(port["properties"]["protocol"]["default"], "TCP");
  EXPECT_EQ(port["properties"]["protocol"]["enum"], Json::array({"SCTP", "TCP", "UDP"}));
  EXPECT_EQ(port["properties"]["targetPort"]["x-kubernetes-int-or-string"], true);
  EXPECT_EQ(spec["selector"]["x-kubernetes-map-type"], "atomic");
  EXPECT_EQ(spec["type"]["enum"],
            Json::array({"ClusterIP", "ExternalName", "LoadBalancer", "NodePort"}));
  EXPECT_EQ(spec["clusterIPs"]["x-kubernetes-list-type"], "atomic");
  const Json& status = svc["properties"]["status"]["properties"];
  expect_merge(status["conditions"], "type");
  EXPECT_EQ(status["loadBalancer"]["properties"]["ingress"]["x-kubernetes-list-type"], "atomic");
  const Json& port_status =
      status["loadBalancer"]["properties"]["ingress"]["items"]["properties"]["ports"]["items"];
  EXPECT_EQ(port_status["required"], Json::array({"port", "protocol"}));
  EXPECT_EQ(port_status["properties"]["error"]["maxLength"], 316);

  Json node = schema_of<Node>();
  const Json& nspec = node["properties"]["spec"]["properties"];
  EXPECT_EQ(nspec["podCIDRs"]["x-kubernetes-list-type"], "set");
  EXPECT_EQ(nspec["podCIDRs"]["x-kubernetes-patch-strategy"], "merge");
  EXPECT_EQ(nspec["taints"]["items"]["required"], Json::array({"key", "effect"}));
  const Json& nstatus = node["properties"]["status"]["properties"];
  expect_merge(nstatus["conditions"], "type");
  expect_merge(nstatus["addresses"], "type");
  EXPECT_EQ(nstatus["capacity"]["additionalProperties"]["x-kubernetes-int-or-string"], true);
  EXPECT_EQ(nstatus["daemonEndpoints"]["properties"]["kubeletEndpoint"]["required"],
            Json::array({"Port"}));
  EXPECT_EQ(nstatus["nodeInfo"]["required"].size(), 10u);
  EXPECT_EQ(nstatus["images"]["items"]["properties"]["sizeBytes"]["format"], "int64");
  EXPECT_EQ(nstatus["volumesAttached"]["items"]["required"], Json::array({"name", "devicePath"}));
  EXPECT_FALSE(nstatus["runtimeHandlers"]["items"].contains("required"));

  Json ev = schema_of<Event>();
  EXPECT_EQ(ev["required"], Json::array({"metadata", "involvedObject"}));
  EXPECT_EQ(ev["properties"]["eventTime"]["format"], "date-time");
  EXPECT_EQ(ev["properties"]["firstTimestamp"]["format"], "date-time");
  EXPECT_EQ(ev["properties"]["count"]["format"], "int32");

  Json rq = schema_of<ResourceQuota>();
  const Json& req = rq["properties"]["spec"]["properties"]["scopeSelector"]["properties"]
                      ["matchExpressions"]["items"];
  EXPECT_EQ(req["required"], Json::array({"scopeName", "operator"}));
  EXPECT_EQ(req["properties"]["operator"]["enum"],
            Json::array({"DoesNotExist", "Exists", "In", "NotIn"}));

  Json lr = schema_of<LimitRange>();
  EXPECT_EQ(lr["properties"]["spec"]["required"], Json::array({"limits"}));
  EXPECT_EQ(lr["properties"]["spec"]["properties"]["limits"]["items"]["required"],
            Json::array({"type"}));

  for (const Json* s : {&svc, &node, &ev, &rq, &lr}) {
    EXPECT_TRUE(s->contains("description"));
    EXPECT_EQ((*s)["properties"]["apiVersion"]["type"], "string");
    EXPECT_EQ((*s)["properties"]["metadata"]["type"], "object");
  }
}

TEST(CoreV1MoreProto, FieldNumbersFollowUpstreamGeneratedProto) {
  const TypeDescriptor& spec = describe(Tag<ServiceSpec>{});
  EXPECT_EQ(spec.find("sessionAffinity")->markers().proto, 7);
  EXPECT_EQ(spec.find("ipFamilyPolicy")->markers().proto, 17);
  EXPECT_EQ(spec.find("clusterIPs")->markers().proto, 18);
  EXPECT_EQ(spec.find("ipFamilies")->markers().proto, 19);
  EXPECT_EQ(spec.find("trafficDistribution")->markers().proto, 23);
  EXPECT_EQ(describe(Tag<ServicePort>{}).find("appProtocol")->markers().proto, 6);
  EXPECT_EQ(describe(Tag<EndpointAddress>{}).find("targetRef")->markers().proto, 2);
  EXPECT_EQ(describe(Tag<EndpointAddress>{}).find("hostname")->markers().proto, 3);
  EXPECT_EQ(describe(Tag<NodeSpec>{}).find("externalID")->markers().proto, 2);
  EXPECT_EQ(describe(Tag<NodeSpec>{}).find("podCIDRs")->markers().proto, 7);
  EXPECT_EQ(describe(Tag<NodeStatus>{}).find("features")->markers().proto, 13);
  EXPECT_EQ(describe(Tag<NodeConfigSource>{}).find("configMap")->markers().proto, 2);
  EXPECT_EQ(describe(Tag<Event>{}).find("reportingComponent")->markers().proto, 14);
  EXPECT_EQ(describe(Tag<Event>{}).find("reportingInstance")->markers().proto, 15);
  EXPECT_EQ(describe(Tag<LimitRangeItem>{}).find("maxLimitRequestRatio")->markers().proto, 6);
  for (const TypeDescriptor* d : {&describe(Tag<Service>{}), &describe(Tag<Node>{}),
                                  &describe(Tag<ResourceQuota>{})}) {
    EXPECT_EQ(d->find("apiVersion")->markers().proto, 0);
    EXPECT_EQ(d->find("metadata")->markers().proto, 1);
    EXPECT_EQ(d->find("spec")->markers().proto, 2);
    EXPECT_EQ(d->find("status")->markers().proto, 3);
  }
}

}  // namespace
}  // namespace windlass::api::core::v1
