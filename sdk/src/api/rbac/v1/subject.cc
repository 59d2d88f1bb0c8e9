#include <windlass/api/rbac/v1/subject.h>

namespace windlass::api::rbac::v1 {

WINDLASS_API_DESCRIBE(Subject, d) {
  d.doc("A user, group or service account that a binding grants its role to.");
  d.field("kind", &Subject::kind)
      .doc("Kind of the subject: User, Group or ServiceAccount.").required().proto(1);
  d.field("apiGroup", &Subject::api_group)
      .doc("API group of the subject: empty for ServiceAccount, rbac.authorization.k8s.io for "
           "User and Group.")
      .proto(2);
  d.field("name", &Subject::name).doc("Name of the subject.").required().proto(3);
  d.field("namespace", &Subject::namespace_)
      .doc("Namespace of a ServiceAccount subject; must be empty for users and groups.")
      .proto(4);
}

}  // namespace windlass::api::rbac::v1
