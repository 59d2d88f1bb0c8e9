// windlass/api/apiextensions/v1/external_documentation.h — apiextensions/v1
// ExternalDocumentation, a link to more documentation from a schema node.
//
//   apiextensions::v1::ExternalDocumentation doc{.description = "Widget guide",
//                                                .url = "https://example.com/widgets"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::apiextensions::v1 {

// A description and URL of further documentation (upstream
// `apiextensionsv1.ExternalDocumentation`).
struct ExternalDocumentation {
  std::string description;
  std::string url;
  UnknownFields unknown_fields;
  bool operator==(const ExternalDocumentation&) const = default;
};
WINDLASS_API_DESCRIBED(ExternalDocumentation);

}  // namespace windlass::api::apiextensions::v1
