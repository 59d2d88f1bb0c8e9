// meta/v1 types against objects as kube-apiserver writes them.
#include <windlass/api/meta/v1/condition.h>
#include <windlass/api/meta/v1/label_selector.h>
#include <windlass/api/meta/v1/list_meta.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/meta/v1/status.h>

#include "round_trip.h"

#include <gtest/gtest.h>

namespace windlass::api::meta::v1 {
namespace {

// The metadata of a Deployment-owned ReplicaSet that is being deleted in the foreground
// (kube-apiserver 1.32 output), with fields a newer server might add at three levels.
constexpr const char* kObjectMeta = R"({
  "name": "web-7d9c5b8f6",
  "generateName": "web-",
  "namespace": "prod",
  "uid": "4a1e7a9c-2f0b-4a8e-9d7e-3c5b2a1f0e9d",
  "resourceVersion": "184467",
  "generation": 3,
  "creationTimestamp": "2024-11-20T09:14:03Z",
  "deletionTimestamp": "2024-11-21T10:00:00Z",
  "deletionGracePeriodSeconds": 0,
  "labels": {"app": "web", "pod-template-hash": "7d9c5b8f6"},
  "annotations": {
    "deployment.kubernetes.io/desired-replicas": "3",
    "deployment.kubernetes.io/max-replicas": "4",
    "deployment.kubernetes.io/revision": "2"
  },
  "ownerReferences": [{
    "apiVersion": "apps/v1",
    "kind": "Deployment",
    "name": "web",
    "uid": "0b3e6f2d-91c4-4d6a-8f1e-5a7b9c2d4e6f",
    "controller": true,
    "blockOwnerDeletion": true,
    "futureOwnerField": "x"
  }],
  "finalizers": ["foregroundDeletion"],
  "managedFields": [{
    "manager": "kube-controller-manager",
    "operation": "Update",
    "apiVersion": "apps/v1",
    "time": "2024-11-20T09:14:03Z",
    "fieldsType": "FieldsV1",
    "fieldsV1": {
      "f:metadata": {
        "f:annotations": {".": {}, "f:deployment.kubernetes.io/desired-replicas": {},
                          "f:deployment.kubernetes.io/max-replicas": {},
                          "f:deployment.kubernetes.io/revision": {}},
        "f:generateName": {},
        "f:labels": {".": {}, "f:app": {}, "f:pod-template-hash": {}},
        "f:ownerReferences": {".": {}, "k:{\"uid\":\"0b3e6f2d-91c4-4d6a-8f1e-5a7b9c2d4e6f\"}": {}}
      },
      "f:spec": {"f:replicas": {}}
    }
  }, {
    "manager": "kube-controller-manager",
    "operation": "Update",
    "apiVersion": "apps/v1",
    "time": "2024-11-20T09:14:09Z",
    "fieldsType": "FieldsV1",
    "fieldsV1": {"f:status": {"f:availableReplicas": {}, "f:observedGeneration": {}}},
    "subresource": "status",
    "futureEntryField": 1
  }],
  "futureMetaField": {"nested": [1, 2]}
})";

// What `kubectl get cm missing` receives: a 404 Status.
constexpr const char* kNotFound = R"({
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Failure",
  "message": "configmaps \"missing\" not found",
  "reason": "NotFound",
  "details": {"name": "missing", "kind": "configmaps"},
  "code": 404
})";

// A 422 for a Deployment with an invalid replica count and label.
constexpr const char* kInvalid = R"({
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Failure",
  "message": "Deployment.apps \"web\" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, metadata.labels: Invalid value: \"-bad\": name part must consist of alphanumeric characters]",
  "reason": "Invalid",
  "details": {
    "name": "web",
    "group": "apps",
    "kind": "Deployment",
    "causes": [
      {"reason": "FieldValueInvalid", "message": "Invalid value: -1: must be greater than or equal to 0", "field": "spec.replicas"},
      {"reason": "FieldValueInvalid", "message": "Invalid value: \"-bad\": name part must consist of alphanumeric characters", "field": "metadata.labels"}
    ]
  },
  "code": 422
})";

// A 429 from API priority and fairness.
constexpr const char* kTooManyRequests = R"({
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Failure",
  "message": "Too many requests, please try again later.",
  "reason": "TooManyRequests",
  "details": {"retryAfterSeconds": 1},
  "code": 429
})";

// The success body of deleting a custom resource's collection member synchronously.
constexpr const char* kSuccess = R"({
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Success",
  "details": {"name": "w1", "group": "example.com", "kind": "widgets", "uid": "9f1c2b3a-7e6d-4c5b-8a9f-0e1d2c3b4a59"}
})";

TEST(MetaV1ObjectMeta, RoundTripsKubeApiserverOutputIncludingUnknownFields) {
  ObjectMeta m = round_trip<ObjectMeta>(kObjectMeta);
  EXPECT_EQ(m.name, "web-7d9c5b8f6");
  EXPECT_EQ(m.namespace_, "prod");
  EXPECT_EQ(m.generation, 3);
  EXPECT_EQ(m.creation_timestamp, *Time::parse("2024-11-20T09:14:03Z"));
  ASSERT_TRUE(m.deletion_timestamp);
  EXPECT_EQ(m.deletion_timestamp->to_string(), "2024-11-21T10:00:00Z");
  ASSERT_TRUE(m.deletion_grace_period_seconds);
  EXPECT_EQ(*m.deletion_grace_period_seconds, 0);  // present though zero: a pointer in Go
  EXPECT_EQ(m.labels.at("pod-template-hash"), "7d9c5b8f6");
  ASSERT_EQ(m.owner_references.size(), 1u);
  EXPECT_EQ(m.owner_references[0].controller, true);
  EXPECT_EQ(m.owner_references[0].unknown_fields.value, Json::parse(R"({"futureOwnerField":"x"})"));
  EXPECT_EQ(m.finalizers, std::vector<std::string>{"foregroundDeletion"});
  ASSERT_EQ(m.managed_fields.size(), 2u);
  EXPECT_EQ(m.managed_fields[1].subresource, "status");
  EXPECT_EQ(m.managed_fields[1].fields_v1["f:status"].size(), 2u);
  EXPECT_EQ(m.managed_fields[1].unknown_fields.value, Json::parse(R"({"futureEntryField":1})"));
  EXPECT_EQ(m.unknown_fields.value, Json::parse(R"({"futureMetaField":{"nested":[1,2]}})"));
}

TEST(MetaV1ObjectMeta, EmptyMetadataWritesCreationTimestampNullAsGoDoes) {
  EXPECT_EQ(encode(ObjectMeta{}), Json::parse(R"({"creationTimestamp":null})"));
  ObjectMeta m{.name = "x", .deletion_grace_period_seconds = 30};
  EXPECT_EQ(encode(m),
            Json::parse(R"({"name":"x","creationTimestamp":null,"deletionGracePeriodSeconds":30})"));
}

TEST(MetaV1ObjectMeta, DecodeErrorsNameThePath) {
  auto m = decode<ObjectMeta>(Json::parse(R"({
    "generation": "3",
    "creationTimestamp": "yesterday",
    "labels": {"app": 1},
    "ownerReferences": [{"apiVersion": "v1", "kind": "Node", "name": "n", "uid": "u"},
                        {"controller": "yes"}],
    "managedFields": [{"time": 5}]
  })"));
  ASSERT_FALSE(m);
  const std::string& msg = m.error().message();
  EXPECT_NE(msg.find("generation: expected integer, got string \"3\""), std::string::npos) << msg;
  EXPECT_NE(msg.find("creationTimestamp: "), std::string::npos) << msg;
  EXPECT_NE(msg.find("labels[app]: expected string, got number 1"), std::string::npos) << msg;
  EXPECT_NE(msg.find("ownerReferences[1].controller: expected boolean, got string \"yes\""),
            std::string::npos) << msg;
  EXPECT_NE(msg.find("managedFields[0].time: expected string, got number 5"), std::string::npos)
      << msg;
}

TEST(MetaV1ObjectMeta, StrictDecodingReportsNestedUnknownFields) {
  auto m = decode<ObjectMeta>(Json::parse(kObjectMeta), {.strict = true});
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().message(),
            "strict decoding error: unknown field \"futureMetaField\", unknown field "
            "\"managedFields[1].futureEntryField\", unknown field "
            "\"ownerReferences[0].futureOwnerField\"");
}

TEST(MetaV1Status, RoundTripsApiErrors) {
  Status nf = round_trip<Status>(kNotFound);
  EXPECT_EQ(nf.code, 404);
  EXPECT_EQ(nf.reason, "NotFound");
  ASSERT_TRUE(nf.details);
  EXPECT_EQ(nf.details->kind, "configmaps");

  Status inv = round_trip<Status>(kInvalid);
  EXPECT_EQ(inv.code, 422);
  ASSERT_TRUE(inv.details);
  ASSERT_EQ(inv.details->causes.size(), 2u);
  EXPECT_EQ(inv.details->causes[0].reason, "FieldValueInvalid");
  EXPECT_EQ(inv.details->causes[1].field, "metadata.labels");

  Status tmr = round_trip<Status>(kTooManyRequests);
  EXPECT_EQ(tmr.details->retry_after_seconds, 1);

  Status ok = round_trip<Status>(kSuccess);
  EXPECT_EQ(ok.status, "Success");
  EXPECT_EQ(ok.code, 0);
}

TEST(MetaV1Status, DefaultsToItsOwnTypeMeta) {
  Status s{.status = "Failure", .reason = "Conflict", .code = 409};
  EXPECT_EQ(encode(s), Json::parse(R"({"apiVersion":"v1","kind":"Status","metadata":{},
                                       "status":"Failure","reason":"Conflict","code":409})"));
}

TEST(MetaV1ListMeta, RoundTripsPaginationFields) {
  ListMeta lm = round_trip<ListMeta>(
      R"({"resourceVersion":"184467","continue":"eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTg0NDY3fQ","remainingItemCount":212})");
  EXPECT_EQ(lm.continue_, "eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTg0NDY3fQ");
  EXPECT_EQ(lm.remaining_item_count, 212);
  EXPECT_EQ(encode(ListMeta{}), Json::object());
}

TEST(MetaV1LabelSelector, RoundTripsBothForms) {
  LabelSelector s = round_trip<LabelSelector>(R"({
    "matchLabels": {"app": "web"},
    "matchExpressions": [{"key": "tier", "operator": "In", "values": ["web", "api"]},
                         {"key": "canary", "operator": "DoesNotExist"}]
  })");
  ASSERT_EQ(s.match_expressions.size(), 2u);
  EXPECT_EQ(s.match_expressions[0].operator_, "In");
  EXPECT_TRUE(s.match_expressions[1].values.empty());
  // key and operator have no omitempty upstream.
  EXPECT_EQ(encode(LabelSelectorRequirement{}), Json::parse(R"({"key":"","operator":""})"));
  EXPECT_EQ(encode(LabelSelector{}), Json::object());
}

TEST(MetaV1Condition, RoundTripsAndAlwaysWritesRequiredFields) {
  Condition c = round_trip<Condition>(R"({
    "type": "Available",
    "status": "True",
    "observedGeneration": 7,
    "lastTransitionTime": "2024-11-20T09:14:09Z",
    "reason": "MinimumReplicasAvailable",
    "message": "Deployment has minimum availability."
  })");
  EXPECT_EQ(c.observed_generation, 7);
  Condition empty;
  EXPECT_EQ(encode(empty), Json::parse(R"({"type":"","status":"","lastTransitionTime":null,
                                           "reason":"","message":""})"));
}

TEST(MetaV1Schema, ObjectMetaCarriesListSemanticsAndFormats) {
  Json s = schema_of<ObjectMeta>();
  EXPECT_FALSE(s.contains("required"));
  const Json& p = s["properties"];
  EXPECT_EQ(p["uid"]["format"], "uuid");
  EXPECT_EQ(p["creationTimestamp"]["format"], "date-time");
  EXPECT_EQ(p["generation"]["format"], "int64");
  EXPECT_EQ(p["ownerReferences"]["x-kubernetes-list-type"], "map");
  EXPECT_EQ(p["ownerReferences"]["x-kubernetes-list-map-keys"], Json::array({"uid"}));
  EXPECT_EQ(p["ownerReferences"]["x-kubernetes-patch-merge-key"], "uid");
  EXPECT_EQ(p["ownerReferences"]["x-kubernetes-patch-strategy"], "merge");
  EXPECT_EQ(p["ownerReferences"]["items"]["required"],
            Json::array({"apiVersion", "kind", "name", "uid"}));
  EXPECT_EQ(p["finalizers"]["x-kubernetes-list-type"], "set");
  EXPECT_EQ(p["finalizers"]["x-kubernetes-patch-strategy"], "merge");
  EXPECT_FALSE(p["finalizers"].contains("x-kubernetes-patch-merge-key"));
  EXPECT_EQ(p["managedFields"]["x-kubernetes-list-type"], "atomic");
  EXPECT_EQ(p["managedFields"]["items"]["properties"]["fieldsV1"]["x-kubernetes-preserve-unknown-fields"],
            true);
  EXPECT_EQ(p["managedFields"]["items"]["properties"]["operation"]["enum"],
            Json::array({"Apply", "Update"}));
  EXPECT_EQ(p["labels"]["additionalProperties"], Json::parse(R"({"type":"string"})"));
  for (auto it = p.begin(); it != p.end(); ++it)
    EXPECT_TRUE(it.value().contains("description")) << it.key();
}

TEST(MetaV1Schema, ConditionIsFullyRequiredWithUpstreamValidation) {
  Json s = schema_of<Condition>();
  EXPECT_EQ(s["required"], Json::array({"type", "status", "lastTransitionTime", "reason", "message"}));
  const Json& p = s["properties"];
  EXPECT_EQ(p["status"]["enum"], Json::array({"True", "False", "Unknown"}));
  EXPECT_EQ(p["type"]["maxLength"], 316);
  EXPECT_EQ(p["reason"]["minLength"], 1);
  EXPECT_EQ(p["reason"]["maxLength"], 1024);
  EXPECT_EQ(p["reason"]["pattern"], R"(^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$)");
  EXPECT_EQ(p["message"]["maxLength"], 32768);
  EXPECT_EQ(p["observedGeneration"]["minimum"], 0.0);
  // List semantics belong to the field that holds conditions, not to Condition.
  EXPECT_FALSE(s.contains("x-kubernetes-list-type"));
}

TEST(MetaV1Schema, LabelSelectorRequirementNeedsKeyAndOperator) {
  Json s = schema_of<LabelSelector>();
  const Json& req = s["properties"]["matchExpressions"]["items"];
  EXPECT_EQ(req["required"], Json::array({"key", "operator"}));
  EXPECT_EQ(req["properties"]["operator"]["enum"],
            Json::array({"In", "NotIn", "Exists", "DoesNotExist"}));
  EXPECT_EQ(s["properties"]["matchExpressions"]["x-kubernetes-list-type"], "atomic");
}

TEST(MetaV1Proto, FieldNumbersFollowUpstreamGeneratedProto) {
  const TypeDescriptor& om = describe(Tag<ObjectMeta>{});
  EXPECT_EQ(om.find("name")->markers().proto, 1);
  EXPECT_EQ(om.find("labels")->markers().proto, 11);
  EXPECT_EQ(om.find("finalizers")->markers().proto, 14);
  EXPECT_EQ(om.find("managedFields")->markers().proto, 17);  // 15 and 16 are retired
  const TypeDescriptor& owner = describe(Tag<OwnerReference>{});
  EXPECT_EQ(owner.find("kind")->markers().proto, 1);
  EXPECT_EQ(owner.find("apiVersion")->markers().proto, 5);
  const TypeDescriptor& st = describe(Tag<Status>{});
  EXPECT_EQ(st.find("apiVersion")->markers().proto, 0);  // TypeMeta travels in the envelope
  EXPECT_EQ(st.find("code")->markers().proto, 6);
  EXPECT_EQ(describe(Tag<StatusDetails>{}).find("uid")->markers().proto, 6);
  EXPECT_EQ(describe(Tag<ManagedFieldsEntry>{}).find("fieldsV1")->markers().proto, 7);
  // Every field of every meta/v1 type has a number.
  for (const TypeDescriptor* d :
       {&om, &owner, &describe(Tag<ManagedFieldsEntry>{}), &describe(Tag<ListMeta>{}),
        &describe(Tag<LabelSelector>{}), &describe(Tag<LabelSelectorRequirement>{}),
        &describe(Tag<Condition>{}), &describe(Tag<StatusDetails>{}),
        &describe(Tag<StatusCause>{})})
    for (const auto& f : d->fields()) EXPECT_GT(f->markers().proto, 0) << d->name() << "." << f->json_name();
}

}  // namespace
}  // namespace windlass::api::meta::v1
