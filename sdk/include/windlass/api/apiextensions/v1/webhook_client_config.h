// windlass/api/apiextensions/v1/webhook_client_config.h — apiextensions/v1
// WebhookClientConfig, how the API server connects to a webhook.
//
// Either a URL (`https://host:port/path`) or an in-cluster Service; `caBundle` is the PEM CA
// that signs the webhook's serving certificate (the system roots when empty).
//
//   apiextensions::v1::WebhookClientConfig c{
//       .service = apiextensions::v1::ServiceReference{.namespace_ = "widgets",
//                                                      .name = "widget-webhook",
//                                                      .path = "/convert"},
//       .ca_bundle = {.data = ca_pem}};
#pragma once

#include <windlass/api/apiextensions/v1/service_reference.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::apiextensions::v1 {

// The address and CA of a webhook (upstream `apiextensionsv1.WebhookClientConfig`).
struct WebhookClientConfig {
  std::optional<std::string> url;
  std::optional<ServiceReference> service;
  Bytes ca_bundle;
  UnknownFields unknown_fields;
  bool operator==(const WebhookClientConfig&) const = default;
};
WINDLASS_API_DESCRIBED(WebhookClientConfig);

}  // namespace windlass::api::apiextensions::v1
