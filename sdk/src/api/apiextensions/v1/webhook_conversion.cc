#include <windlass/api/apiextensions/v1/webhook_conversion.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(WebhookConversion, d) {
  d.doc("How the API server reaches a CRD's conversion webhook and what it sends it.");
  d.field("clientConfig", &WebhookConversion::client_config)
      .doc("Where the webhook is and how to trust it.").proto(2);
  d.field("conversionReviewVersions", &WebhookConversion::conversion_review_versions)
      .doc("ConversionReview versions the webhook accepts, most preferred first.")
      .required().list_atomic().proto(3);
}

}  // namespace windlass::api::apiextensions::v1
