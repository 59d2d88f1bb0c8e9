// Built-in defaults and Service IP/port allocation: what kube-apiserver 1.32 fills into objects
// it is sent (the expected JSON follows upstream's SetDefaults_* functions, the default admission
// plugins and the Service registry), checked at the REST level.
#include "handler_harness.h"
#include "registry/defaults.h"
#include "storage/memory_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <set>
#include <thread>

namespace windlass::apiserver {
namespace {

namespace fs = std::filesystem;
using testing::call;

class Defaults : public ::testing::Test {
 protected:
  void SetUp() override { start({}); }

  void start(ApiHandlerOptions o, std::string data_dir = "") {
    handler_.reset();
    store_ = std::move(*MemoryStore::open({.data_dir = data_dir}));
    o.now = [] { return TimePoint(std::chrono::seconds(1714564800)); };
    handler_ = std::make_unique<ApiHandler>(*store_, o);
    ASSERT_TRUE(handler_->bootstrap());
  }

  Response post(const std::string& target, const Json& body) { return call(*handler_, "POST", target, body.dump()); }
  Json created(const std::string& target, const Json& body) {
    Response r = post(target, body);
    EXPECT_EQ(r.status, 201) << r.body;
    return Json::parse(r.body);
  }
  Json get(const std::string& target) {
    Response r = call(*handler_, "GET", target);
    EXPECT_EQ(r.status, 200) << r.body;
    return Json::parse(r.body);
  }
  Json service(const std::string& name, Json spec) {
    return created("/api/v1/namespaces/default/services",
                   {{"apiVersion", "v1"}, {"kind", "Service"}, {"metadata", {{"name", name}}}, {"spec", std::move(spec)}});
  }
  static Json ports80() { return Json::array({{{"port", 80}}}); }

  std::unique_ptr<MemoryStore> store_;
  std::unique_ptr<ApiHandler> handler_;
};

const Json kContainer = {{"name", "app"}, {"image", "nginx:1.27"}};

// What every container gets.
Json defaulted_container(Json c, const char* pull = "IfNotPresent") {
  c["imagePullPolicy"] = pull;
  c["resources"] = Json::object();
  c["terminationMessagePath"] = "/dev/termination-log";
  c["terminationMessagePolicy"] = "File";
  return c;
}

// SetDefaults_PodSpec for a template with kContainer.
Json defaulted_template_spec() {
  return {{"containers", {defaulted_container(kContainer)}},
          {"dnsPolicy", "ClusterFirst"},
          {"restartPolicy", "Always"},
          {"schedulerName", "default-scheduler"},
          {"securityContext", Json::object()},
          {"terminationGracePeriodSeconds", 30}};
}

Json app_template() {
  return {{"metadata", {{"labels", {{"app", "web"}}}}}, {"spec", {{"containers", {kContainer}}}}};
}

TEST(PullPolicy, FollowsTheTagAsUpstreamParsesIt) {
  EXPECT_EQ(default_pull_policy("nginx"), "Always");
  EXPECT_EQ(default_pull_policy("nginx:latest"), "Always");
  EXPECT_EQ(default_pull_policy("nginx:1.27"), "IfNotPresent");
  EXPECT_EQ(default_pull_policy("localhost:5000/nginx"), "Always");
  EXPECT_EQ(default_pull_policy("registry.example:5000/team/app:v2"), "IfNotPresent");
  EXPECT_EQ(default_pull_policy("nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"), "IfNotPresent");
  EXPECT_EQ(default_pull_policy("nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"), "Always");
  EXPECT_EQ(default_pull_policy(""), "IfNotPresent");
  EXPECT_EQ(default_pull_policy("Nginx"), "IfNotPresent");  // unparseable: no tag
}

TEST_F(Defaults, DeploymentGetsStrategyLimitsAndTemplateDefaults) {
  Json d = created("/apis/apps/v1/namespaces/default/deployments",
                   {{"metadata", {{"name", "web"}}},
                    {"spec", {{"selector", {{"matchLabels", {{"app", "web"}}}}}, {"template", app_template()}}}});
  Json want = {{"replicas", 1},
               {"selector", {{"matchLabels", {{"app", "web"}}}}},
               {"strategy", {{"type", "RollingUpdate"}, {"rollingUpdate", {{"maxSurge", "25%"}, {"maxUnavailable", "25%"}}}}},
               {"revisionHistoryLimit", 10},
               {"progressDeadlineSeconds", 600},
               {"template", {{"metadata", {{"labels", {{"app", "web"}}}}}, {"spec", defaulted_template_spec()}}}};
  EXPECT_EQ(d["spec"], want);
  // The creator owns the defaulted fields, as upstream (defaults apply before the field manager).
  Json fields = d["metadata"]["managedFields"][0]["fieldsV1"]["f:spec"];
  EXPECT_TRUE(fields.contains("f:strategy")) << fields;
  EXPECT_TRUE(fields.contains("f:revisionHistoryLimit")) << fields;

  // An update that leaves fields out gets them back, and the generation only moves for a real change.
  Json sent = d;
  sent["spec"].erase("revisionHistoryLimit");
  sent["spec"].erase("strategy");
  Response r = call(*handler_, "PUT", "/apis/apps/v1/namespaces/default/deployments/web", sent.dump());
  ASSERT_EQ(r.status, 200) << r.body;
  Json after = Json::parse(r.body);
  EXPECT_EQ(after["spec"], want);
  EXPECT_EQ(after["metadata"]["generation"], 1);
}

TEST_F(Defaults, PodGetsSpecContainerVolumeAndAdmissionDefaults) {
  Json c = {{"name", "app"},
            {"image", "nginx"},
            {"ports", {{{"containerPort", 80}}}},
            {"livenessProbe", {{"httpGet", {{"port", 80}}}}},
            {"readinessProbe", {{"tcpSocket", {{"port", 80}}}, {"periodSeconds", 5}}},
            {"env", {{{"name", "NODE"}, {"valueFrom", {{"fieldRef", {{"fieldPath", "spec.nodeName"}}}}}},
                     {{"name", "CPU"}, {"valueFrom", {{"resourceFieldRef", {{"resource", "limits.cpu"}}}}}}}},
            {"resources", {{"limits", {{"cpu", "500m"}}}}}};
  Json pod = created("/api/v1/namespaces/default/pods",
                     {{"metadata", {{"name", "p"}}},
                      {"spec", {{"containers", {c}},
                                {"volumes", {{{"name", "cm"}, {"configMap", {{"name", "x"}}}},
                                             {{"name", "s"}, {"secret", {{"secretName", "x"}}}},
                                             {{"name", "h"}, {"hostPath", {{"path", "/tmp"}}}},
                                             {{"name", "scratch"}}}}}}});
  Json want_c = c;
  want_c["imagePullPolicy"] = "Always";
  want_c["terminationMessagePath"] = "/dev/termination-log";
  want_c["terminationMessagePolicy"] = "File";
  want_c["ports"][0]["protocol"] = "TCP";
  want_c["livenessProbe"] = {{"httpGet", {{"port", 80}, {"path", "/"}, {"scheme", "HTTP"}}},
                             {"timeoutSeconds", 1}, {"periodSeconds", 10}, {"successThreshold", 1}, {"failureThreshold", 3}};
  want_c["readinessProbe"] = {{"tcpSocket", {{"port", 80}}}, {"timeoutSeconds", 1}, {"periodSeconds", 5},
                              {"successThreshold", 1}, {"failureThreshold", 3}};
  want_c["env"][0]["valueFrom"]["fieldRef"]["apiVersion"] = "v1";
  want_c["env"][1]["valueFrom"]["resourceFieldRef"]["divisor"] = "0";
  want_c["resources"]["requests"] = {{"cpu", "500m"}};  // requests default to limits on Pods
  Json want = {{"containers", {want_c}},
               {"dnsPolicy", "ClusterFirst"},
               {"enableServiceLinks", true},
               {"preemptionPolicy", "PreemptLowerPriority"},
               {"priority", 0},
               {"restartPolicy", "Always"},
               {"schedulerName", "default-scheduler"},
               {"securityContext", Json::object()},
               {"serviceAccount", "default"},
               {"serviceAccountName", "default"},
               {"terminationGracePeriodSeconds", 30},
               {"tolerations", {{{"effect", "NoExecute"}, {"key", "node.kubernetes.io/not-ready"}, {"operator", "Exists"}, {"tolerationSeconds", 300}},
                                {{"effect", "NoExecute"}, {"key", "node.kubernetes.io/unreachable"}, {"operator", "Exists"}, {"tolerationSeconds", 300}}}},
               {"volumes", {{{"name", "cm"}, {"configMap", {{"name", "x"}, {"defaultMode", 420}}}},
                            {{"name", "s"}, {"secret", {{"secretName", "x"}, {"defaultMode", 420}}}},
                            {{"name", "h"}, {"hostPath", {{"path", "/tmp"}, {"type", ""}}}},
                            {{"name", "scratch"}, {"emptyDir", Json::object()}}}}};
  EXPECT_EQ(pod["spec"], want);
  EXPECT_EQ(pod["status"]["qosClass"], "Burstable");
}

TEST_F(Defaults, PodKeepsWhatItWasToldAndItsOwnTolerations) {
  Json pod = created("/api/v1/namespaces/default/pods",
                     {{"metadata", {{"name", "p"}}},
                      {"spec", {{"containers", {kContainer}},
                                {"serviceAccount", "builder"},
                                {"restartPolicy", "Never"},
                                {"tolerations", {{{"operator", "Exists"}}}}}}});
  EXPECT_EQ(pod["spec"]["serviceAccountName"], "builder");
  EXPECT_EQ(pod["spec"]["serviceAccount"], "builder");
  EXPECT_EQ(pod["spec"]["restartPolicy"], "Never");
  EXPECT_EQ(pod["spec"]["tolerations"], Json({{{"operator", "Exists"}}}));
}

TEST_F(Defaults, WorkloadKindsGetUpstreamsDefaults) {
  Json sts = created("/apis/apps/v1/namespaces/default/statefulsets",
                     {{"metadata", {{"name", "db"}}},
                      {"spec", {{"serviceName", "db"}, {"selector", {{"matchLabels", {{"app", "web"}}}}}, {"template", app_template()},
                                {"volumeClaimTemplates", {{{"metadata", {{"name", "data"}}},
                                                           {"spec", {{"accessModes", {"ReadWriteOnce"}}, {"resources", {{"requests", {{"storage", "1Gi"}}}}}}}}}}}}});
  EXPECT_EQ(sts["spec"]["podManagementPolicy"], "OrderedReady");
  EXPECT_EQ(sts["spec"]["updateStrategy"], Json({{"type", "RollingUpdate"}, {"rollingUpdate", {{"partition", 0}}}}));
  EXPECT_EQ(sts["spec"]["persistentVolumeClaimRetentionPolicy"], Json({{"whenDeleted", "Retain"}, {"whenScaled", "Retain"}}));
  EXPECT_EQ(sts["spec"]["replicas"], 1);
  EXPECT_EQ(sts["spec"]["revisionHistoryLimit"], 10);
  EXPECT_EQ(sts["spec"]["volumeClaimTemplates"][0]["spec"]["volumeMode"], "Filesystem");
  EXPECT_EQ(sts["spec"]["volumeClaimTemplates"][0]["status"], Json({{"phase", "Pending"}}));
  EXPECT_EQ(sts["spec"]["template"]["spec"], defaulted_template_spec());

  Json ds = created("/apis/apps/v1/namespaces/default/daemonsets",
                    {{"metadata", {{"name", "agent"}}}, {"spec", {{"selector", {{"matchLabels", {{"app", "web"}}}}}, {"template", app_template()}}}});
  EXPECT_EQ(ds["spec"]["updateStrategy"], Json({{"type", "RollingUpdate"}, {"rollingUpdate", {{"maxSurge", 0}, {"maxUnavailable", 1}}}}));
  EXPECT_EQ(ds["spec"]["revisionHistoryLimit"], 10);

  Json rs = created("/apis/apps/v1/namespaces/default/replicasets",
                    {{"metadata", {{"name", "rs"}}}, {"spec", {{"selector", {{"matchLabels", {{"app", "web"}}}}}, {"template", app_template()}}}});
  EXPECT_EQ(rs["spec"]["replicas"], 1);
  EXPECT_EQ(rs["spec"]["template"]["spec"], defaulted_template_spec());

  Json cj = created("/apis/batch/v1/namespaces/default/cronjobs",
                    {{"metadata", {{"name", "tick"}}},
                     {"spec", {{"schedule", "*/5 * * * *"}, {"jobTemplate", {{"spec", {{"template", {{"spec", {{"containers", {kContainer}}, {"restartPolicy", "OnFailure"}}}}}}}}}}}});
  EXPECT_EQ(cj["spec"]["concurrencyPolicy"], "Allow");
  EXPECT_EQ(cj["spec"]["suspend"], false);
  EXPECT_EQ(cj["spec"]["successfulJobsHistoryLimit"], 3);
  EXPECT_EQ(cj["spec"]["failedJobsHistoryLimit"], 1);
  // A job template is not a Job: only its pod template is defaulted.
  EXPECT_FALSE(cj["spec"]["jobTemplate"]["spec"].contains("backoffLimit"));
  EXPECT_EQ(cj["spec"]["jobTemplate"]["spec"]["template"]["spec"]["dnsPolicy"], "ClusterFirst");
}

TEST_F(Defaults, JobGetsItsSelectorLabelsAndDefaults) {
  Json job = created("/apis/batch/v1/namespaces/default/jobs",
                     {{"metadata", {{"name", "pi"}}},
                      {"spec", {{"template", {{"spec", {{"containers", {kContainer}}, {"restartPolicy", "Never"}}}}}}}});
  std::string uid = job["metadata"]["uid"];
  Json labels = {{"batch.kubernetes.io/controller-uid", uid}, {"batch.kubernetes.io/job-name", "pi"},
                 {"controller-uid", uid}, {"job-name", "pi"}};
  EXPECT_EQ(job["metadata"]["labels"], labels);
  EXPECT_EQ(job["spec"]["template"]["metadata"]["labels"], labels);
  EXPECT_EQ(job["spec"]["selector"], Json({{"matchLabels", {{"batch.kubernetes.io/controller-uid", uid}}}}));
  for (auto [k, v] : std::vector<std::pair<const char*, Json>>{{"backoffLimit", 6}, {"completionMode", "NonIndexed"}, {"completions", 1},
                                                                {"manualSelector", false}, {"parallelism", 1},
                                                                {"podReplacementPolicy", "TerminatingOrFailed"}, {"suspend", false}})
    EXPECT_EQ(job["spec"][k], v) << k;
}

TEST_F(Defaults, OtherKindsGetTheirDefaults) {
  EXPECT_EQ(created("/api/v1/namespaces/default/secrets", {{"metadata", {{"name", "s"}}}})["type"], "Opaque");
  Json pvc = created("/api/v1/namespaces/default/persistentvolumeclaims",
                     {{"metadata", {{"name", "data"}}}, {"spec", {{"accessModes", {"ReadWriteOnce"}}, {"resources", {{"requests", {{"storage", "1Gi"}}}}}}}});
  EXPECT_EQ(pvc["spec"]["volumeMode"], "Filesystem");
  EXPECT_EQ(pvc["status"], Json({{"phase", "Pending"}}));
  Json rb = created("/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings",
                    {{"metadata", {{"name", "rb"}}},
                     {"roleRef", {{"kind", "Role"}, {"name", "r"}}},
                     {"subjects", {{{"kind", "User"}, {"name", "alice"}}, {{"kind", "ServiceAccount"}, {"name", "default"}, {"namespace", "default"}}}}});
  EXPECT_EQ(rb["roleRef"]["apiGroup"], "rbac.authorization.k8s.io");
  EXPECT_EQ(rb["subjects"][0]["apiGroup"], "rbac.authorization.k8s.io");
  EXPECT_EQ(rb["subjects"][1]["apiGroup"], "");
  Json np = created("/apis/networking.k8s.io/v1/namespaces/default/networkpolicies",
                    {{"metadata", {{"name", "np"}}}, {"spec", {{"podSelector", Json::object()}, {"egress", {{{"ports", {{{"port", 53}}}}}}}}}});
  EXPECT_EQ(np["spec"]["policyTypes"], Json({"Ingress", "Egress"}));
  EXPECT_EQ(np["spec"]["egress"][0]["ports"][0]["protocol"], "TCP");
  Json sc = created("/apis/storage.k8s.io/v1/storageclasses", {{"metadata", {{"name", "fast"}}}, {"provisioner", "x"}});
  EXPECT_EQ(sc["reclaimPolicy"], "Delete");
  EXPECT_EQ(sc["volumeBindingMode"], "Immediate");
  Json slice = created("/apis/discovery.k8s.io/v1/namespaces/default/endpointslices",
                       {{"metadata", {{"name", "s"}}}, {"addressType", "IPv4"}, {"endpoints", Json::array()}, {"ports", {{{"port", 80}}}}});
  EXPECT_EQ(slice["ports"], Json({{{"name", ""}, {"port", 80}, {"protocol", "TCP"}}}));
  Json pc = created("/apis/scheduling.k8s.io/v1/priorityclasses", {{"metadata", {{"name", "high"}}}, {"value", 1000}});
  EXPECT_EQ(pc["preemptionPolicy"], "PreemptLowerPriority");
}

// --- Services ------------------------------------------------------------------------------

std::uint32_t ip_value(const std::string& s) {
  unsigned a, b, c, d;
  EXPECT_EQ(std::sscanf(s.c_str(), "%u.%u.%u.%u", &a, &b, &c, &d), 4) << s;
  return (a << 24) | (b << 16) | (c << 8) | d;
}

TEST_F(Defaults, ClusterIPServiceGetsAnAddressAndFamilies) {
  Json svc = service("web", {{"selector", {{"app", "web"}}}, {"ports", {{{"port", 80}, {"targetPort", "http"}}, {{"name", "m"}, {"port", 9090}}}}});
  const Json& spec = svc["spec"];
  std::string ip = spec["clusterIP"];
  // 10.96.0.0/12, beyond the first 256 addresses upstream keeps for explicit requests.
  EXPECT_GE(ip_value(ip), ip_value("10.96.1.0"));
  EXPECT_LE(ip_value(ip), ip_value("10.111.255.254"));
  Json want = {{"clusterIP", ip},
               {"clusterIPs", {ip}},
               {"internalTrafficPolicy", "Cluster"},
               {"ipFamilies", {"IPv4"}},
               {"ipFamilyPolicy", "SingleStack"},
               {"ports", {{{"port", 80}, {"protocol", "TCP"}, {"targetPort", "http"}}, {{"name", "m"}, {"port", 9090}, {"protocol", "TCP"}, {"targetPort", 9090}}}},
               {"selector", {{"app", "web"}}},
               {"sessionAffinity", "None"},
               {"type", "ClusterIP"}};
  EXPECT_EQ(spec, want);
  EXPECT_EQ(svc["status"], Json({{"loadBalancer", Json::object()}}));
  // The server picked the address: the creator does not own it.
  Json fields = svc["metadata"]["managedFields"][0]["fieldsV1"]["f:spec"];
  EXPECT_FALSE(fields.contains("f:clusterIP")) << fields;
  EXPECT_TRUE(fields.contains("f:sessionAffinity")) << fields;
}

TEST_F(Defaults, NodePortAndLoadBalancerServicesGetNodePorts) {
  Json np = service("np", Json::parse(R"({"type":"NodePort","ports":[{"name":"a","port":80},{"name":"b","port":80,"protocol":"UDP"}]})"));
  int port = np["spec"]["ports"][0]["nodePort"];
  EXPECT_GE(port, 30000);
  EXPECT_LE(port, 32767);
  EXPECT_EQ(np["spec"]["ports"][1]["nodePort"], port);  // one number, one node port
  EXPECT_EQ(np["spec"]["externalTrafficPolicy"], "Cluster");

  Json lb = service("lb", {{"type", "LoadBalancer"}, {"externalTrafficPolicy", "Local"}, {"ports", ports80()}});
  EXPECT_EQ(lb["spec"]["allocateLoadBalancerNodePorts"], true);
  EXPECT_TRUE(lb["spec"]["ports"][0].contains("nodePort"));
  int hc = lb["spec"]["healthCheckNodePort"];
  EXPECT_GE(hc, 30000);
  EXPECT_NE(hc, lb["spec"]["ports"][0]["nodePort"]);

  Json noports = service("lb2", {{"type", "LoadBalancer"}, {"allocateLoadBalancerNodePorts", false}, {"ports", ports80()}});
  EXPECT_FALSE(noports["spec"]["ports"][0].contains("nodePort"));
}

TEST_F(Defaults, TakenOrOutOfRangeAddressesAreRefusedWithUpstreamsMessages) {
  service("a", {{"clusterIP", "10.96.0.10"}, {"type", "NodePort"}, {"ports", {{{"port", 80}, {"nodePort", 30080}}}}});
  Response r = post("/api/v1/namespaces/default/services",
                    {{"metadata", {{"name", "b"}}}, {"spec", {{"clusterIP", "10.96.0.10"}, {"ports", ports80()}}}});
  ASSERT_EQ(r.status, 422);
  Json st = Json::parse(r.body);
  EXPECT_EQ(st["message"],
            "Service \"b\" is invalid: spec.clusterIPs: Invalid value: []string{\"10.96.0.10\"}: failed to allocate IP 10.96.0.10: provided IP is already allocated");
  EXPECT_EQ(st["details"]["causes"][0]["field"], "spec.clusterIPs");
  r = post("/api/v1/namespaces/default/services", {{"metadata", {{"name", "b"}}}, {"spec", {{"clusterIP", "10.0.0.5"}, {"ports", ports80()}}}});
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(Json::parse(r.body)["message"],
            "Service \"b\" is invalid: spec.clusterIPs: Invalid value: []string{\"10.0.0.5\"}: failed to allocate IP 10.0.0.5: the provided IP (10.0.0.5) "
            "is not in the valid range. The range of valid IPs is 10.96.0.0/12");
  r = post("/api/v1/namespaces/default/services",
           {{"metadata", {{"name", "b"}}}, {"spec", {{"type", "NodePort"}, {"ports", {{{"port", 80}, {"nodePort", 30080}}}}}}});
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(Json::parse(r.body)["message"], "Service \"b\" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated");
  r = post("/api/v1/namespaces/default/services",
           {{"metadata", {{"name", "b"}}}, {"spec", {{"type", "NodePort"}, {"ports", {{{"port", 80}, {"nodePort", 80}}}}}}});
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(Json::parse(r.body)["message"],
            "Service \"b\" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767");
  r = post("/api/v1/namespaces/default/services",
           {{"metadata", {{"name", "b"}}}, {"spec", {{"ipFamilyPolicy", "RequireDualStack"}, {"ports", ports80()}}}});
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(Json::parse(r.body)["message"],
            "Service \"b\" is invalid: spec.ipFamilyPolicy: Invalid value: \"RequireDualStack\": this cluster is not configured for dual-stack services");
  // A failed create reserved nothing: the address it asked for is still free.
  EXPECT_EQ(service("c", {{"clusterIP", "10.96.0.11"}, {"ports", ports80()}})["spec"]["clusterIP"], "10.96.0.11");
}

TEST_F(Defaults, HeadlessAndExternalNameServicesGetNoAddress) {
  Json h = service("h", {{"clusterIP", "None"}, {"selector", {{"app", "db"}}}, {"ports", ports80()}});
  EXPECT_EQ(h["spec"]["clusterIPs"], Json({"None"}));
  EXPECT_EQ(h["spec"]["ipFamilies"], Json({"IPv4"}));
  EXPECT_EQ(h["spec"]["ipFamilyPolicy"], "SingleStack");
  // Headless without a selector may carry endpoints of either family.
  Json hs = service("hs", {{"clusterIP", "None"}, {"ports", ports80()}});
  EXPECT_EQ(hs["spec"]["ipFamilies"], Json({"IPv4", "IPv6"}));
  EXPECT_EQ(hs["spec"]["ipFamilyPolicy"], "RequireDualStack");
  Json ext = service("ext", {{"type", "ExternalName"}, {"externalName", "example.com"}});
  Json want = {{"externalName", "example.com"}, {"sessionAffinity", "None"}, {"type", "ExternalName"}};
  EXPECT_EQ(ext["spec"], want);
}

TEST_F(Defaults, ClusterIPIsKeptAcrossUpdatesAndMayNotChange) {
  Json svc = service("web", {{"ports", ports80()}});
  std::string ip = svc["spec"]["clusterIP"];
  // A PUT that leaves the allocated fields out (kubectl replace) keeps them.
  Json sent = svc;
  sent["spec"].erase("clusterIP");
  sent["spec"].erase("clusterIPs");
  sent["spec"]["ports"] = {{{"port", 81}}};
  Response r = call(*handler_, "PUT", "/api/v1/namespaces/default/services/web", sent.dump());
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Json::parse(r.body)["spec"]["clusterIP"], ip);
  EXPECT_EQ(Json::parse(r.body)["spec"]["clusterIPs"], Json({ip}));

  r = call(*handler_, "PATCH", "/api/v1/namespaces/default/services/web", R"({"spec":{"clusterIP":"10.96.0.50"}})",
           {{"Content-Type", "application/merge-patch+json"}});
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(Json::parse(r.body)["message"],
            "Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value: []string{\"10.96.0.50\"}: may not change once set");
}

TEST_F(Defaults, TypeChangesAllocateAndReleaseAndDeleteFreesEverything) {
  Json svc = service("web", {{"clusterIP", "10.96.0.20"}, {"ports", ports80()}});
  auto patch = [&](const std::string& name, const std::string& body) {
    Response r = call(*handler_, "PATCH", "/api/v1/namespaces/default/services/" + name, body, {{"Content-Type", "application/merge-patch+json"}});
    EXPECT_EQ(r.status, 200) << r.body;
    return Json::parse(r.body);
  };
  Json np = patch("web", R"({"spec":{"type":"NodePort","ports":[{"port":80,"nodePort":30111}]}})");
  EXPECT_EQ(np["spec"]["ports"][0]["nodePort"], 30111);
  EXPECT_EQ(np["spec"]["externalTrafficPolicy"], "Cluster");
  EXPECT_EQ(post("/api/v1/namespaces/default/services",
                 {{"metadata", {{"name", "x"}}}, {"spec", {{"type", "NodePort"}, {"ports", {{{"port", 80}, {"nodePort", 30111}}}}}}})
                .status,
            422);
  // Back to ClusterIP: the node port goes (and is free again).
  Json back = patch("web", R"({"spec":{"type":"ClusterIP"}})");
  EXPECT_FALSE(back["spec"]["ports"][0].contains("nodePort")) << back;
  EXPECT_FALSE(back["spec"].contains("externalTrafficPolicy")) << back;
  service("x", {{"type", "NodePort"}, {"ports", {{{"port", 80}, {"nodePort", 30111}}}}});
  // To ExternalName: the cluster IP goes.
  Json ext = patch("web", R"({"spec":{"type":"ExternalName","externalName":"example.com"}})");
  EXPECT_FALSE(ext["spec"].contains("clusterIP")) << ext;
  EXPECT_FALSE(ext["spec"].contains("ipFamilies")) << ext;
  service("y", {{"clusterIP", "10.96.0.20"}, {"ports", ports80()}});
  // And back: a fresh address.
  Json again = patch("web", R"({"spec":{"type":"ClusterIP","externalName":null}})");
  ASSERT_TRUE(again["spec"].contains("clusterIP")) << again;
  EXPECT_NE(again["spec"]["clusterIP"], "10.96.0.20");
  EXPECT_EQ(again["spec"]["ipFamilyPolicy"], "SingleStack");

  // Deletion frees both kinds of address.
  ASSERT_EQ(call(*handler_, "DELETE", "/api/v1/namespaces/default/services/y").status, 200);
  ASSERT_EQ(call(*handler_, "DELETE", "/api/v1/namespaces/default/services/x").status, 200);
  service("z", {{"clusterIP", "10.96.0.20"}, {"type", "NodePort"}, {"ports", {{{"port", 80}, {"nodePort", 30111}}}}});
}

TEST_F(Defaults, DryRunReservesNothing) {
  Response r = call(*handler_, "POST", "/api/v1/namespaces/default/services?dryRun=All",
                    Json({{"metadata", {{"name", "d"}}}, {"spec", {{"clusterIP", "10.96.0.30"}, {"ports", ports80()}}}}).dump());
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Json::parse(r.body)["spec"]["clusterIP"], "10.96.0.30");
  service("real", {{"clusterIP", "10.96.0.30"}, {"ports", ports80()}});
}

TEST_F(Defaults, SmallRangesAreReusedAfterDeleteAndReportExhaustion) {
  ApiHandlerOptions o;
  o.service_ranges = {.cluster_ip_range = "10.0.0.0/29", .node_port_range = "30000-30001"};
  start(o);
  // 6 usable addresses; the kubernetes Service holds 10.0.0.1.
  EXPECT_EQ(get("/api/v1/namespaces/default/services/kubernetes")["spec"]["clusterIP"], "10.0.0.1");
  std::set<std::string> ips;
  std::string third;
  for (int i = 0; i < 5; ++i) {
    std::string ip = service("s" + std::to_string(i), {{"ports", ports80()}})["spec"]["clusterIP"];
    ips.insert(ip);
    if (i == 3) third = ip;
  }
  EXPECT_EQ(ips, (std::set<std::string>{"10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"}));
  Response r = post("/api/v1/namespaces/default/services", {{"metadata", {{"name", "full"}}}, {"spec", {{"ports", ports80()}}}});
  ASSERT_EQ(r.status, 500);
  EXPECT_EQ(Json::parse(r.body)["message"], "Internal error occurred: failed to allocate a serviceIP: range is full");
  ASSERT_EQ(call(*handler_, "DELETE", "/api/v1/namespaces/default/services/s3").status, 200);
  EXPECT_EQ(service("full", {{"ports", ports80()}})["spec"]["clusterIP"], third);  // s3's, the only free one

  ASSERT_EQ(call(*handler_, "DELETE", "/api/v1/namespaces/default/services/s0").status, 200);
  ASSERT_EQ(call(*handler_, "DELETE", "/api/v1/namespaces/default/services/s1").status, 200);
  std::set<int> ports;
  for (const char* n : {"n0", "n1"}) ports.insert(service(n, {{"type", "NodePort"}, {"ports", ports80()}})["spec"]["ports"][0]["nodePort"].get<int>());
  EXPECT_EQ(ports, (std::set<int>{30000, 30001}));
  ASSERT_EQ(call(*handler_, "DELETE", "/api/v1/namespaces/default/services/s2").status, 200);  // an address, no port
  r = post("/api/v1/namespaces/default/services", {{"metadata", {{"name", "n2"}}}, {"spec", {{"type", "NodePort"}, {"ports", ports80()}}}});
  ASSERT_EQ(r.status, 500);
  EXPECT_EQ(Json::parse(r.body)["message"], "Internal error occurred: failed to allocate a nodePort: range is full");
}

TEST_F(Defaults, ConcurrentCreatesNeverShareAnAddress) {
  ApiHandlerOptions o;
  o.service_ranges = {.cluster_ip_range = "10.0.0.0/26", .node_port_range = "30000-30063"};
  start(o);
  constexpr int kThreads = 4, kEach = 15;  // 60 of the 61 free addresses and 60 of 64 ports
  std::vector<std::thread> threads;
  std::vector<std::vector<Json>> results(kThreads);
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        Json body = {{"metadata", {{"name", "s" + std::to_string(t) + "-" + std::to_string(i)}}}, {"spec", {{"type", "NodePort"}, {"ports", ports80()}}}};
        results[t].push_back(Json::parse(call(*handler_, "POST", "/api/v1/namespaces/default/services", body.dump()).body));
      }
    });
  for (auto& th : threads) th.join();
  std::set<std::string> ips;
  std::set<int> ports;
  for (const auto& rs : results)
    for (const auto& s : rs) {
      ASSERT_EQ(s["kind"], "Service") << s;
      ips.insert(s["spec"]["clusterIP"].get<std::string>());
      ports.insert(s["spec"]["ports"][0]["nodePort"].get<int>());
    }
  EXPECT_EQ(ips.size(), static_cast<std::size_t>(kThreads * kEach));
  EXPECT_EQ(ports.size(), static_cast<std::size_t>(kThreads * kEach));
}

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("windlass-defaults-" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string str() const { return path_.string(); }

 private:
  fs::path path_;
};

TEST_F(Defaults, AllocationsSurviveARestart) {
  TempDir dir;
  start({}, dir.str());
  service("kept", {{"clusterIP", "10.96.0.40"}, {"type", "NodePort"}, {"ports", {{{"port", 80}, {"nodePort", 30400}}}}});
  start({}, dir.str());
  Response r = post("/api/v1/namespaces/default/services", {{"metadata", {{"name", "b"}}}, {"spec", {{"clusterIP", "10.96.0.40"}, {"ports", ports80()}}}});
  EXPECT_EQ(r.status, 422) << r.body;
  r = post("/api/v1/namespaces/default/services",
           {{"metadata", {{"name", "b"}}}, {"spec", {{"type", "NodePort"}, {"ports", {{{"port", 80}, {"nodePort", 30400}}}}}}});
  EXPECT_EQ(r.status, 422) << r.body;
  // The kubernetes Service is reconciled, not duplicated.
  EXPECT_EQ(get("/api/v1/namespaces/default/services")["items"].size(), 2u);
}

TEST_F(Defaults, TheKubernetesServicePointsAtTheServer) {
  Json svc = get("/api/v1/namespaces/default/services/kubernetes");
  EXPECT_EQ(svc["metadata"]["labels"], Json({{"component", "apiserver"}, {"provider", "kubernetes"}}));
  Json want = {{"clusterIP", "10.96.0.1"},
               {"clusterIPs", {"10.96.0.1"}},
               {"internalTrafficPolicy", "Cluster"},
               {"ipFamilies", {"IPv4"}},
               {"ipFamilyPolicy", "SingleStack"},
               {"ports", {{{"name", "https"}, {"port", 443}, {"protocol", "TCP"}, {"targetPort", 6443}}}},
               {"sessionAffinity", "None"},
               {"type", "ClusterIP"}};
  EXPECT_EQ(svc["spec"], want);
  handler_->set_server_address("127.0.0.1:41234");
  EXPECT_EQ(get("/api/v1/namespaces/default/services/kubernetes")["spec"]["ports"][0]["targetPort"], 41234);
  Json ep = get("/api/v1/namespaces/default/endpoints/kubernetes");
  EXPECT_EQ(ep["subsets"], Json({{{"addresses", {{{"ip", "127.0.0.1"}}}}, {"ports", {{{"name", "https"}, {"port", 41234}, {"protocol", "TCP"}}}}}}));
  Json slice = get("/apis/discovery.k8s.io/v1/namespaces/default/endpointslices/kubernetes");
  EXPECT_EQ(slice["addressType"], "IPv4");
  EXPECT_EQ(slice["endpoints"], Json({{{"addresses", {"127.0.0.1"}}, {"conditions", {{"ready", true}}}}}));
  EXPECT_EQ(slice["ports"], Json({{{"name", "https"}, {"port", 41234}, {"protocol", "TCP"}}}));
  EXPECT_EQ(slice["metadata"]["labels"]["kubernetes.io/service-name"], "kubernetes");
  // Nobody else gets its address.
  Response r = post("/api/v1/namespaces/default/services", {{"metadata", {{"name", "b"}}}, {"spec", {{"clusterIP", "10.96.0.1"}, {"ports", ports80()}}}});
  EXPECT_EQ(r.status, 422);
}

}  // namespace
}  // namespace windlass::apiserver
