// events.k8s.io/v1 Event and discovery.k8s.io/v1 EndpointSlice against objects as
// kube-apiserver 1.32 returns them.
#include <windlass/api/core/v1/event.h>
#include <windlass/api/discovery/v1/endpoint_slice.h>
#include <windlass/api/events/v1/event.h>
#include <windlass/api/strategic_merge_patch.h>

#include "round_trip.h"

#include <gtest/gtest.h>

namespace windlass::api {
namespace {

using discovery::v1::Endpoint;
using discovery::v1::EndpointConditions;
using discovery::v1::EndpointSlice;
using events::v1::Event;
using events::v1::EventSeries;

// The scheduler's event for a binding, as it wrote it: the deprecated fields are the zero
// values Go writes for structs (null times, an empty source).
constexpr const char* kSchedulerEvent = R"({
  "action": "Binding",
  "apiVersion": "events.k8s.io/v1",
  "deprecatedFirstTimestamp": null,
  "deprecatedLastTimestamp": null,
  "deprecatedSource": {},
  "eventTime": "2024-11-20T09:40:02.512345Z",
  "kind": "Event",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:40:02Z",
    "name": "web-7d4b9c8f6d-x2x8q.180a1b2c4e5f6071",
    "namespace": "prod",
    "resourceVersion": "4117",
    "uid": "5d7f9a1c-3e5b-4d7f-8a1c-3e5b7d9f1a3c"
  },
  "note": "Successfully assigned prod/web-7d4b9c8f6d-x2x8q to kind-worker",
  "reason": "Scheduled",
  "regarding": {
    "apiVersion": "v1",
    "kind": "Pod",
    "name": "web-7d4b9c8f6d-x2x8q",
    "namespace": "prod",
    "resourceVersion": "4110",
    "uid": "3b5d7f9a-1c3e-4b5d-9f9a-1c3e5b7d9f1a"
  },
  "reportingController": "default-scheduler",
  "reportingInstance": "default-scheduler-kind-control-plane",
  "type": "Normal"
})";

// An event the kubelet recorded through core/v1, read through events.k8s.io/v1: no eventTime,
// the legacy fields under their deprecated names.
constexpr const char* kKubeletEvent = R"json({
  "apiVersion": "events.k8s.io/v1",
  "deprecatedCount": 3,
  "deprecatedFirstTimestamp": "2024-11-20T09:41:00Z",
  "deprecatedLastTimestamp": "2024-11-20T09:43:10Z",
  "deprecatedSource": {"component": "kubelet", "host": "kind-worker"},
  "eventTime": null,
  "kind": "Event",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:41:00Z",
    "name": "crashy-5c7f9b8d6-q4z7n.180a1b2c3d4e5f60",
    "namespace": "prod",
    "resourceVersion": "4390",
    "uid": "1e3b5d7f-9a1c-4e3b-8d7f-9a1c3e5b7d9f"
  },
  "note": "Back-off restarting failed container app in pod crashy-5c7f9b8d6-q4z7n_prod(e3b5d7f9-a1c3-4e5b-9d7f-9a1c3e5b7d9f)",
  "reason": "BackOff",
  "regarding": {
    "apiVersion": "v1",
    "fieldPath": "spec.containers{app}",
    "kind": "Pod",
    "name": "crashy-5c7f9b8d6-q4z7n",
    "namespace": "prod",
    "resourceVersion": "4188",
    "uid": "e3b5d7f9-a1c3-4e5b-9d7f-9a1c3e5b7d9f"
  },
  "reportingController": "kubelet",
  "reportingInstance": "kind-worker",
  "type": "Warning"
})json";

// An operator's repeated event with a series, a related object and fields from the future.
constexpr const char* kSeriesEvent = R"({
  "action": "Reconcile",
  "apiVersion": "events.k8s.io/v1",
  "deprecatedFirstTimestamp": null,
  "deprecatedLastTimestamp": null,
  "deprecatedSource": {},
  "eventTime": "2024-11-20T09:55:00.000100Z",
  "futureTopLevel": "kept",
  "kind": "Event",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:55:00Z",
    "name": "w1.180a1b2c5f607182",
    "namespace": "prod",
    "resourceVersion": "4620",
    "uid": "9a1c3e5b-7d9f-4a1c-8e5b-7d9f1a3c5e7b"
  },
  "note": "backend unavailable",
  "reason": "BackendDown",
  "regarding": {"apiVersion": "example.com/v1", "kind": "Widget", "name": "w1", "namespace": "prod", "uid": "7f9a1c3e-5b7d-4f9a-9c3e-5b7d9f1a3c5e"},
  "related": {"apiVersion": "v1", "kind": "Service", "name": "backend", "namespace": "prod", "uid": "b5d7f9a1-c3e5-4b7d-9f1a-3c5e7b9d1f3a"},
  "reportingController": "example.com/widget-operator",
  "reportingInstance": "widget-operator-7f9c",
  "series": {"count": 7, "lastObservedTime": "2024-11-20T10:25:00.000200Z", "futureSeriesField": 1},
  "type": "Warning"
})";

// The web Service's slice: two ready pods and one shutting down, with zone hints.
constexpr const char* kWebSlice = R"({
  "addressType": "IPv4",
  "apiVersion": "discovery.k8s.io/v1",
  "endpoints": [
    {
      "addresses": ["10.244.1.7"],
      "conditions": {"ready": true, "serving": true, "terminating": false},
      "hints": {"forZones": [{"name": "zone-a"}]},
      "nodeName": "kind-worker",
      "targetRef": {"kind": "Pod", "name": "web-7d4b9c8f6d-x2x8q", "namespace": "prod", "uid": "3b5d7f9a-1c3e-4b5d-9f9a-1c3e5b7d9f1a"},
      "zone": "zone-a"
    },
    {
      "addresses": ["10.244.2.4"],
      "conditions": {"ready": true, "serving": true, "terminating": false},
      "hints": {"forZones": [{"name": "zone-b"}]},
      "nodeName": "kind-worker2",
      "targetRef": {"kind": "Pod", "name": "web-7d4b9c8f6d-m5k2p", "namespace": "prod", "uid": "5b7d9f1a-3c5e-4b7d-8f1a-3c5e7b9d1f3a"},
      "zone": "zone-b"
    },
    {
      "addresses": ["10.244.2.3"],
      "conditions": {"ready": false, "serving": true, "terminating": true},
      "nodeName": "kind-worker2",
      "targetRef": {"kind": "Pod", "name": "web-7d4b9c8f6d-old01", "namespace": "prod", "uid": "7d9f1a3c-5e7b-4d9f-9a3c-5e7b9d1f3a5c"},
      "zone": "zone-b"
    }
  ],
  "kind": "EndpointSlice",
  "metadata": {
    "annotations": {"endpoints.kubernetes.io/last-change-trigger-time": "2024-11-20T10:02:11Z"},
    "creationTimestamp": "2024-11-20T09:41:12Z",
    "generateName": "web-",
    "generation": 6,
    "labels": {
      "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io",
      "kubernetes.io/service-name": "web"
    },
    "name": "web-8k2xq",
    "namespace": "prod",
    "ownerReferences": [{"apiVersion": "v1", "blockOwnerDeletion": true, "controller": true, "kind": "Service", "name": "web", "uid": "5a7c9e1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b"}],
    "resourceVersion": "4811",
    "uid": "9f1a3c5e-7b9d-4f1a-8c5e-7b9d1f3a5c7e"
  },
  "ports": [
    {"appProtocol": "http", "name": "http", "port": 8080, "protocol": "TCP"},
    {"name": "dns", "port": 5353, "protocol": "UDP"}
  ]
})";

// A hand-written slice for an external database: an IPv6 address, a port without a name and
// an endpoint field from a newer server.
constexpr const char* kManualSlice = R"({
  "addressType": "IPv6",
  "apiVersion": "discovery.k8s.io/v1",
  "endpoints": [{
    "addresses": ["2001:db8::10"],
    "conditions": {},
    "futureEndpointField": {"x": 1},
    "hostname": "db-a"
  }],
  "kind": "EndpointSlice",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:52:00Z",
    "generation": 1,
    "labels": {"endpointslice.kubernetes.io/managed-by": "ops.example.com", "kubernetes.io/service-name": "legacy-db"},
    "name": "legacy-db-1",
    "namespace": "prod",
    "resourceVersion": "4502",
    "uid": "b7d9f1a3-c5e7-4b9d-9f3a-c5e7b9d1f3a5"
  },
  "ports": [{"name": "", "port": 5432, "protocol": "TCP"}]
})";

// The slice of a Service whose pods are all gone: Go writes the nil slices as null.
constexpr const char* kEmptySlice = R"({
  "addressType": "IPv4",
  "apiVersion": "discovery.k8s.io/v1",
  "endpoints": null,
  "kind": "EndpointSlice",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:41:12Z",
    "generateName": "batch-",
    "generation": 9,
    "labels": {"endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io", "kubernetes.io/service-name": "batch"},
    "name": "batch-x7r2m",
    "namespace": "prod",
    "resourceVersion": "5012",
    "uid": "d9f1a3c5-e7b9-4d1f-8a5c-e7b9d1f3a5c7"
  },
  "ports": null
})";

// ---- events.k8s.io/v1 Event ---------------------------------------------------------------

TEST(EventsV1Event, RoundTripsASchedulerEvent) {
  Event ev = round_trip<Event>(kSchedulerEvent);
  EXPECT_EQ(ev.api_version, "events.k8s.io/v1");
  EXPECT_EQ(ev.event_time.to_string(), "2024-11-20T09:40:02.512345Z");
  EXPECT_EQ(ev.reporting_controller, "default-scheduler");
  EXPECT_EQ(ev.reporting_instance, "default-scheduler-kind-control-plane");
  EXPECT_EQ(ev.action, "Binding");
  EXPECT_EQ(ev.reason, "Scheduled");
  EXPECT_EQ(ev.regarding.kind, "Pod");
  EXPECT_EQ(ev.regarding.name, "web-7d4b9c8f6d-x2x8q");
  EXPECT_EQ(ev.note, "Successfully assigned prod/web-7d4b9c8f6d-x2x8q to kind-worker");
  EXPECT_FALSE(ev.series);
  EXPECT_FALSE(ev.related);
  EXPECT_EQ(ev.deprecated_source, core::v1::EventSource{});
  EXPECT_EQ(ev.deprecated_first_timestamp, Time{});
  EXPECT_EQ(ev.deprecated_count, 0);
}

TEST(EventsV1Event, RoundTripsALegacyKubeletEvent) {
  Event ev = round_trip<Event>(kKubeletEvent);
  EXPECT_EQ(ev.event_time, MicroTime{});  // null
  EXPECT_EQ(ev.deprecated_count, 3);
  EXPECT_EQ(ev.deprecated_source.component, "kubelet");
  EXPECT_EQ(ev.deprecated_source.host, "kind-worker");
  EXPECT_EQ(ev.deprecated_first_timestamp.to_string(), "2024-11-20T09:41:00Z");
  EXPECT_EQ(ev.deprecated_last_timestamp.to_string(), "2024-11-20T09:43:10Z");
  EXPECT_EQ(ev.regarding.field_path, "spec.containers{app}");
  EXPECT_EQ(ev.type, "Warning");
  EXPECT_EQ(ev.action, "");
}

TEST(EventsV1Event, RoundTripsASeriesAndFutureFields) {
  Event ev = round_trip<Event>(kSeriesEvent);
  ASSERT_TRUE(ev.series);
  EXPECT_EQ(ev.series->count, 7);
  EXPECT_EQ(ev.series->last_observed_time.to_string(), "2024-11-20T10:25:00.000200Z");
  EXPECT_EQ(ev.series->unknown_fields.value, Json::parse(R"({"futureSeriesField":1})"));
  ASSERT_TRUE(ev.related);
  EXPECT_EQ(ev.related->kind, "Service");
  EXPECT_EQ(ev.regarding.api_version, "example.com/v1");
  EXPECT_EQ(ev.unknown_fields.value, Json::parse(R"({"futureTopLevel":"kept"})"));
}

TEST(EventsV1Event, NewEventsWriteWhatGoWould) {
  auto now = *MicroTime::parse("2024-11-20T10:00:00.250000Z");
  Event ev{.metadata = {.generate_name = "w1.", .namespace_ = "prod"},
           .event_time = now,
           .reporting_controller = "example.com/widget-operator",
           .reporting_instance = "widget-operator-7f9c",
           .action = "Resize",
           .reason = "Resized",
           .regarding = {.kind = "Widget", .namespace_ = "prod", .name = "w1"},
           .note = "grew to 3",
           .type = "Normal"};
  EXPECT_EQ(encode(ev), Json::parse(R"({"apiVersion":"events.k8s.io/v1","kind":"Event",
      "metadata":{"generateName":"w1.","namespace":"prod","creationTimestamp":null},
      "eventTime":"2024-11-20T10:00:00.250000Z",
      "reportingController":"example.com/widget-operator",
      "reportingInstance":"widget-operator-7f9c","action":"Resize","reason":"Resized",
      "regarding":{"kind":"Widget","namespace":"prod","name":"w1"},"note":"grew to 3",
      "type":"Normal","deprecatedSource":{},"deprecatedFirstTimestamp":null,
      "deprecatedLastTimestamp":null})"));
  // Both series fields have no omitempty.
  EXPECT_EQ(encode(EventSeries{}), Json::parse(R"({"count":0,"lastObservedTime":null})"));
}

TEST(EventsV1Event, DecodeErrorsNameThePath) {
  auto ev = decode<Event>(Json::parse(R"({
    "eventTime": "2024-11-20 10:00", "regarding": {"name": ["w1"]},
    "series": {"count": 2, "lastObservedTime": 17}, "deprecatedCount": "3"
  })"));
  ASSERT_FALSE(ev);
  const std::string& m = ev.error().message();
  EXPECT_NE(m.find("eventTime: "), std::string::npos) << m;
  EXPECT_NE(m.find("regarding.name: expected string, got array"), std::string::npos) << m;
  EXPECT_NE(m.find("series.lastObservedTime: "), std::string::npos) << m;
  EXPECT_NE(m.find("deprecatedCount: expected integer, got string \"3\""), std::string::npos)
      << m;
  auto strict = decode<Event>(Json::parse(kSeriesEvent), {.strict = true});
  ASSERT_FALSE(strict);
  EXPECT_EQ(strict.error().message(),
            "strict decoding error: unknown field \"futureTopLevel\", unknown field "
            "\"series.futureSeriesField\"");
}

// ---- discovery.k8s.io/v1 EndpointSlice ----------------------------------------------------

TEST(DiscoveryV1EndpointSlice, RoundTripsAControllerManagedSlice) {
  EndpointSlice s = round_trip<EndpointSlice>(kWebSlice);
  EXPECT_EQ(s.address_type, "IPv4");
  EXPECT_EQ(s.metadata.labels.at("kubernetes.io/service-name"), "web");
  ASSERT_EQ(s.endpoints.size(), 3u);
  const Endpoint& first = s.endpoints[0];
  EXPECT_EQ(first.addresses, std::vector<std::string>{"10.244.1.7"});
  EXPECT_EQ(first.conditions.ready, true);
  EXPECT_EQ(first.conditions.terminating, false);
  EXPECT_EQ(first.node_name, "kind-worker");
  EXPECT_EQ(first.zone, "zone-a");
  ASSERT_TRUE(first.hints);
  ASSERT_EQ(first.hints->for_zones.size(), 1u);
  EXPECT_EQ(first.hints->for_zones[0].name, "zone-a");
  ASSERT_TRUE(first.target_ref);
  EXPECT_EQ(first.target_ref->name, "web-7d4b9c8f6d-x2x8q");
  EXPECT_FALSE(first.hostname);
  const Endpoint& leaving = s.endpoints[2];
  EXPECT_EQ(leaving.conditions, (EndpointConditions{.ready = false, .serving = true,
                                                     .terminating = true}));
  EXPECT_FALSE(leaving.hints);
  ASSERT_EQ(s.ports.size(), 2u);
  EXPECT_EQ(s.ports[0].name, "http");
  EXPECT_EQ(s.ports[0].port, 8080);
  EXPECT_EQ(s.ports[0].app_protocol, "http");
  EXPECT_EQ(s.ports[1].protocol, "UDP");
}

TEST(DiscoveryV1EndpointSlice, RoundTripsAHandWrittenSlice) {
  EndpointSlice s = round_trip<EndpointSlice>(kManualSlice);
  EXPECT_EQ(s.address_type, "IPv6");
  ASSERT_EQ(s.endpoints.size(), 1u);
  const Endpoint& e = s.endpoints[0];
  // Unset conditions mean "unknown": absent here, unlike an explicit false.
  EXPECT_FALSE(e.conditions.ready);
  EXPECT_FALSE(e.conditions.serving);
  EXPECT_EQ(e.hostname, "db-a");
  EXPECT_FALSE(e.node_name);
  EXPECT_EQ(e.unknown_fields.value, Json::parse(R"({"futureEndpointField":{"x":1}})"));
  ASSERT_EQ(s.ports.size(), 1u);
  // A present empty name is kept: the field is a Go pointer.
  EXPECT_EQ(s.ports[0].name, "");
  EXPECT_FALSE(s.ports[0].app_protocol);
}

TEST(DiscoveryV1EndpointSlice, NullListsReadAsEmptyAndAreWrittenAsEmpty) {
  auto s = decode<EndpointSlice>(Json::parse(kEmptySlice));
  ASSERT_TRUE(s) << s.error().message();
  EXPECT_TRUE(s->endpoints.empty());
  EXPECT_TRUE(s->ports.empty());
  // endpoints and ports have no omitempty; Go writes its nil slices as null, we write [],
  // which the server reads the same way.
  Json out = encode(*s);
  EXPECT_EQ(out["endpoints"], Json::array());
  EXPECT_EQ(out["ports"], Json::array());
  out["endpoints"] = nullptr;
  out["ports"] = nullptr;
  EXPECT_EQ(out, Json::parse(kEmptySlice));
  // Every EndpointPort and EndpointConditions field is a pointer: nothing is written unset.
  EXPECT_EQ(encode(discovery::v1::EndpointPort{}), Json::object());
  EXPECT_EQ(encode(Endpoint{.addresses = {"10.0.0.1"}}),
            Json::parse(R"({"addresses":["10.0.0.1"],"conditions":{}})"));
}

TEST(DiscoveryV1EndpointSlice, DecodeErrorsNameThePath) {
  auto s = decode<EndpointSlice>(Json::parse(R"({
    "addressType": 4,
    "endpoints": [{"addresses": "10.0.0.1", "conditions": {"ready": "true"},
                   "hints": {"forZones": [{"name": 1}]}}],
    "ports": [{"port": 4294967296}]
  })"));
  ASSERT_FALSE(s);
  const std::string& m = s.error().message();
  EXPECT_NE(m.find("addressType: expected string, got number 4"), std::string::npos) << m;
  EXPECT_NE(m.find("endpoints[0].addresses: expected array, got string \"10.0.0.1\""),
            std::string::npos) << m;
  EXPECT_NE(m.find("endpoints[0].conditions.ready: "), std::string::npos) << m;
  EXPECT_NE(m.find("endpoints[0].hints.forZones[0].name: "), std::string::npos) << m;
  EXPECT_NE(m.find("ports[0].port: "), std::string::npos) << m;  // beyond int32
}

// ---- resource info, schema and protobuf numbers -------------------------------------------

TEST(EventsDiscoveryV1ResourceInfo, MatchesUpstreamDiscovery) {
  const ResourceInfo& ev = resource_info(Tag<Event>{});
  EXPECT_EQ(ev.api_version(), "events.k8s.io/v1");
  EXPECT_EQ(ev.gvr(), (GroupVersionResource{"events.k8s.io", "v1", "events"}));
  EXPECT_EQ(ev.gvk(), (GroupVersionKind{"events.k8s.io", "v1", "Event"}));
  EXPECT_EQ(ev.singular, "event");
  EXPECT_EQ(ev.short_names, std::vector<std::string>{"ev"});
  EXPECT_TRUE(ev.namespaced);
  EXPECT_FALSE(ev.status_subresource);
  EXPECT_EQ(ev.list_kind, "EventList");
  EXPECT_TRUE(ev.categories.empty());

  const ResourceInfo& eps = resource_info(Tag<EndpointSlice>{});
  EXPECT_EQ(eps.api_version(), "discovery.k8s.io/v1");
  EXPECT_EQ(eps.gvr(), (GroupVersionResource{"discovery.k8s.io", "v1", "endpointslices"}));
  EXPECT_EQ(eps.singular, "endpointslice");
  EXPECT_TRUE(eps.short_names.empty());
  EXPECT_TRUE(eps.namespaced);
  EXPECT_FALSE(eps.status_subresource);
  EXPECT_EQ(eps.list_kind, "EndpointSliceList");
  EXPECT_TRUE(eps.categories.empty());
  ASSERT_FALSE(eps.printer_columns.empty());
  EXPECT_EQ(eps.printer_columns[0].json_path, ".addressType");

  // core/v1 Event and events.k8s.io/v1 Event share a name, not an identity.
  EXPECT_NE(resource_info(Tag<core::v1::Event>{}).gvk(), ev.gvk());
  static_assert(Resource<Event> && Resource<EndpointSlice> && Resource<core::v1::Event>);
  static_assert(!Resource<EventSeries> && !Resource<Endpoint>);
}

TEST(EventsDiscoveryV1Schema, SpotChecks) {
  Json ev = schema_of<Event>();
  EXPECT_EQ(ev["required"], Json::array({"eventTime"}));
  EXPECT_EQ(ev["properties"]["eventTime"]["format"], "date-time");
  EXPECT_EQ(ev["properties"]["series"]["required"], Json::array({"count", "lastObservedTime"}));
  EXPECT_EQ(ev["properties"]["deprecatedSource"]["type"], "object");
  EXPECT_EQ(ev["properties"]["regarding"]["properties"]["fieldPath"]["type"], "string");

  Json eps = schema_of<EndpointSlice>();
  EXPECT_EQ(eps["required"], Json::array({"addressType", "endpoints"}));
  EXPECT_EQ(eps["properties"]["addressType"]["enum"], Json::array({"FQDN", "IPv4", "IPv6"}));
  EXPECT_EQ(eps["properties"]["endpoints"]["x-kubernetes-list-type"], "atomic");
  EXPECT_EQ(eps["properties"]["ports"]["x-kubernetes-list-type"], "atomic");
  const Json& endpoint = eps["properties"]["endpoints"]["items"];
  EXPECT_EQ(endpoint["required"], Json::array({"addresses"}));
  EXPECT_EQ(endpoint["properties"]["addresses"]["x-kubernetes-list-type"], "set");
  EXPECT_EQ(endpoint["properties"]["conditions"]["properties"]["ready"]["type"], "boolean");
  EXPECT_EQ(endpoint["properties"]["hints"]["properties"]["forZones"]["items"]["required"],
            Json::array({"name"}));
  EXPECT_EQ(endpoint["properties"]["deprecatedTopology"]["additionalProperties"]["type"],
            "string");
  const Json& port = eps["properties"]["ports"]["items"];
  EXPECT_FALSE(port.contains("required"));
  EXPECT_EQ(port["properties"]["port"]["format"], "int32");
  EXPECT_EQ(port["properties"]["protocol"]["enum"], Json::array({"SCTP", "TCP", "UDP"}));
}

TEST(EventsDiscoveryV1Proto, FieldNumbersFollowUpstreamGeneratedProto) {
  const TypeDescriptor& ev = describe(Tag<Event>{});
  const char* event_fields[] = {"metadata", "eventTime", "series", "reportingController",
                                "reportingInstance", "action", "reason", "regarding",
                                "related", "note", "type", "deprecatedSource",
                                "deprecatedFirstTimestamp", "deprecatedLastTimestamp",
                                "deprecatedCount"};
  for (int i = 0; i < 15; ++i) EXPECT_EQ(ev.find(event_fields[i])->markers().proto, i + 1);
  EXPECT_EQ(ev.find("apiVersion")->markers().proto, 0);

  const TypeDescriptor& eps = describe(Tag<EndpointSlice>{});
  EXPECT_EQ(eps.find("metadata")->markers().proto, 1);
  EXPECT_EQ(eps.find("endpoints")->markers().proto, 2);
  EXPECT_EQ(eps.find("ports")->markers().proto, 3);
  EXPECT_EQ(eps.find("addressType")->markers().proto, 4);
  const TypeDescriptor& e = describe(Tag<Endpoint>{});
  const char* endpoint_fields[] = {"addresses", "conditions", "hostname", "targetRef",
                                   "deprecatedTopology", "nodeName", "zone", "hints"};
  for (int i = 0; i < 8; ++i) EXPECT_EQ(e.find(endpoint_fields[i])->markers().proto, i + 1);
}

}  // namespace
}  // namespace windlass::api
