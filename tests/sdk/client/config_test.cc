// Config from kubeconfig files written by the real kubectl, from exec plugins (small shell
// scripts) and from a fake service-account directory.
#include <windlass/client/config.h>
#include <windlass/core/base64.h>
#include <windlass/core/json.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace windlass::client {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// kubectl 1.32 itself where the machine has it (/usr/bin/kubectl may be a version dispatcher),
// as tests/e2e/windlass_server.py picks it.
std::string kubectl_binary() {
  const char* pinned = "/usr/lib/google-cloud-sdk/bin/kubectl.1.32";
  if (::access(pinned, X_OK) == 0) return pinned;
  return "kubectl";
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

class TempDir {
 public:
  TempDir() {
    std::string templ = (fs::temp_directory_path() / "windlass-config-XXXXXX").string();
    path_ = ::mkdtemp(templ.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string operator/(const std::string& rel) const { return (fs::path(path_) / rel).string(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

void write_file(const std::string& path, const std::string& content, bool executable = false) {
  fs::create_directories(fs::path(path).parent_path());
  // Write beside and rename: readers see the old or the new file, never half of one, and the
  // inode changes as it does when the kubelet rotates a token.
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << content;
  }
  if (executable) ::chmod(tmp.c_str(), 0755);
  fs::rename(tmp, path);
}

std::string read_text(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// Sets (or unsets, with nullopt) environment variables for one test and restores them.
class ScopedEnv {
 public:
  ScopedEnv& set(const std::string& name, std::optional<std::string> value) {
    const char* old = std::getenv(name.c_str());
    saved_.push_back({name, old ? std::optional<std::string>(old) : std::nullopt});
    if (value) ::setenv(name.c_str(), value->c_str(), 1);
    else ::unsetenv(name.c_str());
    return *this;
  }
  ~ScopedEnv() {
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
      if (it->second) ::setenv(it->first.c_str(), it->second->c_str(), 1);
      else ::unsetenv(it->first.c_str());
    }
  }

 private:
  std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

// Changes the working directory for one test (to prove paths do not depend on it).
class ScopedCwd {
 public:
  explicit ScopedCwd(const std::string& dir) : old_(fs::current_path()) { fs::current_path(dir); }
  ~ScopedCwd() { fs::current_path(old_); }

 private:
  fs::path old_;
};

// Runs `kubectl config <args> --kubeconfig <file>`; fails the test when kubectl does.
void kubectl(const std::string& kubeconfig, std::initializer_list<std::string> args) {
  std::string cmd = shell_quote(kubectl_binary()) + " config";
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " --kubeconfig " + shell_quote(kubeconfig) + " 2>&1";
  FILE* p = ::popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[512];
  while (std::fgets(buf, sizeof buf, p) != nullptr) out += buf;
  int rc = ::pclose(p);
  ASSERT_EQ(rc, 0) << cmd << "\n" << out;
}

constexpr const char* kCaPem =
    "-----BEGIN CERTIFICATE-----\nMIIBfakeCAforwindlasstests\n-----END CERTIFICATE-----\n";
constexpr const char* kCertPem =
    "-----BEGIN CERTIFICATE-----\nMIIBfakeclientcert\n-----END CERTIFICATE-----\n";
constexpr const char* kKeyPem =
    "-----BEGIN EC PRIVATE KEY-----\nMHcfakeclientkey\n-----END EC PRIVATE KEY-----\n";

// A kubeconfig at <dir>/kube/config with cluster "dev" (CA file beside it), user "alice"
// (token) and context "dev" (namespace team-a), current.
class KubeconfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    config_ = dir_ / "kube/config";
    write_file(dir_ / "kube/ca.crt", kCaPem);
    kubectl(config_, {"set-cluster", "dev", "--server=https://127.0.0.1:6443/",
                      "--certificate-authority=" + (dir_ / "kube/ca.crt")});
    kubectl(config_, {"set-credentials", "alice", "--token=secret-token"});
    kubectl(config_, {"set-context", "dev", "--cluster=dev", "--user=alice",
                      "--namespace=team-a"});
    kubectl(config_, {"use-context", "dev"});
  }

  Error load_error(const KubeconfigOptions& options) {
    auto r = Config::from_kubeconfig(options);
    EXPECT_FALSE(r) << "expected an error";
    if (r) return Error(ErrorCode::kUnknown, "no error");
    return r.error();
  }
  Error load_error() { return load_error({.path = config_}); }

  TempDir dir_;
  std::string config_;
};

TEST_F(KubeconfigTest, KubectlWrittenFileGivesServerCaTokenAndNamespace) {
  // kubectl stored the CA path relative to the file; we resolve it against the file's folder.
  EXPECT_THAT(read_text(config_), HasSubstr("certificate-authority: ca.crt"));
  // From another working directory, so a cwd-relative read would fail.
  ScopedCwd cwd("/");
  auto config = Config::from_kubeconfig({.path = config_});
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->server, "https://127.0.0.1:6443");
  EXPECT_EQ(config->tls.ca_pem, kCaPem);
  EXPECT_FALSE(config->tls.insecure_skip_verify);
  EXPECT_EQ(config->default_namespace, "team-a");
  EXPECT_EQ(config->context_name, "dev");
  EXPECT_EQ(config->cluster_name, "dev");
  EXPECT_EQ(config->user_name, "alice");
  EXPECT_THAT(config->user_agent, HasSubstr("windlass/"));
  auto creds = config->credentials();
  ASSERT_TRUE(creds);
  EXPECT_EQ(creds->authorization, "Bearer secret-token");
  EXPECT_TRUE(creds->client_cert_pem.empty());
  EXPECT_FALSE(creds->expires);
}

TEST_F(KubeconfigTest, EmbeddedCertificatesAndTlsServerName) {
  write_file(dir_ / "pki/client.crt", kCertPem);
  write_file(dir_ / "pki/client.key", kKeyPem);
  kubectl(config_, {"set-cluster", "dev", "--certificate-authority=" + (dir_ / "kube/ca.crt"),
                    "--embed-certs", "--tls-server-name=api.internal"});
  kubectl(config_, {"set-credentials", "bob", "--client-certificate=" + (dir_ / "pki/client.crt"),
                    "--client-key=" + (dir_ / "pki/client.key"), "--embed-certs"});
  kubectl(config_, {"set-context", "dev", "--user=bob"});
  EXPECT_THAT(read_text(config_), HasSubstr("client-certificate-data: "));
  auto config = Config::from_kubeconfig({.path = config_});
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->tls.ca_pem, kCaPem);
  EXPECT_EQ(config->tls.server_name, "api.internal");
  EXPECT_EQ(config->tls.client_cert_pem, kCertPem);
  EXPECT_EQ(config->tls.client_key_pem, kKeyPem);
  EXPECT_EQ(config->credentials()->authorization, "");
}

TEST_F(KubeconfigTest, ClientCertificateFilesAreRead) {
  write_file(dir_ / "kube/pki/client.crt", kCertPem);
  write_file(dir_ / "kube/pki/client.key", kKeyPem);
  kubectl(config_, {"set-credentials", "carol",
                    "--client-certificate=" + (dir_ / "kube/pki/client.crt"),
                    "--client-key=" + (dir_ / "kube/pki/client.key")});
  EXPECT_THAT(read_text(config_), HasSubstr("client-certificate: pki/client.crt"));
  auto config = Config::from_kubeconfig({.path = config_, .user = "carol"});
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->user_name, "carol");
  EXPECT_EQ(config->tls.client_cert_pem, kCertPem);
  EXPECT_EQ(config->tls.client_key_pem, kKeyPem);
}

TEST_F(KubeconfigTest, BasicAuthBecomesABasicHeader) {
  kubectl(config_, {"set-credentials", "dave", "--username=dave", "--password=p@ss:word"});
  auto config = Config::from_kubeconfig({.path = config_, .user = "dave"});
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->credentials()->authorization, "Basic " + base64_encode("dave:p@ss:word"));
}

TEST_F(KubeconfigTest, InsecureSkipTlsVerifyWithoutCa) {
  kubectl(config_, {"set-cluster", "open", "--server=https://localhost:8443",
                    "--insecure-skip-tls-verify=true"});
  auto config = Config::from_kubeconfig({.path = config_, .cluster = "open"});
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_TRUE(config->tls.insecure_skip_verify);
  EXPECT_EQ(config->tls.ca_pem, "");
  EXPECT_EQ(config->server, "https://localhost:8443");
}

TEST_F(KubeconfigTest, ServerWithoutSchemeMeansHttps) {
  kubectl(config_, {"set-cluster", "dev", "--server=10.0.0.1:6443"});
  auto config = Config::from_kubeconfig({.path = config_});
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->server, "https://10.0.0.1:6443");
}

TEST_F(KubeconfigTest, TokenFileWinsOverTokenAndIsReReadWhenItChanges) {
  write_file(dir_ / "kube/token", "first-token\n");
  kubectl(config_, {"set", "users.alice.tokenFile", dir_ / "kube/token"});
  auto config = Config::from_kubeconfig({.path = config_});
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->credentials()->authorization, "Bearer first-token");
  EXPECT_EQ(config->credentials()->authorization, "Bearer first-token");
  write_file(dir_ / "kube/token", "second-token");
  EXPECT_EQ(config->credentials()->authorization, "Bearer second-token");
  // A copy shares the source.
  Config copy = *config;
  write_file(dir_ / "kube/token", "third-token");
  EXPECT_EQ(copy.credentials()->authorization, "Bearer third-token");
  // A failed re-read keeps the last good token.
  fs::remove(dir_ / "kube/token");
  EXPECT_EQ(config->credentials()->authorization, "Bearer third-token");
}

TEST_F(KubeconfigTest, ContextNamespaceClusterAndUserFlagsOverride) {
  kubectl(config_, {"set-cluster", "prod", "--server=https://prod.example:443",
                    "--insecure-skip-tls-verify=true"});
  kubectl(config_, {"set-credentials", "ops", "--token=ops-token"});
  kubectl(config_, {"set-context", "prod", "--cluster=prod", "--user=ops"});
  auto config = Config::from_kubeconfig({.path = config_, .context = "prod"});
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->server, "https://prod.example:443");
  EXPECT_EQ(config->default_namespace, "default");
  EXPECT_EQ(config->credentials()->authorization, "Bearer ops-token");

  config = Config::from_kubeconfig({.path = config_, .user = "ops", .namespace_name = "kube-system"});
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->server, "https://127.0.0.1:6443");
  EXPECT_EQ(config->default_namespace, "kube-system");
  EXPECT_EQ(config->credentials()->authorization, "Bearer ops-token");
}

TEST_F(KubeconfigTest, ContextWithoutUserSendsNoCredentials) {
  kubectl(config_, {"set-context", "anon", "--cluster=dev"});
  auto config = Config::from_kubeconfig({.path = config_, .context = "anon"});
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->credentials()->authorization, "");
}

// --- merging and loading rules -----------------------------------------------------------

TEST_F(KubeconfigTest, KubeconfigVariableMergesFilesFirstOneWinning) {
  std::string second = dir_ / "other/config";
  write_file(dir_ / "other/ca.crt", "OTHER CA\n");
  kubectl(second, {"set-cluster", "dev", "--server=https://shadowed:1"});
  kubectl(second, {"set-cluster", "staging", "--server=https://staging:6443",
                   "--certificate-authority=" + (dir_ / "other/ca.crt")});
  kubectl(second, {"set-credentials", "alice", "--token=shadowed-token"});
  kubectl(second, {"set-credentials", "stager", "--token=staging-token"});
  kubectl(second, {"set-context", "staging", "--cluster=staging", "--user=stager"});
  kubectl(second, {"use-context", "staging"});

  ScopedEnv env;
  env.set("KUBECONFIG", config_ + ":" + (dir_ / "missing/config") + "::" + second + ":" + config_);
  auto kc = Kubeconfig::load();
  ASSERT_TRUE(kc) << kc.error().message();
  EXPECT_EQ(kc->files, (std::vector<std::string>{config_, second}));
  EXPECT_EQ(kc->current_context, "dev");  // the first file that sets it
  ASSERT_NE(kc->find_cluster("dev"), nullptr);
  EXPECT_EQ(kc->find_cluster("dev")->server, "https://127.0.0.1:6443/");
  EXPECT_EQ(kc->find_cluster("dev")->origin, config_);

  auto config = Config::from_kubeconfig();
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->server, "https://127.0.0.1:6443");
  EXPECT_EQ(config->credentials()->authorization, "Bearer secret-token");

  // An entry only the second file has, with its CA resolved against the second file's folder.
  config = Config::from_kubeconfig({.context = "staging"});
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->server, "https://staging:6443");
  EXPECT_EQ(config->tls.ca_pem, "OTHER CA\n");
  EXPECT_EQ(config->credentials()->authorization, "Bearer staging-token");

  // In the other order the second file wins the shared names and the current context.
  env.set("KUBECONFIG", second + ":" + config_);
  config = Config::from_kubeconfig();
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->context_name, "staging");
  config = Config::from_kubeconfig({.context = "dev"});
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->server, "https://shadowed:1");
  EXPECT_EQ(config->credentials()->authorization, "Bearer shadowed-token");
}

TEST_F(KubeconfigTest, ExplicitPathIsTheOnlyFileRead) {
  std::string other = dir_ / "other/config";
  kubectl(other, {"set-cluster", "x", "--server=https://x:1"});
  ScopedEnv env;
  env.set("KUBECONFIG", other);
  auto kc = Kubeconfig::load({.path = config_});
  ASSERT_TRUE(kc) << kc.error().message();
  EXPECT_EQ(kc->files, std::vector<std::string>{config_});
  EXPECT_EQ(kc->find_cluster("x"), nullptr);
}

TEST_F(KubeconfigTest, HomeKubeConfigWhenKubeconfigIsUnset) {
  fs::create_directories(dir_ / "home/.kube");
  fs::copy_file(config_, dir_ / "home/.kube/config");
  fs::copy_file(dir_ / "kube/ca.crt", dir_ / "home/.kube/ca.crt");
  ScopedEnv env;
  env.set("KUBECONFIG", std::nullopt).set("HOME", dir_ / "home");
  auto config = Config::from_kubeconfig();
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->server, "https://127.0.0.1:6443");

  env.set("HOME", dir_ / "nobody");
  Error e = load_error({});
  EXPECT_EQ(e.code(), ErrorCode::kNotFound);
  EXPECT_THAT(e.message(), HasSubstr("no configuration has been provided"));
  EXPECT_THAT(e.message(), HasSubstr(dir_ / "nobody/.kube/config"));
}

TEST(Kubeconfig, MergeKeepsTheHigherPrecedenceEntries) {
  auto high = Kubeconfig::parse(R"(
clusters:
- name: a
  cluster: {server: "https://high"}
contexts:
- name: c
  context: {cluster: a}
)", "/etc/high");
  auto low = Kubeconfig::parse(R"(
clusters:
- name: a
  cluster: {server: "https://low"}
- name: b
  cluster: {server: "https://b"}
current-context: c
)", "/etc/low");
  ASSERT_TRUE(high && low);
  high->merge(*low);
  EXPECT_EQ(high->find_cluster("a")->server, "https://high");
  EXPECT_EQ(high->find_cluster("b")->server, "https://b");
  EXPECT_EQ(high->current_context, "c");
  EXPECT_EQ(high->current_context_origin, "/etc/low");
  EXPECT_EQ(high->describe_files(), "/etc/high, /etc/low");
}

TEST(Kubeconfig, EmptyFileIsAnEmptyConfig) {
  auto kc = Kubeconfig::parse("", "/x/config");
  ASSERT_TRUE(kc);
  EXPECT_TRUE(kc->clusters.empty());
  auto config = Config::from(*kc);
  ASSERT_FALSE(config);
  EXPECT_THAT(config.error().message(), HasSubstr("/x/config: no context chosen"));
}

// --- each malformed or incomplete kubeconfig, its own error -------------------------------

TEST_F(KubeconfigTest, ExplicitPathThatDoesNotExist) {
  Error e = load_error({.path = dir_ / "nope"});
  EXPECT_EQ(e.code(), ErrorCode::kNotFound);
  EXPECT_THAT(e.message(), HasSubstr("error loading kubeconfig \"" + (dir_ / "nope") + "\""));
  EXPECT_THAT(e.message(), HasSubstr("No such file or directory"));
}

TEST_F(KubeconfigTest, UnreadableFileIsAnError) {
  fs::create_directories(dir_ / "adir");
  Error e = load_error({.path = dir_ / "adir"});
  EXPECT_THAT(e.message(), HasSubstr(dir_ / "adir"));
  EXPECT_THAT(e.message(), HasSubstr("Is a directory"));
}

TEST_F(KubeconfigTest, YamlSyntaxErrorNamesFileAndLine) {
  write_file(config_, read_text(config_) + "users: [\n  - name: x\n   bad\n");
  Error e = load_error();
  EXPECT_EQ(e.code(), ErrorCode::kInvalid);
  EXPECT_THAT(e.message(), HasSubstr("error loading kubeconfig \"" + config_ + "\": yaml: line"));
}

TEST_F(KubeconfigTest, AFileThatFailsInKubeconfigListFailsTheLoad) {
  std::string broken = dir_ / "broken/config";
  write_file(broken, "clusters: {oops\n");
  ScopedEnv env;
  env.set("KUBECONFIG", config_ + ":" + broken);
  Error e = load_error({});
  EXPECT_THAT(e.message(), HasSubstr(broken));
}

TEST_F(KubeconfigTest, WrongFieldTypeNamesTheField) {
  write_file(config_, R"(apiVersion: v1
kind: Config
clusters:
- name: dev
  cluster:
    server: [https://a, https://b]
)");
  Error e = load_error();
  EXPECT_EQ(e.message(), "error loading kubeconfig \"" + config_ +
                             "\": clusters[0].cluster.server: expected a string, got array");
}

TEST_F(KubeconfigTest, DuplicateNameInOneFile) {
  write_file(config_, read_text(config_) + "");
  std::string text = read_text(config_);
  text.replace(text.find("users:"), 6, "users:\n- name: alice\n  user: {token: other}");
  write_file(config_, text);
  Error e = load_error();
  EXPECT_THAT(e.message(), HasSubstr(config_));
  EXPECT_THAT(e.message(), HasSubstr("users[1].name: duplicate name \"alice\""));
}

TEST_F(KubeconfigTest, WrongApiVersionOfTheFile) {
  std::string text = read_text(config_);
  text.replace(text.find("apiVersion: v1"), 14, "apiVersion: v2");
  write_file(config_, text);
  EXPECT_THAT(load_error().message(), HasSubstr("apiVersion: \"v2\" is not supported"));
}

TEST_F(KubeconfigTest, ContextNotFound) {
  Error e = load_error({.path = config_, .context = "nope"});
  EXPECT_EQ(e.message(), "kubeconfig " + config_ +
                             ": context was not found for specified context: nope");
  kubectl(config_, {"set", "current-context", "gone"});
  e = load_error();
  EXPECT_EQ(e.message(), "kubeconfig " + config_ +
                             " (current-context): context was not found for specified context: gone");
}

TEST_F(KubeconfigTest, NoCurrentContext) {
  kubectl(config_, {"unset", "current-context"});
  EXPECT_THAT(load_error().message(), HasSubstr(config_ + ": no context chosen"));
}

TEST_F(KubeconfigTest, ClusterMissingServer) {
  kubectl(config_, {"unset", "clusters.dev.server"});
  Error e = load_error();
  EXPECT_EQ(e.code(), ErrorCode::kInvalid);
  EXPECT_EQ(e.message(), "kubeconfig " + config_ +
                             ": context \"dev\": cluster \"dev\": server: not set (no server "
                             "found for the cluster)");
}

TEST_F(KubeconfigTest, ClusterOrUserNotFoundForContext) {
  kubectl(config_, {"set-context", "dev", "--cluster=ghost"});
  EXPECT_EQ(load_error().message(),
            "kubeconfig " + config_ +
                ": context \"dev\": cluster: cluster \"ghost\" was not found for context \"dev\"");
  kubectl(config_, {"set-context", "dev", "--cluster=dev", "--user=nobody"});
  EXPECT_EQ(load_error().message(),
            "kubeconfig " + config_ +
                ": context \"dev\": user: user \"nobody\" was not found for context \"dev\"");
}

TEST_F(KubeconfigTest, BothCertificateAuthorityDataAndFile) {
  kubectl(config_, {"set", "clusters.dev.certificate-authority-data", base64_encode(kCaPem)});
  EXPECT_THAT(load_error().message(),
              HasSubstr("context \"dev\": cluster \"dev\": certificate-authority-data: both "
                        "certificate-authority-data and certificate-authority are set"));
}

TEST_F(KubeconfigTest, UnreadableCertificateAuthorityFile) {
  fs::remove(dir_ / "kube/ca.crt");
  Error e = load_error();
  EXPECT_THAT(e.message(), HasSubstr("kubeconfig " + config_ + ": context \"dev\": cluster \"dev\": "
                                     "certificate-authority: cannot read: open " +
                                     (dir_ / "kube/ca.crt") + ": No such file or directory"));
}

TEST_F(KubeconfigTest, InvalidBase64InCertificateAuthorityData) {
  kubectl(config_, {"unset", "clusters.dev.certificate-authority"});
  std::string text = read_text(config_);
  text.replace(text.find("server:"), 7, "certificate-authority-data: \"not*base64\"\n    server:");
  write_file(config_, text);
  Error e = load_error();
  EXPECT_THAT(e.message(), HasSubstr(config_));
  EXPECT_THAT(e.message(), HasSubstr("clusters[0].cluster.certificate-authority-data: illegal base64"));
}

TEST_F(KubeconfigTest, InsecureTogetherWithCertificateAuthority) {
  kubectl(config_, {"set", "clusters.dev.insecure-skip-tls-verify", "true"});
  EXPECT_THAT(load_error().message(),
              HasSubstr("cluster \"dev\": insecure-skip-tls-verify: cannot be combined"));
}

TEST_F(KubeconfigTest, ProxyUrlIsRefusedClearly) {
  kubectl(config_, {"set", "clusters.dev.proxy-url", "http://proxy:3128"});
  EXPECT_THAT(load_error().message(),
              HasSubstr("context \"dev\": cluster \"dev\": proxy-url: \"http://proxy:3128\" is "
                        "set, but windlass does not support proxies"));
}

TEST_F(KubeconfigTest, UnsupportedServerScheme) {
  kubectl(config_, {"set-cluster", "dev", "--server=ftp://host"});
  EXPECT_THAT(load_error().message(),
              HasSubstr("cluster \"dev\": server: \"ftp://host\" has an unsupported scheme"));
}

TEST_F(KubeconfigTest, ClientCertificateWithoutKey) {
  write_file(dir_ / "kube/client.crt", kCertPem);
  kubectl(config_, {"set-credentials", "alice", "--client-certificate=" + (dir_ / "kube/client.crt")});
  EXPECT_THAT(load_error().message(),
              HasSubstr("context \"dev\": user \"alice\": client-key: not set"));
}

TEST_F(KubeconfigTest, UnreadableClientKeyFile) {
  write_file(dir_ / "kube/client.crt", kCertPem);
  kubectl(config_, {"set-credentials", "alice", "--client-certificate=" + (dir_ / "kube/client.crt"),
                    "--client-key=" + (dir_ / "kube/missing.key")});
  EXPECT_THAT(load_error().message(),
              HasSubstr("user \"alice\": client-key: cannot read: open " + (dir_ / "kube/missing.key")));
}

TEST_F(KubeconfigTest, BothClientCertificateDataAndFile) {
  write_file(dir_ / "kube/client.crt", kCertPem);
  write_file(dir_ / "kube/client.key", kKeyPem);
  kubectl(config_, {"set-credentials", "alice", "--client-certificate=" + (dir_ / "kube/client.crt"),
                    "--client-key=" + (dir_ / "kube/client.key")});
  kubectl(config_, {"set", "users.alice.client-certificate-data", base64_encode(kCertPem)});
  EXPECT_THAT(load_error().message(),
              HasSubstr("user \"alice\": client-certificate-data: both client-certificate-data "
                        "and client-certificate are set"));
}

TEST_F(KubeconfigTest, TokenAndBasicAuthTogether) {
  // kubectl set-credentials drops the token when given basic auth; `config set` does not.
  kubectl(config_, {"set-credentials", "alice", "--username=a", "--password=b"});
  kubectl(config_, {"set", "users.alice.token", "t"});
  EXPECT_THAT(load_error().message(),
              HasSubstr("user \"alice\": more than one authentication method found (token, "
                        "basicAuth); only one is allowed"));
}

TEST_F(KubeconfigTest, UnreadableTokenFile) {
  kubectl(config_, {"set", "users.alice.tokenFile", dir_ / "kube/no-token"});
  EXPECT_THAT(load_error().message(),
              HasSubstr("user \"alice\": tokenFile: token file " + (dir_ / "kube/no-token") +
                        ": cannot read token: open "));
}

TEST_F(KubeconfigTest, AuthProviderIsRefused) {
  kubectl(config_, {"unset", "users.alice.token"});
  kubectl(config_, {"set-credentials", "alice", "--auth-provider=oidc",
                    "--auth-provider-arg=client-id=x"});
  EXPECT_THAT(load_error().message(),
              HasSubstr("user \"alice\": auth-provider: \"oidc\" auth-provider plugins are not "
                        "supported"));
}

TEST_F(KubeconfigTest, NamespaceThatIsNotALabel) {
  kubectl(config_, {"set-context", "dev", "--namespace=Team_A"});
  EXPECT_THAT(load_error().message(),
              HasSubstr("context \"dev\": namespace: \"Team_A\" does not conform to the "
                        "kubernetes DNS_LABEL rules"));
}

TEST_F(KubeconfigTest, ExecWithoutInteractiveModeInV1) {
  kubectl(config_, {"unset", "users.alice.token"});
  kubectl(config_, {"set-credentials", "alice", "--exec-command=/bin/true",
                    "--exec-api-version=client.authentication.k8s.io/v1"});
  EXPECT_THAT(load_error().message(),
              HasSubstr("user \"alice\": exec.interactiveMode: must be set with "
                        "client.authentication.k8s.io/v1"));
}

TEST_F(KubeconfigTest, ExecWithRetiredApiVersion) {
  kubectl(config_, {"unset", "users.alice.token"});
  kubectl(config_, {"set-credentials", "alice", "--exec-command=/bin/true",
                    "--exec-api-version=client.authentication.k8s.io/v1alpha1"});
  EXPECT_THAT(load_error().message(),
              HasSubstr("user \"alice\": exec.apiVersion: "
                        "\"client.authentication.k8s.io/v1alpha1\" is not supported"));
}

TEST_F(KubeconfigTest, ExecTogetherWithToken) {
  kubectl(config_, {"set-credentials", "alice", "--exec-command=/bin/true",
                    "--exec-api-version=client.authentication.k8s.io/v1beta1"});
  EXPECT_THAT(load_error().message(), HasSubstr("more than one authentication method found (token, exec)"));
}

// --- exec credential plugins ---------------------------------------------------------------

// A clock the test moves by hand.
struct FakeClock {
  std::shared_ptr<std::atomic<long long>> micros =
      std::make_shared<std::atomic<long long>>(0);
  void set(std::string_view rfc3339) {
    micros->store(parse_rfc3339(rfc3339)->time_since_epoch().count());
  }
  std::function<TimePoint()> fn() const {
    auto m = micros;
    return [m] { return TimePoint(std::chrono::microseconds(m->load())); };
  }
};

class ExecTest : public KubeconfigTest {
 protected:
  // A plugin at <dir>/bin/<name> (outside the kubeconfig's folder: kubectl rewrites an exec
  // command under that folder into a bare name, which then means a PATH lookup).
  std::string plugin(const std::string& name, const std::string& body) {
    std::string path = dir_ / ("bin/" + name);
    write_file(path, "#!/bin/sh\n" + body, /*executable=*/true);
    return path;
  }

  void use_exec(const std::string& command, std::initializer_list<std::string> extra = {},
                const std::string& api_version = "client.authentication.k8s.io/v1") {
    kubectl(config_, {"unset", "users.alice.token"});
    std::vector<std::string> args = {"set-credentials", "alice", "--exec-command=" + command,
                                     "--exec-api-version=" + api_version};
    if (api_version.ends_with("/v1")) args.push_back("--exec-interactive-mode=Never");
    args.insert(args.end(), extra.begin(), extra.end());
    std::string cmd = shell_quote(kubectl_binary()) + " config";
    for (const auto& a : args) cmd += " " + shell_quote(a);
    cmd += " --kubeconfig " + shell_quote(config_) + " >/dev/null 2>&1";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  }

  // `kubectl config set` cannot reach into users[].user.exec, so those edits are by hand: the
  // field replaces (or joins) the exec mapping kubectl wrote.
  void set_exec_field(const std::string& field, const std::string& value) {
    std::string text = read_text(config_);
    auto exec = text.find("    exec:\n");
    ASSERT_NE(exec, std::string::npos) << text;
    auto start = exec + 10;
    auto line = text.find("      " + field + ":", start);
    if (line != std::string::npos) {
      text.erase(line, text.find('\n', line) + 1 - line);
    }
    text.insert(start, "      " + field + ": " + value + "\n");
    write_file(config_, text);
  }

  Config load(const KubeconfigOptions& extra = {}) {
    KubeconfigOptions o = extra;
    o.path = config_;
    auto config = Config::from_kubeconfig(o);
    EXPECT_TRUE(config) << config.error().message();
    if (!config) return Config();
    return std::move(config).value();
  }

  Error credential_error(const Config& config) {
    auto c = config.credentials();
    EXPECT_FALSE(c) << "expected an error";
    if (c) return Error(ErrorCode::kUnknown, "no error");
    return c.error();
  }

  // Prints an ExecCredential with a token.
  static std::string token_script(const std::string& token, const std::string& extra_status = "",
                                  const std::string& api_version = "client.authentication.k8s.io/v1") {
    return "printf '%s' '{\"apiVersion\":\"" + api_version +
           "\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"" + token + "\"" +
           extra_status + "}}'\n";
  }
};

TEST_F(ExecTest, TokenArgsEnvAndClusterInfo) {
  kubectl(config_, {"set-cluster", "dev", "--tls-server-name=api.internal"});
  std::string cmd = plugin("token-plugin",
                           "echo \"$KUBERNETES_EXEC_INFO\" > \"$OUT/info.json\"\n"
                           "echo \"$1 $2 $GREETING\" > \"$OUT/args.txt\"\n" +
                               token_script("exec-token"));
  use_exec(cmd, {"--exec-arg=first", "--exec-arg=second", "--exec-env=GREETING=hello",
                 "--exec-env=OUT=" + dir_.path(), "--exec-provide-cluster-info=true"});
  Config config = load();
  auto creds = config.credentials();
  ASSERT_TRUE(creds) << creds.error().message();
  EXPECT_EQ(creds->authorization, "Bearer exec-token");
  EXPECT_FALSE(creds->expires);
  EXPECT_EQ(read_text(dir_ / "args.txt"), "first second hello\n");

  auto info = parse_json(read_text(dir_ / "info.json"));
  ASSERT_TRUE(info) << info.error().message();
  EXPECT_EQ((*info)["apiVersion"], "client.authentication.k8s.io/v1");
  EXPECT_EQ((*info)["kind"], "ExecCredential");
  EXPECT_EQ((*info)["spec"]["interactive"], false);
  const Json& cluster = (*info)["spec"]["cluster"];
  EXPECT_EQ(cluster["server"], "https://127.0.0.1:6443");
  EXPECT_EQ(cluster["tls-server-name"], "api.internal");
  EXPECT_EQ(cluster["certificate-authority-data"], base64_encode(kCaPem));
}

TEST_F(ExecTest, ClusterInfoOnlyWhenAskedAndExtensionConfigPassed) {
  std::string cmd = plugin("p", "echo \"$KUBERNETES_EXEC_INFO\" > \"$OUT/info.json\"\n" +
                                    token_script("t"));
  use_exec(cmd, {"--exec-env=OUT=" + dir_.path()});
  ASSERT_TRUE(load().credentials());
  auto info = parse_json(read_text(dir_ / "info.json"));
  ASSERT_TRUE(info);
  EXPECT_FALSE((*info)["spec"].contains("cluster"));

  // The cluster's exec extension reaches the plugin as spec.cluster.config.
  std::string text = read_text(config_);
  text.replace(text.find("    server:"), 11,
               "    extensions:\n    - name: client.authentication.k8s.io/exec\n"
               "      extension: {audience: windlass}\n    server:");
  write_file(config_, text);
  set_exec_field("provideClusterInfo", "true");
  ASSERT_TRUE(load().credentials());
  info = parse_json(read_text(dir_ / "info.json"));
  ASSERT_TRUE(info);
  EXPECT_EQ((*info)["spec"]["cluster"]["config"], (Json{{"audience", "windlass"}}));
}

TEST_F(ExecTest, ClientCertificateFromPlugin) {
  std::string cmd = plugin(
      "cert-plugin",
      "printf '%s' '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":"
      "\"ExecCredential\",\"status\":{\"clientCertificateData\":\"CERT\",\"clientKeyData\":"
      "\"KEY\"}}'\n");
  // v1beta1 does not require interactiveMode.
  use_exec(cmd, {}, "client.authentication.k8s.io/v1beta1");
  auto creds = load().credentials();
  ASSERT_TRUE(creds) << creds.error().message();
  EXPECT_EQ(creds->authorization, "");
  EXPECT_EQ(creds->client_cert_pem, "CERT");
  EXPECT_EQ(creds->client_key_pem, "KEY");
}

TEST_F(ExecTest, CachedUntilExpiryThenRunAgain) {
  // Each run answers "token-<n>", n counting runs, all expiring at 12:00.
  std::string cmd = plugin("counting",
                           "n=$(($(cat \"$OUT/runs\" 2>/dev/null || echo 0) + 1))\n"
                           "echo $n > \"$OUT/runs\"\n"
                           "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                           "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"token-%s\","
                           "\"expirationTimestamp\":\"2030-01-01T12:00:00Z\"}}' $n\n");
  use_exec(cmd, {"--exec-env=OUT=" + dir_.path()});
  FakeClock clock;
  clock.set("2030-01-01T11:00:00Z");
  Config config = load({.now = clock.fn()});

  auto creds = config.credentials();
  ASSERT_TRUE(creds) << creds.error().message();
  EXPECT_EQ(creds->authorization, "Bearer token-1");
  ASSERT_TRUE(creds->expires);
  EXPECT_EQ(format_rfc3339(*creds->expires), "2030-01-01T12:00:00Z");

  clock.set("2030-01-01T11:59:59Z");
  EXPECT_EQ(config.credentials()->authorization, "Bearer token-1");
  EXPECT_EQ(read_text(dir_ / "runs"), "1\n");

  clock.set("2030-01-01T12:00:00Z");
  EXPECT_EQ(config.credentials()->authorization, "Bearer token-2");

  // After a 401 the transport invalidates: the plugin runs again although not expired.
  clock.set("2030-01-01T11:00:00Z");
  config.invalidate_credentials();
  EXPECT_EQ(config.credentials()->authorization, "Bearer token-3");
  EXPECT_EQ(read_text(dir_ / "runs"), "3\n");
}

TEST_F(ExecTest, WithoutExpiryCachedUntilInvalidated) {
  std::string cmd = plugin("counting",
                           "n=$(($(cat \"$OUT/runs\" 2>/dev/null || echo 0) + 1))\n"
                           "echo $n > \"$OUT/runs\"\n" + token_script("t"));
  use_exec(cmd, {"--exec-env=OUT=" + dir_.path()});
  Config config = load();
  // Many threads at once still run the plugin once.
  std::vector<std::thread> threads;
  std::atomic<int> good{0};
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] {
      for (int k = 0; k < 5; ++k)
        if (auto c = config.credentials(); c && c->authorization == "Bearer t") ++good;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(good.load(), 40);
  EXPECT_EQ(read_text(dir_ / "runs"), "1\n");
  config.invalidate_credentials();
  ASSERT_TRUE(config.credentials());
  EXPECT_EQ(read_text(dir_ / "runs"), "2\n");
}

TEST_F(ExecTest, FailureReportsExitCodeAndStderr) {
  std::string cmd = plugin("failing", "echo 'token endpoint said no' >&2\nexit 3\n");
  use_exec(cmd);
  Error e = credential_error(load());
  EXPECT_EQ(e.code(), ErrorCode::kUnauthorized);
  EXPECT_EQ(e.message(), "user \"alice\": exec plugin: \"" + cmd +
                             "\" failed with exit code 3: token endpoint said no");
}

TEST_F(ExecTest, MissingCommandShowsInstallHint) {
  use_exec("windlass-no-such-plugin", {});
  set_exec_field("installHint", "\"Install it with: apt install nothing\"");
  Error e = credential_error(load());
  EXPECT_EQ(e.message(),
            "user \"alice\": exec plugin: executable \"windlass-no-such-plugin\" not found\n\n"
            "Install it with: apt install nothing");
}

TEST_F(ExecTest, CommandFoundOnPath) {
  plugin("windlass-test-plugin", token_script("from-path"));
  use_exec("windlass-test-plugin");
  ScopedEnv env;
  env.set("PATH", dir_ / "bin" + ":/usr/bin:/bin");
  EXPECT_EQ(load().credentials()->authorization, "Bearer from-path");
}

TEST_F(ExecTest, RelativeCommandWithSlashIsResolvedAgainstTheKubeconfig) {
  write_file(dir_ / "kube/plugins/rel", "#!/bin/sh\n" + token_script("relative"), true);
  use_exec("/placeholder");
  set_exec_field("command", "plugins/rel");
  ScopedCwd cwd("/");
  EXPECT_EQ(load().credentials()->authorization, "Bearer relative");
}

TEST_F(ExecTest, OutputThatIsNotJson) {
  use_exec(plugin("garbage", "echo 'Please log in at https://example'\n"));
  Error e = credential_error(load());
  EXPECT_THAT(e.message(), HasSubstr("user \"alice\": exec plugin: decoding stdout: json: line 1"));
}

TEST_F(ExecTest, WrongApiVersionInOutput) {
  use_exec(plugin("old", token_script("t", "", "client.authentication.k8s.io/v1beta1")));
  EXPECT_THAT(credential_error(load()).message(),
              HasSubstr("exec plugin: configured to use API version "
                        "client.authentication.k8s.io/v1, plugin returned version "
                        "client.authentication.k8s.io/v1beta1"));
}

TEST_F(ExecTest, MissingStatusOrOnlyHalfACertificate) {
  use_exec(plugin("nostatus", "echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                              "\"kind\":\"ExecCredential\"}'\n"));
  EXPECT_THAT(credential_error(load()).message(), HasSubstr("didn't return a status field"));

  use_exec(plugin("half", "echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                          "\"kind\":\"ExecCredential\",\"status\":{\"clientKeyData\":\"K\"}}'\n"));
  EXPECT_THAT(credential_error(load()).message(),
              HasSubstr("returned only certificate or key, not both"));

  use_exec(plugin("empty", "echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                           "\"kind\":\"ExecCredential\",\"status\":{}}'\n"));
  EXPECT_THAT(credential_error(load()).message(),
              HasSubstr("didn't return a token or cert/key pair"));
}

TEST_F(ExecTest, BadExpirationTimestamp) {
  use_exec(plugin("badtime", token_script("t", ",\"expirationTimestamp\":\"tomorrow\"")));
  EXPECT_THAT(credential_error(load()).message(),
              HasSubstr("status.expirationTimestamp:"));
}

TEST_F(ExecTest, AlwaysInteractiveWithoutATerminal) {
  if (::isatty(0)) GTEST_SKIP() << "stdin is a terminal";
  use_exec(plugin("p", token_script("t")));
  set_exec_field("interactiveMode", "Always");
  EXPECT_THAT(credential_error(load()).message(),
              HasSubstr("standard input is not a terminal"));
}

// --- in-cluster -----------------------------------------------------------------------------

class InClusterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "sa/token", "sa-token-1\n");
    write_file(dir_ / "sa/ca.crt", kCaPem);
    write_file(dir_ / "sa/namespace", "operators");
    env_.set("KUBERNETES_SERVICE_HOST", "10.96.0.1")
        .set("KUBERNETES_SERVICE_PORT", "443")
        .set("POD_NAMESPACE", std::nullopt);
  }
  InClusterOptions options() const { return {.root = dir_ / "sa"}; }

  TempDir dir_;
  ScopedEnv env_;
};

TEST_F(InClusterTest, ReadsEnvironmentTokenCaAndNamespace) {
  auto config = Config::in_cluster(options());
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->server, "https://10.96.0.1:443");
  EXPECT_EQ(config->tls.ca_pem, kCaPem);
  EXPECT_EQ(config->default_namespace, "operators");
  EXPECT_EQ(config->credentials()->authorization, "Bearer sa-token-1");
}

TEST_F(InClusterTest, RotatedTokenIsReRead) {
  auto config = Config::in_cluster(options());
  ASSERT_TRUE(config);
  EXPECT_EQ(config->credentials()->authorization, "Bearer sa-token-1");
  write_file(dir_ / "sa/token", "sa-token-2\n");
  EXPECT_EQ(config->credentials()->authorization, "Bearer sa-token-2");
}

TEST_F(InClusterTest, TokenRotatedByASymlinkSwapIsReRead) {
  // The kubelet's layout: token -> ..data/token, ..data -> ..<timestamp>, swapped atomically.
  fs::remove(dir_ / "sa/token");
  write_file(dir_ / "sa/..v1/token", "projected-1");
  fs::create_directory_symlink("..v1", dir_ / "sa/..data");
  fs::create_symlink("..data/token", dir_ / "sa/token");
  auto config = Config::in_cluster(options());
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->credentials()->authorization, "Bearer projected-1");

  write_file(dir_ / "sa/..v2/token", "projected-2");
  fs::create_directory_symlink("..v2", dir_ / "sa/..data_tmp");
  fs::rename(dir_ / "sa/..data_tmp", dir_ / "sa/..data");
  EXPECT_EQ(config->credentials()->authorization, "Bearer projected-2");
}

TEST_F(InClusterTest, Ipv6HostIsBracketed) {
  env_.set("KUBERNETES_SERVICE_HOST", "fd00::1").set("KUBERNETES_SERVICE_PORT", "6443");
  auto config = Config::in_cluster(options());
  ASSERT_TRUE(config);
  EXPECT_EQ(config->server, "https://[fd00::1]:6443");
}

TEST_F(InClusterTest, PodNamespaceVariableWinsAndDefaultOtherwise) {
  env_.set("POD_NAMESPACE", "from-env");
  EXPECT_EQ(Config::in_cluster(options())->default_namespace, "from-env");
  env_.set("POD_NAMESPACE", std::nullopt);
  fs::remove(dir_ / "sa/namespace");
  EXPECT_EQ(Config::in_cluster(options())->default_namespace, "default");
}

TEST_F(InClusterTest, OutsideAClusterIsNotFound) {
  env_.set("KUBERNETES_SERVICE_PORT", std::nullopt);
  auto config = Config::in_cluster(options());
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().code(), ErrorCode::kNotFound);
  EXPECT_THAT(config.error().message(),
              HasSubstr("KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined"));
}

TEST_F(InClusterTest, MissingTokenOrCaIsAnError) {
  fs::remove(dir_ / "sa/token");
  auto config = Config::in_cluster(options());
  ASSERT_FALSE(config);
  EXPECT_THAT(config.error().message(),
              HasSubstr("in-cluster token: cannot read token: open " + (dir_ / "sa/token")));
  write_file(dir_ / "sa/token", "t");
  fs::remove(dir_ / "sa/ca.crt");
  config = Config::in_cluster(options());
  ASSERT_FALSE(config);
  EXPECT_THAT(config.error().message(), HasSubstr("root CA: open " + (dir_ / "sa/ca.crt")));
}

TEST_F(InClusterTest, InferPrefersInClusterThenKubeconfig) {
  std::string kubeconfig = dir_ / "kube/config";
  kubectl(kubeconfig, {"set-cluster", "c", "--server=https://laptop:6443"});
  kubectl(kubeconfig, {"set-context", "c", "--cluster=c"});
  kubectl(kubeconfig, {"use-context", "c"});
  auto config = Config::infer({.path = kubeconfig}, options());
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->server, "https://10.96.0.1:443");

  env_.set("KUBERNETES_SERVICE_HOST", std::nullopt);
  config = Config::infer({.path = kubeconfig}, options());
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->server, "https://laptop:6443");

  auto none = Config::infer({.path = dir_ / "none"}, options());
  ASSERT_FALSE(none);
  EXPECT_THAT(none.error().message(), HasSubstr(dir_ / "none"));
  EXPECT_THAT(none.error().message(), ::testing::Not(HasSubstr("in-cluster")));

  // Inside a pod whose files are broken, both reasons are given.
  env_.set("KUBERNETES_SERVICE_HOST", "10.96.0.1");
  fs::remove(dir_ / "sa/token");
  none = Config::infer({.path = dir_ / "none"}, options());
  ASSERT_FALSE(none);
  EXPECT_THAT(none.error().message(), HasSubstr("in-cluster: "));
  EXPECT_THAT(none.error().message(), HasSubstr("; kubeconfig: "));
}

TEST(ConfigByHand, StaticCredentialsAndDefaults) {
  Config config;
  EXPECT_EQ(config.default_namespace, "default");
  EXPECT_EQ(config.user_agent, default_user_agent());
  EXPECT_EQ(config.credentials()->authorization, "");
  config.set_bearer_token("abc");
  EXPECT_EQ(config.credentials()->authorization, "Bearer abc");
  config.set_basic_auth("u", "p");
  EXPECT_EQ(config.credentials()->authorization, "Basic dTpw");
  config.invalidate_credentials();
  EXPECT_EQ(config.credentials()->authorization, "Basic dTpw");
}

}  // namespace
}  // namespace windlass::client
