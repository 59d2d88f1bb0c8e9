// libFuzzer target for strategic merge patches (what kubectl patch and client-side apply send
// for built-in kinds), under the Pod and Deployment declarations, whose lists cover every
// strategy: merge on a key (containers, env, ports), sets of scalars (finalizers), retainKeys
// (volumes) and atomic lists (args).
//
// Input: a document, then a NUL byte (or, when there is none, a newline), then a patch. The
// patch is applied to the document under both types, and the two-way and three-way patches
// between document and patch (read as a second document) are computed and applied. Beyond "no
// crash, no sanitizer report" it checks that a success is an object and a failure carries a
// message, as the API server turns both into replies.
#include <windlass/api/apps/v1/deployment.h>
#include <windlass/api/core/v1/pod.h>
#include <windlass/api/strategic_merge_patch.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using windlass::Json;

void check(bool ok) {
  if (!ok) __builtin_trap();
}

void apply(const Json& doc, const Json& patch, const windlass::api::TypeRef& type) {
  auto r = windlass::api::apply_strategic_merge_patch(doc, patch, type);
  if (r) {
    check(r->is_object() || !doc.is_object());
    (void)windlass::to_json_string(*r);
  } else {
    check(!r.error().message().empty());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t cut = input.find('\0');
  if (cut == std::string_view::npos) cut = input.find('\n');
  if (cut == std::string_view::npos) return 0;
  auto doc = windlass::parse_json(input.substr(0, cut));
  auto patch = windlass::parse_json(input.substr(cut + 1));
  if (!doc || !patch) return 0;
  const auto& pod = windlass::api::Codec<windlass::api::core::v1::Pod>::ref();
  const auto& deployment = windlass::api::Codec<windlass::api::apps::v1::Deployment>::ref();
  apply(*doc, *patch, pod);
  apply(*doc, *patch, deployment);
  if (doc->is_object() && patch->is_object()) {
    Json two_way = windlass::api::create_two_way_strategic_merge_patch(*doc, *patch, pod);
    check(two_way.is_object());
    apply(*doc, two_way, pod);
    Json three_way = windlass::api::create_three_way_strategic_merge_patch(*doc, *patch, *doc, deployment);
    check(three_way.is_object());
    apply(*doc, three_way, deployment);
  }
  return 0;
}
