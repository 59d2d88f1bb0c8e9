#include <windlass/api/apps/v1/stateful_set_ordinals.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(StatefulSetOrdinals, d) {
  d.doc("The number the ordinals of a StatefulSet's pods start at.");
  d.field("start", &StatefulSetOrdinals::start)
      .doc("Ordinal of the first pod; pods are numbered start to start + replicas - 1.")
      .always().proto(1);
}

}  // namespace windlass::api::apps::v1
