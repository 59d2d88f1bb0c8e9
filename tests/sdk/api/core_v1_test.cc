// core/v1 kinds against objects as kube-apiserver returns them.
#include <windlass/api/core/v1/config_map.h>
#include <windlass/api/core/v1/namespace.h>
#include <windlass/api/core/v1/secret.h>
#include <windlass/api/core/v1/service_account.h>

#include "round_trip.h"

#include <gtest/gtest.h>

namespace windlass::api::core::v1 {
namespace {

// `kubectl apply -f` of a ConfigMap, read back (kube-apiserver 1.32), plus a field from the
// future at the top level.
constexpr const char* kConfigMap = R"({
  "apiVersion": "v1",
  "kind": "ConfigMap",
  "metadata": {
    "annotations": {
      "kubectl.kubernetes.io/last-applied-configuration": "{\"apiVersion\":\"v1\",\"binaryData\":{\"logo.png\":\"iVBORw0KGgo=\"},\"data\":{\"LOG_LEVEL\":\"debug\",\"app.properties\":\"threads=4\\nqueue=jobs\\n\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"web-config\",\"namespace\":\"prod\"}}\n"
    },
    "creationTimestamp": "2024-11-20T09:20:41Z",
    "managedFields": [{
      "apiVersion": "v1",
      "fieldsType": "FieldsV1",
      "fieldsV1": {
        "f:binaryData": {".": {}, "f:logo.png": {}},
        "f:data": {".": {}, "f:LOG_LEVEL": {}, "f:app.properties": {}},
        "f:metadata": {"f:annotations": {".": {}, "f:kubectl.kubernetes.io/last-applied-configuration": {}}}
      },
      "manager": "kubectl-client-side-apply",
      "operation": "Update",
      "time": "2024-11-20T09:20:41Z"
    }],
    "name": "web-config",
    "namespace": "prod",
    "resourceVersion": "2291",
    "uid": "6c0f3d1e-8b2a-4f7c-9e5d-1a3b5c7d9e0f"
  },
  "data": {"LOG_LEVEL": "debug", "app.properties": "threads=4\nqueue=jobs\n"},
  "binaryData": {"logo.png": "iVBORw0KGgo="},
  "futureTopLevel": {"enabled": true}
})";

// An Opaque Secret made by `kubectl create secret generic` (an empty value and a non-UTF-8
// value included), immutable.
constexpr const char* kSecret = R"({
  "apiVersion": "v1",
  "kind": "Secret",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:22:10Z",
    "managedFields": [{
      "apiVersion": "v1",
      "fieldsType": "FieldsV1",
      "fieldsV1": {"f:data": {".": {}, "f:blob": {}, "f:empty": {}, "f:password": {}, "f:username": {}},
                   "f:immutable": {}, "f:type": {}},
      "manager": "kubectl-create",
      "operation": "Update",
      "time": "2024-11-20T09:22:10Z"
    }],
    "name": "db-credentials",
    "namespace": "prod",
    "resourceVersion": "2350",
    "uid": "b7e2c4a1-5d3f-4e6b-8c9a-0f1e2d3c4b5a"
  },
  "immutable": true,
  "data": {"blob": "/wA=", "empty": "", "password": "czNjcjN0IQ==", "username": "YWRtaW4="},
  "type": "Opaque"
})";

// A namespace being deleted, as `kubectl get ns team-a -o json` shows it mid-deletion.
constexpr const char* kTerminatingNamespace = R"({
  "apiVersion": "v1",
  "kind": "Namespace",
  "metadata": {
    "creationTimestamp": "2024-11-18T14:02:55Z",
    "deletionTimestamp": "2024-11-20T10:01:12Z",
    "labels": {"kubernetes.io/metadata.name": "team-a", "team": "a"},
    "managedFields": [{
      "apiVersion": "v1",
      "fieldsType": "FieldsV1",
      "fieldsV1": {"f:metadata": {"f:labels": {".": {}, "f:kubernetes.io/metadata.name": {}, "f:team": {}}}},
      "manager": "kubectl-create",
      "operation": "Update",
      "time": "2024-11-18T14:02:55Z"
    }, {
      "apiVersion": "v1",
      "fieldsType": "FieldsV1",
      "fieldsV1": {"f:status": {"f:conditions": {".": {},
        "k:{\"type\":\"NamespaceContentRemaining\"}": {".": {}, "f:lastTransitionTime": {}, "f:message": {}, "f:reason": {}, "f:status": {}, "f:type": {}},
        "k:{\"type\":\"NamespaceDeletionContentFailure\"}": {".": {}, "f:lastTransitionTime": {}, "f:message": {}, "f:reason": {}, "f:status": {}, "f:type": {}}}}},
      "manager": "kube-controller-manager",
      "operation": "Update",
      "subresource": "status",
      "time": "2024-11-20T10:01:18Z"
    }],
    "name": "team-a",
    "resourceVersion": "5120",
    "uid": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"
  },
  "spec": {"finalizers": ["kubernetes"]},
  "status": {
    "conditions": [
      {"lastTransitionTime": "2024-11-20T10:01:18Z", "message": "All resources successfully discovered", "reason": "ResourcesDiscovered", "status": "False", "type": "NamespaceDeletionDiscoveryFailure"},
      {"lastTransitionTime": "2024-11-20T10:01:18Z", "message": "All legacy kube types successfully parsed", "reason": "ParsedGroupVersions", "status": "False", "type": "NamespaceDeletionGroupVersionParsingFailure"},
      {"lastTransitionTime": "2024-11-20T10:01:18Z", "message": "All content successfully deleted, may be waiting on finalization", "reason": "ContentDeleted", "status": "False", "type": "NamespaceDeletionContentFailure"},
      {"lastTransitionTime": "2024-11-20T10:01:18Z", "message": "Some resources are remaining: widgets.example.com has 1 resource instances", "reason": "SomeResourcesRemain", "status": "True", "type": "NamespaceContentRemaining", "futureConditionField": "kept"},
      {"lastTransitionTime": "2024-11-20T10:01:18Z", "message": "Some content in the namespace has finalizers remaining: example.com/cleanup in 1 resource instances", "reason": "SomeFinalizersRemain", "status": "True", "type": "NamespaceFinalizersRemaining"}
    ],
    "phase": "Terminating"
  }
})";

constexpr const char* kDefaultNamespace = R"({
  "apiVersion": "v1",
  "kind": "Namespace",
  "metadata": {
    "creationTimestamp": "2024-11-18T13:59:40Z",
    "labels": {"kubernetes.io/metadata.name": "default"},
    "name": "default",
    "resourceVersion": "40",
    "uid": "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9"
  },
  "spec": {"finalizers": ["kubernetes"]},
  "status": {"phase": "Active"}
})";

// A ServiceAccount with a legacy token secret and an image pull secret.
constexpr const char* kServiceAccount = R"({
  "apiVersion": "v1",
  "kind": "ServiceAccount",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:30:00Z",
    "name": "builder",
    "namespace": "ci",
    "resourceVersion": "2711",
    "uid": "2b4d6f8a-1c3e-4a5b-9d7f-0e2c4a6b8d1f"
  },
  "automountServiceAccountToken": false,
  "imagePullSecrets": [{"name": "registry-creds"}],
  "secrets": [{"name": "builder-token-x7k2p"}, {"kind": "Secret", "name": "builder-extra", "namespace": "ci"}]
})";

TEST(CoreV1ConfigMap, RoundTripsWithManagedFieldsAndBinaryData) {
  ConfigMap cm = round_trip<ConfigMap>(kConfigMap);
  EXPECT_EQ(cm.api_version, "v1");
  EXPECT_EQ(cm.kind, "ConfigMap");
  EXPECT_EQ(cm.metadata.name, "web-config");
  EXPECT_EQ(cm.data.at("app.properties"), "threads=4\nqueue=jobs\n");
  EXPECT_EQ(cm.binary_data.at("logo.png").data, std::string("\x89PNG\r\n\x1a\n", 8));
  ASSERT_EQ(cm.metadata.managed_fields.size(), 1u);
  EXPECT_EQ(cm.metadata.managed_fields[0].manager, "kubectl-client-side-apply");
  EXPECT_FALSE(cm.immutable.has_value());
  EXPECT_EQ(cm.unknown_fields.value, Json::parse(R"({"futureTopLevel":{"enabled":true}})"));
}

TEST(CoreV1ConfigMap, NewObjectsCarryTheirApiVersionAndKind) {
  ConfigMap cm{.metadata = {.name = "x", .namespace_ = "prod"}, .data = {{"k", "v"}}};
  EXPECT_EQ(encode(cm), Json::parse(R"({"apiVersion":"v1","kind":"ConfigMap",
      "metadata":{"name":"x","namespace":"prod","creationTimestamp":null},"data":{"k":"v"}})"));
  // An item of a list response has no apiVersion/kind; the defaults fill them in.
  auto item = decode<ConfigMap>(Json::parse(R"({"metadata":{"name":"x"}})"));
  ASSERT_TRUE(item);
  EXPECT_EQ(item->kind, "ConfigMap");
}

TEST(CoreV1Secret, RoundTripsBase64DataByteForByte) {
  Secret s = round_trip<Secret>(kSecret);
  EXPECT_EQ(s.type, "Opaque");
  EXPECT_EQ(s.immutable, true);
  EXPECT_EQ(s.data.at("password").data, "s3cr3t!");
  EXPECT_EQ(s.data.at("username").data, "admin");
  EXPECT_EQ(s.data.at("empty").data, "");
  EXPECT_EQ(s.data.at("blob").data, std::string("\xff\x00", 2));
  EXPECT_TRUE(s.string_data.empty());
}

TEST(CoreV1Secret, StringDataIsWrittenAsIsAndBytesAsBase64) {
  Secret s{.metadata = {.name = "tls"},
           .data = {{"tls.key", {std::string("\x00\x01\x02", 3)}}},
           .string_data = {{"note", "plain"}},
           .type = "kubernetes.io/tls"};
  Json j = encode(s);
  EXPECT_EQ(j["data"], Json::parse(R"({"tls.key":"AAEC"})"));
  EXPECT_EQ(j["stringData"], Json::parse(R"({"note":"plain"})"));
  EXPECT_EQ(j["type"], "kubernetes.io/tls");
}

TEST(CoreV1Secret, DecodeErrorsNameThePath) {
  auto s = decode<Secret>(Json::parse(R"({
    "metadata": {"name": "x", "ownerReferences": [{"uid": 7}]},
    "data": {"password": "not base64!"},
    "immutable": "true"
  })"));
  ASSERT_FALSE(s);
  const std::string& m = s.error().message();
  EXPECT_NE(m.find("metadata.ownerReferences[0].uid: expected string, got number 7"),
            std::string::npos) << m;
  EXPECT_NE(m.find("data[password]: "), std::string::npos) << m;
  EXPECT_NE(m.find("immutable: expected boolean, got string \"true\""), std::string::npos) << m;
}

TEST(CoreV1Namespace, RoundTripsATerminatingNamespace) {
  Namespace ns = round_trip<Namespace>(kTerminatingNamespace);
  EXPECT_EQ(ns.status.phase, "Terminating");
  EXPECT_EQ(ns.spec.finalizers, std::vector<std::string>{"kubernetes"});
  ASSERT_TRUE(ns.metadata.deletion_timestamp);
  ASSERT_EQ(ns.status.conditions.size(), 5u);
  const NamespaceCondition& remaining = ns.status.conditions[3];
  EXPECT_EQ(remaining.type, "NamespaceContentRemaining");
  EXPECT_EQ(remaining.status, "True");
  EXPECT_EQ(remaining.last_transition_time.to_string(), "2024-11-20T10:01:18Z");
  EXPECT_EQ(remaining.unknown_fields.value, Json::parse(R"({"futureConditionField":"kept"})"));
  EXPECT_EQ(ns.metadata.managed_fields[1].subresource, "status");
}

TEST(CoreV1Namespace, RoundTripsAnActiveNamespace) {
  Namespace ns = round_trip<Namespace>(kDefaultNamespace);
  EXPECT_EQ(ns.metadata.name, "default");
  EXPECT_EQ(ns.status.phase, "Active");
  // Go never omits a struct value: an empty spec and status are written as {}.
  Namespace fresh{.metadata = {.name = "new"}};
  EXPECT_EQ(encode(fresh), Json::parse(R"({"apiVersion":"v1","kind":"Namespace",
      "metadata":{"name":"new","creationTimestamp":null},"spec":{},"status":{}})"));
}

TEST(CoreV1Namespace, DecodeErrorsNameThePath) {
  auto ns = decode<Namespace>(Json::parse(R"({
    "spec": {"finalizers": "kubernetes"},
    "status": {"conditions": [{"type": "A", "status": "True"},
                              {"type": "B", "status": "True", "lastTransitionTime": "soon"}]}
  })"));
  ASSERT_FALSE(ns);
  const std::string& m = ns.error().message();
  EXPECT_NE(m.find("spec.finalizers: expected array, got string \"kubernetes\""), std::string::npos)
      << m;
  EXPECT_NE(m.find("status.conditions[1].lastTransitionTime: "), std::string::npos) << m;
}

TEST(CoreV1ServiceAccount, RoundTrips) {
  ServiceAccount sa = round_trip<ServiceAccount>(kServiceAccount);
  EXPECT_EQ(sa.automount_service_account_token, false);
  ASSERT_EQ(sa.image_pull_secrets.size(), 1u);
  EXPECT_EQ(sa.image_pull_secrets[0].name, "registry-creds");
  ASSERT_EQ(sa.secrets.size(), 2u);
  EXPECT_EQ(sa.secrets[1].namespace_, "ci");
  EXPECT_EQ(sa.secrets[1].kind, "Secret");
}

TEST(CoreV1ServiceAccount, StrictDecodingNamesUnknownFieldsAtEveryLevel) {
  Json j = Json::parse(kServiceAccount);
  j["metadata"]["extra"] = 1;
  j["secrets"][0]["extra"] = 2;
  j["extra"] = 3;
  auto lenient = decode<ServiceAccount>(j);
  ASSERT_TRUE(lenient);
  EXPECT_EQ(encode(*lenient), j);
  auto strict = decode<ServiceAccount>(j, {.strict = true});
  ASSERT_FALSE(strict);
  EXPECT_EQ(strict.error().message(),
            "strict decoding error: unknown field \"extra\", unknown field \"metadata.extra\", "
            "unknown field \"secrets[0].extra\"");
}

TEST(CoreV1ResourceInfo, MatchesUpstreamDiscovery) {
  const ResourceInfo& ns = resource_info(Tag<Namespace>{});
  EXPECT_EQ(ns.api_version(), "v1");
  EXPECT_EQ(ns.kind, "Namespace");
  EXPECT_EQ(ns.plural, "namespaces");
  EXPECT_EQ(ns.singular, "namespace");
  EXPECT_EQ(ns.short_names, std::vector<std::string>{"ns"});
  EXPECT_FALSE(ns.namespaced);
  EXPECT_TRUE(ns.status_subresource);
  EXPECT_EQ(ns.list_kind, "NamespaceList");
  EXPECT_TRUE(ns.categories.empty());

  const ResourceInfo& cm = resource_info(Tag<ConfigMap>{});
  EXPECT_EQ(cm.gvr(), (GroupVersionResource{"", "v1", "configmaps"}));
  EXPECT_EQ(cm.short_names, std::vector<std::string>{"cm"});
  EXPECT_TRUE(cm.namespaced);
  EXPECT_FALSE(cm.status_subresource);
  EXPECT_EQ(cm.list_kind, "ConfigMapList");

  const ResourceInfo& secret = resource_info(Tag<Secret>{});
  EXPECT_EQ(secret.plural, "secrets");
  EXPECT_TRUE(secret.short_names.empty());
  EXPECT_TRUE(secret.namespaced);

  const ResourceInfo& sa = resource_info(Tag<ServiceAccount>{});
  EXPECT_EQ(sa.gvk(), (GroupVersionKind{"", "v1", "ServiceAccount"}));
  EXPECT_EQ(sa.plural, "serviceaccounts");
  EXPECT_EQ(sa.singular, "serviceaccount");
  EXPECT_EQ(sa.short_names, std::vector<std::string>{"sa"});

  static_assert(Resource<Namespace> && Resource<ConfigMap> && Resource<Secret> &&
                Resource<ServiceAccount>);
  static_assert(!Resource<NamespaceSpec>);
}

TEST(CoreV1Schema, SpotChecks) {
  Json sa = schema_of<ServiceAccount>();
  const Json& secrets = sa["properties"]["secrets"];
  EXPECT_EQ(secrets["x-kubernetes-list-type"], "map");
  EXPECT_EQ(secrets["x-kubernetes-list-map-keys"], Json::array({"name"}));
  EXPECT_EQ(secrets["x-kubernetes-patch-merge-key"], "name");
  EXPECT_EQ(secrets["x-kubernetes-patch-strategy"], "merge");
  EXPECT_EQ(sa["properties"]["imagePullSecrets"]["x-kubernetes-list-type"], "atomic");
  EXPECT_EQ(sa["properties"]["imagePullSecrets"]["items"]["properties"]["name"]["default"], "");
  EXPECT_EQ(sa["properties"]["metadata"]["properties"]["finalizers"]["x-kubernetes-list-type"], "set");

  Json ns = schema_of<Namespace>();
  const Json& status = ns["properties"]["status"]["properties"];
  EXPECT_EQ(status["phase"]["enum"], Json::array({"Active", "Terminating"}));
  EXPECT_EQ(status["conditions"]["x-kubernetes-list-map-keys"], Json::array({"type"}));
  EXPECT_EQ(status["conditions"]["items"]["required"], Json::array({"type", "status"}));
  EXPECT_EQ(ns["properties"]["spec"]["properties"]["finalizers"]["x-kubernetes-list-type"], "atomic");

  Json secret = schema_of<Secret>();
  EXPECT_EQ(secret["properties"]["data"]["additionalProperties"],
            Json::parse(R"({"type":"string","format":"byte"})"));
  EXPECT_EQ(schema_of<ConfigMap>()["properties"]["binaryData"]["additionalProperties"]["format"],
            "byte");
  for (const Json* s : {&sa, &ns, &secret}) {
    EXPECT_FALSE(s->contains("required"));
    EXPECT_TRUE(s->contains("description"));
    EXPECT_EQ((*s)["properties"]["apiVersion"]["type"], "string");
  }
}

TEST(CoreV1Proto, FieldNumbersFollowUpstreamGeneratedProto) {
  EXPECT_EQ(describe(Tag<ConfigMap>{}).find("immutable")->markers().proto, 4);
  EXPECT_EQ(describe(Tag<ConfigMap>{}).find("binaryData")->markers().proto, 3);
  EXPECT_EQ(describe(Tag<Secret>{}).find("type")->markers().proto, 3);
  EXPECT_EQ(describe(Tag<Secret>{}).find("stringData")->markers().proto, 4);
  EXPECT_EQ(describe(Tag<Secret>{}).find("immutable")->markers().proto, 5);
  EXPECT_EQ(describe(Tag<NamespaceCondition>{}).find("lastTransitionTime")->markers().proto, 4);
  EXPECT_EQ(describe(Tag<ObjectReference>{}).find("apiVersion")->markers().proto, 5);
  EXPECT_EQ(describe(Tag<ServiceAccount>{}).find("automountServiceAccountToken")->markers().proto, 4);
  // apiVersion and kind travel in the protobuf envelope, not in the message.
  for (const TypeDescriptor* d : {&describe(Tag<Namespace>{}), &describe(Tag<ConfigMap>{}),
                                  &describe(Tag<Secret>{}), &describe(Tag<ServiceAccount>{})}) {
    ASSERT_GE(d->fields().size(), 3u);
    EXPECT_EQ(d->fields()[0]->json_name(), "apiVersion");
    EXPECT_EQ(d->fields()[1]->json_name(), "kind");
    EXPECT_EQ(d->fields()[0]->markers().proto, 0);
    EXPECT_EQ(d->find("metadata")->markers().proto, 1);
  }
}

}  // namespace
}  // namespace windlass::api::core::v1
