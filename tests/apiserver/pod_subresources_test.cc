// pods/log and the streaming pod subresources (spec/apiserver.md M4, M9), and the kubectl
// columns of events and persistent volumes.
#include "handler_harness.h"
#include "storage/memory_store.h"

#include <gtest/gtest.h>

namespace windlass::apiserver {
namespace {

using testing::call;

class PodSubresources : public ::testing::Test {
 protected:
  void SetUp() override { start({}); }
  void start(ApiHandlerOptions o) {
    store_ = std::move(*MemoryStore::open({}));
    o.now = [] { return TimePoint(std::chrono::seconds(1714564800)); };  // 2024-05-01T12:00:00Z
    handler_ = std::make_unique<ApiHandler>(*store_, o);
    ASSERT_TRUE(handler_->bootstrap());
    for (const char* pod : {R"({"metadata":{"name":"one"},"spec":{"nodeName":"n1","containers":[{"name":"app","image":"x"}]}})",
                            R"({"metadata":{"name":"two"},"spec":{"nodeName":"n1","initContainers":[{"name":"init","image":"x"}],
                                "containers":[{"name":"a","image":"x"},{"name":"b","image":"x"}]}})",
                            R"({"metadata":{"name":"pending"},"spec":{"containers":[{"name":"app","image":"x"}]}})"})
      ASSERT_EQ(call(*handler_, "POST", "/api/v1/namespaces/default/pods", pod).status, 201);
  }
  Response get(const std::string& target) { return call(*handler_, "GET", target); }
  static std::string message(const Response& r) { return Json::parse(r.body).value("message", ""); }

  std::unique_ptr<MemoryStore> store_;
  std::unique_ptr<ApiHandler> handler_;
};

constexpr const char* kPods = "/api/v1/namespaces/default/pods/";

TEST_F(PodSubresources, LogChoosesTheContainerAsTheKubeletDoes) {
  auto r = get(std::string(kPods) + "two/log");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(message(r), "a container name must be specified for pod two, choose one of: [a b] or one of the init containers: [init]");
  r = get(std::string(kPods) + "two/log?container=c");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(message(r), "container c is not valid for pod two");
  EXPECT_EQ(get(std::string(kPods) + "missing/log").status, 404);
  // Nothing ran for an unscheduled pod, so its log is empty.
  r = get(std::string(kPods) + "pending/log");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/plain");
  EXPECT_EQ(r.body, "");
  // Without a node agent, a scheduled pod's containers never start.
  r = get(std::string(kPods) + "one/log?follow=true&tailLines=10&timestamps=true");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(message(r), "container \"app\" in pod \"one\" is waiting to start: ContainerCreating");
}

TEST_F(PodSubresources, LogOptionsAreValidated) {
  EXPECT_EQ(get(std::string(kPods) + "one/log?tailLines=ten").status, 400);
  auto r = get(std::string(kPods) + "one/log?tailLines=-1&limitBytes=0");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(message(r).find("tailLines: Invalid value: \"-1\": must be greater than or equal to 0"), std::string::npos) << message(r);
  EXPECT_NE(message(r).find("limitBytes"), std::string::npos);
  r = get(std::string(kPods) + "one/log?sinceSeconds=5&sinceTime=2024-05-01T11:00:00Z");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(get(std::string(kPods) + "one/log?sinceTime=yesterday").status, 400);
}

TEST_F(PodSubresources, TheNodeAgentServesLogsThroughTheHook) {
  ApiHandlerOptions o;
  PodLogRequest seen;
  o.pod_logs = [&](const PodLogRequest& r) -> std::optional<Reply> {
    seen = r;
    return Response{200, "text/plain", "hello from " + r.container + "\n", {}};
  };
  start(o);
  auto r = get(std::string(kPods) + "two/log?container=b&tailLines=3&sinceSeconds=60&timestamps=1");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body, "hello from b\n");
  EXPECT_EQ(seen.pod, "two");
  EXPECT_EQ(seen.ns, "default");
  EXPECT_EQ(seen.tail_lines, 3);
  EXPECT_EQ(seen.since_seconds, 60);
  EXPECT_TRUE(seen.timestamps);
  EXPECT_FALSE(seen.follow);
}

TEST_F(PodSubresources, StreamingSubresourcesAreNotUpgraded) {
  auto r = call(*handler_, "POST", std::string(kPods) + "pending/exec?command=ls");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(message(r), "pod pending does not have a host assigned");
  r = call(*handler_, "POST", std::string(kPods) + "one/exec?command=ls");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(message(r), "Upgrade request required");
  EXPECT_EQ(call(*handler_, "DELETE", std::string(kPods) + "one/attach").status, 405);
  // Discovery names them with their verbs, as kube-apiserver does.
  Json list = Json::parse(get("/api/v1").body);
  bool found = false;
  for (const auto& res : list["resources"])
    if (res["name"] == "pods/log") {
      found = true;
      EXPECT_EQ(res["verbs"], Json({"get"}));
    } else if (res["name"] == "pods/exec") {
      EXPECT_EQ(res["kind"], "PodExecOptions");
    }
  EXPECT_TRUE(found);
}

constexpr const char* kTable = "application/json;as=Table;v=v1;g=meta.k8s.io";

TEST_F(PodSubresources, EventsAndVolumesPrintKubectlsColumns) {
  ASSERT_EQ(call(*handler_, "POST", "/api/v1/namespaces/default/events",
                 R"({"metadata":{"name":"e1"},"involvedObject":{"kind":"Pod","name":"one","fieldPath":"spec.containers{app}"},
                     "reason":"Pulled","message":"  Image pulled \n","type":"Normal","source":{"component":"kubelet","host":"n1"},
                     "firstTimestamp":"2024-05-01T11:50:00Z","lastTimestamp":"2024-05-01T11:59:00Z","count":3})").status, 201);
  auto r = call(*handler_, "GET", "/api/v1/namespaces/default/events", "", {{"Accept", kTable}});
  ASSERT_EQ(r.status, 200);
  Json t = Json::parse(r.body);
  std::vector<std::string> cols;
  for (const auto& c : t["columnDefinitions"]) cols.push_back(c["name"]);
  EXPECT_EQ(cols, (std::vector<std::string>{"Last Seen", "Type", "Reason", "Object", "Subobject", "Source", "Message",
                                            "First Seen", "Count", "Name"}));
  EXPECT_EQ(t["rows"][0]["cells"], Json({"60s", "Normal", "Pulled", "pod/one", "spec.containers{app}", "kubelet, n1",
                                         "Image pulled", "10m", 3, "e1"}));

  ASSERT_EQ(call(*handler_, "POST", "/api/v1/persistentvolumes",
                 R"({"metadata":{"name":"pv1","creationTimestamp":"x"},"spec":{"capacity":{"storage":"5Gi"},"accessModes":["ReadWriteOnce","ReadOnlyMany"],
                     "persistentVolumeReclaimPolicy":"Retain","storageClassName":"fast","claimRef":{"namespace":"default","name":"data"},
                     "hostPath":{"path":"/tmp/pv1"}},"status":{"phase":"Bound"}})").status, 201);
  r = call(*handler_, "GET", "/api/v1/persistentvolumes", "", {{"Accept", kTable}});
  t = Json::parse(r.body);
  cols.clear();
  for (const auto& c : t["columnDefinitions"]) cols.push_back(c["name"]);
  EXPECT_EQ(cols, (std::vector<std::string>{"Name", "Capacity", "Access Modes", "Reclaim Policy", "Status", "Claim",
                                            "StorageClass", "VolumeAttributesClass", "Reason", "Age", "VolumeMode"}));
  Json cells = t["rows"][0]["cells"];
  EXPECT_EQ(cells[0], "pv1");
  EXPECT_EQ(cells[1], "5Gi");
  EXPECT_EQ(cells[2], "RWO,ROX");
  EXPECT_EQ(cells[5], "default/data");
  EXPECT_EQ(cells[6], "fast");
  EXPECT_EQ(cells[7], "<unset>");
  EXPECT_EQ(cells[10], "Filesystem");  // spec.volumeMode's default, as kube-apiserver fills it in
}

}  // namespace
}  // namespace windlass::apiserver
