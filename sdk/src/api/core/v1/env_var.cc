#include <windlass/api/core/v1/env_var.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(EnvVar, d) {
  d.doc("One environment variable.");
  d.field("name", &EnvVar::name).doc("The variable's name.").required().proto(1);
  d.field("value", &EnvVar::value)
      .doc("Literal value; $(VAR) references to earlier variables are expanded, $$ escapes.")
      .proto(2);
  d.field("valueFrom", &EnvVar::value_from)
      .doc("Where to read the value from; not allowed together with value.").proto(3);
}

}  // namespace windlass::api::core::v1
