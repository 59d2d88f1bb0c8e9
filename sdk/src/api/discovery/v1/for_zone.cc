#include <windlass/api/discovery/v1/for_zone.h>

namespace windlass::api::discovery::v1 {

WINDLASS_API_DESCRIBE(ForZone, d) {
  d.doc("A zone an endpoint should serve.");
  d.field("name", &ForZone::name).doc("The zone's name.").required().proto(1);
}

}  // namespace windlass::api::discovery::v1
