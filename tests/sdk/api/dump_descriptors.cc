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
#include <windlass/api/apiextensions/v1/custom_resource_definition.h>
#include <windlass/api/authentication/v1/self_subject_review.h>
#include <windlass/api/authentication/v1/token_request.h>
#include <windlass/api/authentication/v1/token_review.h>
#include <windlass/api/authorization/v1/local_subject_access_review.h>
#include <windlass/api/authorization/v1/self_subject_access_review.h>
#include <windlass/api/authorization/v1/self_subject_rules_review.h>
#include <windlass/api/authorization/v1/subject_access_review.h>
#include <windlass/api/meta/v1/api_group_list.h>
#include <windlass/api/meta/v1/api_resource_list.h>
#include <windlass/api/meta/v1/api_versions.h>
#include <windlass/api/meta/v1/delete_options.h>
#include <windlass/api/meta/v1/partial_object_metadata_list.h>
#include <windlass/api/meta/v1/table.h>
#include <windlass/api/meta/v1/watch_event.h>
#include <windlass/api/networking/v1/ingress.h>
#include <windlass/api/networking/v1/ingress_class.h>
#include <windlass/api/networking/v1/network_policy.h>
#include <windlass/api/version/info.h>
#include <windlass/api/apps/v1/controller_revision.h>
#include <windlass/api/apps/v1/daemon_set.h>
#include <windlass/api/apps/v1/deployment.h>
#include <windlass/api/apps/v1/replica_set.h>
#include <windlass/api/apps/v1/stateful_set.h>
#include <windlass/api/batch/v1/cron_job.h>
#include <windlass/api/batch/v1/job.h>
#include <windlass/api/core/v1/persistent_volume.h>
#include <windlass/api/core/v1/persistent_volume_claim.h>
#include <windlass/api/storage/v1/storage_class.h>
#include <windlass/api/autoscaling/v1/scale.h>
#include <windlass/api/coordination/v1/lease.h>
#include <windlass/api/core/v1/config_map.h>
#include <windlass/api/core/v1/namespace.h>
#include <windlass/api/core/v1/pod_template.h>
#include <windlass/api/core/v1/pod.h>
#include <windlass/api/core/v1/secret.h>
#include <windlass/api/core/v1/service_account.h>
#include <windlass/api/describe.h>
#include <windlass/api/core/v1/endpoints.h>
#include <windlass/api/core/v1/event.h>
#include <windlass/api/core/v1/limit_range.h>
#include <windlass/api/core/v1/node.h>
#include <windlass/api/core/v1/resource_quota.h>
#include <windlass/api/core/v1/service.h>
#include <windlass/api/discovery/v1/endpoint_slice.h>
#include <windlass/api/events/v1/event.h>
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
namespace apps = windlass::api::apps::v1;
namespace batch = windlass::api::batch::v1;
namespace storage = windlass::api::storage::v1;
namespace networking = windlass::api::networking::v1;
namespace authentication = windlass::api::authentication::v1;
namespace authorization = windlass::api::authorization::v1;
namespace apiextensions = windlass::api::apiextensions::v1;
namespace version = windlass::api::version;
namespace autoscaling = windlass::api::autoscaling::v1;
namespace coordination = windlass::api::coordination::v1;
namespace discovery = windlass::api::discovery::v1;
namespace events = windlass::api::events::v1;
namespace policy = windlass::api::policy::v1;
namespace rbac = windlass::api::rbac::v1;
namespace scheduling = windlass::api::scheduling::v1;

constexpr const char* kMeta = "io.k8s.apimachinery.pkg.apis.meta.v1.";
constexpr const char* kCore = "io.k8s.api.core.v1.";
constexpr const char* kApps = "io.k8s.api.apps.v1.";
constexpr const char* kBatch = "io.k8s.api.batch.v1.";
constexpr const char* kStorage = "io.k8s.api.storage.v1.";
constexpr const char* kNetworking = "io.k8s.api.networking.v1.";
constexpr const char* kAuthentication = "io.k8s.api.authentication.v1.";
constexpr const char* kAuthorization = "io.k8s.api.authorization.v1.";
constexpr const char* kApiextensions = "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.";
constexpr const char* kVersion = "io.k8s.apimachinery.pkg.version.";
constexpr const char* kAutoscaling = "io.k8s.api.autoscaling.v1.";
constexpr const char* kCoordination = "io.k8s.api.coordination.v1.";
constexpr const char* kDiscovery = "io.k8s.api.discovery.v1.";
constexpr const char* kEvents = "io.k8s.api.events.v1.";
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
      {kCore, &describe(Tag<core::CSIPersistentVolumeSource>{})},
      {kCore, &describe(Tag<core::LocalVolumeSource>{})},
      {kCore, &describe(Tag<core::ModifyVolumeStatus>{})},
      {kCore, &describe(Tag<core::NFSVolumeSource>{})},
      {kCore, &describe(Tag<core::PersistentVolume>{})},
      {kCore, &describe(Tag<core::PersistentVolumeClaim>{})},
      {kCore, &describe(Tag<core::PersistentVolumeClaimCondition>{})},
      {kCore, &describe(Tag<core::PersistentVolumeClaimSpec>{})},
      {kCore, &describe(Tag<core::PersistentVolumeClaimStatus>{})},
      {kCore, &describe(Tag<core::PersistentVolumeSpec>{})},
      {kCore, &describe(Tag<core::PersistentVolumeStatus>{})},
      {kCore, &describe(Tag<core::SecretReference>{})},
      {kCore, &describe(Tag<core::TopologySelectorLabelRequirement>{})},
      {kCore, &describe(Tag<core::TopologySelectorTerm>{})},
      {kCore, &describe(Tag<core::TypedLocalObjectReference>{})},
      {kCore, &describe(Tag<core::TypedObjectReference>{})},
      {kCore, &describe(Tag<core::VolumeNodeAffinity>{})},
      {kCore, &describe(Tag<core::VolumeResourceRequirements>{})},
      {kApps, &describe(Tag<apps::ControllerRevision>{})},
      {kApps, &describe(Tag<apps::DaemonSet>{})},
      {kApps, &describe(Tag<apps::DaemonSetCondition>{})},
      {kApps, &describe(Tag<apps::DaemonSetSpec>{})},
      {kApps, &describe(Tag<apps::DaemonSetStatus>{})},
      {kApps, &describe(Tag<apps::DaemonSetUpdateStrategy>{})},
      {kApps, &describe(Tag<apps::Deployment>{})},
      {kApps, &describe(Tag<apps::DeploymentCondition>{})},
      {kApps, &describe(Tag<apps::DeploymentSpec>{})},
      {kApps, &describe(Tag<apps::DeploymentStatus>{})},
      {kApps, &describe(Tag<apps::DeploymentStrategy>{})},
      {kApps, &describe(Tag<apps::ReplicaSet>{})},
      {kApps, &describe(Tag<apps::ReplicaSetCondition>{})},
      {kApps, &describe(Tag<apps::ReplicaSetSpec>{})},
      {kApps, &describe(Tag<apps::ReplicaSetStatus>{})},
      {kApps, &describe(Tag<apps::RollingUpdateDaemonSet>{})},
      {kApps, &describe(Tag<apps::RollingUpdateDeployment>{})},
      {kApps, &describe(Tag<apps::RollingUpdateStatefulSetStrategy>{})},
      {kApps, &describe(Tag<apps::StatefulSet>{})},
      {kApps, &describe(Tag<apps::StatefulSetCondition>{})},
      {kApps, &describe(Tag<apps::StatefulSetOrdinals>{})},
      {kApps, &describe(Tag<apps::StatefulSetPersistentVolumeClaimRetentionPolicy>{})},
      {kApps, &describe(Tag<apps::StatefulSetSpec>{})},
      {kApps, &describe(Tag<apps::StatefulSetStatus>{})},
      {kApps, &describe(Tag<apps::StatefulSetUpdateStrategy>{})},
      {kBatch, &describe(Tag<batch::CronJob>{})},
      {kBatch, &describe(Tag<batch::CronJobSpec>{})},
      {kBatch, &describe(Tag<batch::CronJobStatus>{})},
      {kBatch, &describe(Tag<batch::Job>{})},
      {kBatch, &describe(Tag<batch::JobCondition>{})},
      {kBatch, &describe(Tag<batch::JobSpec>{})},
      {kBatch, &describe(Tag<batch::JobStatus>{})},
      {kBatch, &describe(Tag<batch::JobTemplateSpec>{})},
      {kBatch, &describe(Tag<batch::PodFailurePolicy>{})},
      {kBatch, &describe(Tag<batch::PodFailurePolicyOnExitCodesRequirement>{})},
      {kBatch, &describe(Tag<batch::PodFailurePolicyOnPodConditionsPattern>{})},
      {kBatch, &describe(Tag<batch::PodFailurePolicyRule>{})},
      {kBatch, &describe(Tag<batch::SuccessPolicy>{})},
      {kBatch, &describe(Tag<batch::SuccessPolicyRule>{})},
      {kBatch, &describe(Tag<batch::UncountedTerminatedPods>{})},
      {kStorage, &describe(Tag<storage::StorageClass>{})},
      {kMeta, &describe(Tag<meta::APIGroup>{})},
      {kMeta, &describe(Tag<meta::APIGroupList>{})},
      {kMeta, &describe(Tag<meta::APIResource>{})},
      {kMeta, &describe(Tag<meta::APIResourceList>{})},
      {kMeta, &describe(Tag<meta::APIVersions>{})},
      {kMeta, &describe(Tag<meta::DeleteOptions>{})},
      {kMeta, &describe(Tag<meta::FieldSelectorRequirement>{})},
      {kMeta, &describe(Tag<meta::GroupVersionForDiscovery>{})},
      {kMeta, &describe(Tag<meta::PartialObjectMetadata>{})},
      {kMeta, &describe(Tag<meta::PartialObjectMetadataList>{})},
      {kMeta, &describe(Tag<meta::Preconditions>{})},
      {kMeta, &describe(Tag<meta::ServerAddressByClientCIDR>{})},
      {kMeta, &describe(Tag<meta::Table>{})},
      {kMeta, &describe(Tag<meta::TableColumnDefinition>{})},
      {kMeta, &describe(Tag<meta::TableRow>{})},
      {kMeta, &describe(Tag<meta::TableRowCondition>{})},
      {kMeta, &describe(Tag<meta::WatchEvent>{})},
      {kNetworking, &describe(Tag<networking::HTTPIngressPath>{})},
      {kNetworking, &describe(Tag<networking::HTTPIngressRuleValue>{})},
      {kNetworking, &describe(Tag<networking::IPBlock>{})},
      {kNetworking, &describe(Tag<networking::Ingress>{})},
      {kNetworking, &describe(Tag<networking::IngressBackend>{})},
      {kNetworking, &describe(Tag<networking::IngressClass>{})},
      {kNetworking, &describe(Tag<networking::IngressClassParametersReference>{})},
      {kNetworking, &describe(Tag<networking::IngressClassSpec>{})},
      {kNetworking, &describe(Tag<networking::IngressLoadBalancerIngress>{})},
      {kNetworking, &describe(Tag<networking::IngressLoadBalancerStatus>{})},
      {kNetworking, &describe(Tag<networking::IngressPortStatus>{})},
      {kNetworking, &describe(Tag<networking::IngressRule>{})},
      {kNetworking, &describe(Tag<networking::IngressServiceBackend>{})},
      {kNetworking, &describe(Tag<networking::IngressSpec>{})},
      {kNetworking, &describe(Tag<networking::IngressStatus>{})},
      {kNetworking, &describe(Tag<networking::IngressTLS>{})},
      {kNetworking, &describe(Tag<networking::NetworkPolicy>{})},
      {kNetworking, &describe(Tag<networking::NetworkPolicyEgressRule>{})},
      {kNetworking, &describe(Tag<networking::NetworkPolicyIngressRule>{})},
      {kNetworking, &describe(Tag<networking::NetworkPolicyPeer>{})},
      {kNetworking, &describe(Tag<networking::NetworkPolicyPort>{})},
      {kNetworking, &describe(Tag<networking::NetworkPolicySpec>{})},
      {kNetworking, &describe(Tag<networking::ServiceBackendPort>{})},
      {kAuthentication, &describe(Tag<authentication::BoundObjectReference>{})},
      {kAuthentication, &describe(Tag<authentication::SelfSubjectReview>{})},
      {kAuthentication, &describe(Tag<authentication::SelfSubjectReviewStatus>{})},
      {kAuthentication, &describe(Tag<authentication::TokenRequest>{})},
      {kAuthentication, &describe(Tag<authentication::TokenRequestSpec>{})},
      {kAuthentication, &describe(Tag<authentication::TokenRequestStatus>{})},
      {kAuthentication, &describe(Tag<authentication::TokenReview>{})},
      {kAuthentication, &describe(Tag<authentication::TokenReviewSpec>{})},
      {kAuthentication, &describe(Tag<authentication::TokenReviewStatus>{})},
      {kAuthentication, &describe(Tag<authentication::UserInfo>{})},
      {kAuthorization, &describe(Tag<authorization::FieldSelectorAttributes>{})},
      {kAuthorization, &describe(Tag<authorization::LabelSelectorAttributes>{})},
      {kAuthorization, &describe(Tag<authorization::LocalSubjectAccessReview>{})},
      {kAuthorization, &describe(Tag<authorization::NonResourceAttributes>{})},
      {kAuthorization, &describe(Tag<authorization::NonResourceRule>{})},
      {kAuthorization, &describe(Tag<authorization::ResourceAttributes>{})},
      {kAuthorization, &describe(Tag<authorization::ResourceRule>{})},
      {kAuthorization, &describe(Tag<authorization::SelfSubjectAccessReview>{})},
      {kAuthorization, &describe(Tag<authorization::SelfSubjectAccessReviewSpec>{})},
      {kAuthorization, &describe(Tag<authorization::SelfSubjectRulesReview>{})},
      {kAuthorization, &describe(Tag<authorization::SelfSubjectRulesReviewSpec>{})},
      {kAuthorization, &describe(Tag<authorization::SubjectAccessReview>{})},
      {kAuthorization, &describe(Tag<authorization::SubjectAccessReviewSpec>{})},
      {kAuthorization, &describe(Tag<authorization::SubjectAccessReviewStatus>{})},
      {kAuthorization, &describe(Tag<authorization::SubjectRulesReviewStatus>{})},
      {kApiextensions, &describe(Tag<apiextensions::CustomResourceColumnDefinition>{})},
      {kApiextensions, &describe(Tag<apiextensions::CustomResourceConversion>{})},
      {kApiextensions, &describe(Tag<apiextensions::CustomResourceDefinition>{})},
      {kApiextensions, &describe(Tag<apiextensions::CustomResourceDefinitionCondition>{})},
      {kApiextensions, &describe(Tag<apiextensions::CustomResourceDefinitionNames>{})},
      {kApiextensions, &describe(Tag<apiextensions::CustomResourceDefinitionSpec>{})},
      {kApiextensions, &describe(Tag<apiextensions::CustomResourceDefinitionStatus>{})},
      {kApiextensions, &describe(Tag<apiextensions::CustomResourceDefinitionVersion>{})},
      {kApiextensions, &describe(Tag<apiextensions::CustomResourceSubresourceScale>{})},
      {kApiextensions, &describe(Tag<apiextensions::CustomResourceSubresourceStatus>{})},
      {kApiextensions, &describe(Tag<apiextensions::CustomResourceSubresources>{})},
      {kApiextensions, &describe(Tag<apiextensions::CustomResourceValidation>{})},
      {kApiextensions, &describe(Tag<apiextensions::ExternalDocumentation>{})},
      {kApiextensions, &describe(Tag<apiextensions::JSONSchemaProps>{})},
      {kApiextensions, &describe(Tag<apiextensions::SelectableField>{})},
      {kApiextensions, &describe(Tag<apiextensions::ServiceReference>{})},
      {kApiextensions, &describe(Tag<apiextensions::ValidationRule>{})},
      {kApiextensions, &describe(Tag<apiextensions::WebhookClientConfig>{})},
      {kApiextensions, &describe(Tag<apiextensions::WebhookConversion>{})},
      {kVersion, &describe(Tag<version::Info>{})},
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
      {kCore, &describe(Tag<core::AttachedVolume>{})},
      {kCore, &describe(Tag<core::ClientIPConfig>{})},
      {kCore, &describe(Tag<core::ConfigMapNodeConfigSource>{})},
      {kCore, &describe(Tag<core::ContainerImage>{})},
      {kCore, &describe(Tag<core::DaemonEndpoint>{})},
      {kCore, &describe(Tag<core::EndpointAddress>{})},
      {kCore, &describe(Tag<core::EndpointPort>{})},
      {kCore, &describe(Tag<core::EndpointSubset>{})},
      {kCore, &describe(Tag<core::Endpoints>{})},
      {kCore, &describe(Tag<core::Event>{})},
      {kCore, &describe(Tag<core::EventSeries>{})},
      {kCore, &describe(Tag<core::EventSource>{})},
      {kCore, &describe(Tag<core::LimitRange>{})},
      {kCore, &describe(Tag<core::LimitRangeItem>{})},
      {kCore, &describe(Tag<core::LimitRangeSpec>{})},
      {kCore, &describe(Tag<core::LoadBalancerIngress>{})},
      {kCore, &describe(Tag<core::LoadBalancerStatus>{})},
      {kCore, &describe(Tag<core::Node>{})},
      {kCore, &describe(Tag<core::NodeAddress>{})},
      {kCore, &describe(Tag<core::NodeCondition>{})},
      {kCore, &describe(Tag<core::NodeConfigSource>{})},
      {kCore, &describe(Tag<core::NodeConfigStatus>{})},
      {kCore, &describe(Tag<core::NodeDaemonEndpoints>{})},
      {kCore, &describe(Tag<core::NodeFeatures>{})},
      {kCore, &describe(Tag<core::NodeRuntimeHandler>{})},
      {kCore, &describe(Tag<core::NodeRuntimeHandlerFeatures>{})},
      {kCore, &describe(Tag<core::NodeSpec>{})},
      {kCore, &describe(Tag<core::NodeStatus>{})},
      {kCore, &describe(Tag<core::NodeSystemInfo>{})},
      {kCore, &describe(Tag<core::PortStatus>{})},
      {kCore, &describe(Tag<core::ResourceQuota>{})},
      {kCore, &describe(Tag<core::ResourceQuotaSpec>{})},
      {kCore, &describe(Tag<core::ResourceQuotaStatus>{})},
      {kCore, &describe(Tag<core::ScopeSelector>{})},
      {kCore, &describe(Tag<core::ScopedResourceSelectorRequirement>{})},
      {kCore, &describe(Tag<core::Service>{})},
      {kCore, &describe(Tag<core::ServicePort>{})},
      {kCore, &describe(Tag<core::ServiceSpec>{})},
      {kCore, &describe(Tag<core::ServiceStatus>{})},
      {kCore, &describe(Tag<core::SessionAffinityConfig>{})},
      {kCore, &describe(Tag<core::Taint>{})},
      {kDiscovery, &describe(Tag<discovery::Endpoint>{})},
      {kDiscovery, &describe(Tag<discovery::EndpointConditions>{})},
      {kDiscovery, &describe(Tag<discovery::EndpointHints>{})},
      {kDiscovery, &describe(Tag<discovery::EndpointPort>{})},
      {kDiscovery, &describe(Tag<discovery::EndpointSlice>{})},
      {kDiscovery, &describe(Tag<discovery::ForZone>{})},
      {kEvents, &describe(Tag<events::Event>{})},
      {kEvents, &describe(Tag<events::EventSeries>{})},
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
