#include <windlass/api/core/v1/service_spec.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ServiceSpec, d) {
  d.doc("How a Service is exposed and which pods back it.");
  d.field("ports", &ServiceSpec::ports)
      .doc("The ports the service exposes; each (port, protocol) pair at most once.")
      .list_map({"port", "protocol"}).patch_merge("port").proto(1);
  d.field("selector", &ServiceSpec::selector)
      .doc("Labels of the pods that receive the traffic; without it the endpoints are managed "
           "by hand.")
      .map_atomic().proto(2);
  d.field("clusterIP", &ServiceSpec::cluster_ip)
      .doc("The primary virtual IP, assigned by the server unless set; 'None' makes a headless "
           "service. Immutable apart from that.")
      .proto(3);
  d.field("clusterIPs", &ServiceSpec::cluster_ips)
      .doc("The virtual IPs, one per IP family, the first equal to clusterIP.")
      .list_atomic().proto(18);
  d.field("type", &ServiceSpec::type)
      .doc("How far the service reaches: ClusterIP (default), NodePort, LoadBalancer or "
           "ExternalName.")
      .enum_values({"ClusterIP", "ExternalName", "LoadBalancer", "NodePort"}).proto(4);
  d.field("externalIPs", &ServiceSpec::external_ips)
      .doc("Extra IPs, not managed by Kubernetes, on which the nodes accept the service's traffic.")
      .list_atomic().proto(5);
  d.field("sessionAffinity", &ServiceSpec::session_affinity)
      .doc("ClientIP to keep sending a client to the same pod, or None (default).")
      .enum_values({"ClientIP", "None"}).proto(7);
  d.field("loadBalancerIP", &ServiceSpec::load_balancer_ip)
      .doc("Requested load balancer IP where the provider supports it. Deprecated.").proto(8);
  d.field("loadBalancerSourceRanges", &ServiceSpec::load_balancer_source_ranges)
      .doc("Client CIDRs the cloud load balancer admits, where the provider supports it.")
      .list_atomic().proto(9);
  d.field("externalName", &ServiceSpec::external_name)
      .doc("For type ExternalName, the DNS name the service's name is an alias (CNAME) for.")
      .proto(10);
  d.field("externalTrafficPolicy", &ServiceSpec::external_traffic_policy)
      .doc("For traffic from outside through node ports and load balancers: Cluster spreads it "
           "over all pods, Local keeps it on the receiving node and the client's source IP.")
      .enum_values({"Cluster", "Local"}).proto(11);
  d.field("healthCheckNodePort", &ServiceSpec::health_check_node_port)
      .doc("Node port of the health check a load balancer uses with externalTrafficPolicy Local.")
      .proto(12);
  d.field("publishNotReadyAddresses", &ServiceSpec::publish_not_ready_addresses)
      .doc("Whether pods that are not ready are published in DNS and the endpoints anyway.")
      .proto(13);
  d.field("sessionAffinityConfig", &ServiceSpec::session_affinity_config)
      .doc("Settings of the chosen session affinity.").proto(14);
  d.field("ipFamilies", &ServiceSpec::ip_families)
      .doc("The IP families (IPv4, IPv6) of the cluster IPs, in order.").list_atomic().proto(19);
  d.field("ipFamilyPolicy", &ServiceSpec::ip_family_policy)
      .doc("SingleStack, PreferDualStack or RequireDualStack; defaulted by the server.")
      .enum_values({"PreferDualStack", "RequireDualStack", "SingleStack"}).proto(17);
  d.field("allocateLoadBalancerNodePorts", &ServiceSpec::allocate_load_balancer_node_ports)
      .doc("For type LoadBalancer, whether node ports are allocated too (default true).").proto(20);
  d.field("loadBalancerClass", &ServiceSpec::load_balancer_class)
      .doc("Which load balancer implementation handles the service; the cloud provider's when "
           "unset. Immutable.")
      .proto(21);
  d.field("internalTrafficPolicy", &ServiceSpec::internal_traffic_policy)
      .doc("For traffic to the cluster IP from inside: Cluster (default) or Local to the "
           "sending node.")
      .enum_values({"Cluster", "Local"}).proto(22);
  d.field("trafficDistribution", &ServiceSpec::traffic_distribution)
      .doc("A preference for how traffic is spread, such as PreferClose for topologically close "
           "endpoints.")
      .proto(23);
}

}  // namespace windlass::api::core::v1
