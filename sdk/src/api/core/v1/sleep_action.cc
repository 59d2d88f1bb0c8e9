#include <windlass/api/core/v1/sleep_action.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(SleepAction, d) {
  d.doc("A pause.");
  d.field("seconds", &SleepAction::seconds).doc("How long to sleep.").required().proto(1);
}

}  // namespace windlass::api::core::v1
