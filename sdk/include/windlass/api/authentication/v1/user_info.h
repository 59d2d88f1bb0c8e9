// windlass/api/authentication/v1/user_info.h — authentication/v1 UserInfo, an authenticated
// user as the authorizers see it.
//
// A user is a name, a uid, groups and `extra`: string attributes with several values each that
// authenticators attach, such as a service account token's pod name and credential id
// ("authentication.kubernetes.io/pod-name"). Go's `map[string]ExtraValue` is a map of string
// lists here.
//
//   authentication::v1::UserInfo u{
//       .username = "system:serviceaccount:ops:deployer",
//       .groups = {"system:serviceaccounts", "system:serviceaccounts:ops",
//                  "system:authenticated"}};
#pragma once

#include <windlass/api/describe.h>

#include <map>
#include <string>
#include <vector>

namespace windlass::api::authentication::v1 {

// The identity of an authenticated user (upstream `authenticationv1.UserInfo`).
struct UserInfo {
  std::string username;
  std::string uid;
  std::vector<std::string> groups;
  std::map<std::string, std::vector<std::string>> extra;
  UnknownFields unknown_fields;
  bool operator==(const UserInfo&) const = default;
};
WINDLASS_API_DESCRIBED(UserInfo);

}  // namespace windlass::api::authentication::v1
