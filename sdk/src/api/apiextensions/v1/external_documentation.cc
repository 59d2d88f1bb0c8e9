#include <windlass/api/apiextensions/v1/external_documentation.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(ExternalDocumentation, d) {
  d.doc("A pointer to further documentation of a schema node.");
  d.field("description", &ExternalDocumentation::description)
      .doc("What the linked documentation covers.").proto(1);
  d.field("url", &ExternalDocumentation::url).doc("Where the documentation is.").proto(2);
}

}  // namespace windlass::api::apiextensions::v1
