#include <windlass/api/authentication/v1/user_info.h>

namespace windlass::api::authentication::v1 {

WINDLASS_API_DESCRIBE(UserInfo, d) {
  d.doc("An authenticated user: name, uid, groups and extra attributes.");
  d.field("username", &UserInfo::username)
      .doc("The user's name, unique among active users.").proto(1);
  d.field("uid", &UserInfo::uid)
      .doc("An identifier that, unlike the name, is not reused by later users.").proto(2);
  d.field("groups", &UserInfo::groups)
      .doc("The groups the user belongs to.").list_atomic().proto(3);
  // Protobuf: map<string, ExtraValue>, where ExtraValue is a message wrapping the list.
  d.field("extra", &UserInfo::extra)
      .doc("Further attributes from the authenticator, each with a list of values.").proto(4);
}

}  // namespace windlass::api::authentication::v1
