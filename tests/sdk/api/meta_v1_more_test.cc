// meta/v1 Table, PartialObjectMetadata(List), the legacy discovery documents (APIVersions,
// APIGroupList, APIGroup, APIResourceList), WatchEvent and DeleteOptions, and version.Info,
// against bodies as kube-apiserver 1.32 serves them.
#include <windlass/api/meta/v1/api_group.h>
#include <windlass/api/meta/v1/api_group_list.h>
#include <windlass/api/meta/v1/api_resource_list.h>
#include <windlass/api/meta/v1/api_versions.h>
#include <windlass/api/meta/v1/delete_options.h>
#include <windlass/api/meta/v1/partial_object_metadata_list.h>
#include <windlass/api/meta/v1/status.h>
#include <windlass/api/meta/v1/table.h>
#include <windlass/api/meta/v1/watch_event.h>
#include <windlass/api/version/info.h>

#include "round_trip.h"

#include <gtest/gtest.h>

namespace windlass::api {
namespace {

using meta::v1::APIGroup;
using meta::v1::APIGroupList;
using meta::v1::APIResourceList;
using meta::v1::APIVersions;
using meta::v1::DeleteOptions;
using meta::v1::PartialObjectMetadata;
using meta::v1::PartialObjectMetadataList;
using meta::v1::Table;
using meta::v1::TableRow;
using meta::v1::WatchEvent;

// kubectl get pods: Accept as=Table, default includeObject=Metadata. The server always fills
// the wide columns; kubectl hides priority-1 columns without -o wide.
constexpr const char* kPodTable = R"({
  "apiVersion": "meta.k8s.io/v1",
  "kind": "Table",
  "metadata": {"resourceVersion": "184467"},
  "columnDefinitions": [
    {"name": "Name", "type": "string", "format": "name", "description": "Name of the object.", "priority": 0},
    {"name": "Ready", "type": "string", "format": "", "description": "Ready containers of the pod.", "priority": 0},
    {"name": "Status", "type": "string", "format": "", "description": "Aggregate status of the containers.", "priority": 0},
    {"name": "Restarts", "type": "string", "format": "", "description": "Container restarts.", "priority": 0},
    {"name": "Age", "type": "string", "format": "", "description": "Time since creation.", "priority": 0},
    {"name": "IP", "type": "string", "format": "", "description": "Pod IP.", "priority": 1},
    {"name": "Node", "type": "string", "format": "", "description": "Node the pod runs on.", "priority": 1},
    {"name": "Nominated Node", "type": "string", "format": "", "description": "Node nominated by preemption.", "priority": 1},
    {"name": "Readiness Gates", "type": "string", "format": "", "description": "Readiness gates.", "priority": 1}
  ],
  "rows": [
    {
      "cells": ["web-0", "1/1", "Running", "0", "5m12s", "10.244.1.7", "kind-worker", "<none>", "<none>"],
      "object": {
        "kind": "PartialObjectMetadata",
        "apiVersion": "meta.k8s.io/v1",
        "metadata": {
          "name": "web-0",
          "namespace": "prod",
          "uid": "6f1d3b5a-7c9e-4b1d-8f3a-5c7e9a1b3d5f",
          "resourceVersion": "184001",
          "creationTimestamp": "2024-11-20T10:00:00Z",
          "labels": {"app": "web", "apps.kubernetes.io/pod-index": "0"},
          "ownerReferences": [{"apiVersion": "apps/v1", "kind": "StatefulSet", "name": "web", "uid": "8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d", "controller": true, "blockOwnerDeletion": true}]
        }
      }
    },
    {
      "cells": ["migrate-x7k2p", "0/1", "Completed", "0", "2d", "10.244.2.3", "kind-worker2", "<none>", "<none>"],
      "conditions": [{"type": "Completed", "status": "True"}],
      "futureRowField": 1,
      "object": {
        "kind": "PartialObjectMetadata",
        "apiVersion": "meta.k8s.io/v1",
        "metadata": {
          "name": "migrate-x7k2p",
          "namespace": "prod",
          "uid": "1b3d5f7a-9c1e-4b3d-9f5a-7c9e1b3d5f7a",
          "resourceVersion": "90210",
          "creationTimestamp": "2024-11-18T10:00:00Z"
        }
      }
    }
  ]
})";

// kubectl get -w: later events carry no column definitions (Go writes the nil list as null)
// and, with includeObject=None, no object either.
constexpr const char* kHeaderlessRowTable = R"({
  "apiVersion": "meta.k8s.io/v1",
  "kind": "Table",
  "metadata": {"resourceVersion": "184470"},
  "columnDefinitions": null,
  "rows": [{"cells": ["web-1", "0/1", "ContainerCreating", 0, "1s", null, "kind-worker", null, null], "object": null}]
})";

// Accept: application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1 on a deployment list.
constexpr const char* kPartialList = R"({
  "apiVersion": "meta.k8s.io/v1",
  "kind": "PartialObjectMetadataList",
  "metadata": {"continue": "eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTg0NDY3fQ", "remainingItemCount": 7, "resourceVersion": "184467"},
  "items": [
    {
      "apiVersion": "meta.k8s.io/v1",
      "kind": "PartialObjectMetadata",
      "metadata": {
        "annotations": {"deployment.kubernetes.io/revision": "4"},
        "creationTimestamp": "2024-11-20T09:14:03Z",
        "generation": 4,
        "labels": {"app": "web"},
        "name": "web",
        "namespace": "prod",
        "resourceVersion": "184460",
        "uid": "0b3e6f2d-91c4-4d6a-8f1e-5a7b9c2d4e6f"
      }
    }
  ]
})";

// GET /api (legacy discovery): no apiVersion.
constexpr const char* kApiVersions = R"({
  "kind": "APIVersions",
  "versions": ["v1"],
  "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "172.18.0.2:6443"}]
})";

// GET /apis (legacy discovery): the groups carry no apiVersion or kind.
constexpr const char* kApiGroupList = R"({
  "kind": "APIGroupList",
  "apiVersion": "v1",
  "groups": [
    {
      "name": "apps",
      "versions": [{"groupVersion": "apps/v1", "version": "v1"}],
      "preferredVersion": {"groupVersion": "apps/v1", "version": "v1"}
    },
    {
      "name": "flowcontrol.apiserver.k8s.io",
      "versions": [
        {"groupVersion": "flowcontrol.apiserver.k8s.io/v1", "version": "v1"},
        {"groupVersion": "flowcontrol.apiserver.k8s.io/v1beta3", "version": "v1beta3"}
      ],
      "preferredVersion": {"groupVersion": "flowcontrol.apiserver.k8s.io/v1", "version": "v1"}
    }
  ]
})";

// GET /apis/apps.
constexpr const char* kApiGroup = R"({
  "kind": "APIGroup",
  "apiVersion": "v1",
  "name": "apps",
  "versions": [{"groupVersion": "apps/v1", "version": "v1"}],
  "preferredVersion": {"groupVersion": "apps/v1", "version": "v1"}
})";

// GET /apis/apps/v1, abridged to deployments and their subresources.
constexpr const char* kAppsV1Resources = R"({
  "kind": "APIResourceList",
  "apiVersion": "v1",
  "groupVersion": "apps/v1",
  "resources": [
    {
      "name": "deployments",
      "singularName": "deployment",
      "namespaced": true,
      "kind": "Deployment",
      "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
      "shortNames": ["deploy"],
      "categories": ["all"],
      "storageVersionHash": "8aSe+NMegvE="
    },
    {
      "name": "deployments/scale",
      "singularName": "",
      "namespaced": true,
      "group": "autoscaling",
      "version": "v1",
      "kind": "Scale",
      "verbs": ["get", "patch", "update"]
    },
    {
      "name": "deployments/status",
      "singularName": "",
      "namespaced": true,
      "kind": "Deployment",
      "verbs": ["get", "patch", "update"]
    }
  ]
})";

// GET /version on a kind cluster.
constexpr const char* kVersion = R"({
  "major": "1",
  "minor": "32",
  "gitVersion": "v1.32.2",
  "gitCommit": "67a30c0adcf52bd3f56ff0893ce19966be12991f",
  "gitTreeState": "clean",
  "buildDate": "2025-02-12T21:19:47Z",
  "goVersion": "go1.23.6",
  "compiler": "gc",
  "platform": "linux/amd64"
})";

TEST(MetaV1Table, PodTableRoundTrips) {
  auto t = round_trip<Table>(kPodTable);
  ASSERT_EQ(t.column_definitions.size(), 9u);
  EXPECT_EQ(t.column_definitions[0].format, "name");
  EXPECT_EQ(t.column_definitions[5].priority, 1);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].cells.at(2), "Running");
  EXPECT_EQ(t.rows[1].conditions.at(0).type, "Completed");
  EXPECT_EQ(t.rows[1].unknown_fields.value, Json::parse(R"({"futureRowField":1})"));
  auto partial = decode<PartialObjectMetadata>(t.rows[0].object);
  ASSERT_TRUE(partial) << partial.error().message();
  EXPECT_EQ(partial->metadata.labels.at("app"), "web");
  EXPECT_EQ(partial->metadata.owner_references.at(0).kind, "StatefulSet");
  EXPECT_EQ(t.metadata.resource_version, "184467");

  // Windlass writes the empty list as [] where Go writes its nil list as null; kubectl reads
  // both as "no headers".
  Json headerless = Json::parse(kHeaderlessRowTable);
  headerless["columnDefinitions"] = Json::array();
  auto watched = round_trip<Table>(headerless);
  EXPECT_TRUE(watched.column_definitions.empty());
  auto with_null = decode<Table>(Json::parse(kHeaderlessRowTable));
  ASSERT_TRUE(with_null) << with_null.error().message();
  EXPECT_EQ(*with_null, watched);
  EXPECT_TRUE(watched.rows.at(0).object.is_null());
  EXPECT_EQ(watched.rows.at(0).cells.at(3), 0);
  EXPECT_TRUE(watched.rows.at(0).cells.at(5).is_null());
}

TEST(MetaV1Table, RowObjectIsAlwaysWritten) {
  // Go's RawExtension is a struct: a row without object is written with "object": null, and
  // every column field is written even when empty.
  Table t{.column_definitions = {{.name = "Name", .type = "string"}},
          .rows = {TableRow{.cells = {"a"}}}};
  EXPECT_EQ(encode(t), Json::parse(R"({"apiVersion":"meta.k8s.io/v1","kind":"Table",
      "metadata":{},"columnDefinitions":[{"name":"Name","type":"string","format":"",
      "description":"","priority":0}],"rows":[{"cells":["a"],"object":null}]})"));
}

TEST(MetaV1, PartialObjectMetadataListRoundTrips) {
  auto l = round_trip<PartialObjectMetadataList>(kPartialList);
  EXPECT_EQ(l.metadata.remaining_item_count, 7);
  ASSERT_EQ(l.items.size(), 1u);
  EXPECT_EQ(l.items[0].kind, "PartialObjectMetadata");
  EXPECT_EQ(l.items[0].metadata.generation, 4);
  EXPECT_EQ(encode(PartialObjectMetadataList{}),
            Json::parse(R"({"apiVersion":"meta.k8s.io/v1","kind":"PartialObjectMetadataList",
                            "metadata":{},"items":[]})"));
}

TEST(MetaV1Discovery, LegacyDocumentsRoundTrip) {
  auto versions = round_trip<APIVersions>(kApiVersions);
  EXPECT_EQ(versions.api_version, "");
  EXPECT_EQ(versions.server_address_by_client_cidrs.at(0).server_address, "172.18.0.2:6443");

  auto groups = round_trip<APIGroupList>(kApiGroupList);
  ASSERT_EQ(groups.groups.size(), 2u);
  EXPECT_EQ(groups.groups[0].kind, "");
  EXPECT_EQ(groups.groups[1].versions.at(1).version, "v1beta3");
  EXPECT_EQ(groups.groups[1].preferred_version.group_version, "flowcontrol.apiserver.k8s.io/v1");

  auto group = round_trip<APIGroup>(kApiGroup);
  EXPECT_EQ(group.kind, "APIGroup");
  EXPECT_EQ(group.api_version, "v1");

  auto resources = round_trip<APIResourceList>(kAppsV1Resources);
  ASSERT_EQ(resources.resources.size(), 3u);
  EXPECT_TRUE(resources.resources[0].namespaced);
  EXPECT_EQ(resources.resources[0].short_names, std::vector<std::string>{"deploy"});
  EXPECT_EQ(resources.resources[1].group, "autoscaling");
  EXPECT_EQ(resources.resources[1].kind, "Scale");
}

TEST(MetaV1Discovery, RequiredFieldsAreWrittenEvenWhenEmpty) {
  // The python client rejects resource entries without singularName, namespaced or verbs, and
  // /api without serverAddressByClientCIDRs.
  meta::v1::APIResource sub{.name = "deployments/status", .kind = "Deployment"};
  EXPECT_EQ(encode(sub), Json::parse(R"({"name":"deployments/status","singularName":"",
      "namespaced":false,"kind":"Deployment","verbs":[]})"));
  EXPECT_EQ(encode(APIVersions{.versions = {"v1"}}),
            Json::parse(R"({"kind":"APIVersions","versions":["v1"],
                            "serverAddressByClientCIDRs":[]})"));
  EXPECT_EQ(encode(APIResourceList{.group_version = "v1"}),
            Json::parse(R"({"apiVersion":"v1","kind":"APIResourceList","groupVersion":"v1",
                            "resources":[]})"));
}

TEST(MetaV1, VersionInfoRoundTrips) {
  auto v = round_trip<version::Info>(kVersion);
  EXPECT_EQ(v.minor, "32");
  EXPECT_EQ(v.platform, "linux/amd64");
  // Every field is written: the python client refuses a /version body missing any of them.
  EXPECT_EQ(encode(version::Info{}).size(), 9u);
  auto strict = decode<version::Info>(Json::parse(R"({"major":"1","emulationMajor":"1"})"),
                                      {.strict = true});
  ASSERT_FALSE(strict);
  EXPECT_EQ(strict.error().message(), "strict decoding error: unknown field \"emulationMajor\"");
}

TEST(MetaV1, WatchEventsRoundTrip) {
  auto added = round_trip<WatchEvent>(R"({"type":"ADDED","object":{"apiVersion":"v1",
      "kind":"ConfigMap","metadata":{"name":"cfg","namespace":"default","resourceVersion":"5",
      "uid":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","creationTimestamp":"2024-11-20T10:00:00Z"},
      "data":{"a":"1"}}})");
  EXPECT_EQ(added.object["data"]["a"], "1");

  auto bookmark = round_trip<WatchEvent>(R"({"type":"BOOKMARK","object":{"kind":"ConfigMap",
      "apiVersion":"v1","metadata":{"resourceVersion":"12746","creationTimestamp":null,
      "annotations":{"k8s.io/initial-events-end":"true"}}}})");
  EXPECT_EQ(bookmark.type, "BOOKMARK");

  auto error = round_trip<WatchEvent>(R"json({"type":"ERROR","object":{"kind":"Status",
      "apiVersion":"v1","metadata":{},"status":"Failure",
      "message":"too old resource version: 5 (12746)","reason":"Expired","code":410}})json");
  auto st = decode<meta::v1::Status>(error.object);
  ASSERT_TRUE(st) << st.error().message();
  EXPECT_EQ(st->code, 410);
  EXPECT_EQ(st->reason, "Expired");

  EXPECT_EQ(encode(WatchEvent{.type = "DELETED"}),
            Json::parse(R"({"type":"DELETED","object":null})"));
}

TEST(MetaV1, DeleteOptionsRoundTrip) {
  // kubectl delete deployment web --cascade=foreground
  auto kubectl = round_trip<DeleteOptions>(
      R"({"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Foreground"})");
  EXPECT_EQ(kubectl.propagation_policy, "Foreground");

  // A controller deleting exactly the pod it saw, at once, as a dry run.
  auto precise = round_trip<DeleteOptions>(R"({"apiVersion":"v1","kind":"DeleteOptions",
      "gracePeriodSeconds":0,"preconditions":{"uid":"6f1d3b5a-7c9e-4b1d-8f3a-5c7e9a1b3d5f",
      "resourceVersion":"184001"},"dryRun":["All"],"orphanDependents":false,
      "ignoreStoreReadErrorWithClusterBreakingPotential":true})");
  EXPECT_EQ(precise.grace_period_seconds, 0);
  ASSERT_TRUE(precise.preconditions);
  EXPECT_EQ(precise.preconditions->uid, "6f1d3b5a-7c9e-4b1d-8f3a-5c7e9a1b3d5f");
  EXPECT_EQ(precise.orphan_dependents, false);

  // The python client sends the body without apiVersion and kind.
  auto python = decode<DeleteOptions>(Json::parse(R"({"propagationPolicy":"Background"})"));
  ASSERT_TRUE(python);
  EXPECT_EQ(python->propagation_policy, "Background");
}

TEST(MetaV1, DecodeErrorsNameTheField) {
  auto table = decode<Table>(Json::parse(R"({"rows":{"cells":[]},"columnDefinitions":[
      {"name":"Name","priority":"1"}]})"));
  ASSERT_FALSE(table);
  EXPECT_NE(table.error().message().find("rows: expected array, got object"), std::string::npos)
      << table.error().message();
  EXPECT_NE(table.error().message().find(
                "columnDefinitions[0].priority: expected integer, got string \"1\""),
            std::string::npos)
      << table.error().message();

  auto resources = decode<APIResourceList>(
      Json::parse(R"({"resources":[{"name":"pods","namespaced":"true","verbs":"get"}]})"));
  ASSERT_FALSE(resources);
  EXPECT_NE(resources.error().message().find(
                "resources[0].namespaced: expected boolean, got string \"true\""),
            std::string::npos)
      << resources.error().message();
  EXPECT_NE(resources.error().message().find(
                "resources[0].verbs: expected array, got string \"get\""),
            std::string::npos)
      << resources.error().message();

  auto opts = decode<DeleteOptions>(Json::parse(R"({"gracePeriodSeconds":"30"})"));
  ASSERT_FALSE(opts);
  EXPECT_NE(opts.error().message().find(
                "gracePeriodSeconds: expected integer, got string \"30\""),
            std::string::npos)
      << opts.error().message();
}

}  // namespace
}  // namespace windlass::api
