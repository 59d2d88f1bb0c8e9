// windlass/api/apps/v1/stateful_set_ordinals.h — apps/v1 StatefulSetOrdinals: the number the
// ordinals of a StatefulSet's pods start at.
//
// `start` has no omitempty upstream, so it is always written, 0 included.
//
//   apps::v1::StatefulSetOrdinals o{.start = 5};  // pods web-5, web-6, ...
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>

namespace windlass::api::apps::v1 {

// The number the ordinals of a StatefulSet's pods start at (upstream `appsv1.StatefulSetOrdinals`).
struct StatefulSetOrdinals {
  std::int32_t start = 0;
  UnknownFields unknown_fields;
  bool operator==(const StatefulSetOrdinals&) const = default;
};
WINDLASS_API_DESCRIBED(StatefulSetOrdinals);

}  // namespace windlass::api::apps::v1
