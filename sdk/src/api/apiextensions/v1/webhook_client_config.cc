#include <windlass/api/apiextensions/v1/webhook_client_config.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(WebhookClientConfig, d) {
  d.doc("How the API server connects to a webhook: a URL or a Service, and the CA to trust.");
  d.field("url", &WebhookClientConfig::url)
      .doc("https URL of the webhook; exclusive with service.").proto(3);
  d.field("service", &WebhookClientConfig::service)
      .doc("The Service in front of the webhook; exclusive with url.").proto(1);
  d.field("caBundle", &WebhookClientConfig::ca_bundle)
      .doc("PEM certificates of the CA that signs the webhook's serving certificate; the "
           "system roots when empty.")
      .proto(2);
}

}  // namespace windlass::api::apiextensions::v1
