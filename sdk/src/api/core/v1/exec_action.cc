#include <windlass/api/core/v1/exec_action.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ExecAction, d) {
  d.doc("A command run inside the container.");
  d.field("command", &ExecAction::command)
      .doc("Argument vector, executed directly (no shell).").list_atomic().proto(1);
}

}  // namespace windlass::api::core::v1
