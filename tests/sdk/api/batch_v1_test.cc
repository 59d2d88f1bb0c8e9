// batch/v1 Job and CronJob against objects as kube-apiserver 1.32 returns them, and against
// what kubectl sends for `create job` and `create cronjob`.
#include <windlass/api/batch/v1/cron_job.h>
#include <windlass/api/batch/v1/job.h>
#include <windlass/api/protobuf.h>
#include <windlass/api/strategic_merge_patch.h>

#include "kubectl_capture.h"
#include "round_trip.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace windlass::api {
namespace {

using batch::v1::CronJob;
using batch::v1::CronJobSpec;
using batch::v1::CronJobStatus;
using batch::v1::Job;
using batch::v1::JobSpec;
using batch::v1::JobStatus;
using batch::v1::PodFailurePolicyOnExitCodesRequirement;
using batch::v1::PodFailurePolicyRule;

// `kubectl create job pi --image=perl:5.34 -- perl -Mbignum=bpi -wle 'print bpi(20)'`, read
// back after it completed: the server's defaults, the generated selector and labels, the
// controller's finalizer-free pods counted, SuccessCriteriaMet before Complete (1.31+).
constexpr const char* kCompletedJob = R"json({
  "apiVersion": "batch/v1",
  "kind": "Job",
  "metadata": {
    "creationTimestamp": "2024-11-20T10:30:00Z",
    "generation": 1,
    "labels": {
      "batch.kubernetes.io/controller-uid": "9e1b3d5f-7a9c-4e1b-8d5f-7a9c1e3b5d7f",
      "batch.kubernetes.io/job-name": "pi",
      "controller-uid": "9e1b3d5f-7a9c-4e1b-8d5f-7a9c1e3b5d7f",
      "job-name": "pi"
    },
    "name": "pi",
    "namespace": "default",
    "resourceVersion": "6120",
    "uid": "9e1b3d5f-7a9c-4e1b-8d5f-7a9c1e3b5d7f"
  },
  "spec": {
    "backoffLimit": 6,
    "completionMode": "NonIndexed",
    "completions": 1,
    "manualSelector": false,
    "parallelism": 1,
    "podReplacementPolicy": "TerminatingOrFailed",
    "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": "9e1b3d5f-7a9c-4e1b-8d5f-7a9c1e3b5d7f"}},
    "suspend": false,
    "template": {
      "metadata": {
        "creationTimestamp": null,
        "labels": {
          "batch.kubernetes.io/controller-uid": "9e1b3d5f-7a9c-4e1b-8d5f-7a9c1e3b5d7f",
          "batch.kubernetes.io/job-name": "pi",
          "controller-uid": "9e1b3d5f-7a9c-4e1b-8d5f-7a9c1e3b5d7f",
          "job-name": "pi"
        }
      },
      "spec": {
        "containers": [{
          "command": ["perl", "-Mbignum=bpi", "-wle", "print bpi(20)"],
          "image": "perl:5.34",
          "imagePullPolicy": "IfNotPresent",
          "name": "pi",
          "resources": {},
          "terminationMessagePath": "/dev/termination-log",
          "terminationMessagePolicy": "File"
        }],
        "dnsPolicy": "ClusterFirst",
        "restartPolicy": "Never",
        "schedulerName": "default-scheduler",
        "securityContext": {},
        "terminationGracePeriodSeconds": 30
      }
    }
  },
  "status": {
    "completionTime": "2024-11-20T10:30:41Z",
    "conditions": [{
      "lastProbeTime": "2024-11-20T10:30:41Z",
      "lastTransitionTime": "2024-11-20T10:30:41Z",
      "message": "Reached expected number of succeeded pods",
      "reason": "CompletionsReached",
      "status": "True",
      "type": "SuccessCriteriaMet"
    }, {
      "lastProbeTime": "2024-11-20T10:30:41Z",
      "lastTransitionTime": "2024-11-20T10:30:41Z",
      "message": "Reached expected number of succeeded pods",
      "reason": "CompletionsReached",
      "status": "True",
      "type": "Complete"
    }],
    "ready": 0,
    "startTime": "2024-11-20T10:30:00Z",
    "succeeded": 1,
    "terminating": 0,
    "uncountedTerminatedPods": {}
  }
})json";

// A running Indexed Job with a pod failure policy, per-index backoff, a success policy, a
// managedBy controller, a TTL and a deadline, mid-way: some indexes done, one failed, pods not
// yet counted. The status carries a field from a newer server.
constexpr const char* kIndexedJob = R"({
  "apiVersion": "batch/v1",
  "kind": "Job",
  "metadata": {
    "creationTimestamp": "2024-11-20T11:00:00Z",
    "generation": 1,
    "labels": {"batch.kubernetes.io/controller-uid": "1c3e5a7c-9e1b-4d3f-a5c7-e9b1d3f5a7c9", "batch.kubernetes.io/job-name": "shards", "controller-uid": "1c3e5a7c-9e1b-4d3f-a5c7-e9b1d3f5a7c9", "job-name": "shards"},
    "name": "shards",
    "namespace": "batch",
    "resourceVersion": "7042",
    "uid": "1c3e5a7c-9e1b-4d3f-a5c7-e9b1d3f5a7c9"
  },
  "spec": {
    "activeDeadlineSeconds": 3600,
    "backoffLimit": 2147483647,
    "backoffLimitPerIndex": 1,
    "completionMode": "Indexed",
    "completions": 8,
    "managedBy": "kubernetes.io/job-controller",
    "manualSelector": false,
    "maxFailedIndexes": 2,
    "parallelism": 4,
    "podFailurePolicy": {"rules": [
      {"action": "FailJob", "onExitCodes": {"containerName": "main", "operator": "In", "values": [42, 43]}},
      {"action": "Ignore", "onPodConditions": [{"status": "True", "type": "DisruptionTarget"}]},
      {"action": "FailIndex", "onExitCodes": {"operator": "NotIn", "values": [0]}}
    ]},
    "podReplacementPolicy": "Failed",
    "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": "1c3e5a7c-9e1b-4d3f-a5c7-e9b1d3f5a7c9"}},
    "successPolicy": {"rules": [{"succeededCount": 1, "succeededIndexes": "0"}, {"succeededCount": 6}]},
    "suspend": false,
    "template": {
      "metadata": {"creationTimestamp": null, "labels": {"batch.kubernetes.io/controller-uid": "1c3e5a7c-9e1b-4d3f-a5c7-e9b1d3f5a7c9", "batch.kubernetes.io/job-name": "shards", "controller-uid": "1c3e5a7c-9e1b-4d3f-a5c7-e9b1d3f5a7c9", "job-name": "shards"}},
      "spec": {
        "containers": [{"image": "registry.example.com/shard:3", "imagePullPolicy": "IfNotPresent", "name": "main", "resources": {}, "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File"}],
        "dnsPolicy": "ClusterFirst",
        "restartPolicy": "Never",
        "schedulerName": "default-scheduler",
        "securityContext": {},
        "terminationGracePeriodSeconds": 30
      }
    },
    "ttlSecondsAfterFinished": 600
  },
  "status": {
    "active": 4,
    "completedIndexes": "1-2,5",
    "failed": 2,
    "failedIndexes": "3",
    "ready": 3,
    "startTime": "2024-11-20T11:00:00Z",
    "succeeded": 3,
    "terminating": 1,
    "uncountedTerminatedPods": {"failed": ["5d7f9b1d-3f5a-4c9e-8b1d-3f5a7c9e1b3d"], "succeeded": ["3b5d7f9b-1d3f-4a7c-9e1b-d3f5a7c9e1b3", "7f9b1d3f-5a7c-4e1b-a3d5-f7a9c1e3b5d7"]},
    "futureStatusField": true
  }
})";

// A suspended job that failed its deadline earlier, and the FailureTarget condition.
constexpr const char* kFailedJob = R"({
  "apiVersion": "batch/v1",
  "kind": "Job",
  "metadata": {"creationTimestamp": "2024-11-20T08:00:00Z", "generation": 2, "name": "slow", "namespace": "batch", "resourceVersion": "3311", "uid": "3e5a7c9e-1b3d-4f5a-b7c9-e1b3d5f7a9c1"},
  "spec": {
    "activeDeadlineSeconds": 60,
    "backoffLimit": 0,
    "completionMode": "NonIndexed",
    "completions": 1,
    "manualSelector": true,
    "parallelism": 1,
    "podReplacementPolicy": "TerminatingOrFailed",
    "selector": {"matchLabels": {"app": "slow"}},
    "suspend": true,
    "template": {"metadata": {"creationTimestamp": null, "labels": {"app": "slow"}}, "spec": {"containers": [{"args": ["sleep", "3600"], "image": "busybox:1.36", "imagePullPolicy": "IfNotPresent", "name": "c", "resources": {}, "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File"}], "dnsPolicy": "ClusterFirst", "restartPolicy": "OnFailure", "schedulerName": "default-scheduler", "securityContext": {}, "terminationGracePeriodSeconds": 30}}
  },
  "status": {
    "conditions": [{
      "lastProbeTime": "2024-11-20T08:01:00Z",
      "lastTransitionTime": "2024-11-20T08:01:00Z",
      "message": "Job was active longer than specified deadline",
      "reason": "DeadlineExceeded",
      "status": "True",
      "type": "FailureTarget"
    }, {
      "lastProbeTime": "2024-11-20T08:01:01Z",
      "lastTransitionTime": "2024-11-20T08:01:01Z",
      "message": "Job was active longer than specified deadline",
      "reason": "DeadlineExceeded",
      "status": "True",
      "type": "Failed"
    }],
    "failed": 1,
    "ready": 0,
    "startTime": "2024-11-20T08:00:00Z",
    "terminating": 0,
    "uncountedTerminatedPods": {}
  }
})";

// `kubectl create cronjob hello --image=busybox:1.36 --schedule='*/5 * * * *' -- echo hello`,
// read back while one run is active, with a time zone and history limits set.
constexpr const char* kCronJob = R"({
  "apiVersion": "batch/v1",
  "kind": "CronJob",
  "metadata": {
    "creationTimestamp": "2024-11-20T10:00:00Z",
    "generation": 2,
    "name": "hello",
    "namespace": "default",
    "resourceVersion": "6410",
    "uid": "5a7c9e1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b"
  },
  "spec": {
    "concurrencyPolicy": "Forbid",
    "failedJobsHistoryLimit": 1,
    "jobTemplate": {
      "metadata": {"creationTimestamp": null, "name": "hello"},
      "spec": {
        "template": {
          "metadata": {"creationTimestamp": null},
          "spec": {
            "containers": [{"command": ["echo", "hello"], "image": "busybox:1.36", "imagePullPolicy": "IfNotPresent", "name": "hello", "resources": {}, "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File"}],
            "dnsPolicy": "ClusterFirst",
            "restartPolicy": "OnFailure",
            "schedulerName": "default-scheduler",
            "securityContext": {},
            "terminationGracePeriodSeconds": 30
          }
        }
      }
    },
    "schedule": "*/5 * * * *",
    "startingDeadlineSeconds": 200,
    "successfulJobsHistoryLimit": 3,
    "suspend": false,
    "timeZone": "Europe/Berlin"
  },
  "status": {
    "active": [{"apiVersion": "batch/v1", "kind": "Job", "name": "hello-28871230", "namespace": "default", "resourceVersion": "6409", "uid": "7c9e1b3d-5f7a-4c9e-b1d3-f5a7c9e1b3d5"}],
    "lastScheduleTime": "2024-11-20T10:30:00Z",
    "lastSuccessfulTime": "2024-11-20T10:25:04Z"
  }
})";

// A cron job that never ran: status is an empty object.
constexpr const char* kNewCronJob = R"({
  "apiVersion": "batch/v1",
  "kind": "CronJob",
  "metadata": {"creationTimestamp": "2024-11-20T10:00:00Z", "generation": 1, "name": "nightly", "namespace": "default", "resourceVersion": "6400", "uid": "9c1e3b5d-7f9a-4c1e-8b5d-7f9a1c3e5b7d"},
  "spec": {
    "concurrencyPolicy": "Allow",
    "failedJobsHistoryLimit": 1,
    "jobTemplate": {"metadata": {"creationTimestamp": null}, "spec": {"backoffLimit": 0, "template": {"metadata": {"creationTimestamp": null}, "spec": {"containers": [{"image": "backup:2", "imagePullPolicy": "IfNotPresent", "name": "backup", "resources": {}, "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File"}], "dnsPolicy": "ClusterFirst", "restartPolicy": "Never", "schedulerName": "default-scheduler", "securityContext": {}, "terminationGracePeriodSeconds": 30}}}},
    "schedule": "@daily",
    "successfulJobsHistoryLimit": 3,
    "suspend": true
  },
  "status": {}
})";

// ---- Job ----------------------------------------------------------------------------------

TEST(BatchV1Job, RoundTripsACompletedJob) {
  auto j = round_trip<Job>(kCompletedJob);
  EXPECT_EQ(j.spec.backoff_limit, 6);
  EXPECT_EQ(j.spec.completion_mode, "NonIndexed");
  EXPECT_EQ(j.spec.manual_selector, false);
  EXPECT_EQ(j.spec.suspend, false);
  EXPECT_EQ(j.spec.pod_replacement_policy, "TerminatingOrFailed");
  EXPECT_FALSE(j.spec.pod_failure_policy);
  EXPECT_FALSE(j.spec.ttl_seconds_after_finished);
  EXPECT_EQ(j.spec.template_.spec.restart_policy, "Never");
  ASSERT_EQ(j.status.conditions.size(), 2u);
  EXPECT_EQ(j.status.conditions[0].type, "SuccessCriteriaMet");
  EXPECT_EQ(j.status.conditions[1].type, "Complete");
  EXPECT_EQ(j.status.conditions[1].last_probe_time.to_string(), "2024-11-20T10:30:41Z");
  ASSERT_TRUE(j.status.completion_time);
  EXPECT_EQ(j.status.succeeded, 1);
  // Present zeros of pointer fields survive; an empty uncountedTerminatedPods stays {}.
  EXPECT_EQ(j.status.ready, 0);
  EXPECT_EQ(j.status.terminating, 0);
  ASSERT_TRUE(j.status.uncounted_terminated_pods);
  EXPECT_TRUE(j.status.uncounted_terminated_pods->succeeded.empty());
}

TEST(BatchV1Job, RoundTripsAnIndexedJobWithEveryPolicy) {
  auto j = round_trip<Job>(kIndexedJob);
  EXPECT_EQ(j.spec.completion_mode, "Indexed");
  EXPECT_EQ(j.spec.backoff_limit, 2147483647);
  EXPECT_EQ(j.spec.backoff_limit_per_index, 1);
  EXPECT_EQ(j.spec.max_failed_indexes, 2);
  EXPECT_EQ(j.spec.active_deadline_seconds, 3600);
  EXPECT_EQ(j.spec.managed_by, "kubernetes.io/job-controller");
  EXPECT_EQ(j.spec.ttl_seconds_after_finished, 600);
  ASSERT_TRUE(j.spec.pod_failure_policy);
  const auto& rules = j.spec.pod_failure_policy->rules;
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_EQ(rules[0].action, "FailJob");
  ASSERT_TRUE(rules[0].on_exit_codes);
  EXPECT_EQ(rules[0].on_exit_codes->container_name, "main");
  EXPECT_EQ(rules[0].on_exit_codes->values, (std::vector<std::int32_t>{42, 43}));
  EXPECT_EQ(rules[1].on_pod_conditions.at(0).type, "DisruptionTarget");
  EXPECT_FALSE(rules[2].on_exit_codes->container_name);
  EXPECT_EQ(rules[2].on_exit_codes->operator_, "NotIn");
  ASSERT_TRUE(j.spec.success_policy);
  EXPECT_EQ(j.spec.success_policy->rules.at(0).succeeded_indexes, "0");
  EXPECT_FALSE(j.spec.success_policy->rules.at(1).succeeded_indexes);
  EXPECT_EQ(j.spec.success_policy->rules.at(1).succeeded_count, 6);
  EXPECT_EQ(j.status.completed_indexes, "1-2,5");
  EXPECT_EQ(j.status.failed_indexes, "3");
  EXPECT_EQ(j.status.uncounted_terminated_pods->succeeded.size(), 2u);
  EXPECT_FALSE(j.status.completion_time);
  EXPECT_EQ(j.status.unknown_fields.value, Json::parse(R"({"futureStatusField":true})"));
}

TEST(BatchV1Job, RoundTripsAFailedSuspendedJob) {
  auto j = round_trip<Job>(kFailedJob);
  EXPECT_EQ(j.spec.backoff_limit, 0);
  EXPECT_EQ(j.spec.manual_selector, true);
  EXPECT_EQ(j.spec.suspend, true);
  EXPECT_EQ(j.status.conditions.at(0).type, "FailureTarget");
  EXPECT_EQ(j.status.conditions.at(1).reason, "DeadlineExceeded");
  EXPECT_EQ(j.status.active, 0);
  EXPECT_EQ(j.status.failed, 1);
}

TEST(BatchV1Job, NewJobsWriteWhatGoWould) {
  Job j{.metadata = {.name = "once"},
        .spec = {.backoff_limit = 0,
                 .template_ = {.spec = {.containers = {{.name = "c", .image = "busybox:1.36"}},
                                        .restart_policy = "Never"}}}};
  Json out = encode(j);
  EXPECT_EQ(out["spec"]["backoffLimit"], 0);
  EXPECT_FALSE(out["spec"].contains("parallelism"));
  EXPECT_EQ(out["status"], Json::object());
  EXPECT_EQ(encode(PodFailurePolicyRule{.action = "Ignore"}), Json::parse(R"({"action":"Ignore"})"));
  // values has no omitempty upstream: an empty set is still written.
  EXPECT_EQ(encode(PodFailurePolicyOnExitCodesRequirement{.operator_ = "In"}),
            Json::parse(R"({"operator":"In","values":[]})"));
}

TEST(BatchV1Job, ConditionsAreAtomicButStillMergeByType) {
  // Upstream marks JobStatus.conditions `+listType=atomic` and `patchStrategy:"merge"` at once.
  Json schema = schema_of<Job>()["properties"]["status"]["properties"]["conditions"];
  EXPECT_EQ(schema["x-kubernetes-list-type"], "atomic");
  EXPECT_EQ(schema["x-kubernetes-patch-merge-key"], "type");
  EXPECT_EQ(schema["x-kubernetes-patch-strategy"], "merge");
  auto merged = apply_strategic_merge_patch(
      Json::parse(kFailedJob),
      Json::parse(R"({"status":{"conditions":[{"type":"Failed","message":"gave up"}]}})"),
      Codec<Job>::ref());
  ASSERT_TRUE(merged) << merged.error().message();
  const Json& conditions = (*merged)["status"]["conditions"];
  ASSERT_EQ(conditions.size(), 2u);
  EXPECT_EQ(conditions[0]["type"], "FailureTarget");
  EXPECT_EQ(conditions[1]["message"], "gave up");
  EXPECT_EQ(conditions[1]["reason"], "DeadlineExceeded");
}

TEST(BatchV1Job, DecodeErrorsNameThePath) {
  auto j = decode<Job>(Json::parse(R"({
    "spec": {"podFailurePolicy": {"rules": [{"action": "FailJob", "onExitCodes": {"operator": "In", "values": ["42"]}}]},
             "successPolicy": {"rules": [{"succeededCount": "all"}]},
             "activeDeadlineSeconds": "1h", "suspend": "no"},
    "status": {"startTime": "yesterday", "uncountedTerminatedPods": {"failed": "abc"}}
  })"));
  ASSERT_FALSE(j);
  const std::string& m = j.error().message();
  EXPECT_NE(m.find("spec.podFailurePolicy.rules[0].onExitCodes.values[0]: expected integer, got string \"42\""),
            std::string::npos) << m;
  EXPECT_NE(m.find("spec.successPolicy.rules[0].succeededCount: expected integer"), std::string::npos) << m;
  EXPECT_NE(m.find("spec.activeDeadlineSeconds: expected integer"), std::string::npos) << m;
  EXPECT_NE(m.find("spec.suspend: expected boolean, got string \"no\""), std::string::npos) << m;
  EXPECT_NE(m.find("status.startTime: "), std::string::npos) << m;
  EXPECT_NE(m.find("status.uncountedTerminatedPods.failed: expected array, got string"),
            std::string::npos) << m;
  auto strict = decode<Job>(Json::parse(kIndexedJob), {.strict = true});
  ASSERT_FALSE(strict);
  EXPECT_EQ(strict.error().message(),
            "strict decoding error: unknown field \"status.futureStatusField\"");
}

// ---- CronJob ------------------------------------------------------------------------------

TEST(BatchV1CronJob, RoundTripsACronJobWithAnActiveRun) {
  auto cj = round_trip<CronJob>(kCronJob);
  EXPECT_EQ(cj.spec.schedule, "*/5 * * * *");
  EXPECT_EQ(cj.spec.time_zone, "Europe/Berlin");
  EXPECT_EQ(cj.spec.concurrency_policy, "Forbid");
  EXPECT_EQ(cj.spec.starting_deadline_seconds, 200);
  EXPECT_EQ(cj.spec.successful_jobs_history_limit, 3);
  EXPECT_EQ(cj.spec.job_template.metadata.name, "hello");
  EXPECT_EQ(cj.spec.job_template.spec.template_.spec.containers.at(0).command,
            (std::vector<std::string>{"echo", "hello"}));
  ASSERT_EQ(cj.status.active.size(), 1u);
  EXPECT_EQ(cj.status.active[0].kind, "Job");
  EXPECT_EQ(cj.status.active[0].name, "hello-28871230");
  ASSERT_TRUE(cj.status.last_schedule_time);
  EXPECT_EQ(cj.status.last_schedule_time->to_string(), "2024-11-20T10:30:00Z");
  ASSERT_TRUE(cj.status.last_successful_time);
}

TEST(BatchV1CronJob, RoundTripsASuspendedCronJobThatNeverRan) {
  auto cj = round_trip<CronJob>(kNewCronJob);
  EXPECT_EQ(cj.spec.schedule, "@daily");
  EXPECT_EQ(cj.spec.suspend, true);
  EXPECT_FALSE(cj.spec.time_zone);
  EXPECT_EQ(cj.spec.job_template.spec.backoff_limit, 0);
  EXPECT_TRUE(cj.status.active.empty());
  EXPECT_FALSE(cj.status.last_schedule_time);
  EXPECT_EQ(encode(CronJobStatus{}), Json::object());
  // schedule and jobTemplate have no omitempty.
  Json spec = encode(CronJobSpec{});
  EXPECT_EQ(spec["schedule"], "");
  EXPECT_TRUE(spec.contains("jobTemplate"));
  EXPECT_FALSE(spec.contains("concurrencyPolicy"));
}

TEST(BatchV1CronJob, DecodeErrorsNameThePath) {
  auto cj = decode<CronJob>(Json::parse(R"({
    "spec": {"schedule": ["@daily"], "jobTemplate": {"spec": {"completions": "1"}},
             "startingDeadlineSeconds": 1e100},
    "status": {"active": {"name": "x"}, "lastSuccessfulTime": 12}
  })"));
  ASSERT_FALSE(cj);
  const std::string& m = cj.error().message();
  EXPECT_NE(m.find("spec.schedule: expected string, got array"), std::string::npos) << m;
  EXPECT_NE(m.find("spec.jobTemplate.spec.completions: expected integer, got string \"1\""),
            std::string::npos) << m;
  EXPECT_NE(m.find("spec.startingDeadlineSeconds: "), std::string::npos) << m;
  EXPECT_NE(m.find("status.active: expected array, got object"), std::string::npos) << m;
  EXPECT_NE(m.find("status.lastSuccessfulTime: "), std::string::npos) << m;
}

// ---- resource info, schema and protobuf ---------------------------------------------------

TEST(BatchKindsResourceInfo, MatchesUpstreamDiscovery) {
  const ResourceInfo& job = resource_info(Tag<Job>{});
  EXPECT_EQ(job.api_version(), "batch/v1");
  EXPECT_EQ(job.gvr(), (GroupVersionResource{"batch", "v1", "jobs"}));
  EXPECT_EQ(job.singular, "job");
  EXPECT_TRUE(job.short_names.empty());
  EXPECT_EQ(job.list_kind, "JobList");

  const ResourceInfo& cj = resource_info(Tag<CronJob>{});
  EXPECT_EQ(cj.gvk(), (GroupVersionKind{"batch", "v1", "CronJob"}));
  EXPECT_EQ(cj.plural, "cronjobs");
  EXPECT_EQ(cj.singular, "cronjob");
  EXPECT_EQ(cj.short_names, std::vector<std::string>{"cj"});
  EXPECT_EQ(cj.list_kind, "CronJobList");

  for (const ResourceInfo* info : {&job, &cj}) {
    EXPECT_EQ(info->categories, std::vector<std::string>{"all"}) << info->kind;
    EXPECT_TRUE(info->namespaced) << info->kind;
    EXPECT_TRUE(info->status_subresource) << info->kind;
    EXPECT_FALSE(info->scale) << info->kind;
    EXPECT_FALSE(info->printer_columns.empty()) << info->kind;
  }
  static_assert(Resource<Job> && Resource<CronJob>);
  static_assert(!Resource<JobSpec> && !Resource<batch::v1::JobTemplateSpec>);
}

TEST(BatchKindsSchema, SpotChecks) {
  Json job = schema_of<Job>();
  const Json& spec = job["properties"]["spec"];
  EXPECT_EQ(spec["required"], Json::array({"template"}));
  EXPECT_EQ(spec["properties"]["completionMode"]["enum"], Json::array({"Indexed", "NonIndexed"}));
  const Json& rule = spec["properties"]["podFailurePolicy"]["properties"]["rules"]["items"];
  EXPECT_EQ(rule["required"], Json::array({"action"}));
  EXPECT_EQ(rule["properties"]["onExitCodes"]["required"], Json::array({"operator", "values"}));
  EXPECT_EQ(rule["properties"]["onExitCodes"]["properties"]["values"]["x-kubernetes-list-type"],
            "set");
  EXPECT_EQ(rule["properties"]["onPodConditions"]["items"]["required"],
            Json::array({"type", "status"}));
  EXPECT_EQ(spec["properties"]["successPolicy"]["required"], Json::array({"rules"}));
  EXPECT_EQ(job["properties"]["status"]["properties"]["uncountedTerminatedPods"]["properties"]
              ["succeeded"]["x-kubernetes-list-type"], "set");

  Json cj = schema_of<CronJob>();
  EXPECT_EQ(cj["properties"]["spec"]["required"], Json::array({"schedule", "jobTemplate"}));
  EXPECT_EQ(cj["properties"]["spec"]["properties"]["concurrencyPolicy"]["enum"],
            Json::array({"Allow", "Forbid", "Replace"}));
  EXPECT_EQ(cj["properties"]["status"]["properties"]["active"]["x-kubernetes-list-type"], "atomic");
}

TEST(BatchKindsProto, FieldNumbersFollowUpstreamGeneratedProto) {
  const TypeDescriptor& js = describe(Tag<JobSpec>{});
  EXPECT_EQ(js.find("template")->markers().proto, 6);
  EXPECT_EQ(js.find("podFailurePolicy")->markers().proto, 11);
  EXPECT_EQ(js.find("managedBy")->markers().proto, 15);
  EXPECT_EQ(js.find("successPolicy")->markers().proto, 16);
  const TypeDescriptor& st = describe(Tag<JobStatus>{});
  EXPECT_EQ(st.find("terminating")->markers().proto, 11);
  EXPECT_EQ(st.find("ready")->markers().proto, 9);
  const TypeDescriptor& cs = describe(Tag<CronJobSpec>{});
  EXPECT_EQ(cs.find("timeZone")->markers().proto, 8);
  EXPECT_EQ(cs.find("jobTemplate")->markers().proto, 5);
  EXPECT_EQ(describe(Tag<CronJobStatus>{}).find("lastSuccessfulTime")->markers().proto, 5);
}


TEST(ProtobufKubectl, CreateJobDecodesToWhatJsonKubectlSent) {
  expect_same_as_json<Job>("job");
}

TEST(ProtobufKubectl, CreateCronJobDecodesToWhatJsonKubectlSent) {
  expect_same_as_json<CronJob>("cronjob");
  auto cj = decode<CronJob>(*decode_protobuf_body(capture("kubectl-1.32-create-cronjob.bin"),
                                                  Codec<CronJob>::ref()));
  ASSERT_TRUE(cj) << cj.error().message();
  EXPECT_EQ(cj->spec.schedule, "*/5 * * * *");
  EXPECT_EQ(cj->spec.job_template.metadata.name, "hello");
  EXPECT_EQ(cj->spec.job_template.spec.template_.spec.restart_policy, "OnFailure");
}

}  // namespace
}  // namespace windlass::api
