// rbac/v1 kinds against objects as kube-apiserver returns them.
#include <windlass/api/rbac/v1/cluster_role.h>
#include <windlass/api/rbac/v1/cluster_role_binding.h>
#include <windlass/api/rbac/v1/role.h>
#include <windlass/api/rbac/v1/role_binding.h>

#include "round_trip.h"

#include <gtest/gtest.h>

namespace windlass::api::rbac::v1 {
namespace {

// The bootstrap "view" ClusterRole (kube-apiserver 1.32), abridged to three rules: an
// aggregated role whose rules the controller manager fills in, itself aggregated into "edit".
constexpr const char* kViewClusterRole = R"({
  "aggregationRule": {
    "clusterRoleSelectors": [{"matchLabels": {"rbac.authorization.k8s.io/aggregate-to-view": "true"}}]
  },
  "apiVersion": "rbac.authorization.k8s.io/v1",
  "kind": "ClusterRole",
  "metadata": {
    "annotations": {"rbac.authorization.kubernetes.io/autoupdate": "true"},
    "creationTimestamp": "2024-11-18T13:59:38Z",
    "labels": {
      "kubernetes.io/bootstrapping": "rbac-defaults",
      "rbac.authorization.k8s.io/aggregate-to-edit": "true"
    },
    "managedFields": [{
      "apiVersion": "rbac.authorization.k8s.io/v1",
      "fieldsType": "FieldsV1",
      "fieldsV1": {"f:rules": {}},
      "manager": "clusterrole-aggregation-controller",
      "operation": "Apply",
      "time": "2024-11-18T13:59:52Z"
    }],
    "name": "view",
    "resourceVersion": "351",
    "uid": "9c1b7e4a-3d2f-4a6b-8e5c-7f0a1b2c3d4e"
  },
  "rules": [
    {"apiGroups": [""], "resources": ["configmaps", "endpoints", "persistentvolumeclaims", "pods", "replicationcontrollers", "services"], "verbs": ["get", "list", "watch"]},
    {"apiGroups": [""], "resources": ["namespaces"], "verbs": ["get", "list", "watch"]},
    {"apiGroups": ["apps"], "resources": ["daemonsets", "deployments", "deployments/scale", "replicasets", "statefulsets"], "verbs": ["get", "list", "watch"]}
  ]
})";

// "system:discovery": non-resource URLs only.
constexpr const char* kDiscoveryClusterRole = R"({
  "apiVersion": "rbac.authorization.k8s.io/v1",
  "kind": "ClusterRole",
  "metadata": {
    "annotations": {"rbac.authorization.kubernetes.io/autoupdate": "true"},
    "creationTimestamp": "2024-11-18T13:59:38Z",
    "labels": {"kubernetes.io/bootstrapping": "rbac-defaults"},
    "name": "system:discovery",
    "resourceVersion": "74",
    "uid": "0e4c2a8b-6d1f-4b3e-9a7c-5d2e8f1a0b3c"
  },
  "rules": [{
    "nonResourceURLs": ["/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/openapi", "/openapi/*", "/readyz", "/version", "/version/"],
    "verbs": ["get"]
  }]
})";

// An operator's namespaced Role with resourceNames and subresources, a field from the future in
// a rule and at the top level.
constexpr const char* kRole = R"({
  "apiVersion": "rbac.authorization.k8s.io/v1",
  "kind": "Role",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:40:02Z",
    "name": "widget-operator",
    "namespace": "widgets",
    "resourceVersion": "3120",
    "uid": "7a2b4c6d-8e0f-4a1b-b3c5-d7e9f1a3b5c7"
  },
  "rules": [
    {"apiGroups": ["coordination.k8s.io"], "resourceNames": ["widget-operator"], "resources": ["leases"], "verbs": ["get", "update"]},
    {"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "verbs": ["create"]},
    {"apiGroups": ["example.com"], "resources": ["widgets", "widgets/status", "widgets/finalizers"], "verbs": ["*"], "futureRuleField": {"x": 1}}
  ],
  "futureTopLevel": "kept"
})";

// A RoleBinding granting a ClusterRole to one subject of each kind.
constexpr const char* kRoleBinding = R"({
  "apiVersion": "rbac.authorization.k8s.io/v1",
  "kind": "RoleBinding",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:41:15Z",
    "name": "ci-edit",
    "namespace": "ci",
    "resourceVersion": "3188",
    "uid": "5e7f9a1b-3c5d-4e7f-a9b1-c3d5e7f9a1b3"
  },
  "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "edit"},
  "subjects": [
    {"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "alice@example.com"},
    {"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "ci-admins"},
    {"kind": "ServiceAccount", "name": "builder", "namespace": "ci"}
  ]
})";

// The bootstrap "system:basic-user" binding.
constexpr const char* kClusterRoleBinding = R"({
  "apiVersion": "rbac.authorization.k8s.io/v1",
  "kind": "ClusterRoleBinding",
  "metadata": {
    "annotations": {"rbac.authorization.kubernetes.io/autoupdate": "true"},
    "creationTimestamp": "2024-11-18T13:59:38Z",
    "labels": {"kubernetes.io/bootstrapping": "rbac-defaults"},
    "name": "system:basic-user",
    "resourceVersion": "139",
    "uid": "3f5a7c9e-1b3d-4f5a-8c7e-9b1d3f5a7c9e"
  },
  "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:basic-user"},
  "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "system:authenticated"}]
})";

TEST(RbacV1ClusterRole, RoundTripsAnAggregatedRole) {
  ClusterRole view = round_trip<ClusterRole>(kViewClusterRole);
  EXPECT_EQ(view.api_version, "rbac.authorization.k8s.io/v1");
  EXPECT_EQ(view.metadata.name, "view");
  ASSERT_TRUE(view.aggregation_rule);
  ASSERT_EQ(view.aggregation_rule->cluster_role_selectors.size(), 1u);
  EXPECT_EQ(view.aggregation_rule->cluster_role_selectors[0].match_labels.at(
                "rbac.authorization.k8s.io/aggregate-to-view"),
            "true");
  ASSERT_EQ(view.rules.size(), 3u);
  EXPECT_EQ(view.rules[0].api_groups, std::vector<std::string>{""});
  EXPECT_EQ(view.rules[2].resources[2], "deployments/scale");
  EXPECT_EQ(view.rules[1].verbs, (std::vector<std::string>{"get", "list", "watch"}));
  EXPECT_TRUE(view.rules[0].resource_names.empty());
}

TEST(RbacV1ClusterRole, RoundTripsNonResourceUrls) {
  ClusterRole discovery = round_trip<ClusterRole>(kDiscoveryClusterRole);
  ASSERT_EQ(discovery.rules.size(), 1u);
  EXPECT_EQ(discovery.rules[0].non_resource_urls.size(), 11u);
  EXPECT_EQ(discovery.rules[0].non_resource_urls[1], "/api/*");
  EXPECT_TRUE(discovery.rules[0].api_groups.empty());
  EXPECT_TRUE(discovery.rules[0].resources.empty());
  EXPECT_FALSE(discovery.aggregation_rule.has_value());
}

TEST(RbacV1Role, RoundTripsResourceNamesSubresourcesAndUnknownFields) {
  Role role = round_trip<Role>(kRole);
  ASSERT_EQ(role.rules.size(), 3u);
  EXPECT_EQ(role.rules[0].resource_names, std::vector<std::string>{"widget-operator"});
  EXPECT_EQ(role.rules[2].verbs, std::vector<std::string>{"*"});
  EXPECT_EQ(role.rules[2].unknown_fields.value, Json::parse(R"({"futureRuleField":{"x":1}})"));
  EXPECT_EQ(role.unknown_fields.value, Json::parse(R"({"futureTopLevel":"kept"})"));
}

TEST(RbacV1Role, RulesAreAlwaysWritten) {
  // Go's `json:"rules"` has no omitempty; an empty list is written as [] (Go writes null for
  // a nil slice, which the server reads the same way).
  Role empty{.metadata = {.name = "nothing", .namespace_ = "prod"}};
  EXPECT_EQ(encode(empty), Json::parse(R"({"apiVersion":"rbac.authorization.k8s.io/v1",
      "kind":"Role","metadata":{"name":"nothing","namespace":"prod","creationTimestamp":null},
      "rules":[]})"));
  auto from_null = decode<ClusterRole>(Json::parse(R"({"metadata":{"name":"agg"},"rules":null,
      "aggregationRule":{"clusterRoleSelectors":[{"matchLabels":{"a":"b"}}]}})"));
  ASSERT_TRUE(from_null) << from_null.error().message();
  EXPECT_TRUE(from_null->rules.empty());
  EXPECT_EQ(encode(*from_null)["rules"], Json::array());
  // An aggregation rule is a Go pointer: absent unless set.
  EXPECT_FALSE(encode(ClusterRole{}).contains("aggregationRule"));
}

TEST(RbacV1RoleBinding, RoundTripsSubjectsOfEveryKind) {
  RoleBinding rb = round_trip<RoleBinding>(kRoleBinding);
  EXPECT_EQ(rb.role_ref.kind, "ClusterRole");
  EXPECT_EQ(rb.role_ref.name, "edit");
  EXPECT_EQ(rb.role_ref.api_group, "rbac.authorization.k8s.io");
  ASSERT_EQ(rb.subjects.size(), 3u);
  EXPECT_EQ(rb.subjects[0].kind, "User");
  EXPECT_EQ(rb.subjects[0].name, "alice@example.com");
  EXPECT_EQ(rb.subjects[1].kind, "Group");
  EXPECT_EQ(rb.subjects[2].kind, "ServiceAccount");
  EXPECT_EQ(rb.subjects[2].namespace_, "ci");
  EXPECT_EQ(rb.subjects[2].api_group, "");
}

TEST(RbacV1RoleBinding, RoleRefIsAlwaysWrittenAndSubjectsOmittedWhenEmpty) {
  RoleBinding rb{.metadata = {.name = "x"}};
  EXPECT_EQ(encode(rb), Json::parse(R"({"apiVersion":"rbac.authorization.k8s.io/v1",
      "kind":"RoleBinding","metadata":{"name":"x","creationTimestamp":null},
      "roleRef":{"apiGroup":"","kind":"","name":""}})"));
  Subject sa{.kind = "ServiceAccount", .name = "builder", .namespace_ = "ci"};
  EXPECT_EQ(encode(sa), Json::parse(R"({"kind":"ServiceAccount","name":"builder","namespace":"ci"})"));
  EXPECT_EQ(encode(Subject{}), Json::parse(R"({"kind":"","name":""})"));
}

TEST(RbacV1ClusterRoleBinding, RoundTrips) {
  ClusterRoleBinding crb = round_trip<ClusterRoleBinding>(kClusterRoleBinding);
  EXPECT_EQ(crb.metadata.name, "system:basic-user");
  EXPECT_EQ(crb.metadata.namespace_, "");
  ASSERT_EQ(crb.subjects.size(), 1u);
  EXPECT_EQ(crb.subjects[0], (Subject{.kind = "Group", .api_group = "rbac.authorization.k8s.io",
                                      .name = "system:authenticated"}));
  EXPECT_EQ(crb.role_ref, (RoleRef{.api_group = "rbac.authorization.k8s.io",
                                   .kind = "ClusterRole", .name = "system:basic-user"}));
}

TEST(RbacV1, DecodeErrorsNameThePath) {
  auto rb = decode<RoleBinding>(Json::parse(R"({
    "subjects": [{"kind": "User", "name": "a"}, {"kind": "User", "name": 7}],
    "roleRef": "edit"
  })"));
  ASSERT_FALSE(rb);
  const std::string& m = rb.error().message();
  EXPECT_NE(m.find("subjects[1].name: expected string, got number 7"), std::string::npos) << m;
  EXPECT_NE(m.find("roleRef: expected object, got string \"edit\""), std::string::npos) << m;

  auto cr = decode<ClusterRole>(Json::parse(R"({"rules": [{"verbs": "get"}],
      "aggregationRule": {"clusterRoleSelectors": [{"matchLabels": {"a": 1}}]}})"));
  ASSERT_FALSE(cr);
  const std::string& m2 = cr.error().message();
  EXPECT_NE(m2.find("rules[0].verbs: expected array, got string \"get\""), std::string::npos) << m2;
  EXPECT_NE(m2.find("aggregationRule.clusterRoleSelectors[0].matchLabels[a]: expected string"),
            std::string::npos) << m2;
}

TEST(RbacV1, StrictDecodingNamesUnknownFields) {
  auto strict = decode<Role>(Json::parse(kRole), {.strict = true});
  ASSERT_FALSE(strict);
  EXPECT_EQ(strict.error().message(),
            "strict decoding error: unknown field \"futureTopLevel\", unknown field "
            "\"rules[2].futureRuleField\"");
  EXPECT_TRUE(decode<RoleBinding>(Json::parse(kRoleBinding), {.strict = true}));
}

TEST(RbacV1ResourceInfo, MatchesUpstreamDiscovery) {
  const ResourceInfo& role = resource_info(Tag<Role>{});
  EXPECT_EQ(role.api_version(), "rbac.authorization.k8s.io/v1");
  EXPECT_EQ(role.gvr(), (GroupVersionResource{"rbac.authorization.k8s.io", "v1", "roles"}));
  EXPECT_EQ(role.singular, "role");
  EXPECT_TRUE(role.namespaced);
  EXPECT_EQ(role.list_kind, "RoleList");

  const ResourceInfo& rb = resource_info(Tag<RoleBinding>{});
  EXPECT_EQ(rb.gvk(), (GroupVersionKind{"rbac.authorization.k8s.io", "v1", "RoleBinding"}));
  EXPECT_EQ(rb.plural, "rolebindings");
  EXPECT_TRUE(rb.namespaced);

  const ResourceInfo& cr = resource_info(Tag<ClusterRole>{});
  EXPECT_EQ(cr.plural, "clusterroles");
  EXPECT_EQ(cr.singular, "clusterrole");
  EXPECT_FALSE(cr.namespaced);
  EXPECT_EQ(cr.list_kind, "ClusterRoleList");

  const ResourceInfo& crb = resource_info(Tag<ClusterRoleBinding>{});
  EXPECT_EQ(crb.plural, "clusterrolebindings");
  EXPECT_FALSE(crb.namespaced);
  EXPECT_EQ(crb.list_kind, "ClusterRoleBindingList");

  for (const ResourceInfo* info : {&role, &rb, &cr, &crb}) {
    EXPECT_EQ(info->group, "rbac.authorization.k8s.io");
    EXPECT_TRUE(info->short_names.empty()) << info->kind;
    EXPECT_TRUE(info->categories.empty()) << info->kind;
    EXPECT_FALSE(info->status_subresource) << info->kind;
    EXPECT_FALSE(info->scale) << info->kind;
  }
  static_assert(Resource<Role> && Resource<ClusterRole> && Resource<RoleBinding> &&
                Resource<ClusterRoleBinding>);
  static_assert(!Resource<PolicyRule> && !Resource<Subject> && !Resource<RoleRef> &&
                !Resource<AggregationRule>);
}

TEST(RbacV1Schema, SpotChecks) {
  Json rb = schema_of<RoleBinding>();
  EXPECT_EQ(rb["required"], Json::array({"roleRef"}));
  const Json& role_ref = rb["properties"]["roleRef"];
  EXPECT_EQ(role_ref["required"], Json::array({"apiGroup", "kind", "name"}));
  EXPECT_EQ(role_ref["x-kubernetes-map-type"], "atomic");
  const Json& subjects = rb["properties"]["subjects"];
  EXPECT_EQ(subjects["x-kubernetes-list-type"], "atomic");
  EXPECT_EQ(subjects["items"]["required"], Json::array({"kind", "name"}));
  EXPECT_EQ(subjects["items"]["properties"]["namespace"]["type"], "string");
  EXPECT_EQ(schema_of<ClusterRoleBinding>()["required"], Json::array({"roleRef"}));

  Json cr = schema_of<ClusterRole>();
  EXPECT_FALSE(cr.contains("required"));
  const Json& rules = cr["properties"]["rules"];
  EXPECT_EQ(rules["x-kubernetes-list-type"], "atomic");
  EXPECT_EQ(rules["items"]["required"], Json::array({"verbs"}));
  for (const char* f : {"verbs", "apiGroups", "resources", "resourceNames", "nonResourceURLs"}) {
    EXPECT_EQ(rules["items"]["properties"][f]["x-kubernetes-list-type"], "atomic") << f;
    EXPECT_EQ(rules["items"]["properties"][f]["items"]["type"], "string") << f;
  }
  const Json& agg = cr["properties"]["aggregationRule"];
  EXPECT_EQ(agg["type"], "object");
  EXPECT_EQ(agg["properties"]["clusterRoleSelectors"]["x-kubernetes-list-type"], "atomic");
  EXPECT_TRUE(agg["properties"]["clusterRoleSelectors"]["items"]["properties"].contains(
      "matchExpressions"));
  EXPECT_FALSE(schema_of<Role>().contains("required"));
}

TEST(RbacV1Proto, FieldNumbersFollowUpstreamGeneratedProto) {
  const TypeDescriptor& rule = describe(Tag<PolicyRule>{});
  EXPECT_EQ(rule.find("verbs")->markers().proto, 1);
  EXPECT_EQ(rule.find("apiGroups")->markers().proto, 2);
  EXPECT_EQ(rule.find("resources")->markers().proto, 3);
  EXPECT_EQ(rule.find("resourceNames")->markers().proto, 4);
  EXPECT_EQ(rule.find("nonResourceURLs")->markers().proto, 5);
  const TypeDescriptor& subject = describe(Tag<Subject>{});
  EXPECT_EQ(subject.find("kind")->markers().proto, 1);
  EXPECT_EQ(subject.find("apiGroup")->markers().proto, 2);
  EXPECT_EQ(subject.find("name")->markers().proto, 3);
  EXPECT_EQ(subject.find("namespace")->markers().proto, 4);
  const TypeDescriptor& ref = describe(Tag<RoleRef>{});
  EXPECT_EQ(ref.find("apiGroup")->markers().proto, 1);
  EXPECT_EQ(ref.find("kind")->markers().proto, 2);
  EXPECT_EQ(ref.find("name")->markers().proto, 3);
  EXPECT_EQ(describe(Tag<AggregationRule>{}).find("clusterRoleSelectors")->markers().proto, 1);
  EXPECT_EQ(describe(Tag<ClusterRole>{}).find("rules")->markers().proto, 2);
  EXPECT_EQ(describe(Tag<ClusterRole>{}).find("aggregationRule")->markers().proto, 3);
  EXPECT_EQ(describe(Tag<Role>{}).find("rules")->markers().proto, 2);
  for (const TypeDescriptor* d : {&describe(Tag<RoleBinding>{}),
                                  &describe(Tag<ClusterRoleBinding>{})}) {
    EXPECT_EQ(d->find("subjects")->markers().proto, 2);
    EXPECT_EQ(d->find("roleRef")->markers().proto, 3);
  }
  for (const TypeDescriptor* d : {&describe(Tag<Role>{}), &describe(Tag<ClusterRole>{}),
                                  &describe(Tag<RoleBinding>{}),
                                  &describe(Tag<ClusterRoleBinding>{})}) {
    ASSERT_GE(d->fields().size(), 3u);
    EXPECT_EQ(d->fields()[0]->json_name(), "apiVersion");
    EXPECT_EQ(d->fields()[1]->json_name(), "kind");
    EXPECT_EQ(d->fields()[0]->markers().proto, 0);
    EXPECT_EQ(d->find("metadata")->markers().proto, 1);
  }
}

}  // namespace
}  // namespace windlass::api::rbac::v1
