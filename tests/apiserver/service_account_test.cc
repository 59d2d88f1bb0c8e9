// Service accounts: the `default` one in every namespace, tokens from serviceaccounts/<name>/token
// (what `kubectl create token` asks for) and TokenReview checking them.
#include "controller_harness.h"

#include <windlass/core/base64.h>

#include <gtest/gtest.h>

namespace windlass::apiserver {
namespace {

using testing::call;

class ServiceAccounts : public testing::ControllerHarness {
 protected:
  std::string token(const std::string& ns, const std::string& sa, Json spec = Json::object()) {
    auto r = req("POST", "/api/v1/namespaces/" + ns + "/serviceaccounts/" + sa + "/token",
                 Json{{"apiVersion", "authentication.k8s.io/v1"}, {"kind", "TokenRequest"}, {"spec", spec}}.dump());
    EXPECT_EQ(r.status, 201) << r.body;
    return Json::parse(r.body)["status"].value("token", "");
  }
  Json review(const std::string& token, Json audiences = Json::array()) {
    Json spec = {{"token", token}};
    if (!audiences.empty()) spec["audiences"] = audiences;
    auto r = req("POST", "/apis/authentication.k8s.io/v1/tokenreviews", Json{{"spec", spec}}.dump());
    EXPECT_EQ(r.status, 201) << r.body;
    return Json::parse(r.body)["status"];
  }
};

TEST_F(ServiceAccounts, EveryNamespaceHasADefaultServiceAccount) {
  for (const char* ns : {"default", "kube-system", "kube-public", "kube-node-lease"})
    EXPECT_EQ(req("GET", std::string("/api/v1/namespaces/") + ns + "/serviceaccounts/default").status, 200) << ns;
  ASSERT_EQ(req("POST", "/api/v1/namespaces", R"({"metadata":{"name":"team"}})").status, 201);
  controller_->run_until_idle();
  EXPECT_EQ(req("GET", "/api/v1/namespaces/team/serviceaccounts/default").status, 200);
  ASSERT_EQ(req("DELETE", "/api/v1/namespaces/team/serviceaccounts/default").status, 200);
  controller_->run_until_idle();
  EXPECT_EQ(req("GET", "/api/v1/namespaces/team/serviceaccounts/default").status, 200);  // back again
  // ...but not in a namespace that is going away.
  ASSERT_EQ(req("DELETE", "/api/v1/namespaces/team").status, 200);
  controller_->run_until_idle();
  EXPECT_EQ(req("GET", "/api/v1/namespaces/team").status, 404);
}

TEST_F(ServiceAccounts, TokensNameTheServiceAccountAndPassReview) {
  std::string t = token("default", "default");
  ASSERT_EQ(std::count(t.begin(), t.end(), '.'), 2);
  Json status = review(t);
  EXPECT_EQ(status["authenticated"], true) << status.dump();
  EXPECT_EQ(status["user"]["username"], "system:serviceaccount:default:default");
  EXPECT_EQ(status["user"]["groups"], Json({"system:serviceaccounts", "system:serviceaccounts:default", "system:authenticated"}));
  EXPECT_EQ(status["audiences"], Json({"https://kubernetes.default.svc.cluster.local"}));

  // Audiences must meet.
  std::string vault = token("default", "default", {{"audiences", {"vault"}}});
  EXPECT_EQ(review(vault, {"vault"})["authenticated"], true);
  Json other = review(vault);
  EXPECT_FALSE(other.value("authenticated", false));
  EXPECT_NE(other["error"].get<std::string>().find("token audiences [vault] is invalid for the target audiences"), std::string::npos);

  // A tampered token, a token past its expiry and one whose account is gone fail.
  std::string tampered = t;
  tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(review(tampered).value("authenticated", false));
  EXPECT_FALSE(review("not-a-token").value("authenticated", false));
  now_ += std::chrono::hours(2);
  EXPECT_FALSE(review(t).value("authenticated", false));
  std::string fresh = token("default", "default");
  ASSERT_EQ(req("DELETE", "/api/v1/namespaces/default/serviceaccounts/default").status, 200);
  Json gone = review(fresh);
  EXPECT_FALSE(gone.value("authenticated", false));
  EXPECT_NE(gone["error"].get<std::string>().find("has been deleted"), std::string::npos);
}

TEST_F(ServiceAccounts, TokenRequestsAreValidated) {
  EXPECT_EQ(req("POST", "/api/v1/namespaces/default/serviceaccounts/nobody/token", "{}").status, 404);
  auto r = req("POST", "/api/v1/namespaces/default/serviceaccounts/default/token", R"({"spec":{"expirationSeconds":60}})");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(Json::parse(r.body)["message"].get<std::string>().find("may not specify a duration less than 10 minutes"), std::string::npos);
  EXPECT_EQ(req("POST", "/api/v1/namespaces/default/serviceaccounts/default/token", "{").status, 400);
  // Bound to a pod: the claim names it, and the token dies with it.
  ASSERT_EQ(req("POST", "/api/v1/namespaces/default/pods", R"({"metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"x"}]}})").status, 201);
  std::string bound = token("default", "default", {{"boundObjectRef", {{"kind", "Pod"}, {"apiVersion", "v1"}, {"name", "p"}}}});
  std::string payload = bound.substr(bound.find('.') + 1);
  payload = payload.substr(0, payload.find('.'));
  for (char& c : payload) c = c == '-' ? '+' : c == '_' ? '/' : c;
  while (payload.size() % 4) payload += '=';
  Json claims = Json::parse(*base64_decode(payload));
  EXPECT_EQ(claims["kubernetes.io"]["pod"]["name"], "p");
  EXPECT_EQ(claims["sub"], "system:serviceaccount:default:default");
  EXPECT_EQ(claims["exp"].get<std::int64_t>() - claims["iat"].get<std::int64_t>(), 3600);
  EXPECT_EQ(review(bound)["user"]["extra"]["authentication.kubernetes.io/pod-name"], Json({"p"}));
  ASSERT_EQ(req("DELETE", "/api/v1/namespaces/default/pods/p").status, 200);
  EXPECT_FALSE(review(bound).value("authenticated", false));
  EXPECT_EQ(req("POST", "/api/v1/namespaces/default/serviceaccounts/default/token",
                R"({"spec":{"boundObjectRef":{"kind":"Deployment","name":"d"}}})").status, 422);
}

}  // namespace
}  // namespace windlass::apiserver
