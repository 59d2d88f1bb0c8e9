// core/v1 Pod and its PodSpec/Container tree against objects as kube-apiserver returns them.
#include <windlass/api/core/v1/pod.h>
#include <windlass/api/core/v1/pod_template.h>
#include <windlass/api/strategic_merge_patch.h>

#include "round_trip.h"

#include <gtest/gtest.h>

namespace windlass::api::core::v1 {
namespace {

// A Deployment's pod read back from kube-apiserver 1.32 (`kubectl get pod -o json`): admission
// added the projected service-account token volume, the default tolerations and the status
// written by the kubelet.
constexpr const char* kPod = R"({
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
    "annotations": {"prometheus.io/scrape": "true"},
    "creationTimestamp": "2024-11-20T09:40:02Z",
    "generateName": "web-7d9c6b5f4-",
    "labels": {"app": "web", "pod-template-hash": "7d9c6b5f4"},
    "managedFields": [{
      "apiVersion": "v1",
      "fieldsType": "FieldsV1",
      "fieldsV1": {"f:metadata": {"f:generateName": {}, "f:labels": {".": {}, "f:app": {}, "f:pod-template-hash": {}},
        "f:ownerReferences": {".": {}, "k:{\"uid\":\"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"}": {}}},
        "f:spec": {"f:containers": {"k:{\"name\":\"web\"}": {".": {}, "f:image": {}, "f:name": {}}}}},
      "manager": "kube-controller-manager",
      "operation": "Update",
      "time": "2024-11-20T09:40:02Z"
    }, {
      "apiVersion": "v1",
      "fieldsType": "FieldsV1",
      "fieldsV1": {"f:status": {"f:conditions": {"k:{\"type\":\"Ready\"}": {".": {}, "f:lastProbeTime": {}, "f:lastTransitionTime": {}, "f:status": {}, "f:type": {}}},
        "f:containerStatuses": {}, "f:hostIP": {}, "f:phase": {}, "f:podIP": {}, "f:startTime": {}}},
      "manager": "kubelet",
      "operation": "Update",
      "subresource": "status",
      "time": "2024-11-20T09:40:09Z"
    }],
    "name": "web-7d9c6b5f4-x2x9q",
    "namespace": "prod",
    "ownerReferences": [{
      "apiVersion": "apps/v1",
      "blockOwnerDeletion": true,
      "controller": true,
      "kind": "ReplicaSet",
      "name": "web-7d9c6b5f4",
      "uid": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
    }],
    "resourceVersion": "3120",
    "uid": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"
  },
  "spec": {
    "affinity": {
      "nodeAffinity": {
        "requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
          {"matchExpressions": [{"key": "kubernetes.io/arch", "operator": "In", "values": ["amd64", "arm64"]}]}]},
        "preferredDuringSchedulingIgnoredDuringExecution": [
          {"preference": {"matchExpressions": [{"key": "node-pool", "operator": "In", "values": ["web"]}]}, "weight": 50}]
      },
      "podAntiAffinity": {
        "preferredDuringSchedulingIgnoredDuringExecution": [{
          "podAffinityTerm": {"labelSelector": {"matchLabels": {"app": "web"}}, "topologyKey": "kubernetes.io/hostname"},
          "weight": 100
        }]
      }
    },
    "containers": [{
      "args": ["--port=8080"],
      "env": [
        {"name": "POD_NAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.name"}}},
        {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"key": "password", "name": "db-credentials"}}},
        {"name": "MEMORY_LIMIT", "valueFrom": {"resourceFieldRef": {"divisor": "1Mi", "resource": "limits.memory"}}},
        {"name": "LOG_LEVEL", "value": "info"}
      ],
      "envFrom": [{"configMapRef": {"name": "web-config"}, "prefix": "APP_"}],
      "image": "registry.example.com/web:1.4.2",
      "imagePullPolicy": "IfNotPresent",
      "lifecycle": {"preStop": {"sleep": {"seconds": 5}}},
      "livenessProbe": {
        "failureThreshold": 3,
        "httpGet": {"httpHeaders": [{"name": "X-Probe", "value": "liveness"}], "path": "/healthz", "port": "http", "scheme": "HTTP"},
        "initialDelaySeconds": 10,
        "periodSeconds": 10,
        "successThreshold": 1,
        "timeoutSeconds": 1
      },
      "name": "web",
      "ports": [{"containerPort": 8080, "name": "http", "protocol": "TCP"}],
      "readinessProbe": {
        "failureThreshold": 3,
        "periodSeconds": 5,
        "successThreshold": 1,
        "tcpSocket": {"port": 8080},
        "timeoutSeconds": 1
      },
      "resources": {"limits": {"cpu": "500m", "memory": "256Mi"}, "requests": {"cpu": "100m", "memory": "128Mi"}},
      "securityContext": {
        "allowPrivilegeEscalation": false,
        "capabilities": {"drop": ["ALL"]},
        "readOnlyRootFilesystem": true,
        "runAsNonRoot": true,
        "seccompProfile": {"type": "RuntimeDefault"}
      },
      "startupProbe": {"exec": {"command": ["/bin/check", "--startup"]}, "failureThreshold": 30, "periodSeconds": 2, "successThreshold": 1, "timeoutSeconds": 1},
      "terminationMessagePath": "/dev/termination-log",
      "terminationMessagePolicy": "File",
      "volumeMounts": [
        {"mountPath": "/etc/web", "name": "config", "readOnly": true},
        {"mountPath": "/tmp", "name": "scratch"},
        {"mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "name": "kube-api-access-8xk2m", "readOnly": true}
      ]
    }],
    "dnsPolicy": "ClusterFirst",
    "enableServiceLinks": true,
    "initContainers": [{
      "command": ["sh", "-c", "until nslookup db; do sleep 1; done"],
      "image": "busybox:1.36",
      "imagePullPolicy": "IfNotPresent",
      "name": "wait-for-db",
      "resources": {},
      "terminationMessagePath": "/dev/termination-log",
      "terminationMessagePolicy": "File"
    }],
    "nodeName": "worker-2",
    "preemptionPolicy": "PreemptLowerPriority",
    "priority": 0,
    "restartPolicy": "Always",
    "schedulerName": "default-scheduler",
    "securityContext": {"fsGroup": 2000, "runAsGroup": 3000, "runAsUser": 1000, "sysctls": [{"name": "net.ipv4.ip_unprivileged_port_start", "value": "0"}]},
    "serviceAccount": "web",
    "serviceAccountName": "web",
    "terminationGracePeriodSeconds": 30,
    "tolerations": [
      {"effect": "NoExecute", "key": "node.kubernetes.io/not-ready", "operator": "Exists", "tolerationSeconds": 300},
      {"effect": "NoExecute", "key": "node.kubernetes.io/unreachable", "operator": "Exists", "tolerationSeconds": 300},
      {"effect": "NoSchedule", "key": "dedicated", "operator": "Equal", "value": "web"}
    ],
    "topologySpreadConstraints": [{"labelSelector": {"matchLabels": {"app": "web"}}, "maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone", "whenUnsatisfiable": "ScheduleAnyway"}],
    "volumes": [
      {"configMap": {"defaultMode": 420, "items": [{"key": "app.properties", "path": "app.properties"}], "name": "web-config"}, "name": "config"},
      {"emptyDir": {"medium": "Memory", "sizeLimit": "64Mi"}, "name": "scratch"},
      {"name": "kube-api-access-8xk2m", "projected": {"defaultMode": 420, "sources": [
        {"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}},
        {"configMap": {"items": [{"key": "ca.crt", "path": "ca.crt"}], "name": "kube-root-ca.crt"}},
        {"downwardAPI": {"items": [{"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.namespace"}, "path": "namespace"}]}}
      ]}},
      {"name": "legacy", "nfs": {"path": "/exports/web", "readOnly": true, "server": "nfs.example.com"}}
    ]
  },
  "status": {
    "conditions": [
      {"lastProbeTime": null, "lastTransitionTime": "2024-11-20T09:40:05Z", "status": "True", "type": "PodReadyToStartContainers"},
      {"lastProbeTime": null, "lastTransitionTime": "2024-11-20T09:40:06Z", "status": "True", "type": "Initialized"},
      {"lastProbeTime": null, "lastTransitionTime": "2024-11-20T09:40:09Z", "status": "True", "type": "Ready"},
      {"lastProbeTime": null, "lastTransitionTime": "2024-11-20T09:40:09Z", "status": "True", "type": "ContainersReady"},
      {"lastProbeTime": null, "lastTransitionTime": "2024-11-20T09:40:02Z", "status": "True", "type": "PodScheduled"}
    ],
    "containerStatuses": [{
      "containerID": "containerd://4f1e2d3c4b5a69788796a5b4c3d2e1f04f1e2d3c4b5a69788796a5b4c3d2e1f0",
      "image": "registry.example.com/web:1.4.2",
      "imageID": "registry.example.com/web@sha256:9b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a",
      "lastState": {"terminated": {"containerID": "containerd://0a9b8c7d", "exitCode": 137, "finishedAt": "2024-11-20T09:40:07Z", "reason": "OOMKilled", "startedAt": "2024-11-20T09:40:06Z"}},
      "name": "web",
      "ready": true,
      "restartCount": 1,
      "started": true,
      "state": {"running": {"startedAt": "2024-11-20T09:40:08Z"}},
      "volumeMounts": [
        {"mountPath": "/etc/web", "name": "config", "readOnly": true, "recursiveReadOnly": "Disabled"},
        {"mountPath": "/tmp", "name": "scratch"},
        {"mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "name": "kube-api-access-8xk2m", "readOnly": true, "recursiveReadOnly": "Disabled"}
      ]
    }],
    "hostIP": "10.0.0.12",
    "hostIPs": [{"ip": "10.0.0.12"}],
    "initContainerStatuses": [{
      "containerID": "containerd://7c6b5a49",
      "image": "docker.io/library/busybox:1.36",
      "imageID": "docker.io/library/busybox@sha256:1a2b3c",
      "lastState": {},
      "name": "wait-for-db",
      "ready": true,
      "restartCount": 0,
      "started": false,
      "state": {"terminated": {"containerID": "containerd://7c6b5a49", "exitCode": 0, "finishedAt": "2024-11-20T09:40:05Z", "reason": "Completed", "startedAt": "2024-11-20T09:40:04Z"}}
    }],
    "phase": "Running",
    "podIP": "10.244.2.17",
    "podIPs": [{"ip": "10.244.2.17"}, {"ip": "fd00:10:244:2::11"}],
    "qosClass": "Burstable",
    "startTime": "2024-11-20T09:40:02Z"
  }
})";

TEST(CoreV1Pod, RoundTripsAPodAsTheApiServerReturnsIt) {
  Pod pod = round_trip<Pod>(Json::parse(kPod));
  EXPECT_EQ(pod.metadata.owner_references.at(0).kind, "ReplicaSet");
  ASSERT_EQ(pod.spec.containers.size(), 1u);
  const Container& web = pod.spec.containers[0];
  EXPECT_EQ(web.ports.at(0).container_port, 8080);
  EXPECT_EQ(web.resources.limits.at("memory"), Quantity(256 * 1024 * 1024, Quantity::Format::kBinarySI));
  EXPECT_EQ(web.resources.requests.at("cpu").to_string(), "100m");
  ASSERT_TRUE(web.liveness_probe && web.liveness_probe->http_get);
  EXPECT_EQ(web.liveness_probe->http_get->port, IntOrString::of_string("http"));
  ASSERT_TRUE(web.readiness_probe && web.readiness_probe->tcp_socket);
  EXPECT_EQ(web.readiness_probe->tcp_socket->port, IntOrString::of_int(8080));
  EXPECT_EQ(web.env.at(1).value_from->secret_key_ref->name, "db-credentials");
  EXPECT_EQ(web.env.at(2).value_from->resource_field_ref->divisor.to_string(), "1Mi");
  EXPECT_EQ(web.lifecycle->pre_stop->sleep->seconds, 5);
  EXPECT_EQ(web.security_context->capabilities->drop, std::vector<std::string>{"ALL"});
  EXPECT_FALSE(web.stdin_);

  ASSERT_EQ(pod.spec.volumes.size(), 4u);
  const Volume& token = pod.spec.volumes[2];
  ASSERT_TRUE(token.projected);
  EXPECT_EQ(token.projected->default_mode, 0644);
  ASSERT_EQ(token.projected->sources.size(), 3u);
  EXPECT_EQ(token.projected->sources[0].service_account_token->expiration_seconds, 3607);
  EXPECT_EQ(token.projected->sources[2].downward_api->items.at(0).field_ref->field_path,
            "metadata.namespace");
  EXPECT_EQ(pod.spec.volumes[1].empty_dir->size_limit->to_string(), "64Mi");
  // Rarer volume sources are kept as JSON.
  EXPECT_EQ(pod.spec.volumes[3].nfs["server"], "nfs.example.com");

  EXPECT_EQ(pod.spec.tolerations.at(0).toleration_seconds, 300);
  EXPECT_EQ(pod.spec.tolerations.at(2).operator_, "Equal");
  const Affinity& affinity = *pod.spec.affinity;
  EXPECT_EQ(affinity.node_affinity->required_during_scheduling_ignored_during_execution
                ->node_selector_terms.at(0).match_expressions.at(0).values.size(), 2u);
  EXPECT_EQ(affinity.pod_anti_affinity->preferred_during_scheduling_ignored_during_execution.at(0)
                .pod_affinity_term.topology_key, "kubernetes.io/hostname");
  EXPECT_EQ(pod.spec.topology_spread_constraints.at(0).when_unsatisfiable, "ScheduleAnyway");
  EXPECT_EQ(pod.spec.security_context->sysctls.at(0).value, "0");

  EXPECT_EQ(pod.status.phase, "Running");
  EXPECT_EQ(pod.status.pod_ips.at(1).ip, "fd00:10:244:2::11");
  ASSERT_EQ(pod.status.conditions.size(), 5u);
  EXPECT_EQ(pod.status.conditions[2].type, "Ready");
  const ContainerStatus& cs = pod.status.container_statuses.at(0);
  EXPECT_EQ(cs.restart_count, 1);
  ASSERT_TRUE(cs.state.running);
  EXPECT_EQ(cs.state.running->started_at.to_string(), "2024-11-20T09:40:08Z");
  EXPECT_EQ(cs.last_state.terminated->exit_code, 137);
  EXPECT_EQ(cs.last_state.terminated->reason, "OOMKilled");
  EXPECT_EQ(cs.volume_mounts.at(0).recursive_read_only, "Disabled");
  EXPECT_EQ(pod.status.init_container_statuses.at(0).state.terminated->reason, "Completed");
}

TEST(CoreV1Pod, KeepsUnknownFieldsDeepInTheTree) {
  Json in = Json::parse(kPod);
  in["spec"]["containers"][0]["futureContainerField"] = {{"x", 1}};
  in["spec"]["containers"][0]["livenessProbe"]["httpGet"]["futureProbeField"] = "kept";
  in["spec"]["volumes"][2]["projected"]["sources"][0]["serviceAccountToken"]["futureTokenField"] = true;
  in["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
    ["nodeSelectorTerms"][0]["matchExpressions"][0]["futureRequirementField"] = 7;
  in["status"]["containerStatuses"][0]["state"]["running"]["futureStateField"] = "s";
  in["status"]["futureStatusField"] = Json::array({1, 2});
  Pod pod = round_trip<Pod>(in);
  EXPECT_EQ(pod.spec.containers[0].unknown_fields.value,
            Json::parse(R"({"futureContainerField":{"x":1}})"));
  EXPECT_EQ(pod.spec.containers[0].liveness_probe->http_get->unknown_fields.value,
            Json::parse(R"({"futureProbeField":"kept"})"));
  EXPECT_EQ(pod.status.container_statuses[0].state.running->unknown_fields.value,
            Json::parse(R"({"futureStateField":"s"})"));

  auto strict = decode<Pod>(in, {.strict = true});
  ASSERT_FALSE(strict);
  const std::string& m = strict.error().message();
  EXPECT_NE(m.find("unknown field \"spec.containers[0].futureContainerField\""), std::string::npos) << m;
  EXPECT_NE(m.find("unknown field \"spec.volumes[2].projected.sources[0].serviceAccountToken."
                   "futureTokenField\""), std::string::npos) << m;
  EXPECT_NE(m.find("unknown field \"status.futureStatusField\""), std::string::npos) << m;
}

TEST(CoreV1Pod, DecodeErrorsNameThePath) {
  Json in = Json::parse(kPod);
  in["spec"]["containers"][0]["ports"][0]["containerPort"] = "8080";
  in["spec"]["containers"][0]["resources"]["limits"]["cpu"] = "lots";
  in["status"]["containerStatuses"][0]["restartCount"] = 4294967296;
  auto pod = decode<Pod>(in);
  ASSERT_FALSE(pod);
  const std::string& m = pod.error().message();
  EXPECT_NE(m.find("spec.containers[0].ports[0].containerPort: expected integer, got string"),
            std::string::npos) << m;
  EXPECT_NE(m.find("spec.containers[0].resources.limits[cpu]: "), std::string::npos) << m;
  EXPECT_NE(m.find("status.containerStatuses[0].restartCount: "), std::string::npos) << m;
}

TEST(CoreV1Pod, NewPodsWriteWhatGoWould) {
  Pod pod{.metadata = {.name = "one", .namespace_ = "dev"},
          .spec = {.containers = {{.name = "app", .image = "app:1"}}}};
  EXPECT_EQ(encode(pod), Json::parse(R"({"apiVersion":"v1","kind":"Pod",
      "metadata":{"name":"one","namespace":"dev","creationTimestamp":null},
      "spec":{"containers":[{"name":"app","image":"app:1","resources":{}}]},"status":{}})"));
}

TEST(CoreV1PodTemplate, RoundTrips) {
  Json in = Json::parse(R"({
    "apiVersion": "v1", "kind": "PodTemplate",
    "metadata": {"creationTimestamp": "2024-11-20T09:50:00Z", "name": "batch-worker", "namespace": "jobs",
                 "resourceVersion": "4001", "uid": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"},
    "template": {
      "metadata": {"creationTimestamp": null, "labels": {"role": "worker"}},
      "spec": {
        "containers": [{"image": "worker:2", "name": "worker", "resources": {"requests": {"cpu": "1", "memory": "1Gi"}},
                        "env": [{"name": "QUEUE", "value": "jobs"}],
                        "volumeDevices": [{"devicePath": "/dev/xvda", "name": "raw"}]}],
        "hostAliases": [{"hostnames": ["queue.local"], "ip": "10.1.2.3"}],
        "dnsConfig": {"nameservers": ["1.1.1.1"], "options": [{"name": "ndots", "value": "2"}, {"name": "edns0"}]},
        "imagePullSecrets": [{"name": "registry-creds"}],
        "os": {"name": "linux"},
        "readinessGates": [{"conditionType": "example.com/ready"}],
        "resourceClaims": [{"name": "gpu", "resourceClaimTemplateName": "one-gpu"}],
        "restartPolicy": "OnFailure",
        "schedulingGates": [{"name": "example.com/quota"}],
        "volumes": [{"name": "raw", "persistentVolumeClaim": {"claimName": "raw-disk"}},
                    {"name": "tls", "secret": {"defaultMode": 256, "optional": true, "secretName": "worker-tls"}},
                    {"hostPath": {"path": "/var/log", "type": "Directory"}, "name": "logs"}]
      }
    }
  })");
  PodTemplate t = round_trip<PodTemplate>(in);
  EXPECT_EQ(t.template_.metadata.labels.at("role"), "worker");
  EXPECT_EQ(t.template_.spec.dns_config->options.at(1).value, std::nullopt);
  EXPECT_EQ(t.template_.spec.volumes.at(1).secret->default_mode, 0400);
  EXPECT_EQ(t.template_.spec.resource_claims.at(0).resource_claim_template_name, "one-gpu");
}

TEST(CoreV1Pod, ResourceInfoMatchesUpstreamDiscovery) {
  const ResourceInfo& pod = resource_info(Tag<Pod>{});
  EXPECT_EQ(pod.gvr(), (GroupVersionResource{"", "v1", "pods"}));
  EXPECT_EQ(pod.gvk(), (GroupVersionKind{"", "v1", "Pod"}));
  EXPECT_EQ(pod.singular, "pod");
  EXPECT_EQ(pod.short_names, std::vector<std::string>{"po"});
  EXPECT_EQ(pod.categories, std::vector<std::string>{"all"});
  EXPECT_TRUE(pod.namespaced);
  EXPECT_TRUE(pod.status_subresource);
  EXPECT_EQ(pod.list_kind, "PodList");

  const ResourceInfo& pt = resource_info(Tag<PodTemplate>{});
  EXPECT_EQ(pt.plural, "podtemplates");
  EXPECT_TRUE(pt.short_names.empty());
  EXPECT_FALSE(pt.status_subresource);
  static_assert(Resource<Pod> && Resource<PodTemplate>);
  static_assert(!Resource<PodSpec> && !Resource<Container>);
}

void expect_merge(const Json& field, const std::string& key, const std::string& strategy = "merge") {
  EXPECT_EQ(field["x-kubernetes-patch-merge-key"], key) << field.dump();
  EXPECT_EQ(field["x-kubernetes-patch-strategy"], strategy) << field.dump();
}

TEST(CoreV1Pod, SchemaCarriesThePatchMergeKeys) {
  Json pod = schema_of<Pod>();
  const Json& spec = pod["properties"]["spec"]["properties"];
  expect_merge(spec["containers"], "name");
  expect_merge(spec["initContainers"], "name");
  expect_merge(spec["ephemeralContainers"], "name");
  expect_merge(spec["volumes"], "name", "merge,retainKeys");
  expect_merge(spec["imagePullSecrets"], "name");
  expect_merge(spec["hostAliases"], "ip");
  expect_merge(spec["topologySpreadConstraints"], "topologyKey");
  expect_merge(spec["resourceClaims"], "name", "merge,retainKeys");
  EXPECT_EQ(spec["topologySpreadConstraints"]["x-kubernetes-list-map-keys"],
            Json::array({"topologyKey", "whenUnsatisfiable"}));
  const Json& container = spec["containers"]["items"]["properties"];
  expect_merge(container["env"], "name");
  expect_merge(container["ports"], "containerPort");
  EXPECT_EQ(container["ports"]["x-kubernetes-list-map-keys"], Json::array({"containerPort", "protocol"}));
  expect_merge(container["volumeMounts"], "mountPath");
  expect_merge(container["volumeDevices"], "devicePath");
  EXPECT_EQ(container["ports"]["items"]["properties"]["protocol"]["default"], "TCP");
  EXPECT_EQ(container["resources"]["properties"]["limits"]["additionalProperties"]["x-kubernetes-int-or-string"], true);
  EXPECT_EQ(spec["containers"]["items"]["required"], Json::array({"name"}));
  EXPECT_EQ(spec["tolerations"]["x-kubernetes-list-type"], "atomic");
  EXPECT_EQ(spec["nodeSelector"]["x-kubernetes-map-type"], "atomic");
  const Json& status = pod["properties"]["status"]["properties"];
  expect_merge(status["conditions"], "type");
  EXPECT_EQ(status["conditions"]["items"]["required"], Json::array({"type", "status"}));
  EXPECT_EQ(status["podIPs"]["x-kubernetes-patch-merge-key"], "ip");
  EXPECT_EQ(pod["properties"]["spec"]["required"], Json::array({"containers"}));
}

TEST(CoreV1Pod, StrategicMergeUsesTheMergeKeys) {
  Json original = encode(Pod{.spec = {.containers = {{.name = "a", .image = "a:1",
      .env = {{.name = "X", .value = "1"}, {.name = "Y", .value = "2"}}}, {.name = "b", .image = "b:1"}}}});
  Json patch = Json::parse(R"({"spec":{"containers":[{"name":"a","image":"a:2","env":[{"name":"Y","value":"3"}]}]}})");
  auto merged = apply_strategic_merge_patch(original, patch, Codec<Pod>::ref());
  ASSERT_TRUE(merged) << merged.error().message();
  auto pod = decode<Pod>(*merged);
  ASSERT_TRUE(pod);
  ASSERT_EQ(pod->spec.containers.size(), 2u);
  EXPECT_EQ(pod->spec.containers[0].image, "a:2");
  ASSERT_EQ(pod->spec.containers[0].env.size(), 2u);
  EXPECT_EQ(pod->spec.containers[0].env[1].value, "3");
  EXPECT_EQ(pod->spec.containers[1].image, "b:1");
}

TEST(CoreV1Pod, ProtoFieldNumbersFollowUpstreamGeneratedProto) {
  EXPECT_EQ(describe(Tag<PodSpec>{}).find("volumes")->markers().proto, 1);
  EXPECT_EQ(describe(Tag<PodSpec>{}).find("initContainers")->markers().proto, 20);
  EXPECT_EQ(describe(Tag<PodSpec>{}).find("ephemeralContainers")->markers().proto, 34);
  EXPECT_EQ(describe(Tag<PodSpec>{}).find("resources")->markers().proto, 40);
  EXPECT_EQ(describe(Tag<Container>{}).find("resizePolicy")->markers().proto, 23);
  EXPECT_EQ(describe(Tag<Container>{}).find("restartPolicy")->markers().proto, 24);
  EXPECT_EQ(describe(Tag<PodStatus>{}).find("hostIPs")->markers().proto, 16);
  EXPECT_EQ(describe(Tag<ContainerStatus>{}).find("allocatedResourcesStatus")->markers().proto, 14);
  EXPECT_EQ(describe(Tag<Probe>{}).find("terminationGracePeriodSeconds")->markers().proto, 7);
  EXPECT_EQ(describe(Tag<EphemeralContainer>{}).find("targetContainerName")->markers().proto, 2);
  const TypeDescriptor& pod = describe(Tag<Pod>{});
  EXPECT_EQ(pod.find("apiVersion")->markers().proto, 0);
  EXPECT_EQ(pod.find("metadata")->markers().proto, 1);
  EXPECT_EQ(pod.find("status")->markers().proto, 3);
}

}  // namespace
}  // namespace windlass::api::core::v1
