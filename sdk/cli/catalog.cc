// `windlass catalog render|validate|graph`: file-based catalogs as opm handles them.
#include "commands.h"

#include <windlass/core/json.h>
#include <windlass/olm/bundle.h>
#include <windlass/olm/catalog.h>

#include <iostream>
#include <memory>

namespace windlass::cli {

namespace {

struct CatalogArgs {
  std::vector<std::string> bundles;
  std::string image_prefix;
  std::string dir;
  std::string output;
  std::string package;
  std::string channel;
  std::string format = "text";
};

int run_render(const CatalogArgs& a) {
  for (const auto& d : a.bundles) {
    auto b = olm::load_bundle(d, {.strict = false});
    if (!b) {
      std::cerr << "FATA[0000] " << b.error().message() << "\n";
      return 1;
    }
    for (const auto& f : b->load_findings) std::cerr << "WARN[0000] " << f.to_string() << "\n";
    if (!b->csv()) {
      std::cerr << "FATA[0000] no ClusterServiceVersion in bundle " << d << "\n";
      return 1;
    }
    std::string image = a.image_prefix.empty() ? "" : a.image_prefix + b->name();
    std::cout << olm::to_fbc_json(olm::render_bundle(*b, image)) << "\n";
  }
  return 0;
}

int run_validate(const CatalogArgs& a) {
  auto cfg = olm::load_catalog(a.dir);
  std::string err = cfg ? olm::validate_catalog(*cfg) : cfg.error().message();
  if (a.output == "json") {
    Json j = {{"passed", err.empty()}};
    std::string out = "{\n  \"passed\": " + std::string(err.empty() ? "true" : "false");
    if (!err.empty()) out += ",\n  \"error\": {\n    \"message\": " + Json(err).dump() + "\n  }";
    std::cout << out << "\n}\n";
  }
  if (!err.empty()) {
    if (a.output.empty()) std::cerr << "FATA[0000] " << err << "\n";
    return 1;
  }
  return 0;
}

int run_graph(const CatalogArgs& a) {
  auto cfg = olm::load_catalog(a.dir);
  if (!cfg) {
    std::cerr << "error: " << cfg.error().message() << "\n";
    return 1;
  }
  std::string channel = a.channel;
  if (channel.empty())
    for (const auto& p : cfg->packages)
      if (p.name == a.package) channel = p.default_channel;
  for (const auto& c : cfg->channels) {
    if (c.package != a.package || c.name != channel) continue;
    std::cout << (a.format == "dot" ? olm::graph_dot(c) : olm::graph_text(c));
    return 0;
  }
  std::cerr << "error: package \"" << a.package << "\" has no channel \"" << channel << "\" in " << a.dir << "\n";
  return 1;
}

}  // namespace

void add_catalog_commands(CLI::App& app, int& exit_code) {
  auto* catalog = app.add_subcommand("catalog", "Render, validate and inspect file-based catalogs (FBC)");
  catalog->require_subcommand(1);
  auto a = std::make_shared<CatalogArgs>();

  auto* render = catalog->add_subcommand("render", "Render bundle directories as olm.bundle blobs (JSON lines)");
  render->add_option("bundles", a->bundles, "Bundle directories")->required();
  render->add_option("--image-prefix", a->image_prefix,
                     "Bundle image = prefix + CSV name (e.g. quay.io/org/bundles:); empty leaves image out");
  render->callback([a, &exit_code] { exit_code = run_render(*a); });

  auto* validate = catalog->add_subcommand("validate", "Validate a catalog directory as `opm validate` does");
  validate->add_option("dir", a->dir, "Catalog directory")->required();
  validate->add_option("-o,--output", a->output, "Also print the result as json")->check(CLI::IsMember({"json"}));
  validate->callback([a, &exit_code] { exit_code = run_validate(*a); });

  auto* graph = catalog->add_subcommand("graph", "Print the upgrade graph of a package's channel");
  graph->add_option("package", a->package, "Package name")->required();
  graph->add_option("--catalog", a->dir, "Catalog directory")->required();
  graph->add_option("--channel", a->channel, "Channel (default: the package's default channel)");
  graph->add_option("-o,--output", a->format, "text or dot")->check(CLI::IsMember({"text", "dot"}));
  graph->callback([a, &exit_code] { exit_code = run_graph(*a); });
}

}  // namespace windlass::cli
