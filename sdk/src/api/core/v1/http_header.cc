#include <windlass/api/core/v1/http_header.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(HTTPHeader, d) {
  d.doc("One HTTP header.");
  d.field("name", &HTTPHeader::name).doc("Header name.").required().proto(1);
  d.field("value", &HTTPHeader::value).doc("Header value.").required().proto(2);
}

}  // namespace windlass::api::core::v1
