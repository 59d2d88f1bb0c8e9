#include <windlass/api/meta/v1/list_meta.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(ListMeta, d) {
  d.doc("Metadata of a list response: its version and, when paginated, how to get the rest.");
  d.field("selfLink", &ListMeta::self_link)
      .doc("Deprecated and no longer set by the server: the list's URL.").proto(1);
  d.field("resourceVersion", &ListMeta::resource_version)
      .doc("Opaque version of the collection at the time of the list; start a watch from it.")
      .proto(2);
  d.field("continue", &ListMeta::continue_)
      .doc("Token to request the next page; empty on the last page. Tokens expire.").proto(3);
  d.field("remainingItemCount", &ListMeta::remaining_item_count)
      .doc("Estimated number of items after this page, when the server can tell.").proto(4);
}

}  // namespace windlass::api::meta::v1
