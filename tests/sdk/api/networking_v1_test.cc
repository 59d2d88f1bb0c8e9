// networking/v1 Ingress, IngressClass and NetworkPolicy against objects as kube-apiserver 1.32
// returns them, and against the protobuf body kubectl 1.32 sends for `create ingress`.
#include <windlass/api/networking/v1/ingress.h>
#include <windlass/api/networking/v1/ingress_class.h>
#include <windlass/api/networking/v1/network_policy.h>
#include <windlass/api/protobuf.h>

#include "round_trip.h"

#include <gtest/gtest.h>

#include <string_view>

namespace windlass::api {
namespace {

using networking::v1::HTTPIngressPath;
using networking::v1::Ingress;
using networking::v1::IngressClass;
using networking::v1::IngressClassParametersReference;
using networking::v1::NetworkPolicy;

// An Ingress served by ingress-nginx: TLS, two hosts, a default backend, and the address the
// controller wrote into the status.
constexpr const char* kShopIngress = R"({
  "apiVersion": "networking.k8s.io/v1",
  "kind": "Ingress",
  "metadata": {
    "annotations": {"nginx.ingress.kubernetes.io/rewrite-target": "/"},
    "creationTimestamp": "2024-11-20T09:30:11Z",
    "generation": 2,
    "name": "shop",
    "namespace": "prod",
    "resourceVersion": "5120",
    "uid": "3c5e7a9b-1d3f-4a5c-8e7a-9b1d3f5a7c9e"
  },
  "spec": {
    "defaultBackend": {"service": {"name": "fallback", "port": {"name": "http"}}},
    "ingressClassName": "nginx",
    "rules": [
      {
        "host": "shop.example.com",
        "http": {
          "paths": [
            {"backend": {"service": {"name": "web", "port": {"number": 80}}}, "path": "/", "pathType": "Prefix"},
            {"backend": {"service": {"name": "api", "port": {"number": 8080}}}, "path": "/api", "pathType": "Prefix"},
            {"backend": {"service": {"name": "web", "port": {"number": 80}}}, "path": "/healthz", "pathType": "Exact"}
          ]
        }
      },
      {
        "host": "*.shop.example.com",
        "http": {
          "paths": [
            {"backend": {"service": {"name": "tenant-router", "port": {"name": "https"}}}, "path": "/", "pathType": "ImplementationSpecific"}
          ]
        }
      }
    ],
    "tls": [{"hosts": ["shop.example.com", "*.shop.example.com"], "secretName": "shop-tls"}]
  },
  "status": {"loadBalancer": {"ingress": [{"ip": "203.0.113.7"}]}}
})";

// A cloud load balancer with a DNS name and a failing port, an object backend (a storage
// bucket CR) and a rule without a host; `futureRuleField` is a field from the future.
constexpr const char* kBucketIngress = R"({
  "apiVersion": "networking.k8s.io/v1",
  "kind": "Ingress",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:31:40Z",
    "generation": 1,
    "name": "assets",
    "namespace": "prod",
    "resourceVersion": "5177",
    "uid": "5e7a9b1d-3f5a-4c7e-9a1b-3d5f7a9c1e3b"
  },
  "spec": {
    "ingressClassName": "gce",
    "rules": [
      {
        "futureRuleField": "x",
        "http": {
          "paths": [
            {
              "backend": {"resource": {"apiGroup": "storage.example.com", "kind": "Bucket", "name": "static-assets"}},
              "path": "/static",
              "pathType": "Prefix"
            }
          ]
        }
      }
    ]
  },
  "status": {
    "loadBalancer": {
      "ingress": [
        {
          "hostname": "k8s-prod-assets-1a2b3c4d5e.elb.us-east-1.amazonaws.com",
          "ports": [
            {"port": 80, "protocol": "TCP"},
            {"error": "CertificateNotFound", "port": 443, "protocol": "TCP"}
          ]
        }
      ]
    }
  }
})";

// The default class of a cluster, with namespaced parameters.
constexpr const char* kIngressClass = R"({
  "apiVersion": "networking.k8s.io/v1",
  "kind": "IngressClass",
  "metadata": {
    "annotations": {"ingressclass.kubernetes.io/is-default-class": "true"},
    "creationTimestamp": "2024-11-18T14:02:10Z",
    "generation": 1,
    "labels": {"app.kubernetes.io/name": "ingress-nginx"},
    "name": "nginx",
    "resourceVersion": "712",
    "uid": "7a9b1d3f-5a7c-4e9a-8b1d-3f5a7c9e1b3d"
  },
  "spec": {
    "controller": "k8s.io/ingress-nginx",
    "parameters": {
      "apiGroup": "k8s.nginx.org",
      "kind": "IngressParameters",
      "name": "external",
      "namespace": "ingress-nginx",
      "scope": "Namespace"
    }
  }
})";

constexpr const char* kPlainIngressClass = R"({
  "apiVersion": "networking.k8s.io/v1",
  "kind": "IngressClass",
  "metadata": {
    "creationTimestamp": "2024-11-18T14:02:11Z",
    "generation": 1,
    "name": "traefik",
    "resourceVersion": "713",
    "uid": "9b1d3f5a-7c9e-4b1d-8f5a-7c9e1b3d5f7a"
  },
  "spec": {"controller": "traefik.io/ingress-controller"}
})";

constexpr const char* kDefaultDeny = R"({
  "apiVersion": "networking.k8s.io/v1",
  "kind": "NetworkPolicy",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:40:00Z",
    "generation": 1,
    "name": "default-deny-ingress",
    "namespace": "prod",
    "resourceVersion": "5301",
    "uid": "1d3f5a7c-9e1b-4d3f-9a7c-9e1b3d5f7a9c"
  },
  "spec": {"podSelector": {}, "policyTypes": ["Ingress"]}
})";

// Every kind of peer and port: pods in selected namespaces, an IP range with holes, a named
// port, a port range, and DNS egress.
constexpr const char* kDatabasePolicy = R"({
  "apiVersion": "networking.k8s.io/v1",
  "kind": "NetworkPolicy",
  "metadata": {
    "creationTimestamp": "2024-11-20T09:41:00Z",
    "generation": 1,
    "name": "db",
    "namespace": "prod",
    "resourceVersion": "5322",
    "uid": "3f5a7c9e-1b3d-4f5a-8c9e-1b3d5f7a9c1e"
  },
  "spec": {
    "egress": [
      {"ports": [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}]},
      {
        "ports": [{"endPort": 32768, "port": 32000, "protocol": "TCP"}],
        "to": [{"ipBlock": {"cidr": "10.0.0.0/8", "except": ["10.96.0.0/12", "10.244.0.0/16"]}}]
      }
    ],
    "ingress": [
      {
        "from": [
          {
            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "prod"}},
            "podSelector": {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["api", "worker"]}]}
          },
          {"namespaceSelector": {"matchLabels": {"team": "monitoring"}}},
          {"ipBlock": {"cidr": "2001:db8::/64"}}
        ],
        "ports": [{"port": "postgres", "protocol": "TCP"}, {"port": 9187, "protocol": "TCP"}]
      }
    ],
    "podSelector": {"matchLabels": {"app": "db"}},
    "policyTypes": ["Ingress", "Egress"]
  }
})";

TEST(NetworkingV1, IngressRoundTrips) {
  auto ing = round_trip<Ingress>(kShopIngress);
  EXPECT_EQ(ing.spec.ingress_class_name, "nginx");
  ASSERT_EQ(ing.spec.rules.size(), 2u);
  ASSERT_TRUE(ing.spec.rules[0].http);
  const HTTPIngressPath& api = ing.spec.rules[0].http->paths.at(1);
  EXPECT_EQ(api.path_type, "Prefix");
  ASSERT_TRUE(api.backend.service);
  EXPECT_EQ(api.backend.service->port.number, 8080);
  ASSERT_TRUE(ing.spec.default_backend && ing.spec.default_backend->service);
  EXPECT_EQ(ing.spec.default_backend->service->port.name, "http");
  EXPECT_EQ(ing.spec.tls.at(0).secret_name, "shop-tls");
  EXPECT_EQ(ing.status.load_balancer.ingress.at(0).ip, "203.0.113.7");

  auto bucket = round_trip<Ingress>(kBucketIngress);
  const auto& rule = bucket.spec.rules.at(0);
  EXPECT_EQ(rule.host, "");
  EXPECT_EQ(rule.unknown_fields.value, Json::parse(R"({"futureRuleField":"x"})"));
  const auto& backend = rule.http->paths.at(0).backend;
  EXPECT_FALSE(backend.service);
  ASSERT_TRUE(backend.resource);
  EXPECT_EQ(backend.resource->api_group, "storage.example.com");
  EXPECT_EQ(backend.resource->kind, "Bucket");
  const auto& lb = bucket.status.load_balancer.ingress.at(0);
  EXPECT_EQ(lb.hostname, "k8s-prod-assets-1a2b3c4d5e.elb.us-east-1.amazonaws.com");
  EXPECT_FALSE(lb.ports.at(0).error.has_value());
  EXPECT_EQ(lb.ports.at(1).error, "CertificateNotFound");
}

TEST(NetworkingV1, IngressWritesGoFieldsWithoutOmitempty) {
  // pathType is a pointer without omitempty; paths is a list without omitempty.
  HTTPIngressPath p{.path = "/"};
  p.backend.service = networking::v1::IngressServiceBackend{.name = "web"};
  EXPECT_EQ(encode(p), Json::parse(R"({"path":"/","pathType":null,
      "backend":{"service":{"name":"web","port":{}}}})"));
  EXPECT_EQ(encode(networking::v1::HTTPIngressRuleValue{}), Json::parse(R"({"paths":[]})"));
  Ingress empty;
  EXPECT_EQ(encode(empty), Json::parse(R"({"apiVersion":"networking.k8s.io/v1","kind":"Ingress",
      "metadata":{"creationTimestamp":null},"spec":{},"status":{"loadBalancer":{}}})"));
}

TEST(NetworkingV1, IngressClassRoundTrips) {
  auto c = round_trip<IngressClass>(kIngressClass);
  ASSERT_TRUE(c.spec.parameters);
  EXPECT_EQ(c.spec.parameters->scope, "Namespace");
  EXPECT_EQ(c.spec.parameters->namespace_, "ingress-nginx");
  auto plain = round_trip<IngressClass>(kPlainIngressClass);
  EXPECT_FALSE(plain.spec.parameters);

  // scope is a pointer without omitempty; the others are omitted when unset.
  IngressClassParametersReference ref{.kind = "IngressParameters", .name = "x"};
  EXPECT_EQ(encode(ref), Json::parse(R"({"kind":"IngressParameters","name":"x","scope":null})"));
}

TEST(NetworkingV1, NetworkPolicyRoundTrips) {
  auto deny = round_trip<NetworkPolicy>(kDefaultDeny);
  EXPECT_TRUE(deny.spec.ingress.empty());
  EXPECT_EQ(deny.spec.policy_types, std::vector<std::string>{"Ingress"});

  auto db = round_trip<NetworkPolicy>(kDatabasePolicy);
  const auto& from = db.spec.ingress.at(0).from;
  ASSERT_EQ(from.size(), 3u);
  ASSERT_TRUE(from[0].namespace_selector && from[0].pod_selector);
  EXPECT_EQ(from[0].pod_selector->match_expressions.at(0).values,
            (std::vector<std::string>{"api", "worker"}));
  ASSERT_TRUE(from[2].ip_block);
  EXPECT_EQ(from[2].ip_block->cidr, "2001:db8::/64");
  const auto& ports = db.spec.ingress.at(0).ports;
  EXPECT_EQ(ports.at(0).port, IntOrString::of_string("postgres"));
  EXPECT_EQ(ports.at(1).port, IntOrString::of_int(9187));
  const auto& range = db.spec.egress.at(1).ports.at(0);
  EXPECT_EQ(range.end_port, 32768);
  EXPECT_EQ(db.spec.egress.at(1).to.at(0).ip_block->except.size(), 2u);

  // podSelector is required: the empty selector (every pod) is written as {}.
  EXPECT_EQ(encode(NetworkPolicy{}.spec), Json::parse(R"({"podSelector":{}})"));
}

TEST(NetworkingV1, DecodeErrorsNameTheField) {
  auto bad = decode<Ingress>(Json::parse(R"({"spec":{"rules":[{"http":{"paths":[
      {"pathType":1,"backend":{"service":{"name":"web","port":{"number":"80"}}}}]}}]}})"));
  ASSERT_FALSE(bad);
  const std::string& msg = bad.error().message();
  EXPECT_NE(msg.find("spec.rules[0].http.paths[0].pathType: expected string, got number 1"),
            std::string::npos)
      << msg;
  EXPECT_NE(msg.find("spec.rules[0].http.paths[0].backend.service.port.number: expected "
                     "integer, got string \"80\""),
            std::string::npos)
      << msg;

  auto np = decode<NetworkPolicy>(
      Json::parse(R"({"spec":{"ingress":[{"ports":[{"endPort":4294967296}]}]}})"));
  ASSERT_FALSE(np);
  EXPECT_NE(np.error().message().find(
                "spec.ingress[0].ports[0].endPort: value 4294967296 out of range"),
            std::string::npos)
      << np.error().message();
}

// kubectl 1.32 create ingress web --class=nginx --rule="shop.example.com/=web:80"
//   --rule="shop.example.com/api*=api:8080,tls=shop-tls" --default-backend=fallback:http,
// recorded with the shared spec's probe; kubectl 1.31 sent the JSON below for the same command.
constexpr unsigned char kCreateIngressPb[] = {
    0x6b, 0x38, 0x73, 0x00, 0x0a, 0x1f, 0x0a, 0x14, 0x6e, 0x65, 0x74, 0x77,
    0x6f, 0x72, 0x6b, 0x69, 0x6e, 0x67, 0x2e, 0x6b, 0x38, 0x73, 0x2e, 0x69,
    0x6f, 0x2f, 0x76, 0x31, 0x12, 0x07, 0x49, 0x6e, 0x67, 0x72, 0x65, 0x73,
    0x73, 0x12, 0xac, 0x01, 0x0a, 0x13, 0x0a, 0x03, 0x77, 0x65, 0x62, 0x12,
    0x00, 0x1a, 0x00, 0x22, 0x00, 0x2a, 0x00, 0x32, 0x00, 0x38, 0x00, 0x42,
    0x00, 0x12, 0x90, 0x01, 0x0a, 0x16, 0x22, 0x14, 0x0a, 0x08, 0x66, 0x61,
    0x6c, 0x6c, 0x62, 0x61, 0x63, 0x6b, 0x12, 0x08, 0x0a, 0x04, 0x68, 0x74,
    0x74, 0x70, 0x10, 0x00, 0x12, 0x1c, 0x0a, 0x10, 0x73, 0x68, 0x6f, 0x70,
    0x2e, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x2e, 0x63, 0x6f, 0x6d,
    0x12, 0x08, 0x73, 0x68, 0x6f, 0x70, 0x2d, 0x74, 0x6c, 0x73, 0x1a, 0x51,
    0x0a, 0x10, 0x73, 0x68, 0x6f, 0x70, 0x2e, 0x65, 0x78, 0x61, 0x6d, 0x70,
    0x6c, 0x65, 0x2e, 0x63, 0x6f, 0x6d, 0x12, 0x3d, 0x0a, 0x3b, 0x0a, 0x19,
    0x0a, 0x01, 0x2f, 0x12, 0x0d, 0x22, 0x0b, 0x0a, 0x03, 0x77, 0x65, 0x62,
    0x12, 0x04, 0x0a, 0x00, 0x10, 0x50, 0x1a, 0x05, 0x45, 0x78, 0x61, 0x63,
    0x74, 0x0a, 0x1e, 0x0a, 0x04, 0x2f, 0x61, 0x70, 0x69, 0x12, 0x0e, 0x22,
    0x0c, 0x0a, 0x03, 0x61, 0x70, 0x69, 0x12, 0x05, 0x0a, 0x00, 0x10, 0x90,
    0x3f, 0x1a, 0x06, 0x50, 0x72, 0x65, 0x66, 0x69, 0x78, 0x22, 0x05, 0x6e,
    0x67, 0x69, 0x6e, 0x78, 0x1a, 0x02, 0x0a, 0x00, 0x1a, 0x00, 0x22, 0x00,
};

constexpr const char* kCreateIngressJson = R"({"kind":"Ingress","apiVersion":"networking.k8s.io/v1","metadata":{"name":"web","creationTimestamp":null},"spec":{"ingressClassName":"nginx","defaultBackend":{"service":{"name":"fallback","port":{"name":"http"}}},"tls":[{"hosts":["shop.example.com"],"secretName":"shop-tls"}],"rules":[{"host":"shop.example.com","http":{"paths":[{"path":"/","pathType":"Exact","backend":{"service":{"name":"web","port":{"number":80}}}},{"path":"/api","pathType":"Prefix","backend":{"service":{"name":"api","port":{"number":8080}}}}]}}]},"status":{"loadBalancer":{}}})";

TEST(NetworkingV1Protobuf, CreateIngressDecodesToWhatJsonKubectlSent) {
  auto pb = decode_protobuf_body(
      std::string_view(reinterpret_cast<const char*>(kCreateIngressPb), sizeof kCreateIngressPb),
      Codec<Ingress>::ref());
  ASSERT_TRUE(pb) << pb.error().message();
  EXPECT_EQ(*pb, Json::parse(kCreateIngressJson));
  // The rule's `http` sits in the embedded IngressRuleValue message (field 2) on the wire.
  auto ing = decode<Ingress>(*pb, {.strict = true});
  ASSERT_TRUE(ing) << ing.error().message();
  ASSERT_TRUE(ing->spec.rules.at(0).http);
  EXPECT_EQ(ing->spec.rules.at(0).http->paths.at(1).path_type, "Prefix");
  round_trip<Ingress>(kCreateIngressJson);
}

TEST(NetworkingV1, ResourceInfo) {
  const ResourceInfo& ing = resource_info(Tag<Ingress>{});
  EXPECT_EQ(ing.gvr().to_string(), "networking.k8s.io/v1, Resource=ingresses");
  EXPECT_EQ(ing.kind, "Ingress");
  EXPECT_EQ(ing.singular, "ingress");
  EXPECT_EQ(ing.short_names, std::vector<std::string>{"ing"});
  EXPECT_TRUE(ing.categories.empty());
  EXPECT_TRUE(ing.namespaced);
  EXPECT_TRUE(ing.status_subresource);
  EXPECT_EQ(ing.list_kind, "IngressList");

  const ResourceInfo& cls = resource_info(Tag<IngressClass>{});
  EXPECT_EQ(cls.gvr().to_string(), "networking.k8s.io/v1, Resource=ingressclasses");
  EXPECT_EQ(cls.singular, "ingressclass");
  EXPECT_TRUE(cls.short_names.empty());
  EXPECT_FALSE(cls.namespaced);
  EXPECT_FALSE(cls.status_subresource);

  const ResourceInfo& np = resource_info(Tag<NetworkPolicy>{});
  EXPECT_EQ(np.gvr().to_string(), "networking.k8s.io/v1, Resource=networkpolicies");
  EXPECT_EQ(np.singular, "networkpolicy");
  EXPECT_EQ(np.short_names, std::vector<std::string>{"netpol"});
  EXPECT_TRUE(np.namespaced);
  EXPECT_FALSE(np.status_subresource);
  EXPECT_EQ(np.list_kind, "NetworkPolicyList");
}

}  // namespace
}  // namespace windlass::api
