#include "olm_fixtures.h"

#include <windlass/core/base64.h>
#include <windlass/olm/catalog_api.h>

#include <gtest/gtest.h>

namespace windlass::olm {
namespace {

using namespace testing_fixtures;

// stable: v1.0.0 <- v1.1.0 (replaces); v1.2.0 replaces v1.0.0, skips v1.1.0, skipRange <1.2.0.
std::string demo_catalog() {
  auto bundle = [](const std::string& v, const std::string& extra_props = "") {
    return R"({"schema":"olm.bundle","package":"demo","name":"demo.v)" + v +
           R"(","image":"quay.io/demo/bundle:v)" + v + R"(","properties":[{"type":"olm.package","value":{"packageName":"demo","version":")" +
           v + R"("}},{"type":"olm.gvk","value":{"group":"demo.example.com","version":"v1","kind":"Demo"}})" +
           extra_props + "]}\n";
  };
  std::string csv = to_json_string(valid_csv("demo.v1.2.0", "1.2.0"));
  return R"({"schema":"olm.package","name":"demo","defaultChannel":"stable","description":"Demo operator"})"
         "\n"
         R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[
             {"name":"demo.v1.0.0"},
             {"name":"demo.v1.1.0","replaces":"demo.v1.0.0"},
             {"name":"demo.v1.2.0","replaces":"demo.v1.0.0","skips":["demo.v1.1.0"],"skipRange":">=0.9.0 <1.2.0"}]})"
         "\n"
         R"({"schema":"olm.channel","package":"demo","name":"fast","entries":[{"name":"demo.v1.2.0"}]})"
         "\n" +
         bundle("1.0.0") + bundle("1.1.0") +
         bundle("1.2.0", R"(,{"type":"olm.bundle.object","value":{"data":")" + base64_encode(csv) + R"("}})") +
         R"({"schema":"olm.deprecations","package":"demo","entries":[{"reference":{"schema":"olm.bundle","name":"demo.v1.0.0"},"message":"1.0.0 is out of support"}]})"
         "\n"
         R"({"schema":"example.notes","package":"demo","text":"custom"})"
         "\n";
}

CatalogApi demo_api() {
  DeclarativeConfig cfg;
  auto added = add_blobs(demo_catalog(), "catalog.json", cfg);
  EXPECT_TRUE(added.has_value()) << (added ? "" : added.error().message());
  auto api = CatalogApi::from_config(std::move(cfg), {.loaded_at = "2026-01-01T00:00:00Z"});
  EXPECT_TRUE(api.has_value()) << (api ? "" : api.error().message());
  return std::move(*api);
}

Json body(const ApiReply& r) { return *parse_json(r.body); }

std::string header(const ApiReply& r, const std::string& name) {
  for (const auto& [k, v] : r.headers)
    if (k == name) return v;
  return "";
}

TEST(CatalogApi, PackagesListChannelsWithTheirHeads) {
  CatalogApi api = demo_api();
  ApiReply r = api.handle({.target = "/v1/packages"});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(header(r, "Content-Type"), "application/json");
  EXPECT_EQ(body(r), Json::parse(R"([{"name":"demo","defaultChannel":"stable","channels":[
      {"name":"fast","head":"demo.v1.2.0"},{"name":"stable","head":"demo.v1.2.0"}]}])"));
  r = api.handle({.target = "/v1/packages/demo"});
  EXPECT_EQ(body(r)["description"], "Demo operator");
}

TEST(CatalogApi, ChannelEntriesComeHeadFirst) {
  ApiReply r = demo_api().handle({.target = "/v1/packages/demo/channels/stable"});
  ASSERT_EQ(r.status, 200);
  Json c = body(r);
  EXPECT_EQ(c["head"], "demo.v1.2.0");
  std::vector<std::string> names;
  for (const Json& e : c["entries"]) names.push_back(e["name"]);
  EXPECT_EQ(names, (std::vector<std::string>{"demo.v1.2.0", "demo.v1.0.0", "demo.v1.1.0"}));
  EXPECT_EQ(c["entries"][0]["skipRange"], ">=0.9.0 <1.2.0");
}

TEST(CatalogApi, SuccessorsFollowReplacesSkipsAndSkipRange) {
  CatalogApi api = demo_api();
  auto names = [&](const std::string& query) {
    ApiReply r = api.handle({.target = "/v1/successors?" + query});
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> out;
    Json b = body(r);
    for (const Json& e : b["successors"]) out.push_back(e["name"]);
    return out;
  };
  EXPECT_EQ(names("package=demo&channel=stable&from=demo.v1.0.0"),
            (std::vector<std::string>{"demo.v1.2.0", "demo.v1.1.0"}));
  EXPECT_EQ(names("package=demo&channel=stable&from=demo.v1.1.0"), (std::vector<std::string>{"demo.v1.2.0"}));
  // Not an entry of the channel: only skipRange can reach it.
  EXPECT_EQ(names("package=demo&channel=stable&from=demo.v0.9.5&version=0.9.5"),
            (std::vector<std::string>{"demo.v1.2.0"}));
  EXPECT_EQ(names("package=demo&channel=stable&version=0.8.0"), std::vector<std::string>{});
  EXPECT_EQ(names("package=demo&channel=stable&from=demo.v1.2.0"), std::vector<std::string>{});
}

TEST(CatalogApi, BundlesCarryGraphFieldsAndDeprecations) {
  CatalogApi api = demo_api();
  ApiReply r = api.handle({.target = "/v1/bundles?package=demo&channel=stable"});
  ASSERT_EQ(r.status, 200);
  Json list = body(r);
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0]["name"], "demo.v1.0.0");
  EXPECT_EQ(list[0]["deprecation"]["message"], "1.0.0 is out of support");
  EXPECT_EQ(list[2]["channels"], Json::array({"fast", "stable"}));
  EXPECT_EQ(list[2]["replaces"], "demo.v1.0.0");
  EXPECT_EQ(list[2]["version"], "1.2.0");
  for (const Json& p : list[2]["properties"]) EXPECT_NE(p["type"], "olm.bundle.object");
  r = api.handle({.target = "/v1/bundles/demo/demo.v1.2.0/manifests"});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body(r)["csv"]["metadata"]["name"], "demo.v1.2.0");
  r = api.handle({.target = "/v1/bundles/demo/demo.v1.0.0/manifests"});
  EXPECT_EQ(r.status, 404);
  r = api.handle({.target = "/v1/packages/demo/schemas/example.notes"});
  EXPECT_EQ(body(r)[0]["text"], "custom");
}

TEST(CatalogApi, ProvidersAreEntriesWhoseBundleHasTheGvk) {
  ApiReply r = demo_api().handle({.target = "/v1/providers?group=demo.example.com&version=v1&kind=Demo"});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(body(r).size(), 4u);  // fast: v1.2.0; stable: v1.2.0, v1.0.0, v1.1.0
  EXPECT_EQ(body(r)[0], Json::parse(R"({"package":"demo","channel":"fast","bundle":"demo.v1.2.0"})"));
}

TEST(CatalogApi, ErrorsAreJsonWithTheirStatus) {
  CatalogApi api = demo_api();
  ApiReply r = api.handle({.target = "/v1/packages/nope"});
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(body(r), Json::parse(R"({"code":404,"reason":"NotFound","message":"package \"nope\" not found"})"));
  r = api.handle({.target = "/v1/packages/demo/channels/beta"});
  EXPECT_EQ(r.status, 404);
  r = api.handle({.target = "/v1/successors?package=demo"});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(body(r)["reason"], "BadRequest");
  r = api.handle({.target = "/v1/successors?package=demo&channel=stable&version=not-a-version"});
  EXPECT_EQ(r.status, 400);
  r = api.handle({.target = "/v1/bundles/%zz"});
  EXPECT_EQ(r.status, 400);
  r = api.handle({.method = "DELETE", .target = "/v1/packages"});
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(header(r, "Allow"), "GET, HEAD");
  r = api.handle({.target = "/nowhere"});
  EXPECT_EQ(r.status, 404);
}

TEST(CatalogApi, EtagIsTheDigestAndRevalidationAnswers304) {
  CatalogApi api = demo_api();
  ApiReply r = api.handle({.target = "/v1/meta"});
  ASSERT_EQ(r.status, 200);
  Json meta = body(r);
  EXPECT_EQ(meta["digest"], api.digest());
  EXPECT_EQ(meta["packages"], 1);
  EXPECT_EQ(meta["bundles"], 3);
  EXPECT_EQ(meta["loadedAt"], "2026-01-01T00:00:00Z");
  std::string etag = header(r, "ETag");
  EXPECT_EQ(etag, "\"" + api.digest() + "\"");
  r = api.handle({.target = "/v1/packages", .if_none_match = "\"other\", " + etag});
  EXPECT_EQ(r.status, 304);
  EXPECT_TRUE(r.body.empty());
  r = api.handle({.target = "/v1/packages", .if_none_match = "\"other\""});
  EXPECT_EQ(r.status, 200);
  // The same catalog in another file order has the same digest.
  DeclarativeConfig reordered;
  std::string text = demo_catalog();
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto nl = text.find("}\n", pos);
    lines.push_back(text.substr(pos, nl + 2 - pos));
    pos = nl + 2;
  }
  std::string reversed;
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) reversed += *it;
  ASSERT_TRUE(add_blobs(reversed, "r.json", reordered).has_value());
  auto again = CatalogApi::from_config(std::move(reordered));
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->digest(), api.digest());
}

TEST(CatalogApi, LargeBodiesAreGzippedWhenAccepted) {
  CatalogApi api = demo_api();
  ApiReply plain = api.handle({.target = "/v1/bundles"});
  ASSERT_GT(plain.body.size(), 1024u);
  ApiReply z = api.handle({.target = "/v1/bundles", .accept_gzip = true});
  EXPECT_EQ(header(z, "Content-Encoding"), "gzip");
  EXPECT_LT(z.body.size(), plain.body.size());
  EXPECT_EQ(static_cast<unsigned char>(z.body[0]), 0x1f);
}

TEST(CatalogApi, InvalidCatalogIsRefusedWithOpmsMessage) {
  DeclarativeConfig cfg;
  ASSERT_TRUE(add_blobs(R"({"schema":"olm.package","name":"demo","defaultChannel":"stable"})", "c.json", cfg).has_value());
  auto api = CatalogApi::from_config(std::move(cfg));
  ASSERT_FALSE(api.has_value());
  EXPECT_EQ(api.error().message(),
            "invalid index:\n\u2514\u2500\u2500 invalid package \"demo\":\n    \u2514\u2500\u2500 invalid channel \"stable\":\n"
            "        \u2514\u2500\u2500 channel must contain at least one bundle");
}

}  // namespace
}  // namespace windlass::olm
