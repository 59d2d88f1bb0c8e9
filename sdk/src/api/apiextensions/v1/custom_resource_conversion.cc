#include <windlass/api/apiextensions/v1/custom_resource_conversion.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(CustomResourceConversion, d) {
  d.doc("How a CRD's objects are converted between its versions.");
  d.field("strategy", &CustomResourceConversion::strategy)
      .doc("None (only apiVersion changes) or Webhook (the webhook converts).")
      .enum_values({"None", "Webhook"}).required().proto(1);
  d.field("webhook", &CustomResourceConversion::webhook)
      .doc("The conversion webhook; required for the Webhook strategy.").proto(2);
}

}  // namespace windlass::api::apiextensions::v1
