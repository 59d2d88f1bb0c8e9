// windlass/api/crd.h — CustomResourceDefinitions generated from described kinds.
//
// `crd_for<Widget>()` turns a kind's description and resource info into the
// apiextensions.k8s.io/v1 CustomResourceDefinition a cluster needs: names, scope, the inline
// structural `openAPIV3Schema` (apiVersion/kind/metadata handled as controller-gen does),
// subresources and printer columns. `check_structural` applies the API server's structural
// schema rules, so a generated CRD that would be refused fails in our own tests first.
//
// An operator's CRD generator is a three-line program:
//
//   int main(int argc, char** argv) {
//     return windlass::api::crd_generate_main(argc, argv, {windlass::api::crd_for<Widget>()});
//   }
//
// `gen --output-dir crds` writes `crds/<group>_<plural>.yaml`; `gen --output-dir crds --check`
// exits 1 and names the files that differ, which makes drift a failing test.
#pragma once

#include <windlass/api/resource.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace windlass::api {

// One served version of a CRD.
struct CrdVersion {
  ResourceInfo info;
  const TypeDescriptor& (*kind)();  // the kind's description
  bool served = true;
  bool storage = true;
};

// The CRD for one or more versions of the same group and kind (exactly one storage version).
// Errors are kInvalid: versions that disagree on group/kind/names, not exactly one storage
// version, or a schema that is not structural.
Result<Json> make_crd(const std::vector<CrdVersion>& versions);

template <Resource T>
Json crd_for() {
  auto crd = make_crd({CrdVersion{resource_info(Tag<T>{}),
                                  [] () -> const TypeDescriptor& { return describe(Tag<T>{}); }}});
  return std::move(crd).value();  // one version always passes the version checks
}

// The API server's structural-schema rules (spec/apiserver.md §11 K1): every node has a type
// unless it is int-or-string or preserves unknown fields; properties only on objects; arrays
// have items; properties and additionalProperties are exclusive. Errors name the path.
Result<void> check_structural(const Json& schema);

// `crds/<group>_<plural>.yaml` for a CRD.
std::string crd_file_name(const Json& crd);

// The command line of a CRD generator: --output-dir DIR [--check]. Returns the exit status.
int crd_generate_main(int argc, char** argv, const std::vector<Json>& crds);

}  // namespace windlass::api
