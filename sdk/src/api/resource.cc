#include <windlass/api/resource.h>

#include <algorithm>
#include <cctype>

namespace windlass::api {

ResourceInfo ResourceInfo::with_defaults() const {
  ResourceInfo r = *this;
  if (r.singular.empty()) {
    r.singular = r.kind;
    std::transform(r.singular.begin(), r.singular.end(), r.singular.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  }
  if (r.list_kind.empty()) r.list_kind = r.kind + "List";
  return r;
}

}  // namespace windlass::api
