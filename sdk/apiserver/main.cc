// windlass-apiserver: a small, faithful Kubernetes API server.
//
//   windlass-apiserver --data-dir ./.windlass --port 6443
//   export KUBECONFIG=./.windlass/admin.kubeconfig; kubectl get ns
#include "server.h"

#include <windlass/core/log.h>

#include <CLI/CLI.hpp>

#include <csignal>
#include <unistd.h>
#include <cstdio>
#include <iostream>

namespace {

volatile std::sig_atomic_t g_signal = 0;

void on_signal(int sig) { g_signal = sig; }

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"windlass-apiserver: a Kubernetes API server (storage, REST, watch, discovery) "
               "for development and tests"};
  windlass::apiserver::ApiServerOptions o;
  app.add_option("--data-dir", o.data_dir,
                 "Keep objects (write-ahead log + snapshots), certificates and the admin "
                 "kubeconfig here; resumes what is there. Without it everything is in memory.");
  app.add_option("--pki-dir", o.pki_dir, "Certificates and kubeconfig (default: --data-dir)");
  app.add_option("--bind-address", o.bind_address, "Address to listen on")->capture_default_str();
  app.add_option("--port", o.port, "Port to listen on (0: any free port)")->capture_default_str();
  app.add_option("--tls-cert-file", o.tls_cert_file, "Serving certificate (PEM) instead of a generated one");
  app.add_option("--tls-private-key-file", o.tls_key_file, "Key of --tls-cert-file (PEM)");
  app.add_flag("--insecure-http", o.insecure_http,
               "Serve plain HTTP (kubectl then sends no credentials; JS clients refuse it)");
  app.add_option("--threads", o.threads, "Server threads")->capture_default_str();
  app.add_option("--service-cluster-ip-range", o.handler.service_ranges.cluster_ip_range,
                 "IPv4 CIDR Services' cluster IPs come from")->capture_default_str();
  app.add_option("--service-node-port-range", o.handler.service_ranges.node_port_range,
                 "Ports NodePort and LoadBalancer Services' node ports come from")->capture_default_str();
  std::string kubeconfig_out;
  app.add_option("--write-kubeconfig", kubeconfig_out, "Also write the admin kubeconfig to this file");
  CLI11_PARSE(app, argc, argv);
  if (auto ranges = windlass::apiserver::check_service_ranges(o.handler.service_ranges); !ranges) {
    std::cerr << "error: " << ranges.error().message() << "\n";
    return 2;
  }
  if (o.tls_cert_file.empty() != o.tls_key_file.empty()) {
    std::cerr << "error: --tls-cert-file and --tls-private-key-file go together\n";
    return 2;
  }
  if (o.data_dir.empty() && o.pki_dir.empty() && kubeconfig_out.empty() && !o.insecure_http)
    std::cerr << "note: no --data-dir: objects live in memory only and no kubeconfig is written "
                 "(use --write-kubeconfig FILE)\n";

  auto server = windlass::apiserver::ApiServer::start(o);
  if (!server) {
    std::cerr << "error: " << server.error().message() << "\n";
    return 1;
  }
  auto& s = **server;
  std::string kubeconfig = s.kubeconfig_path();
  if (!kubeconfig_out.empty()) {
    FILE* f = std::fopen(kubeconfig_out.c_str(), "w");
    if (!f) {
      std::cerr << "error: cannot write " << kubeconfig_out << "\n";
      return 1;
    }
    std::string text = s.kubeconfig();
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
    kubeconfig = kubeconfig_out;
  }
  std::printf("windlass-apiserver serving on %s (resourceVersion %lld)\n", s.url().c_str(),
              static_cast<long long>(s.storage().current_rv()));
  if (!kubeconfig.empty())
    std::printf("\nUse it with kubectl:\n  export KUBECONFIG=%s\n  kubectl get namespaces\n\n",
                kubeconfig.c_str());
  std::fflush(stdout);

  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  while (!g_signal) pause();
  std::printf("shutting down\n");
  s.stop();
  return 0;
}
