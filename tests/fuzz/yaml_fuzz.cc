// Fuzzes YAML→JSON conversion and the YAML emitter: any input must yield documents or an
// error, and every document must survive to_yaml → yaml_to_json unchanged. JSON parsing of the
// same bytes must not crash either.

#include <windlass/core/yaml.h>

#include <cstdint>
#include <cstdio>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)windlass::parse_json(text);
  auto docs = windlass::yaml_to_json_documents(text, {.max_alias_expansion = 100000});
  if (!docs) return 0;
  for (const auto& doc : *docs) {
    std::string yaml = windlass::to_yaml(doc);
    auto back = windlass::yaml_to_json(yaml);
    if (!back || *back != doc) {
      std::fprintf(stderr, "round trip failed\nfirst: %s\nyaml:\n%s\nback: %s\n",
                   doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str(),
                   yaml.c_str(),
                   back ? back->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str()
                        : back.error().message().c_str());
      __builtin_trap();
    }
  }
  return 0;
}
