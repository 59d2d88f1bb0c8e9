#include <windlass/api/core/v1/pod_spec.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodSpec, d) {
  d.doc("The desired shape of a pod: its containers, volumes, scheduling and security settings.");
  d.field("volumes", &PodSpec::volumes)
      .doc("Volumes the pod's containers may mount, by name.")
      .list_map({"name"}).patch_merge("name").patch_strategy("merge,retainKeys").proto(1);
  d.field("initContainers", &PodSpec::init_containers)
      .doc("Containers run to completion, one after another, before the app containers start.")
      .list_map({"name"}).patch_merge("name").proto(20);
  d.field("containers", &PodSpec::containers)
      .doc("The app containers; at least one. Container names are unique within the pod.")
      .required().list_map({"name"}).patch_merge("name").proto(2);
  d.field("ephemeralContainers", &PodSpec::ephemeral_containers)
      .doc("Debugging containers added to a running pod through the ephemeralcontainers "
           "subresource.").list_map({"name"}).patch_merge("name").proto(34);
  d.field("restartPolicy", &PodSpec::restart_policy)
      .doc("When containers are restarted: Always (default), OnFailure or Never.").proto(3);
  d.field("terminationGracePeriodSeconds", &PodSpec::termination_grace_period_seconds)
      .doc("Seconds between the stop signal and the kill on deletion; default 30.").proto(4);
  d.field("activeDeadlineSeconds", &PodSpec::active_deadline_seconds)
      .doc("Seconds after start at which the system fails the pod and kills its containers.")
      .proto(5);
  d.field("dnsPolicy", &PodSpec::dns_policy)
      .doc("How DNS is configured: ClusterFirst (default), ClusterFirstWithHostNet, Default or "
           "None.").proto(6);
  d.field("nodeSelector", &PodSpec::node_selector)
      .doc("Labels a node must carry for the pod to be scheduled there.").map_atomic().proto(7);
  d.field("serviceAccountName", &PodSpec::service_account_name)
      .doc("The ServiceAccount whose identity the pod runs with.").proto(8);
  d.field("serviceAccount", &PodSpec::service_account)
      .doc("Deprecated alias of serviceAccountName.").proto(9);
  d.field("automountServiceAccountToken", &PodSpec::automount_service_account_token)
      .doc("Whether an API token is mounted automatically; overrides the ServiceAccount's choice.")
      .proto(21);
  d.field("nodeName", &PodSpec::node_name)
      .doc("The node the pod is bound to; set by the scheduler, or directly to bypass it.")
      .proto(10);
  d.field("hostNetwork", &PodSpec::host_network)
      .doc("Use the node's network namespace instead of a pod network.").proto(11);
  d.field("hostPID", &PodSpec::host_pid).doc("Share the node's process ID namespace.").proto(12);
  d.field("hostIPC", &PodSpec::host_ipc).doc("Share the node's IPC namespace.").proto(13);
  d.field("shareProcessNamespace", &PodSpec::share_process_namespace)
      .doc("Put all containers of the pod in one process namespace.").proto(27);
  d.field("securityContext", &PodSpec::security_context)
      .doc("Security settings for the whole pod; containers may override some of them.").proto(14);
  d.field("imagePullSecrets", &PodSpec::image_pull_secrets)
      .doc("Same-namespace Secrets holding registry credentials for pulling the images.")
      .list_map({"name"}).patch_merge("name").proto(15);
  d.field("hostname", &PodSpec::hostname)
      .doc("The pod's host name; defaults to a system-chosen value.").proto(16);
  d.field("subdomain", &PodSpec::subdomain)
      .doc("With hostname, gives the pod the FQDN hostname.subdomain.namespace.svc.cluster-domain.")
      .proto(17);
  d.field("affinity", &PodSpec::affinity)
      .doc("Node affinity and pod (anti-)affinity scheduling rules.").proto(18);
  d.field("schedulerName", &PodSpec::scheduler_name)
      .doc("The scheduler that places the pod; default-scheduler when empty.").proto(19);
  d.field("tolerations", &PodSpec::tolerations)
      .doc("Taints the pod tolerates.").list_atomic().proto(22);
  d.field("hostAliases", &PodSpec::host_aliases)
      .doc("Extra entries written to the containers' /etc/hosts.")
      .list_map({"ip"}).patch_merge("ip").proto(23);
  d.field("priorityClassName", &PodSpec::priority_class_name)
      .doc("The PriorityClass that sets the pod's priority.").proto(24);
  d.field("priority", &PodSpec::priority)
      .doc("Scheduling priority, filled in by admission from priorityClassName.").proto(25);
  d.field("dnsConfig", &PodSpec::dns_config)
      .doc("DNS settings merged into those the dnsPolicy produces.").proto(26);
  d.field("readinessGates", &PodSpec::readiness_gates)
      .doc("Extra pod conditions that must be True before the pod counts as ready.")
      .list_atomic().proto(28);
  d.field("runtimeClassName", &PodSpec::runtime_class_name)
      .doc("The RuntimeClass (container runtime configuration) to run the pod with.").proto(29);
  d.field("enableServiceLinks", &PodSpec::enable_service_links)
      .doc("Whether Service addresses are injected as environment variables, Docker-links style; "
           "default true.").proto(30);
  d.field("preemptionPolicy", &PodSpec::preemption_policy)
      .doc("Whether this pod may preempt lower-priority pods: PreemptLowerPriority (default) or "
           "Never.").proto(31);
  d.field("overhead", &PodSpec::overhead)
      .doc("Resources the runtime itself uses for this pod, added by admission from the "
           "RuntimeClass.").proto(32);
  d.field("topologySpreadConstraints", &PodSpec::topology_spread_constraints)
      .doc("How the pod's replicas spread across topology domains such as zones.")
      .list_map({"topologyKey", "whenUnsatisfiable"}).patch_merge("topologyKey").proto(33);
  d.field("setHostnameAsFQDN", &PodSpec::set_hostname_as_fqdn)
      .doc("Make the kernel host name the pod's fully qualified domain name.").proto(35);
  d.field("os", &PodSpec::os)
      .doc("The operating system the pod's containers need; restricts which fields are valid.")
      .proto(36);
  d.field("hostUsers", &PodSpec::host_users)
      .doc("When false, the pod gets its own user namespace; default true (the host's).").proto(37);
  d.field("schedulingGates", &PodSpec::scheduling_gates)
      .doc("Gates that keep the pod unscheduled until all are removed.")
      .list_map({"name"}).patch_merge("name").proto(38);
  d.field("resourceClaims", &PodSpec::resource_claims)
      .doc("Dynamic resource claims the pod's containers may use, by name.")
      .list_map({"name"}).patch_merge("name").patch_strategy("merge,retainKeys").proto(39);
  d.field("resources", &PodSpec::resources)
      .doc("Pod-level resource requests and limits shared by all containers (alpha in 1.32).")
      .proto(40);
}

}  // namespace windlass::api::core::v1
