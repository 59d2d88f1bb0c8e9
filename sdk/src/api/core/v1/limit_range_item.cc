#include <windlass/api/core/v1/limit_range_item.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(LimitRangeItem, d) {
  d.doc("The bounds and defaults for one kind of object.");
  d.field("type", &LimitRangeItem::type)
      .doc("What is bounded: Pod, Container or PersistentVolumeClaim.").required().proto(1);
  d.field("max", &LimitRangeItem::max)
      .doc("The most of each resource one object may have.").proto(2);
  d.field("min", &LimitRangeItem::min)
      .doc("The least of each resource one object must ask for.").proto(3);
  d.field("default", &LimitRangeItem::default_)
      .doc("Limits given to containers that set none.").proto(4);
  d.field("defaultRequest", &LimitRangeItem::default_request)
      .doc("Requests given to containers that set none.").proto(5);
  d.field("maxLimitRequestRatio", &LimitRangeItem::max_limit_request_ratio)
      .doc("The largest allowed ratio of limit to request, per resource.").proto(6);
}

}  // namespace windlass::api::core::v1
