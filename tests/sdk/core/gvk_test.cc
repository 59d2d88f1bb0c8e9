#include <windlass/core/gvk.h>

#include <gtest/gtest.h>

namespace windlass {
namespace {

TEST(GroupVersion, ParsesGroupedAndCoreForms) {
  EXPECT_EQ(*GroupVersion::parse("apps/v1"), (GroupVersion{"apps", "v1"}));
  EXPECT_EQ(*GroupVersion::parse("v1"), (GroupVersion{"", "v1"}));
  EXPECT_EQ(*GroupVersion::parse(""), (GroupVersion{"", ""}));
  EXPECT_EQ(GroupVersion::parse("a/b/c").error().message(),
            "unexpected GroupVersion string: a/b/c");
}

TEST(GroupVersion, FormatsCoreGroupWithoutSlash) {
  EXPECT_EQ((GroupVersion{"", "v1"}).to_string(), "v1");
  EXPECT_EQ((GroupVersion{"rbac.authorization.k8s.io", "v1"}).to_string(),
            "rbac.authorization.k8s.io/v1");
}

TEST(GroupVersionKind, PrintsLikeApimachinery) {
  auto gvk = GroupVersionKind::from_api_version_kind("apps/v1", "Deployment");
  ASSERT_TRUE(gvk);
  EXPECT_EQ(gvk->to_string(), "apps/v1, Kind=Deployment");
  EXPECT_EQ(gvk->api_version(), "apps/v1");
  EXPECT_EQ(gvk->group_kind().to_string(), "Deployment.apps");
  EXPECT_EQ((GroupVersionResource{"", "v1", "pods"}).to_string(), "v1, Resource=pods");
}

TEST(ParseKindArg, ThreePartsAlsoReadAsVersionedKind) {
  auto [gvk, gk] = parse_kind_arg("Deployment.v1.apps");
  ASSERT_TRUE(gvk);
  EXPECT_EQ(*gvk, (GroupVersionKind{"apps", "v1", "Deployment"}));
  EXPECT_EQ(gk, (GroupKind{"v1.apps", "Deployment"}));
  auto [none, plain] = parse_kind_arg("Deployment.apps");
  EXPECT_FALSE(none);
  EXPECT_EQ(plain, (GroupKind{"apps", "Deployment"}));
}

TEST(ParseResourceArg, HandlesDottedGroups) {
  auto [gvr, gr] = parse_resource_arg("ingresses.v1.networking.k8s.io");
  ASSERT_TRUE(gvr);
  EXPECT_EQ(*gvr, (GroupVersionResource{"networking.k8s.io", "v1", "ingresses"}));
  EXPECT_EQ(gr, (GroupResource{"v1.networking.k8s.io", "ingresses"}));
  auto [none, pods] = parse_resource_arg("pods");
  EXPECT_FALSE(none);
  EXPECT_EQ(pods.to_string(), "pods");
}

}  // namespace
}  // namespace windlass
