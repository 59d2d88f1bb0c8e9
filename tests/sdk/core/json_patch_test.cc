// RFC 6902 JSON Patch as kube-apiserver applies it (evanphx/json-patch v4.12.0).
#include <windlass/core/json_patch.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace windlass {
namespace {

using nlohmann::json;

struct ApplyCase {
  const char* name;
  const char* doc;
  const char* patch;
  const char* want;
};

std::string case_name(const testing::TestParamInfo<ApplyCase>& info) { return info.param.name; }
void PrintTo(const ApplyCase& c, std::ostream* os) { *os << c.name << ": " << c.patch; }

class JsonPatchApplies : public testing::TestWithParam<ApplyCase> {};

TEST_P(JsonPatchApplies, ProducesTheExpectedDocument) {
  const ApplyCase& c = GetParam();
  Result<json> got = apply_json_patch(json::parse(c.doc), std::string_view(c.patch));
  ASSERT_TRUE(got) << got.error().to_string();
  EXPECT_EQ(*got, json::parse(c.want)) << got->dump();
}

// RFC 6902 Appendix A, the examples that succeed.
const ApplyCase kRfcAppendixA[] = {
    {"A1_AddsAnObjectMember", R"({"foo":"bar"})",
     R"([{"op":"add","path":"/baz","value":"qux"}])", R"({"baz":"qux","foo":"bar"})"},
    {"A2_AddsAnArrayElement", R"({"foo":["bar","baz"]})",
     R"([{"op":"add","path":"/foo/1","value":"qux"}])", R"({"foo":["bar","qux","baz"]})"},
    {"A3_RemovesAnObjectMember", R"({"baz":"qux","foo":"bar"})",
     R"([{"op":"remove","path":"/baz"}])", R"({"foo":"bar"})"},
    {"A4_RemovesAnArrayElement", R"({"foo":["bar","qux","baz"]})",
     R"([{"op":"remove","path":"/foo/1"}])", R"({"foo":["bar","baz"]})"},
    {"A5_ReplacesAValue", R"({"baz":"qux","foo":"bar"})",
     R"([{"op":"replace","path":"/baz","value":"boo"}])", R"({"baz":"boo","foo":"bar"})"},
    {"A6_MovesAValue",
     R"({"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}})",
     R"([{"op":"move","from":"/foo/waldo","path":"/qux/thud"}])",
     R"({"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}})"},
    {"A7_MovesAnArrayElement", R"({"foo":["all","grass","cows","eat"]})",
     R"([{"op":"move","from":"/foo/1","path":"/foo/3"}])",
     R"({"foo":["all","cows","eat","grass"]})"},
    {"A8_PassingTestsLeaveTheDocumentUnchanged", R"({"baz":"qux","foo":["a",2,"c"]})",
     R"([{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2}])",
     R"({"baz":"qux","foo":["a",2,"c"]})"},
    {"A10_AddsANestedMemberObject", R"({"foo":"bar"})",
     R"([{"op":"add","path":"/child","value":{"grandchild":{}}}])",
     R"({"foo":"bar","child":{"grandchild":{}}})"},
    {"A11_IgnoresUnrecognizedMembers", R"({"foo":"bar"})",
     R"([{"op":"add","path":"/baz","value":"qux","xyz":123}])", R"({"foo":"bar","baz":"qux"})"},
    // The RFC says a repeated "op" SHOULD be an error; kube-apiserver's decoder keeps the last.
    {"A13_RepeatedOpMemberKeepsTheLastLikeKubeApiserver", R"({"foo":"bar","baz":"x"})",
     R"([{"op":"add","path":"/baz","value":"qux","op":"remove"}])", R"({"foo":"bar"})"},
    {"A14_DecodesTildeEscapesInOrder", R"({"/":9,"~1":10})",
     R"([{"op":"test","path":"/~01","value":10}])", R"({"/":9,"~1":10})"},
    {"A16_AddsAnArrayValueAsOneElement", R"({"foo":["bar"]})",
     R"([{"op":"add","path":"/foo/-","value":["abc","def"]}])",
     R"({"foo":["bar",["abc","def"]]})"},
};
INSTANTIATE_TEST_SUITE_P(Rfc6902AppendixA, JsonPatchApplies, testing::ValuesIn(kRfcAppendixA),
                         case_name);

constexpr const char* kPod =
    R"({"apiVersion":"v1","kind":"Pod","metadata":{"labels":{"app":"p","x":"y"},"name":"p1",)"
    R"("namespace":"default","resourceVersion":"5","finalizers":["a/b","c/d"]},)"
    R"("spec":{"containers":[{"name":"c","image":"nginx"}]}})";

// Bodies real clients send (spec/apiserver.md Appendix A18 and friends).
const ApplyCase kClientBodies[] = {
    {"KubectlPatchTypeJsonAddsALabel", kPod,
     R"([{"op":"add","path":"/metadata/labels/z","value":"w"}])",
     R"({"apiVersion":"v1","kind":"Pod","metadata":{"labels":{"app":"p","x":"y","z":"w"},)"
     R"("name":"p1","namespace":"default","resourceVersion":"5","finalizers":["a/b","c/d"]},)"
     R"("spec":{"containers":[{"name":"c","image":"nginx"}]}})"},
    {"LabelKeyWithSlashIsEscapedAsTildeOne", R"({"metadata":{"labels":{}}})",
     R"([{"op":"add","path":"/metadata/labels/app.kubernetes.io~1name","value":"web"}])",
     R"({"metadata":{"labels":{"app.kubernetes.io/name":"web"}}})"},
    {"ReplacesAContainerImageByIndex", R"({"spec":{"containers":[{"name":"c","image":"nginx"}]}})",
     R"([{"op":"replace","path":"/spec/containers/0/image","value":"nginx:2"}])",
     R"({"spec":{"containers":[{"name":"c","image":"nginx:2"}]}})"},
    {"AppendsAContainerWithDash", R"({"spec":{"containers":[{"name":"c"}]}})",
     R"([{"op":"add","path":"/spec/containers/-","value":{"name":"side","image":"busybox"}}])",
     R"({"spec":{"containers":[{"name":"c"},{"name":"side","image":"busybox"}]}})"},
    {"RemovesAFinalizerByIndex", R"({"metadata":{"finalizers":["a/b","c/d"]}})",
     R"([{"op":"remove","path":"/metadata/finalizers/0"}])",
     R"({"metadata":{"finalizers":["c/d"]}})"},
    {"TestOfResourceVersionGuardsAReplace",
     R"({"metadata":{"resourceVersion":"5"},"spec":{"replicas":1}})",
     R"([{"op":"test","path":"/metadata/resourceVersion","value":"5"},)"
     R"({"op":"replace","path":"/spec/replicas","value":3}])",
     R"({"metadata":{"resourceVersion":"5"},"spec":{"replicas":3}})"},
    {"RemovesAnAnnotationWithEscapedKey",
     R"({"metadata":{"annotations":{"example.com/a~b":"1","keep":"2"}}})",
     R"([{"op":"remove","path":"/metadata/annotations/example.com~1a~0b"}])",
     R"({"metadata":{"annotations":{"keep":"2"}}})"},
};
INSTANTIATE_TEST_SUITE_P(ClientBodies, JsonPatchApplies, testing::ValuesIn(kClientBodies),
                         case_name);

// What kube-apiserver's library does where the RFC is silent or where it departs from the RFC.
const ApplyCase kUpstreamBehaviour[] = {
    {"ReplaceOfMissingObjectMemberAddsIt", R"({"a":1})",
     R"([{"op":"replace","path":"/b","value":2}])", R"({"a":1,"b":2})"},
    {"AddWithoutValueAddsNull", R"({"a":1})", R"([{"op":"add","path":"/b"}])",
     R"({"a":1,"b":null})"},
    {"AddOfNullValueAddsNull", R"({"foo":"bar"})", R"([{"op":"add","path":"/baz","value":null}])",
     R"({"baz":null,"foo":"bar"})"},
    {"ReplaceWithoutValueStoresNull", R"({"a":1})", R"([{"op":"replace","path":"/a"}])",
     R"({"a":null})"},
    {"ReplaceOfNullArrayElement", R"({"bar":[null]})",
     R"([{"op":"replace","path":"/bar/0","value":1}])", R"({"bar":[1]})"},
    {"ReplaceOfNullMemberInArrayElement", R"({"bar":[{"baz":null}]})",
     R"([{"op":"replace","path":"/bar/0/baz","value":1}])", R"({"bar":[{"baz":1}]})"},
    {"CopyFromMissingMemberCopiesNull", R"({"a":1})",
     R"([{"op":"copy","from":"/zz","path":"/b"}])", R"({"a":1,"b":null})"},
    {"CopyOfArrayElementIntoArray", R"([{"foo":["bar","qux","baz"],"bar":["qux","baz"]}])",
     R"([{"op":"copy","from":"/0/foo/0","path":"/0/bar/0"}])",
     R"([{"foo":["bar","qux","baz"],"bar":["bar","qux","baz"]}])"},
    {"CopyOfWholeArrayIntoItself", R"({"foo":["bar"]})",
     R"([{"op":"copy","path":"/foo/0","from":"/foo"}])", R"({"foo":[["bar"],"bar"]})"},
    {"MoveToTheNextIndex", R"({"foo":["all","grass","cows","eat"]})",
     R"([{"op":"move","from":"/foo/1","path":"/foo/2"}])",
     R"({"foo":["all","cows","grass","eat"]})"},
    {"MoveOfNullMemberMovesNull", R"({"a":null})",
     R"([{"op":"move","from":"/a","path":"/b"}])", R"({"b":null})"},
    {"RemoveOfNullMemberRemovesIt", R"({"foo":"bar","qux":{"baz":1,"bar":null}})",
     R"([{"op":"remove","path":"/qux/bar"}])", R"({"foo":"bar","qux":{"baz":1}})"},
    {"NegativeIndexCountsFromTheEnd", R"({"foo":["bar","qux","baz"]})",
     R"([{"op":"remove","path":"/foo/-2"}])", R"({"foo":["bar","baz"]})"},
    {"AddAtMinusOneAppends", R"({"foo":["bar","baz"]})",
     R"([{"op":"add","path":"/foo/-1","value":"qux"}])", R"({"foo":["bar","baz","qux"]})"},
    {"AddAtMinusOneOfEmptyArrayAppends", R"({"foo":[]})",
     R"([{"op":"add","path":"/foo/-1","value":"qux"}])", R"({"foo":["qux"]})"},
    {"IndexWithLeadingZeroIsAccepted", R"({"foo":["a","b"]})",
     R"([{"op":"replace","path":"/foo/01","value":"x"}])", R"({"foo":["a","x"]})"},
    {"IndexWithPlusSignIsAccepted", R"({"foo":["a","b"]})",
     R"([{"op":"remove","path":"/foo/+1"}])", R"({"foo":["a"]})"},
    {"AddAtEndIndexAppends", R"({"foo":["a"]})", R"([{"op":"add","path":"/foo/1","value":"b"}])",
     R"({"foo":["a","b"]})"},
    {"PathIsReadFromItsFirstSlash", R"({"a":1})", R"([{"op":"add","path":"x/b","value":2}])",
     R"({"a":1,"b":2})"},
    {"UnknownTildeEscapeIsKeptAsWritten", R"({})", R"([{"op":"add","path":"/a~2b~","value":1}])",
     R"({"a~2b~":1})"},
    {"TildeZeroDecodesToTilde", R"({})", R"([{"op":"add","path":"/m~0n","value":1}])",
     R"({"m~n":1})"},
    {"SlashAloneAddressesTheEmptyKey", R"({"a":1})", R"([{"op":"add","path":"/","value":2}])",
     R"({"a":1,"":2})"},
    {"DashIsAnOrdinaryKeyInAnObject", R"({})", R"([{"op":"add","path":"/-","value":1}])",
     R"({"-":1})"},
    {"AddsToARootArray", R"([1,2])", R"([{"op":"add","path":"/0","value":0}])", R"([0,1,2])"},
    {"ReplaceOfWholeDocumentWithObject", R"({"id":"0","parentID":"0"})",
     R"([{"op":"test","path":"","value":{"id":"0","parentID":"0"}},)"
     R"({"op":"replace","path":"","value":{"id":"7","originalID":"bar","parentID":"0"}}])",
     R"({"id":"7","originalID":"bar","parentID":"0"})"},
    {"ReplaceOfWholeDocumentWithArray", R"({"a":1})",
     R"([{"op":"replace","path":"","value":[1]}])", R"([1])"},
    {"ReplaceOfWholeDocumentWithScalarDoesNothing", R"({"a":1})",
     R"([{"op":"replace","path":"","value":5}])", R"({"a":1})"},
    {"NullPatchIsAnEmptyPatch", R"({"a":1})", "null", R"({"a":1})"},
    {"EmptyPatchLeavesTheDocument", R"({"a":1})", "[]", R"({"a":1})"},
    {"TestOfMissingMemberAgainstNullPasses", R"({"baz":"qux"})",
     R"([{"op":"test","path":"/foo","value":null}])", R"({"baz":"qux"})"},
    {"TestOfNullMemberAgainstNullPasses", R"({"foo":null})",
     R"([{"op":"test","path":"/foo","value":null}])", R"({"foo":null})"},
    {"TestComparesNumbersByValue", R"({"a":1})", R"([{"op":"test","path":"/a","value":1.0}])",
     R"({"a":1})"},
    {"TestComparesObjectsDeeplyIgnoringMemberOrder", R"({"a":{"x":[1,{"c":true}],"y":null}})",
     R"([{"op":"test","path":"/a","value":{"y":null,"x":[1,{"c":true}]}}])",
     R"({"a":{"x":[1,{"c":true}],"y":null}})"},
    {"TestOfEscapedKey", R"({"baz/foo":"qux"})",
     R"([{"op":"test","path":"/baz~1foo","value":"qux"}])", R"({"baz/foo":"qux"})"},
    {"OperationsSeeEarlierOnes", R"({})",
     R"([{"op":"add","path":"/a","value":{}},{"op":"add","path":"/a/b","value":[]},)"
     R"({"op":"add","path":"/a/b/-","value":1},{"op":"move","from":"/a/b","path":"/c"}])",
     R"({"a":{},"c":[1]})"},
};
INSTANTIATE_TEST_SUITE_P(KubeApiserverBehaviour, JsonPatchApplies,
                         testing::ValuesIn(kUpstreamBehaviour), case_name);

struct RejectCase {
  const char* name;
  const char* doc;
  const char* patch;
  ErrorCode code;
  const char* message;
};

std::string reject_name(const testing::TestParamInfo<RejectCase>& info) {
  return info.param.name;
}
void PrintTo(const RejectCase& c, std::ostream* os) { *os << c.name << ": " << c.patch; }

class JsonPatchRejects : public testing::TestWithParam<RejectCase> {};

TEST_P(JsonPatchRejects, WithTheExactCodeAndMessage) {
  const RejectCase& c = GetParam();
  Result<json> got = apply_json_patch(json::parse(c.doc), std::string_view(c.patch));
  ASSERT_FALSE(got) << got->dump();
  EXPECT_EQ(got.error().code(), c.code) << got.error().to_string();
  EXPECT_EQ(got.error().message(), c.message);
}

constexpr ErrorCode kInvalid = ErrorCode::kInvalid;
constexpr ErrorCode kBadRequest = ErrorCode::kBadRequest;

const RejectCase kRfcAppendixAErrors[] = {
    {"A9_TestOfADifferentValueFails", R"({"baz":"qux"})",
     R"([{"op":"test","path":"/baz","value":"bar"}])", kInvalid,
     "testing value /baz failed: test failed"},
    {"A12_AddToANonexistentTargetNamesThePath", R"({"foo":"bar"})",
     R"([{"op":"add","path":"/baz/bat","value":"qux"}])", kInvalid,
     R"(add operation does not apply: doc is missing path: "/baz/bat": missing value)"},
    {"A13_RepeatedOpMemberIsARemoveOfTheMissingKey", R"({"foo":"bar"})",
     R"([{"op":"add","path":"/baz","value":"qux","op":"remove"}])", kInvalid,
     "error in remove for path: '/baz': Unable to remove nonexistent key: baz: missing value"},
    {"A15_StringIsNotEqualToNumber", R"({"/":9,"~1":10})",
     R"([{"op":"test","path":"/~01","value":"10"}])", kInvalid,
     "testing value /~01 failed: test failed"},
};
INSTANTIATE_TEST_SUITE_P(Rfc6902AppendixA, JsonPatchRejects,
                         testing::ValuesIn(kRfcAppendixAErrors), reject_name);

const RejectCase kApplyErrors[] = {
    {"KubectlAddLabelToPodWithoutLabelsNamesThePath", R"({"metadata":{"name":"p1"}})",
     R"([{"op":"add","path":"/metadata/labels/z","value":"w"}])", kInvalid,
     R"(add operation does not apply: doc is missing path: "/metadata/labels/z": missing value)"},
    {"RemoveOfMissingKeyNamesThePath", R"({"a":{"b":{"d":1}}})",
     R"([{"op":"remove","path":"/a/b/c"}])", kInvalid,
     "error in remove for path: '/a/b/c': Unable to remove nonexistent key: c: missing value"},
    {"RemoveThroughMissingPathNamesThePath", R"({"a":1})", R"([{"op":"remove","path":"/x/y"}])",
     kInvalid, R"(remove operation does not apply: doc is missing path: "/x/y": missing value)"},
    {"AddThroughMissingPathNamesThePath", R"({"a":1})",
     R"([{"op":"add","path":"/x/y","value":1}])", kInvalid,
     R"(add operation does not apply: doc is missing path: "/x/y": missing value)"},
    {"AddThroughAScalarIsAMissingPath", R"({"a":1})",
     R"([{"op":"add","path":"/a/b","value":1}])", kInvalid,
     R"(add operation does not apply: doc is missing path: "/a/b": missing value)"},
    {"AddThroughANullMemberIsAMissingPath", R"({"a":null})",
     R"([{"op":"add","path":"/a/b","value":1}])", kInvalid,
     R"(add operation does not apply: doc is missing path: "/a/b": missing value)"},
    {"AddThroughANullAddedEarlierIsAMissingPath", R"({})",
     R"([{"op":"add","path":"/a","value":null},{"op":"add","path":"/a/b","value":1}])", kInvalid,
     R"(add operation does not apply: doc is missing path: "/a/b": missing value)"},
    {"AddAtTheWholeDocumentFails", R"({"foo":"bar"})", R"([{"op":"add","path":"","value":"qux"}])",
     kInvalid, R"(add operation does not apply: doc is missing path: "": missing value)"},
    {"PathWithoutSlashIsMissing", R"({"foo":"bar"})",
     R"([{"op":"add","path":"foo","value":1}])", kInvalid,
     R"(add operation does not apply: doc is missing path: "foo": missing value)"},
    {"ReplaceOfIndexPastTheEndNamesThePath", R"({"foo":["bar","baz"]})",
     R"([{"op":"replace","path":"/foo/2","value":"bum"}])", kInvalid,
     "replace operation does not apply: doc is missing key: /foo/2: missing value"},
    {"ReplaceOfNonNumericIndexNamesThePath", R"(["x"])",
     R"([{"op":"replace","path":"/a","value":1}])", kInvalid,
     "replace operation does not apply: doc is missing key: /a: missing value"},
    {"ReplaceThroughMissingPathNamesThePath", R"({"name":{"foo":"bat","qux":"bum"}})",
     R"([{"op":"replace","path":"/foo/bar","value":"baz"}])", kInvalid,
     "replace operation does not apply: doc is missing path: /foo/bar: missing value"},
    {"AddPastTheEndOfAnArray", R"({"foo":["bar"]})",
     R"([{"op":"add","path":"/foo/2","value":"bum"}])", kInvalid,
     "error in add for path: '/foo/2': Unable to access invalid index: 2: invalid index "
     "referenced"},
    {"AddBeforeTheStartOfAnArray", R"({"foo":["bar","baz"]})",
     R"([{"op":"add","path":"/foo/-4","value":"bum"}])", kInvalid,
     "error in add for path: '/foo/-4': Unable to access invalid index: -4: invalid index "
     "referenced"},
    {"AddAtNonNumericIndex", R"({"foo":[]})", R"([{"op":"add","path":"/foo/x","value":1}])",
     kInvalid,
     "error in add for path: '/foo/x': value was not a proper array index: 'x': strconv.Atoi: "
     "parsing \"x\": invalid syntax"},
    {"AddAtEmptyIndex", R"({"foo":[]})", R"([{"op":"add","path":"/foo/","value":1}])", kInvalid,
     "error in add for path: '/foo/': value was not a proper array index: '': strconv.Atoi: "
     "parsing \"\": invalid syntax"},
    {"AddAtOverflowingIndex", R"({"foo":[]})",
     R"([{"op":"add","path":"/foo/99999999999999999999","value":1}])", kInvalid,
     "error in add for path: '/foo/99999999999999999999': value was not a proper array index: "
     "'99999999999999999999': strconv.Atoi: parsing \"99999999999999999999\": value out of "
     "range"},
    {"RemoveOfDashFromAnArray", R"({"foo":[]})", R"([{"op":"remove","path":"/foo/-"}])",
     kInvalid, "error in remove for path: '/foo/-': strconv.Atoi: parsing \"-\": invalid syntax"},
    {"RemoveOfMinusOneFromAnEmptyArray", R"({"foo":[]})", R"([{"op":"remove","path":"/foo/-1"}])",
     kInvalid,
     "error in remove for path: '/foo/-1': Unable to access invalid index: -1: invalid index "
     "referenced"},
    {"RemoveBeforeTheStartOfAnArray", R"({"foo":["bar"]})",
     R"([{"op":"remove","path":"/foo/-2"}])", kInvalid,
     "error in remove for path: '/foo/-2': Unable to access invalid index: -2: invalid index "
     "referenced"},
    {"RemovePastTheEndOfAnArray", R"({"a":{"b":[1]}})", R"([{"op":"remove","path":"/a/b/1"}])",
     kInvalid,
     "error in remove for path: '/a/b/1': Unable to access invalid index: 1: invalid index "
     "referenced"},
    {"MoveFromMissingKeyNamesTheKey", R"({"a":{"b":{"d":1}}})",
     R"([{"op":"move","from":"/a/b/c","path":"/a/b/e"}])", kInvalid,
     "error in move for path: 'c': Unable to remove nonexistent key: c: missing value"},
    {"MoveFromIndexPastTheEndNamesTheIndex", R"({"a":{"b":[1]}})",
     R"([{"op":"move","from":"/a/b/1","path":"/a/b/2"}])", kInvalid,
     "error in move for path: '1': Unable to access invalid index: 1: invalid index referenced"},
    {"MoveToIndexPastTheEndNamesThePath", R"({"foo":["all","grass","cows","eat"]})",
     R"([{"op":"move","from":"/foo/1","path":"/foo/4"}])", kInvalid,
     "error in move for path: '/foo/4': Unable to access invalid index: 4: invalid index "
     "referenced"},
    {"MoveFromMissingPathNamesThePath", R"({"a":1})",
     R"([{"op":"move","from":"/x/y","path":"/b"}])", kInvalid,
     "move operation does not apply: doc is missing from path: /x/y: missing value"},
    {"MoveIntoItsOwnChildIsAMissingDestination", R"({"a":{"b":1}})",
     R"([{"op":"move","from":"/a","path":"/a/c"}])", kInvalid,
     "move operation does not apply: doc is missing destination path: /a/c: missing value"},
    {"MoveOfTheWholeDocumentIsAMissingFrom", R"({"a":1})",
     R"([{"op":"move","from":"","path":"/b"}])", kInvalid,
     "move operation does not apply: doc is missing from path: : missing value"},
    {"CopyFromMissingPathNamesThePath", R"({"foo":"bar"})",
     R"([{"op":"copy","from":"/baz/x","path":"/qux"}])", kInvalid,
     "copy operation does not apply: doc is missing from path: /baz/x: missing value"},
    {"CopyFromIndexPastTheEndNamesThePath", R"({"foo":[1]})",
     R"([{"op":"copy","from":"/foo/5","path":"/bar"}])", kInvalid,
     "error in copy for from: '/foo/5': Unable to access invalid index: 5: invalid index "
     "referenced"},
    {"CopyToMissingDestinationNamesThePath", R"({"a":1})",
     R"([{"op":"copy","from":"/a","path":"/x/y"}])", kInvalid,
     "copy operation does not apply: doc is missing destination path: /x/y: missing value"},
    {"CopyToIndexPastTheEnd", R"({"foo":["bar"]})",
     R"([{"op":"copy","path":"/foo/2","from":"/foo/0"}])", kInvalid,
     "error while adding value during copy: Unable to access invalid index: 2: invalid index "
     "referenced"},
    {"CopyToHugeIndex", R"({"foo":["bar"]})",
     R"([{"op":"copy","path":"/foo/6666666666","from":"/"}])", kInvalid,
     "error while adding value during copy: Unable to access invalid index: 6666666666: invalid "
     "index referenced"},
    {"TestThroughMissingPathNamesThePath", R"({"a":1})",
     R"([{"op":"test","path":"/x/y","value":1}])", kInvalid,
     "test operation does not apply: is missing path: /x/y: missing value"},
    {"TestOfIndexPastTheEndNamesThePath", R"({"a":[1]})",
     R"([{"op":"test","path":"/a/3","value":1}])", kInvalid,
     "error in test for path: '/a/3': Unable to access invalid index: 3: invalid index "
     "referenced"},
    {"TestOfAnotherArrayIndexFails", R"({"baz":"qux","foo":["a",2,"c"]})",
     R"([{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":"c"}])",
     kInvalid, "testing value /foo/1 failed: test failed"},
    {"TestOfMissingMemberFails", R"({"baz":"qux"})",
     R"([{"op":"test","path":"/foo","value":42}])", kInvalid,
     "testing value /foo failed: test failed"},
    {"TestOfEmptyObjectAgainstNullFails", R"({"foo":{}})",
     R"([{"op":"test","path":"/foo","value":null}])", kInvalid,
     "testing value /foo failed: test failed"},
    {"TestOfEmptyArrayAgainstNullFails", R"({"foo":[]})",
     R"([{"op":"test","path":"/foo","value":null}])", kInvalid,
     "testing value /foo failed: test failed"},
    {"TestWithoutValueFails", R"({"foo":[]})", R"([{"op":"test","path":"/foo"}])", kInvalid,
     "testing value /foo failed: test failed"},
    {"TestOfMissingMemberWithoutValueFails", R"({})", R"([{"op":"test","path":"/foo"}])",
     kInvalid, "testing value /foo failed: test failed"},
    {"TestOfTheWholeDocumentFails", R"({"a":1})", R"([{"op":"test","path":"","value":{"a":2}}])",
     kInvalid, "testing value  failed: test failed"},
    {"TestOfDifferentArrayLengthFails", R"({"a":[1,2]})",
     R"([{"op":"test","path":"/a","value":[1]}])", kInvalid,
     "testing value /a failed: test failed"},
    {"AddWithoutPath", R"({"foo":"bar"})", R"([{"op":"add","pathz":"/baz","value":"qux"}])",
     kInvalid, "add operation failed to decode path: missing value"},
    {"AddWithNullPath", R"({})", R"([{"op":"add","path":null}])", kInvalid,
     "add operation failed to decode path: missing value"},
    {"AddWithNumericPath", R"({})", R"([{"op":"add","path":1,"value":1}])", kInvalid,
     "add operation failed to decode path: missing value"},
    {"RemoveWithoutPath", R"({"a":1})", R"([{"op":"remove"}])", kInvalid,
     "remove operation failed to decode path: missing value"},
    {"ReplaceWithoutPath", R"({"a":1})", R"([{"op":"replace","value":1}])", kInvalid,
     "replace operation failed to decode path: operation missing path field: missing value"},
    {"ReplaceWithNumericPath", R"({"a":1})", R"([{"op":"replace","path":1,"value":1}])",
     kInvalid,
     "replace operation failed to decode path: json: cannot unmarshal number into Go value of "
     "type string"},
    {"MoveWithoutFrom", R"({"a":1})", R"([{"op":"move","path":"/b"}])", kInvalid,
     "move operation failed to decode from: operation, missing from field: missing value"},
    {"MoveWithObjectFrom", R"({"a":1})", R"([{"op":"move","from":{},"path":"/b"}])", kInvalid,
     "move operation failed to decode from: json: cannot unmarshal object into Go value of type "
     "string"},
    {"MoveWithoutPath", R"({"a":1})", R"([{"op":"move","from":"/a"}])", kInvalid,
     "move operation failed to decode path: operation missing path field: missing value"},
    {"CopyWithNullFrom", R"({})", R"([{"op":"copy","from":null}])", kInvalid,
     "copy operation failed to decode from: operation, missing from field: missing value"},
    {"CopyWithoutPath", R"({"a":1})", R"([{"op":"copy","from":"/a"}])", kInvalid,
     "copy operation failed to decode path: missing value"},
    {"TestWithoutPath", R"({"a":1})", R"([{"op":"test","value":1}])", kInvalid,
     "test operation failed to decode path: operation missing path field: missing value"},
    {"TestWithBooleanPath", R"({"a":1})", R"([{"op":"test","path":true,"value":1}])", kInvalid,
     "test operation failed to decode path: json: cannot unmarshal bool into Go value of type "
     "string"},
    {"UnknownOpNamesTheKind", R"({"a":1})", R"([{"op":"foo","path":"/a"}])", kInvalid,
     "Unexpected kind: foo"},
    {"MissingOpIsUnknownKind", R"({"a":1})", R"([{"path":"/a"}])", kInvalid,
     "Unexpected kind: unknown"},
    {"NullOpIsUnknownKind", R"({})", R"([{"op":null,"path":""}])", kInvalid,
     "Unexpected kind: unknown"},
    {"NumericOpIsUnknownKind", R"({})", R"([{"op":1,"path":"/a"}])", kInvalid,
     "Unexpected kind: unknown"},
    {"NullOperationIsUnknownKind", R"({})", R"([null])", kInvalid, "Unexpected kind: unknown"},
    {"OpNamesAreCaseSensitive", R"({})", R"([{"op":"Add","path":"/a","value":1}])", kInvalid,
     "Unexpected kind: Add"},
    {"FailureAfterSuccessfulOpsRejectsThePatch", R"({"a":1})",
     R"([{"op":"add","path":"/b","value":2},{"op":"remove","path":"/c"}])", kInvalid,
     "error in remove for path: '/c': Unable to remove nonexistent key: c: missing value"},
};
INSTANTIATE_TEST_SUITE_P(ApplyErrors, JsonPatchRejects, testing::ValuesIn(kApplyErrors),
                         reject_name);

const RejectCase kDecodeErrors[] = {
    {"ObjectPatchIsBadRequest", R"({"a":1})", R"({"op":"add","path":"/a","value":1})",
     kBadRequest, "json: cannot unmarshal object into Go value of type jsonpatch.Patch"},
    {"StringPatchIsBadRequest", R"({"a":1})", R"("add")", kBadRequest,
     "json: cannot unmarshal string into Go value of type jsonpatch.Patch"},
    {"NumberPatchIsBadRequest", R"({"a":1})", "42", kBadRequest,
     "json: cannot unmarshal number into Go value of type jsonpatch.Patch"},
    {"NonObjectOperationIsBadRequest", R"({"a":1})", "[1]", kBadRequest,
     "json: cannot unmarshal number into Go value of type jsonpatch.Operation"},
    {"ArrayOperationIsBadRequest", R"({"a":1})", R"([{"op":"remove","path":"/a"},[]])",
     kBadRequest, "json: cannot unmarshal array into Go value of type jsonpatch.Operation"},
    {"EmptyBodyIsBadRequest", R"({"a":1})", "", kBadRequest,
     "json: line 1, column 1: syntax error while parsing value - unexpected end of input; "
     "expected '[', '{', or a literal"},
    {"BlankBodyIsBadRequest", R"({"a":1})", " \n", kBadRequest,
     "json: line 2, column 1: syntax error while parsing value - unexpected end of input; "
     "expected '[', '{', or a literal"},
    {"TruncatedJsonIsBadRequest", R"({"a":1})", R"([{"op":)", kBadRequest,
     "json: line 1, column 8: syntax error while parsing value - unexpected end of "
     "input; expected '[', '{', or a literal"},
    {"TrailingGarbageIsBadRequest", R"({"a":1})", "[] x", kBadRequest,
     "json: line 1, column 4: syntax error while parsing value - invalid literal; last "
     "read: '[] x'; expected end of input"},
};
INSTANTIATE_TEST_SUITE_P(DecodeErrors, JsonPatchRejects, testing::ValuesIn(kDecodeErrors),
                         reject_name);

// --- Behaviour outside the tables ------------------------------------------------------

json make_nested_arrays(std::size_t depth) {
  json v = json::array();
  for (std::size_t i = 1; i < depth; ++i) {
    json outer = json::array();
    outer.push_back(std::move(v));
    v = std::move(outer);
  }
  return v;
}

TEST(JsonPatch, AcceptsThePatchAsJsonValue) {
  json patch = json::parse(R"([{"op":"add","path":"/b","value":2}])");
  Result<json> got = apply_json_patch(json::parse(R"({"a":1})"), patch);
  ASSERT_TRUE(got) << got.error().to_string();
  EXPECT_EQ(*got, json::parse(R"({"a":1,"b":2})"));
}

TEST(JsonPatch, AcceptsThePatchAsStdString) {
  const std::string patch = R"([{"op":"remove","path":"/a"}])";
  Result<json> got = apply_json_patch(json::parse(R"({"a":1})"), patch);
  ASSERT_TRUE(got) << got.error().to_string();
  EXPECT_EQ(*got, json::object());
}

TEST(JsonPatch, LeavesTheInputDocumentUntouched) {
  const json doc = json::parse(R"({"a":[1,2]})");
  Result<json> got = apply_json_patch(doc, R"([{"op":"remove","path":"/a/0"}])");
  ASSERT_TRUE(got);
  EXPECT_EQ(doc, json::parse(R"({"a":[1,2]})"));
  EXPECT_EQ(*got, json::parse(R"({"a":[2]})"));
}

TEST(JsonPatch, ScalarDocumentIsInvalid) {
  Result<json> got = apply_json_patch(json("text"), "[]");
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code(), ErrorCode::kInvalid);
  EXPECT_EQ(got.error().message(),
            "json: cannot unmarshal string into Go value of type jsonpatch.partialDoc");
}

TEST(JsonPatch, MoreThanTenThousandOperationsIsRequestEntityTooLarge) {
  json patch = json::array();
  for (int i = 0; i < 10001; ++i) patch.push_back({{"op", "test"}, {"path", "/a"}, {"value", 1}});
  Result<json> got = apply_json_patch(json::parse(R"({"a":1})"), patch);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code(), ErrorCode::kRequestEntityTooLarge);
  EXPECT_EQ(got.error().message(),
            "The allowed maximum operations in a JSON patch is 10000, got 10001");
}

TEST(JsonPatch, TenThousandOperationsAreAccepted) {
  json patch = json::array();
  for (int i = 0; i < 10000; ++i) patch.push_back({{"op", "test"}, {"path", "/a"}, {"value", 1}});
  EXPECT_TRUE(apply_json_patch(json::parse(R"({"a":1})"), patch));
}

TEST(JsonPatch, OperationLimitCanBeLiftedOrLowered) {
  json patch = json::parse(
      R"([{"op":"test","path":"/a","value":1},{"op":"test","path":"/a","value":1}])");
  const json doc = json::parse(R"({"a":1})");
  Result<json> lowered = apply_json_patch(doc, patch, {.max_operations = 1});
  ASSERT_FALSE(lowered);
  EXPECT_EQ(lowered.error().message(),
            "The allowed maximum operations in a JSON patch is 1, got 2");
  EXPECT_TRUE(apply_json_patch(doc, patch, {.max_operations = 0}));
}

TEST(JsonPatch, CopiesBeyondThreeMebibytesAreRejectedByDefault) {
  json doc = {{"big", std::string(1024 * 1024, 'x')}};
  const char* patch =
      R"([{"op":"copy","from":"/big","path":"/c1"},{"op":"copy","from":"/big","path":"/c2"},)"
      R"({"op":"copy","from":"/big","path":"/c3"}])";
  Result<json> got = apply_json_patch(doc, patch);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code(), ErrorCode::kInvalid);
  // Each copy counts the string with its quotes: 1048578 bytes.
  EXPECT_EQ(got.error().message(),
            "Unable to complete the copy, the accumulated size increase of copy is 3145734, "
            "exceeding the limit 3145728");
}

TEST(JsonPatch, CopiesUpToTheLimitAreAccepted) {
  // evanphx's own case: with a limit of 100, two copies of a 48-character string (50 bytes
  // with quotes) fit exactly, two of 49 characters do not.
  const char* patch =
      R"([{"op":"copy","path":"/foo/-","from":"/foo/1"},)"
      R"({"op":"copy","path":"/foo/-","from":"/foo/1"}])";
  const std::string a48(48, 'A');
  Result<json> fits = apply_json_patch(json{{"foo", {"A", a48}}}, patch,
                                       {.accumulated_copy_size_limit = 100});
  ASSERT_TRUE(fits) << fits.error().to_string();
  EXPECT_EQ(*fits, (json{{"foo", {"A", a48, a48, a48}}}));

  Result<json> too_big = apply_json_patch(json{{"foo", {"A", std::string(49, 'A')}}}, patch,
                                          {.accumulated_copy_size_limit = 100});
  ASSERT_FALSE(too_big);
  EXPECT_EQ(too_big.error().message(),
            "Unable to complete the copy, the accumulated size increase of copy is 102, "
            "exceeding the limit 100");
}

TEST(JsonPatch, CopySizeLimitOfZeroMeansUnlimited) {
  json doc = {{"big", std::string(2 * 1024 * 1024, 'x')}};
  const char* patch =
      R"([{"op":"copy","from":"/big","path":"/c1"},{"op":"copy","from":"/big","path":"/c2"}])";
  EXPECT_FALSE(apply_json_patch(doc, patch));
  EXPECT_TRUE(apply_json_patch(doc, patch, {.accumulated_copy_size_limit = 0}));
}

TEST(JsonPatch, StrictIndicesRejectLeadingZerosSignsAndNegatives) {
  const json doc = json::parse(R"({"foo":["a","b"]})");
  const JsonPatchOptions strict{.strict_indices = true};
  struct Case {
    const char* patch;
    const char* message;
  };
  const Case cases[] = {
      {R"([{"op":"replace","path":"/foo/01","value":"x"}])",
       "replace operation does not apply: doc is missing key: /foo/01: missing value"},
      {R"([{"op":"add","path":"/foo/01","value":"x"}])",
       "error in add for path: '/foo/01': value was not a proper array index: '01': "
       "strconv.Atoi: parsing \"01\": invalid syntax"},
      {R"([{"op":"add","path":"/foo/-1","value":"x"}])",
       "error in add for path: '/foo/-1': value was not a proper array index: '-1': "
       "strconv.Atoi: parsing \"-1\": invalid syntax"},
      {R"([{"op":"remove","path":"/foo/+1"}])",
       "error in remove for path: '/foo/+1': strconv.Atoi: parsing \"+1\": invalid syntax"},
      {R"([{"op":"test","path":"/foo/00","value":"a"}])",
       "error in test for path: '/foo/00': strconv.Atoi: parsing \"00\": invalid syntax"},
  };
  for (const Case& c : cases) {
    Result<json> got = apply_json_patch(doc, c.patch, strict);
    ASSERT_FALSE(got) << c.patch;
    EXPECT_EQ(got.error().message(), c.message);
  }
  Result<json> ok = apply_json_patch(
      doc, R"([{"op":"add","path":"/foo/0","value":"z"},{"op":"add","path":"/foo/-","value":"y"}])",
      strict);
  ASSERT_TRUE(ok) << ok.error().to_string();
  EXPECT_EQ(*ok, json::parse(R"({"foo":["z","a","b","y"]})"));
}

TEST(JsonPatch, ControlCharactersInABadIndexAreQuotedLikeGo) {
  Result<json> got =
      apply_json_patch(json::parse(R"({"foo":[]})"), R"([{"op":"remove","path":"/foo/a\"\n"}])");
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().message(),
            "error in remove for path: '/foo/a\"\n': strconv.Atoi: parsing \"a\\\"\\n\": invalid "
            "syntax");
}

TEST(JsonPatch, PatchTextNestedUpToTheLimitIsAccepted) {
  // The patch array and its operation object take two levels; the value takes the rest.
  const std::size_t depth = kMaxJsonDepth - 2;
  std::string value(depth, '[');
  value += std::string(depth, ']');
  const std::string patch = R"([{"op":"test","path":"/a","value":)" + value + "}]";
  Result<json> got = apply_json_patch(json::parse(R"({"a":1})"), patch);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().message(), "testing value /a failed: test failed");
}

TEST(JsonPatch, PatchTextNestedDeeperThanTheLimitIsBadRequest) {
  const std::string patch =
      std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
  Result<json> got = apply_json_patch(json::object(), patch);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code(), ErrorCode::kBadRequest);
  EXPECT_EQ(got.error().message(), "json: line 1, column 1001: exceeded max depth of 1000");
}

TEST(JsonPatch, BracketsInsideStringsDoNotCountTowardsDepth) {
  const std::string brackets(20000, '[');
  const std::string patch =
      R"([{"op":"add","path":"/a","value":")" + brackets + R"(\"["}])";
  Result<json> got = apply_json_patch(json::object(), patch);
  ASSERT_TRUE(got) << got.error().to_string();
  EXPECT_EQ((*got)["a"], brackets + "\"[");
}

TEST(JsonPatch, AddThatWouldNestDeeperThanTheLimitIsInvalid) {
  json patch = json::array();
  patch.push_back({{"op", "add"}, {"path", "/a"}, {"value", make_nested_arrays(kMaxJsonDepth)}});
  Result<json> got = apply_json_patch(json::object(), patch);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code(), ErrorCode::kInvalid);
  EXPECT_EQ(got.error().message(), "error in add for path: '/a': exceeded max depth");

  patch[0]["value"] = make_nested_arrays(kMaxJsonDepth - 1);
  EXPECT_TRUE(apply_json_patch(json::object(), patch));
}

TEST(JsonPatch, CopyingASubtreeIntoItselfCannotOutgrowTheDepthLimit) {
  // Each copy of /a into its own deepest object doubles the depth; evanphx has no limit and
  // kube-apiserver only notices when decoding the result. Here the copy itself fails.
  json doc = json::object();
  json* cur = &doc;
  std::string deepest;
  for (std::size_t i = 0; i < kMaxJsonDepth * 6 / 10; ++i) {
    cur = &(*cur)["a"];
    *cur = json::object();
    deepest += "/a";
  }
  json patch = json::array();
  patch.push_back({{"op", "copy"}, {"from", "/a"}, {"path", deepest + "/b"}});
  Result<json> got = apply_json_patch(doc, patch);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().message(),
            "error in copy for path: '" + deepest + "/b': exceeded max depth");
}

TEST(JsonPatch, MovingASubtreeDeeperIsBoundedToo) {
  json doc = {{"src", make_nested_arrays(kMaxJsonDepth * 6 / 10)}, {"dst", json::object()}};
  json* cur = &doc["dst"];
  std::string path = "/dst";
  for (std::size_t i = 0; i < kMaxJsonDepth / 2; ++i) {
    cur = &(*cur)["d"];
    *cur = json::object();
    path += "/d";
  }
  json patch = json::array();
  patch.push_back({{"op", "move"}, {"from", "/src"}, {"path", path + "/x"}});
  Result<json> got = apply_json_patch(doc, patch);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().message(), "error in move for path: '" + path + "/x': exceeded max depth");
}

TEST(JsonPatch, NulByteAfterThePatchIsBadRequest) {
  // nlohmann alone would stop reading at the NUL and apply the patch before it.
  const std::string patch("[]\0[1]", 6);
  Result<json> got = apply_json_patch(json::object(), patch);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().code(), ErrorCode::kBadRequest);
  EXPECT_EQ(got.error().message(), "json: line 1, column 3: invalid character '\\x00' in JSON text");
}

}  // namespace
}  // namespace windlass
