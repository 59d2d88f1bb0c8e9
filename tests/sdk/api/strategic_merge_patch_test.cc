#include <windlass/api/strategic_merge_patch.h>

#include <gtest/gtest.h>

// A slice of apps/v1 Deployment with upstream's patch markers, enough to exercise every rule.
namespace smp {

struct EnvVar {
  std::string name;
  std::string value;
};
WINDLASS_API_DESCRIBED(EnvVar);

struct Port {
  std::int32_t container_port = 0;
  std::string protocol;
};
WINDLASS_API_DESCRIBED(Port);

struct Container {
  std::string name;
  std::string image;
  std::vector<std::string> args;
  std::vector<EnvVar> env;
  std::vector<Port> ports;
};
WINDLASS_API_DESCRIBED(Container);

struct PodSpec {
  std::vector<Container> containers;
  windlass::Json volumes;
};
WINDLASS_API_DESCRIBED(PodSpec);

struct Template {
  windlass::Json metadata;
  PodSpec spec;
};
WINDLASS_API_DESCRIBED(Template);

struct Strategy {
  std::string type;
  windlass::Json rolling_update;
};
WINDLASS_API_DESCRIBED(Strategy);

struct Spec {
  std::int32_t replicas = 0;
  Template template_;
  Strategy strategy;
};
WINDLASS_API_DESCRIBED(Spec);

struct Meta {
  std::vector<std::string> finalizers;
  std::map<std::string, std::string> labels;
};
WINDLASS_API_DESCRIBED(Meta);

struct Deployment {
  Meta metadata;
  Spec spec;
};
WINDLASS_API_DESCRIBED(Deployment);

WINDLASS_API_DESCRIBE(EnvVar, d) {
  d.field("name", &EnvVar::name).required();
  d.field("value", &EnvVar::value);
}
WINDLASS_API_DESCRIBE(Port, d) {
  d.field("containerPort", &Port::container_port).required();
  d.field("protocol", &Port::protocol);
}
WINDLASS_API_DESCRIBE(Container, d) {
  d.field("name", &Container::name).required();
  d.field("image", &Container::image);
  d.field("args", &Container::args).list_atomic();
  d.field("env", &Container::env).patch_merge("name");
  d.field("ports", &Container::ports).list_map({"containerPort", "protocol"}).patch_merge("containerPort");
}
WINDLASS_API_DESCRIBE(PodSpec, d) {
  d.field("containers", &PodSpec::containers).patch_merge("name");
  d.field("volumes", &PodSpec::volumes);
}
WINDLASS_API_DESCRIBE(Template, d) {
  d.field("metadata", &Template::metadata);
  d.field("spec", &Template::spec);
}
WINDLASS_API_DESCRIBE(Strategy, d) {
  d.field("type", &Strategy::type);
  d.field("rollingUpdate", &Strategy::rolling_update);
}
WINDLASS_API_DESCRIBE(Spec, d) {
  d.field("replicas", &Spec::replicas);
  d.field("template", &Spec::template_);
  d.field("strategy", &Spec::strategy).patch_strategy("retainKeys");
}
WINDLASS_API_DESCRIBE(Meta, d) {
  d.field("finalizers", &Meta::finalizers).list_set().patch_merge();
  d.field("labels", &Meta::labels);
}
WINDLASS_API_DESCRIBE(Deployment, d) {
  d.field("metadata", &Deployment::metadata);
  d.field("spec", &Deployment::spec);
}

}  // namespace smp

namespace windlass::api {
namespace {

Json patch_deployment(std::string_view original, std::string_view patch) {
  auto r = apply_strategic_merge_patch(Json::parse(original), Json::parse(patch),
                                       Codec<smp::Deployment>::ref());
  if (!r) return Json{{"error", r.error().message()}};
  return *r;
}

constexpr std::string_view kLive = R"({"metadata":{"finalizers":["a","b"],"labels":{"app":"d1"}},
  "spec":{"replicas":1,"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":"25%"}},
  "template":{"metadata":{"labels":{"app":"d1"}},
  "spec":{"containers":[{"image":"nginx","name":"c","args":["-a","-b"]}]}}}})";

TEST(StrategicMergePatch, KubectlApplyAddsAContainerAndEnvInOrder) {
  // The body kubectl 1.32 sent for deploy2.yaml (spec/apiserver.md A14).
  Json out = patch_deployment(kLive, R"({"spec":{"template":{"spec":{
      "$setElementOrder/containers":[{"name":"c"},{"name":"side"}],
      "containers":[{"env":[{"name":"A","value":"1"}],"image":"nginx:1.27","name":"c"},
                    {"image":"busybox","name":"side"}]}}}})");
  EXPECT_EQ(out["spec"]["template"]["spec"]["containers"], Json::parse(R"([
      {"name":"c","image":"nginx:1.27","args":["-a","-b"],"env":[{"name":"A","value":"1"}]},
      {"name":"side","image":"busybox"}])"));
  EXPECT_EQ(out["spec"]["replicas"], 1);
}

TEST(StrategicMergePatch, KubectlApplyRemovesAContainerAndAField) {
  std::string live = R"({"spec":{"template":{"spec":{"containers":[
      {"name":"c","image":"nginx:1.27","env":[{"name":"A","value":"1"}]},
      {"name":"side","image":"busybox"}]}}}})";
  Json out = patch_deployment(live, R"({"spec":{"template":{"spec":{
      "$setElementOrder/containers":[{"name":"c"}],
      "containers":[{"env":null,"image":"nginx","name":"c"},{"$patch":"delete","name":"side"}]}}}})");
  EXPECT_EQ(out["spec"]["template"]["spec"]["containers"],
            Json::parse(R"([{"name":"c","image":"nginx"}])"));
}

TEST(StrategicMergePatch, KubectlPatchMergesContainerByName) {
  // kubectl patch pod p1 -p '{"spec":{"containers":[{"name":"c","image":"nginx:2"}]}}'
  Json out = patch_deployment(kLive, R"({"spec":{"template":{"spec":{"containers":[
      {"name":"c","image":"nginx:2"}]}}}})");
  EXPECT_EQ(out["spec"]["template"]["spec"]["containers"],
            Json::parse(R"([{"name":"c","image":"nginx:2","args":["-a","-b"]}])"));
}

TEST(StrategicMergePatch, ListsWithoutMergeStrategyAreReplaced) {
  Json out = patch_deployment(kLive, R"({"spec":{"template":{"spec":{"containers":[
      {"name":"c","args":["-z"]}]}}}})");
  EXPECT_EQ(out["spec"]["template"]["spec"]["containers"][0]["args"], Json::parse(R"(["-z"])"));
}

TEST(StrategicMergePatch, PrimitiveMergeListsAreUnionsAndSupportDeletion) {
  Json out = patch_deployment(kLive, R"({"metadata":{"finalizers":["c","a"]}})");
  EXPECT_EQ(out["metadata"]["finalizers"], Json::parse(R"(["a","b","c"])"));
  out = patch_deployment(kLive, R"({"metadata":{"$deleteFromPrimitiveList/finalizers":["a"]}})");
  EXPECT_EQ(out["metadata"]["finalizers"], Json::parse(R"(["b"])"));
}

TEST(StrategicMergePatch, ReplaceDirectiveReplacesMapsAndLists) {
  Json out = patch_deployment(kLive, R"({"metadata":{"labels":{"$patch":"replace","x":"y"}}})");
  EXPECT_EQ(out["metadata"]["labels"], Json::parse(R"({"x":"y"})"));
  out = patch_deployment(kLive, R"({"spec":{"template":{"spec":{"containers":[
      {"name":"only","image":"i"},{"$patch":"replace"}]}}}})");
  EXPECT_EQ(out["spec"]["template"]["spec"]["containers"],
            Json::parse(R"([{"name":"only","image":"i"}])"));
}

TEST(StrategicMergePatch, DeleteDirectiveOnAMapRemovesIt) {
  Json out = patch_deployment(kLive, R"({"spec":{"strategy":{"$patch":"delete"}}})");
  EXPECT_FALSE(out["spec"].contains("strategy"));
}

TEST(StrategicMergePatch, RetainKeysDropsTheOtherKeys) {
  // kubectl sends this when a Deployment switches to Recreate.
  Json out = patch_deployment(kLive, R"({"spec":{"strategy":{"$retainKeys":["type"],"type":"Recreate"}}})");
  EXPECT_EQ(out["spec"]["strategy"], Json::parse(R"({"type":"Recreate"})"));
}

TEST(StrategicMergePatch, NullDeletesAndUnknownFieldsMergeAsMaps) {
  Json out = patch_deployment(kLive, R"({"spec":{"replicas":null,"future":{"a":1}},
                                        "status":{"x":{"y":1}}})");
  EXPECT_FALSE(out["spec"].contains("replicas"));
  EXPECT_EQ(out["spec"]["future"], Json::parse(R"({"a":1})"));
  EXPECT_EQ(out["status"], Json::parse(R"({"x":{"y":1}})"));
}

TEST(StrategicMergePatch, SetElementOrderKeepsServerOnlyElementsInPlace) {
  std::string live = R"({"spec":{"template":{"spec":{"containers":[
      {"name":"a"},{"name":"server-only"},{"name":"b"}]}}}})";
  Json out = patch_deployment(live, R"({"spec":{"template":{"spec":{
      "$setElementOrder/containers":[{"name":"b"},{"name":"a"}],
      "containers":[{"name":"b","image":"x"}]}}}})");
  std::vector<std::string> names;
  for (const auto& c : out["spec"]["template"]["spec"]["containers"]) names.push_back(c["name"]);
  // The patch's items take the patch's order; a server-only item is merged in by comparing
  // live positions (it sat before "b"), as upstream's normalizeElementOrder does.
  EXPECT_EQ(names, (std::vector<std::string>{"server-only", "b", "a"}));
}

TEST(StrategicMergePatch, ErrorsUseUpstreamWording) {
  EXPECT_EQ(patch_deployment(kLive, R"({"spec":{"template":{"spec":{"containers":[{"image":"x"}]}}}})")["error"],
            "map: map[image:x] does not contain declared merge key: name");
  EXPECT_EQ(patch_deployment(kLive, R"({"metadata":{"labels":{"$patch":"frobnicate"}}})")["error"],
            "Unknown patch type: frobnicate");
  auto r = apply_strategic_merge_patch(Json::object(), Json::array(), Codec<smp::Deployment>::ref());
  ASSERT_FALSE(r);
  EXPECT_TRUE(is_bad_request(r.error()));
}

}  // namespace
}  // namespace windlass::api

namespace windlass::api {
namespace {

const TypeRef& deployment() { return Codec<smp::Deployment>::ref(); }

// The configurations of spec/probe/deploy.yaml and deploy2.yaml, as kubectl stores them.
const Json kConfig1 = Json::parse(R"({"spec":{"replicas":1,"template":{"metadata":{"labels":{"app":"d1"}},
    "spec":{"containers":[{"name":"c","image":"nginx"}]}}}})");
const Json kConfig2 = Json::parse(R"({"spec":{"replicas":1,"template":{"metadata":{"labels":{"app":"d1"}},
    "spec":{"containers":[{"name":"c","image":"nginx:1.27","env":[{"name":"A","value":"1"}]},
                          {"name":"side","image":"busybox"}]}}}})");

// The live object after the first apply: the server added defaults kubectl never sent.
Json live_after(const Json& config) {
  Json live = config;
  live["spec"]["template"]["spec"]["containers"][0]["imagePullPolicy"] = "Always";
  live["spec"]["template"]["spec"]["restartPolicy"] = "Always";
  live["status"] = {{"replicas", 1}};
  return live;
}

TEST(StrategicMergePatchCompute, ThreeWayMatchesKubectlApplyAddingContainer) {
  Json patch = create_three_way_strategic_merge_patch(kConfig1, kConfig2, live_after(kConfig1),
                                                      deployment());
  // kubectl 1.32's body (spec/apiserver.md A14), without the last-applied annotation.
  EXPECT_EQ(to_json_string(patch),
            R"({"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"c"},{"name":"side"}],)"
            R"("containers":[{"env":[{"name":"A","value":"1"}],"image":"nginx:1.27","name":"c"},)"
            R"({"image":"busybox","name":"side"}]}}}})");
}

TEST(StrategicMergePatchCompute, ThreeWayMatchesKubectlApplyRemovingContainer) {
  Json live = live_after(kConfig2);
  Json patch = create_three_way_strategic_merge_patch(kConfig2, kConfig1, live, deployment());
  EXPECT_EQ(to_json_string(patch),
            R"({"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"c"}],)"
            R"("containers":[{"env":null,"image":"nginx","name":"c"},{"$patch":"delete","name":"side"}]}}}})");
  // Applying it keeps what the server added and kubectl never owned.
  auto applied = apply_strategic_merge_patch(live, patch, deployment());
  ASSERT_TRUE(applied) << applied.error().message();
  EXPECT_EQ((*applied)["spec"]["template"]["spec"]["containers"],
            Json::parse(R"([{"name":"c","image":"nginx","imagePullPolicy":"Always"}])"));
  EXPECT_EQ((*applied)["status"]["replicas"], 1);
}

TEST(StrategicMergePatchCompute, ThreeWayIsEmptyWhenNothingChanged) {
  EXPECT_EQ(create_three_way_strategic_merge_patch(kConfig1, kConfig1, live_after(kConfig1),
                                                   deployment()),
            Json::object());
}

TEST(StrategicMergePatchCompute, TwoWayRoundTripsThroughApply) {
  const Json cases[][2] = {
      {kConfig1, kConfig2},
      {kConfig2, kConfig1},
      {Json::parse(R"({"metadata":{"finalizers":["a","b"],"labels":{"x":"1"}}})"),
       Json::parse(R"({"metadata":{"finalizers":["b","c"],"labels":{"y":"2"}}})")},
      {Json::parse(R"({"spec":{"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1}}}})"),
       Json::parse(R"({"spec":{"strategy":{"type":"Recreate"}}})")},
  };
  for (const auto& c : cases) {
    Json patch = create_two_way_strategic_merge_patch(c[0], c[1], deployment());
    auto applied = apply_strategic_merge_patch(c[0], patch, deployment());
    ASSERT_TRUE(applied) << applied.error().message();
    EXPECT_EQ(*applied, c[1]) << "patch: " << patch.dump();
  }
}

TEST(StrategicMergePatchCompute, TwoWayUsesDirectivesForSetsAndRetainKeys) {
  Json patch = create_two_way_strategic_merge_patch(
      Json::parse(R"({"metadata":{"finalizers":["a","b"]},"spec":{"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1}}}})"),
      Json::parse(R"({"metadata":{"finalizers":["b","c"]},"spec":{"strategy":{"type":"Recreate"}}})"),
      deployment());
  EXPECT_EQ(patch, Json::parse(R"({"metadata":{"$deleteFromPrimitiveList/finalizers":["a"],
      "$setElementOrder/finalizers":["b","c"],"finalizers":["c"]},
      "spec":{"strategy":{"$retainKeys":["type"],"rollingUpdate":null,"type":"Recreate"}}})"));
}

}  // namespace
}  // namespace windlass::api
