// windlass/api/apiextensions/v1/custom_resource_conversion.h — apiextensions/v1
// CustomResourceConversion, how a CRD's objects are converted between versions.
//
// Strategy "None" only rewrites apiVersion, so it suits versions with identical schemas;
// "Webhook" calls the conversion webhook `webhook` describes.
//
//   apiextensions::v1::CustomResourceConversion c{.strategy = "None"};
#pragma once

#include <windlass/api/apiextensions/v1/webhook_conversion.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::apiextensions::v1 {

// The conversion strategy of a CRD (upstream `apiextensionsv1.CustomResourceConversion`).
struct CustomResourceConversion {
  std::string strategy;  // None or Webhook
  std::optional<WebhookConversion> webhook;
  UnknownFields unknown_fields;
  bool operator==(const CustomResourceConversion&) const = default;
};
WINDLASS_API_DESCRIBED(CustomResourceConversion);

}  // namespace windlass::api::apiextensions::v1
