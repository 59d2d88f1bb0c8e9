// libFuzzer target for JSON Patch and JSON Merge Patch.
//
// Input: a document, then a NUL byte (or, when there is none, a newline), then a patch. Both
// halves go through the depth-bounded parser; the patch half is fed to apply_json_patch and to
// apply_merge_patch as text and as parsed JSON. Beyond "no crash, no sanitizer report", it
// checks invariants that must hold for any input:
//   - the text and JSON forms of each patch call agree;
//   - apply_merge_patch(a, create_merge_patch(a, b)) == b for objects a, b without nulls;
//   - with last-applied == live == a, the three-way patch also turns a into b.
#include <windlass/core/json_patch.h>
#include <windlass/core/merge_patch.h>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace {

using nlohmann::json;
using windlass::Result;

// Without recursion: the input may nest up to kMaxJsonDepth levels.
bool has_null(const json& root) {
  std::vector<const json*> stack{&root};
  while (!stack.empty()) {
    const json* v = stack.back();
    stack.pop_back();
    if (v->is_null()) return true;
    if (v->is_structured())
      for (const auto& child : *v) stack.push_back(&child);
  }
  return false;
}

void check(bool ok) {
  if (!ok) __builtin_trap();
}

void fuzz_json_patch(const json& doc, std::string_view patch_text, const json* patch) {
  Result<json> from_text = windlass::apply_json_patch(doc, patch_text);
  if (patch == nullptr) {
    check(!from_text);
    return;
  }
  Result<json> from_json = windlass::apply_json_patch(doc, *patch);
  check(from_text.has_value() == from_json.has_value());
  if (from_text) {
    check(*from_text == *from_json);
    check(from_text->is_structured());
    (void)from_text->dump(-1, ' ', false, json::error_handler_t::replace);
  } else {
    check(from_text.error().code() == from_json.error().code());
    check(from_text.error().message() == from_json.error().message());
  }
}

void fuzz_merge_patch(const json& doc, std::string_view patch_text, const json* patch) {
  Result<json> from_text = windlass::apply_merge_patch(doc, patch_text);
  if (patch == nullptr) {
    check(!from_text);
    return;
  }
  const json merged = windlass::apply_merge_patch(doc, *patch);
  check(from_text.has_value() == patch->is_structured());
  if (from_text) check(*from_text == merged);
  // Merging is idempotent: a second application changes nothing.
  check(windlass::apply_merge_patch(merged, *patch) == merged);

  if (doc.is_object() && patch->is_object() && !has_null(doc) && !has_null(*patch)) {
    const json two_way = windlass::create_merge_patch(doc, *patch);
    check(windlass::apply_merge_patch(doc, two_way) == *patch);
    Result<json> three_way = windlass::create_three_way_merge_patch(doc, *patch, doc);
    check(three_way.has_value());
    check(windlass::apply_merge_patch(doc, *three_way) == *patch);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t cut = input.find('\0');
  if (cut == std::string_view::npos) cut = input.find('\n');
  if (cut == std::string_view::npos) return 0;
  const std::string_view doc_text = input.substr(0, cut);
  const std::string_view patch_text = input.substr(cut + 1);

  Result<json> doc = windlass::parse_json(doc_text);
  if (!doc) return 0;
  Result<json> patch = windlass::parse_json(patch_text);
  const json* patch_json = patch ? &*patch : nullptr;

  fuzz_json_patch(*doc, patch_text, patch_json);
  fuzz_merge_patch(*doc, patch_text, patch_json);
  return 0;
}
