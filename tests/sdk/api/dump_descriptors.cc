// Prints the field names and types of every typed API type, for python_models_test.py to compare
// with the official python client's models.
//
//   dump_descriptors
//     {"io.k8s.api.core.v1.ConfigMap": {"apiVersion": "string", "data": "map[string]string", …}, …}
//   dump_descriptors --required
//     {"io.k8s.api.core.v1.ConfigMap": [], "io.k8s.api.core.v1.NamespaceCondition": ["type", …]…}
//
// Types are keyed by their upstream OpenAPI definition name. A field's type is written as
// boolean, int32, int64, double, string, byte (base64), date-time, micro-time, quantity,
// int-or-string, raw (any JSON), the definition name of a described struct, `[]T` or
// `map[string]T`. Every described struct reachable from the listed types must be listed too;
// otherwise the program fails, so a newly declared type cannot escape the comparison.
#include <windlass/api/autoscaling/v1/scale.h>
#include <windlass/api/coordination/v1/lease.h>
#include <windlass/api/core/v1/config_map.h>
#include <windlass/api/core/v1/namespace.h>
#include <windlass/api/core/v1/pod_template.h>
#include <windlass/api/core/v1/pod.h>
#include <windlass/api/core/v1/secret.h>
#include <windlass/api/core/v1/service_account.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/condition.h>
#include <windlass/api/meta/v1/label_selector.h>
#include <windlass/api/meta/v1/status.h>
#include <windlass/api/policy/v1/pod_disruption_budget.h>
#include <windlass/api/rbac/v1/cluster_role.h>
#include <windlass/api/rbac/v1/cluster_role_binding.h>
#include <windlass/api/rbac/v1/role.h>
#include <windlass/api/rbac/v1/role_binding.h>
#include <windlass/api/scheduling/v1/priority_class.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace {

using windlass::Json;
using windlass::api::Tag;
using windlass::api::TypeDescriptor;
using windlass::api::TypeRef;
using windlass::api::ValueKind;
namespace core = windlass::api::core::v1;
namespace meta = windlass::api::meta::v1;
namespace autoscaling = windlass::api::autoscaling::v1;
namespace coordination = windlass::api::coordination::v1;
namespace policy = windlass::api::policy::v1;
namespace rbac = windlass::api::rbac::v1;
namespace scheduling = windlass::api::scheduling::v1;

constexpr const char* kMeta = "io.k8s.apimachinery.pkg.apis.meta.v1.";
constexpr const char* kCore = "io.k8s.api.core.v1.";
constexpr const char* kAutoscaling = "io.k8s.api.autoscaling.v1.";
constexpr const char* kCoordination = "io.k8s.api.coordination.v1.";
constexpr const char* kPolicy = "io.k8s.api.policy.v1.";
constexpr const char* kRbac = "io.k8s.api.rbac.v1.";
constexpr const char* kScheduling = "io.k8s.api.scheduling.v1.";

std::vector<std::pair<std::string, const TypeDescriptor*>> all_types() {
  return {
      {kMeta, &describe(Tag<meta::Condition>{})},
      {kMeta, &describe(Tag<meta::LabelSelector>{})},
      {kMeta, &describe(Tag<meta::LabelSelectorRequirement>{})},
      {kMeta, &describe(Tag<meta::ListMeta>{})},
      {kMeta, &describe(Tag<meta::ManagedFieldsEntry>{})},
      {kMeta, &describe(Tag<meta::ObjectMeta>{})},
      {kMeta, &describe(Tag<meta::OwnerReference>{})},
      {kMeta, &describe(Tag<meta::Status>{})},
      {kMeta, &describe(Tag<meta::StatusCause>{})},
      {kMeta, &describe(Tag<meta::StatusDetails>{})},
      {kCore, &describe(Tag<core::Affinity>{})},
      {kCore, &describe(Tag<core::AppArmorProfile>{})},
      {kCore, &describe(Tag<core::Capabilities>{})},
      {kCore, &describe(Tag<core::ClusterTrustBundleProjection>{})},
      {kCore, &describe(Tag<core::ConfigMap>{})},
      {kCore, &describe(Tag<core::ConfigMapEnvSource>{})},
      {kCore, &describe(Tag<core::ConfigMapKeySelector>{})},
      {kCore, &describe(Tag<core::ConfigMapProjection>{})},
      {kCore, &describe(Tag<core::ConfigMapVolumeSource>{})},
      {kCore, &describe(Tag<core::Container>{})},
      {kCore, &describe(Tag<core::ContainerPort>{})},
      {kCore, &describe(Tag<core::ContainerResizePolicy>{})},
      {kCore, &describe(Tag<core::ContainerState>{})},
      {kCore, &describe(Tag<core::ContainerStateRunning>{})},
      {kCore, &describe(Tag<core::ContainerStateTerminated>{})},
      {kCore, &describe(Tag<core::ContainerStateWaiting>{})},
      {kCore, &describe(Tag<core::ContainerStatus>{})},
      {kCore, &describe(Tag<core::ContainerUser>{})},
      {kCore, &describe(Tag<core::DownwardAPIProjection>{})},
      {kCore, &describe(Tag<core::DownwardAPIVolumeFile>{})},
      {kCore, &describe(Tag<core::DownwardAPIVolumeSource>{})},
      {kCore, &describe(Tag<core::EmptyDirVolumeSource>{})},
      {kCore, &describe(Tag<core::EnvFromSource>{})},
      {kCore, &describe(Tag<core::EnvVar>{})},
      {kCore, &describe(Tag<core::EnvVarSource>{})},
      {kCore, &describe(Tag<core::EphemeralContainer>{})},
      {kCore, &describe(Tag<core::ExecAction>{})},
      {kCore, &describe(Tag<core::GRPCAction>{})},
      {kCore, &describe(Tag<core::HTTPGetAction>{})},
      {kCore, &describe(Tag<core::HTTPHeader>{})},
      {kCore, &describe(Tag<core::HostAlias>{})},
      {kCore, &describe(Tag<core::HostIP>{})},
      {kCore, &describe(Tag<core::HostPathVolumeSource>{})},
      {kCore, &describe(Tag<core::KeyToPath>{})},
      {kCore, &describe(Tag<core::Lifecycle>{})},
      {kCore, &describe(Tag<core::LifecycleHandler>{})},
      {kCore, &describe(Tag<core::LinuxContainerUser>{})},
      {kCore, &describe(Tag<core::LocalObjectReference>{})},
      {kCore, &describe(Tag<core::Namespace>{})},
      {kCore, &describe(Tag<core::NamespaceCondition>{})},
      {kCore, &describe(Tag<core::NamespaceSpec>{})},
      {kCore, &describe(Tag<core::NamespaceStatus>{})},
      {kCore, &describe(Tag<core::NodeAffinity>{})},
      {kCore, &describe(Tag<core::NodeSelector>{})},
      {kCore, &describe(Tag<core::NodeSelectorRequirement>{})},
      {kCore, &describe(Tag<core::NodeSelectorTerm>{})},
      {kCore, &describe(Tag<core::ObjectFieldSelector>{})},
      {kCore, &describe(Tag<core::ObjectReference>{})},
      {kCore, &describe(Tag<core::PersistentVolumeClaimVolumeSource>{})},
      {kCore, &describe(Tag<core::Pod>{})},
      {kCore, &describe(Tag<core::PodAffinity>{})},
      {kCore, &describe(Tag<core::PodAffinityTerm>{})},
      {kCore, &describe(Tag<core::PodAntiAffinity>{})},
      {kCore, &describe(Tag<core::PodCondition>{})},
      {kCore, &describe(Tag<core::PodDNSConfig>{})},
      {kCore, &describe(Tag<core::PodDNSConfigOption>{})},
      {kCore, &describe(Tag<core::PodIP>{})},
      {kCore, &describe(Tag<core::PodOS>{})},
      {kCore, &describe(Tag<core::PodReadinessGate>{})},
      {kCore, &describe(Tag<core::PodResourceClaim>{})},
      {kCore, &describe(Tag<core::PodResourceClaimStatus>{})},
      {kCore, &describe(Tag<core::PodSchedulingGate>{})},
      {kCore, &describe(Tag<core::PodSecurityContext>{})},
      {kCore, &describe(Tag<core::PodSpec>{})},
      {kCore, &describe(Tag<core::PodStatus>{})},
      {kCore, &describe(Tag<core::PodTemplate>{})},
      {kCore, &describe(Tag<core::PodTemplateSpec>{})},
      {kCore, &describe(Tag<core::PreferredSchedulingTerm>{})},
      {kCore, &describe(Tag<core::Probe>{})},
      {kCore, &describe(Tag<core::ProjectedVolumeSource>{})},
      {kCore, &describe(Tag<core::ResourceClaim>{})},
      {kCore, &describe(Tag<core::ResourceFieldSelector>{})},
      {kCore, &describe(Tag<core::ResourceHealth>{})},
      {kCore, &describe(Tag<core::ResourceRequirements>{})},
      {kCore, &describe(Tag<core::ResourceStatus>{})},
      {kCore, &describe(Tag<core::SELinuxOptions>{})},
      {kCore, &describe(Tag<core::SeccompProfile>{})},
      {kCore, &describe(Tag<core::Secret>{})},
      {kCore, &describe(Tag<core::SecretEnvSource>{})},
      {kCore, &describe(Tag<core::SecretKeySelector>{})},
      {kCore, &describe(Tag<core::SecretProjection>{})},
      {kCore, &describe(Tag<core::SecretVolumeSource>{})},
      {kCore, &describe(Tag<core::SecurityContext>{})},
      {kCore, &describe(Tag<core::ServiceAccount>{})},
      {kCore, &describe(Tag<core::ServiceAccountTokenProjection>{})},
      {kCore, &describe(Tag<core::SleepAction>{})},
      {kCore, &describe(Tag<core::Sysctl>{})},
      {kCore, &describe(Tag<core::TCPSocketAction>{})},
      {kCore, &describe(Tag<core::Toleration>{})},
      {kCore, &describe(Tag<core::TopologySpreadConstraint>{})},
      {kCore, &describe(Tag<core::Volume>{})},
      {kCore, &describe(Tag<core::VolumeDevice>{})},
      {kCore, &describe(Tag<core::VolumeMount>{})},
      {kCore, &describe(Tag<core::VolumeMountStatus>{})},
      {kCore, &describe(Tag<core::VolumeProjection>{})},
      {kCore, &describe(Tag<core::WeightedPodAffinityTerm>{})},
      {kCore, &describe(Tag<core::WindowsSecurityContextOptions>{})},
      {kAutoscaling, &describe(Tag<autoscaling::Scale>{})},
      {kAutoscaling, &describe(Tag<autoscaling::ScaleSpec>{})},
      {kAutoscaling, &describe(Tag<autoscaling::ScaleStatus>{})},
      {kCoordination, &describe(Tag<coordination::Lease>{})},
      {kCoordination, &describe(Tag<coordination::LeaseSpec>{})},
      {kPolicy, &describe(Tag<policy::PodDisruptionBudget>{})},
      {kPolicy, &describe(Tag<policy::PodDisruptionBudgetSpec>{})},
      {kPolicy, &describe(Tag<policy::PodDisruptionBudgetStatus>{})},
      {kRbac, &describe(Tag<rbac::AggregationRule>{})},
      {kRbac, &describe(Tag<rbac::ClusterRole>{})},
      {kRbac, &describe(Tag<rbac::ClusterRoleBinding>{})},
      {kRbac, &describe(Tag<rbac::PolicyRule>{})},
      {kRbac, &describe(Tag<rbac::Role>{})},
      {kRbac, &describe(Tag<rbac::RoleBinding>{})},
      {kRbac, &describe(Tag<rbac::RoleRef>{})},
      {kRbac, &describe(Tag<rbac::Subject>{})},
      {kScheduling, &describe(Tag<scheduling::PriorityClass>{})},
  };
}

class Dumper {
 public:
  Dumper() {
    for (const auto& [prefix, desc] : all_types()) names_[desc] = prefix + desc->name();
  }

  bool ok() const { return missing_.empty(); }
  const std::vector<std::string>& missing() const { return missing_; }

  Json fields() {
    Json out = Json::object();
    for (const auto& [desc, name] : names_) {
      Json fields = Json::object();
      for (const auto& f : desc->fields()) fields[f->json_name()] = type_name(f->type());
      out[name] = std::move(fields);
    }
    return out;
  }

  Json required() const {
    Json out = Json::object();
    for (const auto& [desc, name] : names_) {
      Json req = Json::array();
      for (const auto& f : desc->fields())
        if (f->markers().required) req.push_back(f->json_name());
      out[name] = std::move(req);
    }
    return out;
  }

 private:
  std::string type_name(const TypeRef& t) {
    switch (t.kind) {
      case ValueKind::kBool: return "boolean";
      case ValueKind::kInt32: return "int32";
      case ValueKind::kInt64: return "int64";
      case ValueKind::kDouble: return "double";
      case ValueKind::kString: return "string";
      case ValueKind::kQuantity: return "quantity";
      case ValueKind::kTime: return "date-time";
      case ValueKind::kMicroTime: return "micro-time";
      case ValueKind::kIntOrString: return "int-or-string";
      case ValueKind::kBytes: return "byte";
      case ValueKind::kRaw: return "raw";
      case ValueKind::kArray: return "[]" + type_name(t.element());
      case ValueKind::kMap: return "map[string]" + type_name(t.element());
      case ValueKind::kObject: {
        const TypeDescriptor& d = t.object();
        auto it = names_.find(&d);
        if (it != names_.end()) return it->second;
        missing_.push_back(d.name());
        return "?" + d.name();
      }
    }
    return "?";
  }

  std::map<const TypeDescriptor*, std::string> names_;
  std::vector<std::string> missing_;
};

}  // namespace

int main(int argc, char** argv) {
  bool required = argc > 1 && std::strcmp(argv[1], "--required") == 0;
  Dumper dumper;
  Json fields = dumper.fields();  // also checks that every referenced struct is listed
  if (!dumper.ok()) {
    for (const auto& name : dumper.missing())
      std::fprintf(stderr, "dump_descriptors: described type %s is not listed in all_types()\n",
                   name.c_str());
    return 1;
  }
  std::printf("%s\n", (required ? dumper.required() : fields).dump(2).c_str());
  return 0;
}
