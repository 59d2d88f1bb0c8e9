// The README's first example: read a multi-document manifest as kubectl would, and count the
// Pods a label selector matches. Run: core_basics < manifest.yaml

#include <windlass/core/label_selector.h>
#include <windlass/core/object.h>
#include <windlass/core/yaml.h>

#include <iostream>
#include <iterator>
#include <string>

windlass::Result<int> count_web_pods(std::string_view manifest) {
  WINDLASS_TRY(auto docs, windlass::yaml_to_json_documents(manifest));
  WINDLASS_TRY(auto sel, windlass::Selector::parse("app=web,tier in (frontend,backend)"));
  int n = 0;
  for (auto& doc : docs) {
    WINDLASS_TRY(auto obj, windlass::Object::from_json(doc));
    if (obj.kind() == "Pod" && sel.matches(obj.labels())) ++n;
  }
  return n;
}

int main() {
  std::string manifest(std::istreambuf_iterator<char>(std::cin), {});
  auto n = count_web_pods(manifest);
  if (!n) {
    std::cerr << "error: " << n.error().message() << "\n";
    return 1;
  }
  std::cout << *n << "\n";
  return 0;
}
