// windlass/api/apiextensions/v1/webhook_conversion.h — apiextensions/v1 WebhookConversion, the
// conversion webhook of a CRD.
//
// Where to reach the webhook and which apiextensions.k8s.io ConversionReview versions it
// understands, in order of preference (the server uses the first it also knows; "v1" today).
//
//   apiextensions::v1::WebhookConversion w{
//       .client_config = apiextensions::v1::WebhookClientConfig{
//           .service = apiextensions::v1::ServiceReference{.namespace_ = "widgets",
//                                                          .name = "widget-webhook"}},
//       .conversion_review_versions = {"v1"}};
#pragma once

#include <windlass/api/apiextensions/v1/webhook_client_config.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::apiextensions::v1 {

// How the API server calls a CRD's conversion webhook (upstream
// `apiextensionsv1.WebhookConversion`).
struct WebhookConversion {
  std::optional<WebhookClientConfig> client_config;
  std::vector<std::string> conversion_review_versions;
  UnknownFields unknown_fields;
  bool operator==(const WebhookConversion&) const = default;
};
WINDLASS_API_DESCRIBED(WebhookConversion);

}  // namespace windlass::api::apiextensions::v1
