#include <windlass/api/describe.h>

#include <gtest/gtest.h>

namespace demo {

struct Port {
  std::string name;
  std::int32_t container_port = 0;
  std::string protocol;
  windlass::api::UnknownFields unknown_fields;
  bool operator==(const Port&) const = default;
};
WINDLASS_API_DESCRIBED(Port);

struct WidgetSpec {
  std::int32_t size = 0;
  std::string color;
  std::optional<std::int64_t> budget;
  std::vector<Port> ports;
  std::map<std::string, std::string> selector;
  std::map<std::string, windlass::Quantity> resources;
  windlass::IntOrString max_surge;
  bool paused = false;
  windlass::Json extra;  // RawExtension-like
  windlass::api::UnknownFields unknown_fields;
};
WINDLASS_API_DESCRIBED(WidgetSpec);

struct WidgetStatus {
  windlass::Time last_update;
  std::optional<windlass::Time> finished;
  double ratio = 0;
};
WINDLASS_API_DESCRIBED(WidgetStatus);

// A recursive type, like JSONSchemaProps.
struct Node {
  std::string value;
  std::vector<Node> children;
};
WINDLASS_API_DESCRIBED(Node);

WINDLASS_API_DESCRIBE(Port, d) {
  d.doc("A port the widget listens on.");
  d.field("name", &Port::name).doc("An IANA service name.").max_length(15);
  d.field("containerPort", &Port::container_port).required().minimum(1).maximum(65535).proto(3);
  d.field("protocol", &Port::protocol).enum_values({"TCP", "UDP", "SCTP"}).default_value("TCP");
}

WINDLASS_API_DESCRIBE(WidgetSpec, d) {
  d.doc("The desired state of a Widget.");
  d.field("size", &WidgetSpec::size).required().minimum(0);
  d.field("color", &WidgetSpec::color);
  d.field("budget", &WidgetSpec::budget);
  d.field("ports", &WidgetSpec::ports).list_map({"containerPort"}).patch_merge("containerPort");
  d.field("selector", &WidgetSpec::selector).map_atomic();
  d.field("resources", &WidgetSpec::resources);
  d.field("maxSurge", &WidgetSpec::max_surge);
  d.field("paused", &WidgetSpec::paused);
  d.field("extra", &WidgetSpec::extra).preserve_unknown_fields();
}

WINDLASS_API_DESCRIBE(WidgetStatus, d) {
  d.field("lastUpdate", &WidgetStatus::last_update);
  d.field("finished", &WidgetStatus::finished);
  d.field("ratio", &WidgetStatus::ratio);
}

WINDLASS_API_DESCRIBE(Node, d) {
  d.field("value", &Node::value);
  d.field("children", &Node::children);
}

}  // namespace demo

namespace windlass::api {
namespace {

using demo::Port;
using demo::WidgetSpec;

const Json kSpec = Json::parse(R"({
  "size": 3, "color": "red", "budget": 9000000000,
  "ports": [{"name": "http", "containerPort": 80, "protocol": "TCP", "appProtocol": "h2c"},
            {"containerPort": 443}],
  "selector": {"app": "web"},
  "resources": {"cpu": "100m", "memory": "1Gi"},
  "maxSurge": "25%",
  "paused": true,
  "extra": {"anything": [1, {"goes": null}]},
  "fieldFromTheFuture": {"x": 1}
})");

TEST(Describe, DecodesEveryMemberKind) {
  auto spec = decode<WidgetSpec>(kSpec);
  ASSERT_TRUE(spec) << spec.error().message();
  EXPECT_EQ(spec->size, 3);
  EXPECT_EQ(spec->budget, 9000000000);
  ASSERT_EQ(spec->ports.size(), 2u);
  EXPECT_EQ(spec->ports[0].name, "http");
  EXPECT_EQ(spec->ports[1].container_port, 443);
  EXPECT_EQ(spec->selector.at("app"), "web");
  EXPECT_EQ(spec->resources.at("memory").to_string(), "1Gi");
  EXPECT_FALSE(spec->max_surge.is_int());
  EXPECT_EQ(*spec->max_surge.scaled_value(10, true), 3);
  EXPECT_TRUE(spec->paused);
  EXPECT_EQ(spec->extra["anything"][1]["goes"], nullptr);
}

TEST(Describe, RoundTripKeepsFieldsTheTypeDoesNotModel) {
  auto spec = decode<WidgetSpec>(kSpec);
  ASSERT_TRUE(spec);
  EXPECT_EQ(spec->unknown_fields.value, Json::parse(R"({"fieldFromTheFuture":{"x":1}})"));
  EXPECT_EQ(spec->ports[0].unknown_fields.value, Json::parse(R"({"appProtocol":"h2c"})"));
  spec->size = 4;
  Json back = encode(*spec);
  Json expected = kSpec;
  expected["size"] = 4;
  EXPECT_EQ(back, expected);
}

TEST(Describe, OmitsEmptyFieldsButAlwaysWritesRequiredOnes) {
  WidgetSpec spec;
  EXPECT_EQ(encode(spec), Json::parse(R"({"size":0})"));
  Port p;
  EXPECT_EQ(encode(p), Json::parse(R"({"containerPort":0})"));
}

TEST(Describe, TimeStructsEncodeNullWhenZeroAsGoDoes) {
  demo::WidgetStatus st;
  EXPECT_EQ(encode(st), Json::parse(R"({"lastUpdate":null})"));
  st.last_update = *Time::parse("2024-05-01T12:00:00Z");
  st.finished = st.last_update;
  EXPECT_EQ(encode(st),
            Json::parse(R"({"lastUpdate":"2024-05-01T12:00:00Z","finished":"2024-05-01T12:00:00Z"})"));
  auto back = decode<demo::WidgetStatus>(encode(st));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->finished, st.finished);
}

TEST(Describe, NullLeavesDefaultsAsGoDoes) {
  auto spec = decode<WidgetSpec>(Json::parse(R"({"size":null,"ports":null,"budget":null,"color":null})"));
  ASSERT_TRUE(spec) << spec.error().message();
  EXPECT_EQ(spec->size, 0);
  EXPECT_FALSE(spec->budget);
  EXPECT_TRUE(spec->ports.empty());
}

TEST(Describe, ErrorsNameEveryBadFieldWithItsPath) {
  auto spec = decode<WidgetSpec>(Json::parse(
      R"({"size":"3","ports":[{"containerPort":80},{"containerPort":"443"}],
          "resources":{"cpu":"1.5.3"},"paused":1,"selector":[]})"));
  ASSERT_FALSE(spec);
  EXPECT_TRUE(is_bad_request(spec.error()));
  const std::string& m = spec.error().message();
  EXPECT_NE(m.find("size: expected integer, got string \"3\""), std::string::npos) << m;
  EXPECT_NE(m.find("ports[1].containerPort: expected integer, got string \"443\""), std::string::npos) << m;
  EXPECT_NE(m.find("resources[cpu]: quantities must match the regular expression"), std::string::npos) << m;
  EXPECT_NE(m.find("paused: expected boolean, got number 1"), std::string::npos) << m;
  EXPECT_NE(m.find("selector: expected object, got array"), std::string::npos) << m;
}

TEST(Describe, IntegersAreRangeChecked) {
  auto port = decode<Port>(Json::parse(R"({"containerPort":4294967296})"));
  ASSERT_FALSE(port);
  EXPECT_EQ(port.error().message(), "containerPort: value 4294967296 out of range");
  EXPECT_FALSE(decode<Port>(Json::parse(R"({"containerPort":1.5})")));
  EXPECT_FALSE(decode<Port>(Json::parse(R"([1])")));
}

TEST(Describe, StrictModeReportsUnknownFieldsLikeKubeApiserver) {
  auto spec = decode<WidgetSpec>(kSpec, {.strict = true});
  ASSERT_FALSE(spec);
  EXPECT_EQ(spec.error().message(),
            "strict decoding error: unknown field \"fieldFromTheFuture\", unknown field "
            "\"ports[0].appProtocol\"");
}

TEST(Describe, SchemaCarriesTypesRequiredAndMarkers) {
  Json s = schema_of<WidgetSpec>();
  EXPECT_EQ(s["type"], "object");
  EXPECT_EQ(s["description"], "The desired state of a Widget.");
  EXPECT_EQ(s["required"], Json::array({"size"}));
  const Json& p = s["properties"];
  EXPECT_EQ(p["size"], Json::parse(R"({"type":"integer","format":"int32","minimum":0})"));
  EXPECT_EQ(p["budget"], Json::parse(R"({"type":"integer","format":"int64"})"));
  EXPECT_EQ(p["ports"]["x-kubernetes-list-type"], "map");
  EXPECT_EQ(p["ports"]["x-kubernetes-list-map-keys"], Json::array({"containerPort"}));
  EXPECT_EQ(p["ports"]["x-kubernetes-patch-merge-key"], "containerPort");
  EXPECT_EQ(p["ports"]["x-kubernetes-patch-strategy"], "merge");
  const Json& port = p["ports"]["items"];
  EXPECT_EQ(port["required"], Json::array({"containerPort"}));
  EXPECT_EQ(port["properties"]["protocol"]["enum"], Json::array({"TCP", "UDP", "SCTP"}));
  EXPECT_EQ(port["properties"]["protocol"]["default"], "TCP");
  EXPECT_EQ(port["properties"]["name"]["maxLength"], 15);
  EXPECT_EQ(port["properties"]["containerPort"]["maximum"], 65535);
  EXPECT_EQ(p["selector"]["x-kubernetes-map-type"], "atomic");
  EXPECT_EQ(p["selector"]["additionalProperties"], Json::parse(R"({"type":"string"})"));
  EXPECT_EQ(p["resources"]["additionalProperties"]["x-kubernetes-int-or-string"], true);
  EXPECT_TRUE(p["resources"]["additionalProperties"].contains("pattern"));
  EXPECT_EQ(p["maxSurge"], Json::parse(
      R"({"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true})"));
  EXPECT_EQ(p["extra"], Json::parse(R"({"type":"object","x-kubernetes-preserve-unknown-fields":true})"));
}

TEST(Describe, RecursiveTypesStopInliningAtTheCycle) {
  Json s = schema_of<demo::Node>();
  EXPECT_EQ(s["properties"]["children"]["items"],
            Json::parse(R"({"type":"object","x-kubernetes-preserve-unknown-fields":true})"));
  auto n = decode<demo::Node>(Json::parse(R"({"value":"a","children":[{"value":"b","children":[{"value":"c"}]}]})"));
  ASSERT_TRUE(n);
  EXPECT_EQ(n->children[0].children[0].value, "c");
}

TEST(Describe, FieldsKeepDeclarationOrderAndProtoNumbers) {
  const TypeDescriptor& d = describe(Tag<Port>{});
  ASSERT_EQ(d.fields().size(), 3u);
  EXPECT_EQ(d.fields()[1]->json_name(), "containerPort");
  EXPECT_EQ(d.fields()[1]->markers().proto, 3);
  EXPECT_EQ(d.find("protocol")->markers().default_value, Json("TCP"));
  EXPECT_EQ(d.find("nope"), nullptr);
}

}  // namespace
}  // namespace windlass::api
