// core/v1 and events.k8s.io/v1 Events are two views of one store (spec/apiserver.md M6).
#include "handler_harness.h"
#include "storage/memory_store.h"

#include <gtest/gtest.h>

namespace windlass::apiserver {
namespace {

using testing::call;

class Events : public testing::HandlerTest {
 protected:
  void SetUp() override { start(ApiHandlerOptions{}); }  // the real clock
  Response req(std::string method, const std::string& target, std::string body = "",
               std::vector<std::pair<std::string, std::string>> headers = {}) {
    return call(std::move(method), target, std::move(body), std::move(headers));
  }
};

constexpr const char* kNew = "/apis/events.k8s.io/v1/namespaces/default/events";
constexpr const char* kCore = "/api/v1/namespaces/default/events";

TEST_F(Events, AnEventWrittenThroughEitherApiIsSeenThroughBoth) {
  auto r = req("POST", kNew, R"({"metadata":{"name":"e1"},"eventTime":"2024-05-01T12:00:00.000000Z",
      "reportingController":"example.com/ctl","reportingInstance":"ctl-1","action":"Reconcile","reason":"Synced",
      "type":"Normal","note":"all good","regarding":{"kind":"Pod","name":"p","namespace":"default"}})");
  ASSERT_EQ(r.status, 201) << r.body;
  Json created = Json::parse(r.body);
  EXPECT_EQ(created["apiVersion"], "events.k8s.io/v1");
  EXPECT_EQ(created["note"], "all good");
  EXPECT_EQ(created["regarding"]["name"], "p");

  Json core = Json::parse(req("GET", std::string(kCore) + "/e1").body);
  EXPECT_EQ(core["apiVersion"], "v1");
  EXPECT_EQ(core["message"], "all good");
  EXPECT_EQ(core["involvedObject"]["name"], "p");
  EXPECT_EQ(core["reportingComponent"], "example.com/ctl");
  // kubectl describe finds it with its involvedObject selector.
  Json found = Json::parse(req("GET", std::string(kCore) + "?fieldSelector=involvedObject.name%3Dp,involvedObject.kind%3DPod").body);
  ASSERT_EQ(found["items"].size(), 1u);

  ASSERT_EQ(req("POST", kCore, R"({"metadata":{"name":"e2"},"involvedObject":{"kind":"Node","name":"n1"},
      "reason":"Ready","message":"node is ready","type":"Normal","count":2,"source":{"component":"kubelet"}})").status, 201);
  Json listed = Json::parse(req("GET", kNew).body);
  ASSERT_EQ(listed["items"].size(), 2u);
  Json e2 = listed["items"][1];
  EXPECT_EQ(e2["apiVersion"], "events.k8s.io/v1");
  EXPECT_EQ(e2["note"], "node is ready");
  EXPECT_EQ(e2["deprecatedCount"], 2);
  EXPECT_EQ(e2["deprecatedSource"]["component"], "kubelet");

  // Patches apply to the view they are sent to.
  auto p = req("PATCH", std::string(kNew) + "/e2", R"({"note":"still ready"})", {{"Content-Type", "application/merge-patch+json"}});
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_EQ(Json::parse(req("GET", std::string(kCore) + "/e2").body)["message"], "still ready");
  ASSERT_EQ(req("DELETE", std::string(kNew) + "/e2").status, 200);
  EXPECT_EQ(req("GET", std::string(kCore) + "/e2").status, 404);
}

TEST_F(Events, TheNewerApiRequiresItsFields) {
  auto r = req("POST", kNew, R"({"metadata":{"name":"bad"},"type":"Info"})");
  ASSERT_EQ(r.status, 422);
  std::string msg = Json::parse(r.body)["message"];
  for (const char* f : {"eventTime: Required value", "reportingController: Required value", "action: Required value",
                        "type: Unsupported value: \"Info\""})
    EXPECT_NE(msg.find(f), std::string::npos) << f << " in " << msg;
}

}  // namespace
}  // namespace windlass::apiserver
