// Deletion as a cluster does it (spec/apiserver.md section 9): DeleteOptions, finalizers,
// propagation policies with the ownerReference garbage collector, namespace termination and
// graceful pod deletion. The controller runs on the test's thread (run_until_idle), with a
// fake clock, so every step is deterministic.
#include "controller_harness.h"

#include <gtest/gtest.h>

namespace windlass::apiserver {
namespace {

using testing::call;

class Deletion : public testing::ControllerHarness {
 protected:
  Json create(const std::string& collection, Json obj) {
    auto r = req("POST", collection, obj.dump());
    EXPECT_EQ(r.status, 201) << r.body;
    return Json::parse(r.body);
  }
  int status(const std::string& path) { return req("GET", path).status; }
  Json get(const std::string& path) { return Json::parse(req("GET", path).body); }
  static Json owned_by(const Json& owner, bool block = false) {
    Json ref = {{"apiVersion", owner["apiVersion"]}, {"kind", owner["kind"]},
                {"name", owner["metadata"]["name"]}, {"uid", owner["metadata"]["uid"]}};
    if (block) ref["blockOwnerDeletion"] = true;
    return ref;
  }
  Json configmap(const std::string& name, Json owners = Json::array(), Json finalizers = Json::array()) {
    Json meta = {{"name", name}};
    if (!owners.empty()) meta["ownerReferences"] = owners;
    if (!finalizers.empty()) meta["finalizers"] = finalizers;
    return create("/api/v1/namespaces/default/configmaps", {{"metadata", meta}});
  }
  void drop_finalizers(const std::string& path) {
    auto r = call(*handler_, "PATCH", path, R"({"metadata":{"finalizers":null}})",
                  {{"Content-Type", "application/merge-patch+json"}});
    ASSERT_EQ(r.status, 200) << r.body;
  }

};

constexpr const char* kCm = "/api/v1/namespaces/default/configmaps/";

TEST_F(Deletion, BackgroundDeletesDependentsAfterTheOwner) {
  Json owner = configmap("owner");
  Json other = configmap("other");
  configmap("child-a", {owned_by(owner)});
  configmap("child-b", {owned_by(owner, true)});
  configmap("shared", {owned_by(owner), owned_by(other)});
  controller_->run_until_idle();

  auto d = req("DELETE", std::string(kCm) + "owner", R"({"propagationPolicy":"Background"})");
  ASSERT_EQ(d.status, 200) << d.body;
  EXPECT_EQ(Json::parse(d.body)["status"], "Success");
  EXPECT_EQ(status(std::string(kCm) + "owner"), 404);   // the owner goes at once
  EXPECT_EQ(status(std::string(kCm) + "child-a"), 200); // its dependents a moment later
  controller_->run_until_idle();
  EXPECT_EQ(status(std::string(kCm) + "child-a"), 404);
  EXPECT_EQ(status(std::string(kCm) + "child-b"), 404);
  // A dependent with a remaining owner stays, without the reference to the one that went.
  Json shared = get(std::string(kCm) + "shared");
  ASSERT_EQ(shared["metadata"]["ownerReferences"].size(), 1u);
  EXPECT_EQ(shared["metadata"]["ownerReferences"][0]["name"], "other");
}

TEST_F(Deletion, DanglingReferencesAreCollected) {
  configmap("orphaned", {{{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"name", "never"},
                          {"uid", "0b9f3c8e-0000-4000-8000-000000000000"}}});
  controller_->run_until_idle();
  EXPECT_EQ(status(std::string(kCm) + "orphaned"), 404);
}

TEST_F(Deletion, ForegroundWaitsForBlockingDependents) {
  Json dep = create("/apis/apps/v1/namespaces/default/deployments",
                    Json::parse(R"({"metadata":{"name":"web"},"spec":{"selector":{"matchLabels":{"app":"web"}},
                      "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"c","image":"nginx"}]}}}})"));
  Json rs = Json::parse(R"({"metadata":{"name":"web-1","finalizers":["example.com/hold"]},"spec":{"selector":{"matchLabels":{"app":"web"}},
                      "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"c","image":"nginx"}]}}}})");
  rs["metadata"]["ownerReferences"] = {owned_by(dep, true)};
  create("/apis/apps/v1/namespaces/default/replicasets", rs);
  Json loose = configmap("loose", {owned_by(dep)});  // not blocking
  controller_->run_until_idle();

  const std::string path = "/apis/apps/v1/namespaces/default/deployments/web";
  auto d = req("DELETE", path, R"({"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Foreground"})");
  ASSERT_EQ(d.status, 200) << d.body;
  Json pending = Json::parse(d.body);
  EXPECT_EQ(pending["metadata"]["finalizers"], Json({"foregroundDeletion"}));
  EXPECT_TRUE(pending["metadata"].contains("deletionTimestamp"));

  controller_->run_until_idle();
  // The replica set is being deleted but holds its own finalizer, so the deployment waits.
  EXPECT_TRUE(get("/apis/apps/v1/namespaces/default/replicasets/web-1")["metadata"].contains("deletionTimestamp"));
  EXPECT_EQ(status(std::string(kCm) + "loose"), 404);
  EXPECT_EQ(status(path), 200);

  drop_finalizers("/apis/apps/v1/namespaces/default/replicasets/web-1");
  // The replica set was itself deleted in the foreground: removing the last finalizer but
  // `foregroundDeletion` leaves that one to the controller.
  controller_->run_until_idle();
  EXPECT_EQ(status("/apis/apps/v1/namespaces/default/replicasets/web-1"), 404);
  EXPECT_EQ(status(path), 404);
}

TEST_F(Deletion, OrphanKeepsDependentsWithoutTheReference) {
  Json owner = configmap("owner");
  configmap("child", {owned_by(owner, true)});
  controller_->run_until_idle();
  auto d = req("DELETE", std::string(kCm) + "owner?propagationPolicy=Orphan");
  ASSERT_EQ(d.status, 200);
  EXPECT_EQ(Json::parse(d.body)["metadata"]["finalizers"], Json({"orphan"}));
  controller_->run_until_idle();
  EXPECT_EQ(status(std::string(kCm) + "owner"), 404);
  Json child = get(std::string(kCm) + "child");
  EXPECT_FALSE(child["metadata"].contains("ownerReferences")) << child.dump();

  // The legacy orphanDependents=false is Background, and a pending deletion then answers 202.
  configmap("held", Json::array(), {"example.com/x"});
  EXPECT_EQ(req("DELETE", std::string(kCm) + "held", R"({"orphanDependents":false})").status, 202);
}

TEST_F(Deletion, FinalizersHoldTheObjectUntilTheLastGoes) {
  configmap("fin", Json::array(), {"example.com/a", "example.com/b"});
  auto d = req("DELETE", std::string(kCm) + "fin");
  ASSERT_EQ(d.status, 200);
  Json first = Json::parse(d.body);
  EXPECT_EQ(first["metadata"]["deletionGracePeriodSeconds"], 0);
  // A second DELETE changes nothing.
  Json again = Json::parse(req("DELETE", std::string(kCm) + "fin").body);
  EXPECT_EQ(again["metadata"]["resourceVersion"], first["metadata"]["resourceVersion"]);
  auto r = call(*handler_, "PATCH", std::string(kCm) + "fin", R"({"metadata":{"finalizers":["example.com/b"]}})",
                {{"Content-Type", "application/merge-patch+json"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(status(std::string(kCm) + "fin"), 200);
  drop_finalizers(std::string(kCm) + "fin");
  EXPECT_EQ(status(std::string(kCm) + "fin"), 404);
}

TEST_F(Deletion, NamespaceTerminationDeletesTheContentThenTheNamespace) {
  create("/api/v1/namespaces", {{"metadata", {{"name", "doomed"}}}});
  create("/api/v1/namespaces/doomed/configmaps", {{"metadata", {{"name", "plain"}}}});
  create("/api/v1/namespaces/doomed/configmaps", {{"metadata", {{"name", "held"}, {"finalizers", {"example.com/x"}}}}});
  create("/api/v1/namespaces/doomed/secrets", {{"metadata", {{"name", "s"}}}});

  auto d = req("DELETE", "/api/v1/namespaces/doomed");
  ASSERT_EQ(d.status, 200);
  Json ns = Json::parse(d.body);
  EXPECT_EQ(ns["status"]["phase"], "Terminating");
  EXPECT_EQ(ns["spec"]["finalizers"], Json({"kubernetes"}));
  auto late = req("POST", "/api/v1/namespaces/doomed/configmaps", R"({"metadata":{"name":"late"}})");
  EXPECT_EQ(late.status, 403);
  EXPECT_EQ(Json::parse(late.body)["details"]["causes"][0]["reason"], "NamespaceTerminating");

  controller_->run_until_idle();
  EXPECT_EQ(status("/api/v1/namespaces/doomed/configmaps/plain"), 404);
  EXPECT_EQ(status("/api/v1/namespaces/doomed/secrets/s"), 404);
  EXPECT_TRUE(get("/api/v1/namespaces/doomed/configmaps/held")["metadata"].contains("deletionTimestamp"));
  EXPECT_EQ(status("/api/v1/namespaces/doomed"), 200);  // waits for the held configmap

  drop_finalizers("/api/v1/namespaces/doomed/configmaps/held");
  controller_->run_until_idle();
  EXPECT_EQ(status("/api/v1/namespaces/doomed"), 404);
}

TEST_F(Deletion, FinalizeClearsTheSpecFinalizersOfATerminatingNamespace) {
  Json ns = create("/api/v1/namespaces", {{"metadata", {{"name", "stuck"}}}});
  ns["spec"]["finalizers"] = {"kubernetes", "example.com/cleanup"};
  auto f = req("PUT", "/api/v1/namespaces/stuck/finalize", ns.dump());
  ASSERT_EQ(f.status, 200) << f.body;
  ASSERT_EQ(req("DELETE", "/api/v1/namespaces/stuck").status, 200);
  controller_->run_until_idle();
  Json left = get("/api/v1/namespaces/stuck");
  EXPECT_EQ(left["spec"]["finalizers"], Json({"example.com/cleanup"}));  // ours is done
  left["spec"]["finalizers"] = Json::array();
  left["status"]["phase"] = "Active";  // only spec.finalizers changes through /finalize
  auto done = req("PUT", "/api/v1/namespaces/stuck/finalize", left.dump());
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(Json::parse(done.body)["status"]["phase"], "Terminating");
  EXPECT_EQ(status("/api/v1/namespaces/stuck"), 404);
}

TEST_F(Deletion, ScheduledPodsGetAGracePeriod) {
  const char* pods = "/api/v1/namespaces/default/pods";
  create(pods, Json::parse(R"({"metadata":{"name":"unscheduled"},"spec":{"containers":[{"name":"c","image":"x"}]}})"));
  create(pods, Json::parse(R"({"metadata":{"name":"running"},"spec":{"nodeName":"n1","containers":[{"name":"c","image":"x"}]}})"));
  create(pods, Json::parse(R"({"metadata":{"name":"quick"},"spec":{"nodeName":"n1","terminationGracePeriodSeconds":5,"containers":[{"name":"c","image":"x"}]}})"));
  create(pods, Json::parse(R"({"metadata":{"name":"forced"},"spec":{"nodeName":"n1","containers":[{"name":"c","image":"x"}]}})"));

  EXPECT_EQ(req("DELETE", std::string(pods) + "/unscheduled").status, 200);
  EXPECT_EQ(status(std::string(pods) + "/unscheduled"), 404);  // no node: at once

  Json running = Json::parse(req("DELETE", std::string(pods) + "/running").body);
  EXPECT_EQ(running["metadata"]["deletionGracePeriodSeconds"], 30);
  EXPECT_EQ(running["metadata"]["deletionTimestamp"], "2024-05-01T12:00:30Z");
  Json quick = Json::parse(req("DELETE", std::string(pods) + "/quick").body);
  EXPECT_EQ(quick["metadata"]["deletionGracePeriodSeconds"], 5);
  EXPECT_EQ(req("DELETE", std::string(pods) + "/forced?gracePeriodSeconds=0").status, 200);
  EXPECT_EQ(status(std::string(pods) + "/forced"), 404);

  // A status update during the grace period does not end it.
  auto st = call(*handler_, "PATCH", std::string(pods) + "/running/status", R"({"status":{"phase":"Running"}})",
                 {{"Content-Type", "application/merge-patch+json"}});
  ASSERT_EQ(st.status, 200) << st.body;
  controller_->run_until_idle();
  EXPECT_EQ(status(std::string(pods) + "/running"), 200);

  now_ += std::chrono::seconds(5);
  controller_->run_until_idle();
  EXPECT_EQ(status(std::string(pods) + "/quick"), 404);
  EXPECT_EQ(status(std::string(pods) + "/running"), 200);
  // A shorter grace period in a second DELETE shortens it; a longer one does not lengthen it.
  Json shorter = Json::parse(req("DELETE", std::string(pods) + "/running?gracePeriodSeconds=10").body);
  EXPECT_EQ(shorter["metadata"]["deletionTimestamp"], "2024-05-01T12:00:15Z");
  now_ += std::chrono::seconds(10);
  controller_->run_until_idle();
  EXPECT_EQ(status(std::string(pods) + "/running"), 404);
}

TEST_F(Deletion, DeleteOptionsAreValidated) {
  configmap("c");
  auto bad = req("DELETE", std::string(kCm) + "c?propagationPolicy=Sometimes");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(Json::parse(bad.body)["message"],
            "DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"Sometimes\": "
            "supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"");
  auto both = req("DELETE", std::string(kCm) + "c", R"({"orphanDependents":true,"propagationPolicy":"Orphan"})");
  EXPECT_EQ(both.status, 422);
  EXPECT_NE(Json::parse(both.body)["message"].get<std::string>().find("orphanDependents and deletionPropagation cannot be both set"),
            std::string::npos);
  EXPECT_EQ(req("DELETE", std::string(kCm) + "c?propagationPolicy=Orphan", R"({"propagationPolicy":"Foreground"})").status, 400);
  EXPECT_EQ(req("DELETE", std::string(kCm) + "c?gracePeriodSeconds=soon").status, 400);
  EXPECT_EQ(req("DELETE", std::string(kCm) + "c", "[1]").status, 400);
  auto pre = req("DELETE", std::string(kCm) + "c", R"({"preconditions":{"uid":"nope"}})");
  EXPECT_EQ(pre.status, 409);
  EXPECT_NE(Json::parse(pre.body)["message"].get<std::string>().find("Precondition failed: UID in precondition: nope"), std::string::npos);
  // Agreeing query and body options are fine; dry runs keep the object.
  EXPECT_EQ(req("DELETE", std::string(kCm) + "c?propagationPolicy=Background&dryRun=All",
                R"({"propagationPolicy":"Background"})").status, 200);
  EXPECT_EQ(status(std::string(kCm) + "c"), 200);
  EXPECT_EQ(req("DELETE", std::string(kCm) + "c?gracePeriodSeconds=0&propagationPolicy=Foreground").status, 200);
}

TEST_F(Deletion, TheControllerRunsOnItsOwnThread) {
  controller_.reset();
  DeletionController live(*store_, DeletionControllerOptions{.catalog = [this] { return handler_->catalog(); }});
  live.start();
  // Woken by every configmap event; the deadline only bounds a failing test.
  auto q = store_->watch("/registry/core/configmaps/", store_->current_rv(), false);
  ASSERT_TRUE(q);
  // The notify callback runs under the store's lock, so `mu` is never held while the test
  // calls into the store (ThreadSanitizer found the lock-order inversion when it was).
  std::mutex mu;
  std::condition_variable cv;
  std::uint64_t events = 0;
  (*q)->set_notify([&] {
    {
      std::lock_guard l(mu);
      ++events;
    }
    cv.notify_all();
  });
  Json owner = configmap("owner");
  configmap("child", {owned_by(owner)});
  ASSERT_EQ(req("DELETE", std::string(kCm) + "owner").status, 200);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  for (;;) {
    std::uint64_t seen;
    {
      std::lock_guard l(mu);
      seen = events;
    }
    if (status(std::string(kCm) + "child") == 404) break;
    ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the garbage collector did not delete the dependent";
    std::unique_lock l(mu);
    cv.wait_until(l, deadline, [&] { return events != seen; });
  }
  live.stop();
}

}  // namespace
}  // namespace windlass::apiserver
