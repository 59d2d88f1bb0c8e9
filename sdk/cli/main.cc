// The `windlass` command: the developer's entry point to the SDK's tools.

#include "commands.h"

#include <windlass/core/log.h>
#include <windlass/core/yaml.h>

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace {

int fail(const windlass::Error& e) {
  std::cerr << "error: " << e.message() << "\n";
  return 1;
}

windlass::Result<std::string> read_input(const std::string& path) {
  if (path == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), {});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return windlass::Error(windlass::ErrorCode::kNotFound,
                           "cannot open \"" + path + "\": no such file or not readable");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `windlass convert -f FILE -o json|yaml`: a manifest as the JSON kubectl would send, or JSON
// back to YAML as `kubectl get -o yaml` prints it.
int run_convert(const std::string& file, const std::string& output) {
  auto text = read_input(file);
  if (!text) return fail(text.error());
  auto docs = windlass::yaml_to_json_documents(*text);
  if (!docs) return fail(std::move(docs).error().with_context(file));
  if (output == "yaml") {
    std::cout << windlass::to_yaml_documents(*docs);
    return 0;
  }
  for (const auto& d : *docs) std::cout << windlass::to_pretty_json_string(d) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "windlass: build, test and package Kubernetes operators in C++.\n"
      "The SDK, its API server and dev cluster, and OLM-style packaging tools."};
  app.name("windlass");
  app.require_subcommand(0, 1);

  std::string log_format = "text";
  int verbosity = 0;
  app.add_option("--log-format", log_format, "Log format: text (klog) or json")
      ->check(CLI::IsMember({"text", "json"}));
  app.add_option("-v,--v", verbosity, "Log verbosity (klog levels, 0-10)")
      ->check(CLI::Range(0, 10));

  auto* version = app.add_subcommand("version", "Print the windlass version");

  std::string file;
  std::string output = "json";
  auto* convert = app.add_subcommand(
      "convert", "Convert a YAML or JSON manifest to the JSON kubectl sends, or back to YAML");
  convert->add_option("-f,--filename", file, "Manifest file ('-' for stdin)")->required();
  convert->add_option("-o,--output", output, "Output format: json or yaml")
      ->check(CLI::IsMember({"json", "yaml"}));

  int exit_code = 0;
  windlass::cli::add_bundle_commands(app, exit_code);
  windlass::cli::add_catalog_commands(app, exit_code);

  CLI11_PARSE(app, argc, argv);

  auto fmt = windlass::log::parse_format(log_format);
  windlass::log::configure({.format = fmt.value_or(windlass::log::Format::kText),
                            .verbosity = verbosity});

  if (*version) {
    std::cout << "windlass version " << WINDLASS_VERSION << "\n";
    return 0;
  }
  if (*convert) return run_convert(file, output);
  if (app.get_subcommands().size() == 1) return exit_code;
  std::cout << app.help();
  return 0;
}
