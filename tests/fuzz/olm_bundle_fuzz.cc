// libFuzzer target for the registry+v1 bundle loader and validator: the input is split at
// "\n--8<--\n" lines into manifests/csv.yaml, metadata/annotations.yaml, manifests/crd.yaml and
// metadata/dependencies.yaml (missing parts are absent files), loaded from memory under the
// validator's and the render path's rules, validated with every optional suite, and rendered;
// the first part is also decoded as a legacy package manifest and as an OperatorGroup, and
// manifests/ is loaded as a package-manifest version directory.
// Invariants: nothing crashes or hangs; a report passes iff it holds no error; every output
// has a message; the json-alpha1 document parses back with the same verdict.
#include <windlass/core/json.h>
#include <windlass/olm/bundle.h>
#include <windlass/olm/bundle_validator.h>
#include <windlass/olm/catalog.h>
#include <windlass/olm/package_manifest.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace {

void check(bool ok) {
  if (!ok) __builtin_trap();
}

void check_report(const windlass::olm::Report& r) {
  bool any_error = false;
  for (const auto& o : r.outputs) {
    check(o.type == "error" || o.type == "warning" || o.type == "info");
    check(!o.message.empty());
    any_error = any_error || o.type == "error";
  }
  check(r.passed == !any_error);
  auto doc = windlass::parse_json(windlass::olm::to_json_alpha1(r));
  check(doc.has_value() && doc->is_object() && (*doc)["passed"] == r.passed);
  (void)windlass::olm::to_text(r);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const char* const kNames[] = {"manifests/csv.yaml", "metadata/annotations.yaml", "manifests/crd.yaml",
                                       "metadata/dependencies.yaml"};
  constexpr std::string_view kCut = "\n--8<--\n";
  std::map<std::string, std::string> files;
  std::size_t pos = 0;
  for (const char* name : kNames) {
    if (pos > text.size()) break;
    std::size_t cut = text.find(kCut, pos);
    files[name] = std::string(text.substr(pos, cut == std::string_view::npos ? std::string_view::npos : cut - pos));
    if (cut == std::string_view::npos) break;
    pos = cut + kCut.size();
  }

  windlass::olm::Bundle strict = windlass::olm::load_bundle_from_memory(files);
  for (const auto& f : strict.load_findings) check(!f.to_string().empty());
  for (const char* selector : {"", "suite=operatorframework"}) {
    auto r = windlass::olm::validate_bundle(strict, {.selector = selector});
    check(r.has_value());
    check_report(*r);
  }
  // A bundle with a CSV but no annotations or no CRD is still validated, never crashes.
  windlass::olm::Bundle lax = windlass::olm::load_bundle_from_memory(files, {.strict = false});
  if (lax.csv()) {
    windlass::Json blob = windlass::olm::render_bundle(lax, "quay.io/fuzz/bundle:v1");
    check(blob.is_object() && blob["schema"] == "olm.bundle");
    auto back = windlass::parse_json(windlass::olm::to_fbc_json(blob));
    check(back.has_value() && *back == blob);
  }
  // The first part as a package file and as an OperatorGroup.
  if (auto doc = windlass::olm::decode_first_document(files["manifests/csv.yaml"])) {
    if (auto pkg = windlass::olm::decode_package_manifest(doc->value)) {
      for (const auto& f : windlass::olm::validate_package_manifest(*pkg).errors) check(!f.detail.empty());
    } else {
      check(pkg.error().message().rfind("json: cannot unmarshal ", 0) == 0);
    }
    for (const auto& f : windlass::olm::validate_operator_group(doc->value).errors) check(!f.detail.empty());
  }
  // manifests/ as a version directory of a package-manifest tree (no metadata).
  windlass::olm::Bundle version = windlass::olm::load_bundle_from_memory(files, {.manifests_subdir = "manifests"});
  check(!version.has_metadata_dir);
  auto content = windlass::olm::validate_bundle_content(version);
  windlass::olm::Report vr;
  windlass::olm::add_results(vr, content);
  check_report(vr);
  return 0;
}
