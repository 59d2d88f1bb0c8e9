#include "registry/catalog.h"

#include "registry/events.h"

#include <windlass/api/apiextensions/v1/custom_resource_definition.h>
#include <windlass/api/apps/v1/controller_revision.h>
#include <windlass/api/apps/v1/daemon_set.h>
#include <windlass/api/apps/v1/deployment.h>
#include <windlass/api/apps/v1/replica_set.h>
#include <windlass/api/apps/v1/stateful_set.h>
#include <windlass/api/authentication/v1/self_subject_review.h>
#include <windlass/api/authentication/v1/token_review.h>
#include <windlass/api/authorization/v1/local_subject_access_review.h>
#include <windlass/api/authorization/v1/self_subject_access_review.h>
#include <windlass/api/authorization/v1/self_subject_rules_review.h>
#include <windlass/api/authorization/v1/subject_access_review.h>
#include <windlass/api/batch/v1/cron_job.h>
#include <windlass/api/batch/v1/job.h>
#include <windlass/api/coordination/v1/lease.h>
#include <windlass/api/core/v1/endpoints.h>
#include <windlass/api/core/v1/event.h>
#include <windlass/api/core/v1/limit_range.h>
#include <windlass/api/core/v1/node.h>
#include <windlass/api/core/v1/persistent_volume.h>
#include <windlass/api/core/v1/persistent_volume_claim.h>
#include <windlass/api/core/v1/resource_quota.h>
#include <windlass/api/core/v1/service.h>
#include <windlass/api/discovery/v1/endpoint_slice.h>
#include <windlass/api/events/v1/event.h>
#include <windlass/api/networking/v1/ingress.h>
#include <windlass/api/networking/v1/ingress_class.h>
#include <windlass/api/networking/v1/network_policy.h>
#include <windlass/api/storage/v1/storage_class.h>
#include <windlass/api/core/v1/config_map.h>
#include <windlass/api/core/v1/namespace.h>
#include <windlass/api/core/v1/pod.h>
#include <windlass/api/core/v1/pod_template.h>
#include <windlass/api/core/v1/secret.h>
#include <windlass/api/core/v1/service_account.h>
#include <windlass/api/policy/v1/pod_disruption_budget.h>
#include <windlass/api/rbac/v1/cluster_role.h>
#include <windlass/api/rbac/v1/cluster_role_binding.h>
#include <windlass/api/rbac/v1/role.h>
#include <windlass/api/rbac/v1/role_binding.h>
#include <windlass/api/scheduling/v1/priority_class.h>

#include <algorithm>

namespace windlass::apiserver {

std::string ResourceType::key_prefix() const {
  if (!storage_prefix.empty()) return storage_prefix;
  return "/registry/" + (info.group.empty() ? std::string("core") : info.group) + "/" + info.plural + "/";
}

std::string ResourceType::key(const std::string& ns, const std::string& name) const {
  return info.namespaced ? key_prefix() + ns + "/" + name : key_prefix() + name;
}

std::string ResourceType::qualified_resource() const {
  return info.group.empty() ? info.plural : info.plural + "." + info.group;
}

bool ResourceType::has_verb(std::string_view verb) const {
  return std::find(verbs.begin(), verbs.end(), verb) != verbs.end();
}

const Subresource* ResourceType::find_subresource(std::string_view name) const {
  for (const auto& s : extra_subresources)
    if (s.name == name) return &s;
  return nullptr;
}

namespace {

// kube-apiserver's group priority (the order of /apis); unknown groups come after, by name.
int group_rank(const std::string& g) {
  static const std::vector<std::string> order = {
      "",  "apiregistration.k8s.io", "apps", "events.k8s.io", "authentication.k8s.io",
      "authorization.k8s.io", "autoscaling", "batch", "certificates.k8s.io",
      "networking.k8s.io", "policy", "rbac.authorization.k8s.io", "storage.k8s.io",
      "admissionregistration.k8s.io", "apiextensions.k8s.io", "scheduling.k8s.io",
      "coordination.k8s.io", "node.k8s.io", "discovery.k8s.io", "flowcontrol.apiserver.k8s.io",
      "resource.k8s.io"};
  auto it = std::find(order.begin(), order.end(), g);
  return it == order.end() ? static_cast<int>(order.size()) : static_cast<int>(it - order.begin());
}

}  // namespace

void Catalog::add(ResourceType type) {
  auto owned = std::make_unique<ResourceType>(std::move(type));
  const ResourceType* t = owned.get();
  by_path_[t->info.group + "/" + t->info.version + "/" + t->info.plural] = t;
  types_.push_back(std::move(owned));
  auto g = std::find_if(groups_.begin(), groups_.end(), [&](const GroupEntry& e) { return e.name == t->info.group; });
  if (g == groups_.end()) {
    groups_.push_back({t->info.group, {t->info.version}});
    std::stable_sort(groups_.begin(), groups_.end(), [](const GroupEntry& a, const GroupEntry& b) {
      int ra = group_rank(a.name), rb = group_rank(b.name);
      return ra != rb ? ra < rb : a.name < b.name;
    });
  } else if (std::find(g->versions.begin(), g->versions.end(), t->info.version) == g->versions.end()) {
    g->versions.push_back(t->info.version);
  }
}

Catalog::Catalog(const Catalog& other) {
  for (const auto& t : other.types_) add(*t);
}

std::shared_ptr<const Catalog> Catalog::with(std::vector<ResourceType> custom) const {
  auto c = std::make_shared<Catalog>(*this);
  for (auto& t : custom) {
    // A CRD may not take over a built-in resource.
    if (!c->find(t.info.group, t.info.version, t.info.plural)) c->add(std::move(t));
  }
  return c;
}

const ResourceType* Catalog::find(const std::string& group, const std::string& version,
                                  const std::string& plural) const {
  auto it = by_path_.find(group + "/" + version + "/" + plural);
  return it == by_path_.end() ? nullptr : it->second;
}

std::vector<const ResourceType*> Catalog::resources(const std::string& group,
                                                    const std::string& version) const {
  std::vector<const ResourceType*> out;
  for (const auto& t : types_)
    if (t->info.group == group && t->info.version == version) out.push_back(t.get());
  return out;
}

namespace {

template <api::Resource T>
ResourceType kind(void (*tweak)(ResourceType&) = nullptr) {
  ResourceType t;
  t.info = resource_info(api::Tag<T>{});
  t.type = &api::Codec<T>::ref();
  t.schema = api::schema_of(*t.type);
  if (tweak) tweak(t);
  return t;
}

}  // namespace

std::shared_ptr<const Catalog> builtin_catalog() {
  static const std::shared_ptr<const Catalog> catalog = [] {
    auto c = std::make_shared<Catalog>();
    namespace core = api::core::v1;
    c->add(kind<core::ConfigMap>());
    c->add(kind<core::Namespace>([](ResourceType& t) {
      t.delete_returns_object = true;
      t.name_is_dns_label = true;
      t.field_labels = {"status.phase"};
      t.verbs = {"create", "delete", "get", "list", "patch", "update", "watch"};
      t.extra_subresources = {{"finalize", {"update"}, ""}};
    }));
    c->add(kind<core::Pod>([](ResourceType& t) {
      t.delete_returns_object = true;
      // Served by the node that runs the pod (see ApiHandlerOptions::pod_logs).
      t.extra_subresources = {{"attach", {"create", "get"}, "PodAttachOptions"},
                              {"exec", {"create", "get"}, "PodExecOptions"},
                              {"log", {"get"}, ""},
                              {"portforward", {"create", "get"}, "PodPortForwardOptions"}};
      t.field_labels = {"spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
                        "spec.serviceAccountName", "spec.hostNetwork", "status.phase",
                        "status.podIP", "status.nominatedNodeName"};
    }));
    c->add(kind<core::PodTemplate>());
    c->add(kind<core::Secret>([](ResourceType& t) { t.field_labels = {"type"}; }));
    c->add(kind<core::ServiceAccount>([](ResourceType& t) {
      t.delete_returns_object = true;
      t.extra_subresources = {{"token", {"create"}, "TokenRequest", "authentication.k8s.io", "v1"}};
    }));
    c->add(kind<api::coordination::v1::Lease>());
    c->add(kind<api::policy::v1::PodDisruptionBudget>([](ResourceType& t) { t.tracks_generation = true; }));
    c->add(kind<api::rbac::v1::ClusterRole>());
    c->add(kind<api::rbac::v1::ClusterRoleBinding>());
    c->add(kind<api::rbac::v1::Role>());
    c->add(kind<api::rbac::v1::RoleBinding>());
    c->add(kind<api::scheduling::v1::PriorityClass>());
    c->add(kind<core::Service>([](ResourceType& t) { t.delete_returns_object = true; }));
    c->add(kind<core::Endpoints>());
    c->add(kind<core::Node>([](ResourceType& t) {
      t.delete_returns_object = true;
      t.field_labels = {"spec.unschedulable"};
    }));
    c->add(kind<core::Event>([](ResourceType& t) {
      t.field_labels = {"involvedObject.kind", "involvedObject.namespace", "involvedObject.name",
                        "involvedObject.uid", "involvedObject.apiVersion",
                        "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
                        "reportingComponent", "source", "type"};
    }));
    c->add(kind<core::PersistentVolume>([](ResourceType& t) { t.delete_returns_object = true; }));
    c->add(kind<core::PersistentVolumeClaim>([](ResourceType& t) { t.delete_returns_object = true; }));
    c->add(kind<core::ResourceQuota>());
    c->add(kind<core::LimitRange>());
    namespace apps = api::apps::v1;
    auto workload = [](ResourceType& t) { t.tracks_generation = true; };
    c->add(kind<apps::Deployment>(workload));
    c->add(kind<apps::ReplicaSet>([](ResourceType& t) {
      t.tracks_generation = true;
      t.field_labels = {"status.replicas"};
    }));
    c->add(kind<apps::StatefulSet>(workload));
    c->add(kind<apps::DaemonSet>(workload));
    c->add(kind<apps::ControllerRevision>());
    c->add(kind<api::batch::v1::Job>([](ResourceType& t) {
      t.tracks_generation = true;
      t.field_labels = {"status.successful"};
    }));
    c->add(kind<api::batch::v1::CronJob>(workload));
    auto review = [](ResourceType& t) {
      t.review = true;
      t.verbs = {"create"};
    };
    c->add(kind<api::authentication::v1::TokenReview>(review));
    c->add(kind<api::authentication::v1::SelfSubjectReview>(review));
    c->add(kind<api::authorization::v1::SubjectAccessReview>(review));
    c->add(kind<api::authorization::v1::SelfSubjectAccessReview>(review));
    c->add(kind<api::authorization::v1::LocalSubjectAccessReview>(review));
    c->add(kind<api::authorization::v1::SelfSubjectRulesReview>(review));
    c->add(kind<api::networking::v1::Ingress>(workload));
    c->add(kind<api::networking::v1::IngressClass>());
    c->add(kind<api::networking::v1::NetworkPolicy>(workload));
    c->add(kind<api::storage::v1::StorageClass>([](ResourceType& t) { t.delete_returns_object = true; }));
    c->add(kind<api::apiextensions::v1::CustomResourceDefinition>([](ResourceType& t) {
      t.tracks_generation = true;
    }));
    c->add(kind<api::discovery::v1::EndpointSlice>());
    c->add(kind<api::events::v1::Event>([](ResourceType& t) {
      t.storage_prefix = "/registry/core/events/";
      t.from_storage = core_event_to_events_v1;
      t.to_storage = events_v1_to_core_event;
      t.validate_create = validate_events_v1_create;
      // Selectors see the stored (core/v1) form, as upstream's shared registry does.
      t.field_labels = {"involvedObject.kind", "involvedObject.namespace", "involvedObject.name",
                        "involvedObject.uid", "involvedObject.apiVersion",
                        "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
                        "reportingComponent", "source", "type"};
    }));
    return std::shared_ptr<const Catalog>(std::move(c));
  }();
  return catalog;
}

}  // namespace windlass::apiserver
