// RFC 7386 JSON Merge Patch, and the two- and three-way patches kubectl computes.
#include <windlass/core/merge_patch.h>

#include <windlass/core/json_patch.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace windlass {
namespace {

using nlohmann::json;

struct MergeCase {
  const char* name;
  const char* target;
  const char* patch;
  const char* want;
};

std::string case_name(const testing::TestParamInfo<MergeCase>& info) { return info.param.name; }
void PrintTo(const MergeCase& c, std::ostream* os) { *os << c.name << ": " << c.patch; }

class MergePatchApplies : public testing::TestWithParam<MergeCase> {};

TEST_P(MergePatchApplies, ProducesTheExpectedDocument) {
  const MergeCase& c = GetParam();
  EXPECT_EQ(apply_merge_patch(json::parse(c.target), json::parse(c.patch)), json::parse(c.want));
}

TEST_P(MergePatchApplies, TextFormAgreesWhenThePatchIsAnObjectOrArray) {
  const MergeCase& c = GetParam();
  const json patch = json::parse(c.patch);
  Result<json> got = apply_merge_patch(json::parse(c.target), std::string_view(c.patch));
  if (patch.is_structured()) {
    ASSERT_TRUE(got) << got.error().to_string();
    EXPECT_EQ(*got, json::parse(c.want));
  } else {
    ASSERT_FALSE(got) << got->dump();
    EXPECT_EQ(got.error().code(), ErrorCode::kBadRequest);
    EXPECT_EQ(got.error().message(), "Invalid JSON Patch");
  }
}

// RFC 7386 Appendix A, row by row, and the example of section 3.
const MergeCase kRfcExamples[] = {
    {"A1_ReplacesAMember", R"({"a":"b"})", R"({"a":"c"})", R"({"a":"c"})"},
    {"A2_AddsAMember", R"({"a":"b"})", R"({"b":"c"})", R"({"a":"b","b":"c"})"},
    {"A3_NullDeletesAMember", R"({"a":"b"})", R"({"a":null})", R"({})"},
    {"A4_NullDeletesOnlyThatMember", R"({"a":"b","b":"c"})", R"({"a":null})", R"({"b":"c"})"},
    {"A5_ScalarReplacesAnArray", R"({"a":["b"]})", R"({"a":"c"})", R"({"a":"c"})"},
    {"A6_ArrayReplacesAScalar", R"({"a":"c"})", R"({"a":["b"]})", R"({"a":["b"]})"},
    {"A7_ObjectsMergeRecursively", R"({"a":{"b":"c"}})", R"({"a":{"b":"d","c":null}})",
     R"({"a":{"b":"d"}})"},
    {"A8_ArraysReplaceWhole", R"({"a":[{"b":"c"}]})", R"({"a":[1]})", R"({"a":[1]})"},
    {"A9_ArrayPatchReplacesAnArray", R"(["a","b"])", R"(["c","d"])", R"(["c","d"])"},
    {"A10_ArrayPatchReplacesAnObject", R"({"a":"b"})", R"(["c"])", R"(["c"])"},
    {"A11_NullPatchReplacesTheTarget", R"({"a":"foo"})", "null", "null"},
    {"A12_ScalarPatchReplacesTheTarget", R"({"a":"foo"})", R"("bar")", R"("bar")"},
    {"A13_NullsAlreadyInTheTargetStay", R"({"e":null})", R"({"a":1})", R"({"e":null,"a":1})"},
    {"A14_ObjectPatchReplacesANonObjectTarget", "[1,2]", R"({"a":"b","c":null})",
     R"({"a":"b"})"},
    {"A15_NullsInNewObjectsAreDropped", "{}", R"({"a":{"bb":{"ccc":null}}})",
     R"({"a":{"bb":{}}})"},
    {"Section3_Example",
     R"({"title":"Goodbye!","author":{"givenName":"John","familyName":"Doe"},)"
     R"("tags":["example","sample"],"content":"This will be unchanged"})",
     R"({"title":"Hello!","phoneNumber":"+01-123-456-7890","author":{"familyName":null},)"
     R"("tags":["example"]})",
     R"({"title":"Hello!","author":{"givenName":"John"},"tags":["example"],)"
     R"("content":"This will be unchanged","phoneNumber":"+01-123-456-7890"})"},
};
INSTANTIATE_TEST_SUITE_P(Rfc7386, MergePatchApplies, testing::ValuesIn(kRfcExamples), case_name);

constexpr const char* kPodText =
    R"({"apiVersion":"v1","kind":"Pod","metadata":{"labels":{"app":"p"},"name":"p1",)"
    R"("namespace":"default"},"spec":{"containers":[{"name":"c","image":"nginx"}]},)"
    R"("status":{"phase":"Pending"}})";

// Bodies real clients send (spec/apiserver.md Appendix A).
const MergeCase kClientBodies[] = {
    {"KubectlPatchTypeMergeAddsALabel", kPodText, R"({"metadata":{"labels":{"x":"y"}}})",
     R"({"apiVersion":"v1","kind":"Pod","metadata":{"labels":{"app":"p","x":"y"},"name":"p1",)"
     R"("namespace":"default"},"spec":{"containers":[{"name":"c","image":"nginx"}]},)"
     R"("status":{"phase":"Pending"}})"},
    {"KubectlPatchStatusSubresourceSetsThePhase", kPodText, R"({"status":{"phase":"Running"}})",
     R"({"apiVersion":"v1","kind":"Pod","metadata":{"labels":{"app":"p"},"name":"p1",)"
     R"("namespace":"default"},"spec":{"containers":[{"name":"c","image":"nginx"}]},)"
     R"("status":{"phase":"Running"}})"},
    {"KubectlLabelRemovalSendsNull", kPodText, R"({"metadata":{"labels":{"app":null}}})",
     R"({"apiVersion":"v1","kind":"Pod","metadata":{"labels":{},"name":"p1",)"
     R"("namespace":"default"},"spec":{"containers":[{"name":"c","image":"nginx"}]},)"
     R"("status":{"phase":"Pending"}})"},
    {"KubectlAnnotateAddsTheFirstAnnotation", R"({"metadata":{"name":"web-0"}})",
     R"({"metadata":{"annotations":{"a":"b"}}})",
     R"({"metadata":{"name":"web-0","annotations":{"a":"b"}}})"},
    {"KubectlScaleSetsReplicasOnTheScaleSubresource",
     R"({"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"name":"d1"},)"
     R"("spec":{"replicas":1},"status":{"replicas":1,"selector":"app=d1"}})",
     R"({"spec":{"replicas":3}})",
     R"({"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"name":"d1"},)"
     R"("spec":{"replicas":3},"status":{"replicas":1,"selector":"app=d1"}})"},
    {"ContainerListIsReplacedWhole", kPodText,
     R"({"spec":{"containers":[{"name":"c","image":"nginx:2"}]}})",
     R"({"apiVersion":"v1","kind":"Pod","metadata":{"labels":{"app":"p"},"name":"p1",)"
     R"("namespace":"default"},"spec":{"containers":[{"name":"c","image":"nginx:2"}]},)"
     R"("status":{"phase":"Pending"}})"},
    {"NullsInsideArraysAreKept", R"({})", R"({"a":[{"b":null},null]})",
     R"({"a":[{"b":null},null]})"},
    {"EmptyPatchChangesNothing", R"({"a":1})", "{}", R"({"a":1})"},
    {"DeletingAMissingMemberIsNotAnError", R"({"a":1})", R"({"b":null})", R"({"a":1})"},
    {"ObjectPatchOverANullMemberDropsItsNulls", R"({"a":null})", R"({"a":{"b":1,"c":null}})",
     R"({"a":{"b":1}})"},
};
INSTANTIATE_TEST_SUITE_P(ClientBodies, MergePatchApplies, testing::ValuesIn(kClientBodies),
                         case_name);

TEST(MergePatch, InvalidTextIsBadRequest) {
  for (std::string_view text :
       {std::string_view(""), std::string_view("{"), std::string_view(R"({"a":})"),
        std::string_view("nul"), std::string_view("{} {}"), std::string_view("{}\0x", 4)}) {
    Result<json> got = apply_merge_patch(json::object(), text);
    ASSERT_FALSE(got) << text;
    EXPECT_EQ(got.error().code(), ErrorCode::kBadRequest);
    EXPECT_EQ(got.error().message(), "Invalid JSON Patch");
  }
}

TEST(MergePatch, TextNestedDeeperThanTheLimitIsBadRequest) {
  const std::string text =
      std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
  Result<json> got = apply_merge_patch(json::object(), text);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().message(), "Invalid JSON Patch");
}

TEST(MergePatch, TextOverloadsAcceptStringsAndLiterals) {
  const std::string patch = R"({"a":2})";
  Result<json> from_string = apply_merge_patch(json::parse(R"({"a":1})"), patch);
  Result<json> from_literal = apply_merge_patch(json::parse(R"({"a":1})"), R"({"a":2})");
  ASSERT_TRUE(from_string);
  ASSERT_TRUE(from_literal);
  EXPECT_EQ(*from_string, json::parse(R"({"a":2})"));
  EXPECT_EQ(*from_literal, json::parse(R"({"a":2})"));
}

// --- create_merge_patch ------------------------------------------------------------------

struct DiffCase {
  const char* name;
  const char* original;
  const char* modified;
  const char* want;
};

std::string diff_name(const testing::TestParamInfo<DiffCase>& info) { return info.param.name; }
void PrintTo(const DiffCase& c, std::ostream* os) { *os << c.name; }

class CreateMergePatch : public testing::TestWithParam<DiffCase> {};

TEST_P(CreateMergePatch, ProducesTheMinimalPatch) {
  const DiffCase& c = GetParam();
  EXPECT_EQ(create_merge_patch(json::parse(c.original), json::parse(c.modified)),
            json::parse(c.want));
}

TEST_P(CreateMergePatch, WhosePatchTurnsOriginalIntoModified) {
  const DiffCase& c = GetParam();
  const json original = json::parse(c.original);
  const json modified = json::parse(c.modified);
  EXPECT_EQ(apply_merge_patch(original, create_merge_patch(original, modified)), modified);
}

const DiffCase kDiffCases[] = {
    {"KubectlLabelSendsOnlyTheNewLabel",
     R"({"metadata":{"name":"web-0","labels":{"app":"web"}},"spec":{"x":1}})",
     R"({"metadata":{"name":"web-0","labels":{"app":"web","foo":"bar"}},"spec":{"x":1}})",
     R"({"metadata":{"labels":{"foo":"bar"}}})"},
    {"KubectlLabelRemovalSendsNull",
     R"({"metadata":{"name":"web-0","labels":{"app":"web","foo":"bar"}}})",
     R"({"metadata":{"name":"web-0","labels":{"app":"web"}}})",
     R"({"metadata":{"labels":{"foo":null}}})"},
    {"KubectlAnnotateCreatesTheAnnotationsMap", R"({"metadata":{"name":"web-0"}})",
     R"({"metadata":{"name":"web-0","annotations":{"a":"b"}}})",
     R"({"metadata":{"annotations":{"a":"b"}}})"},
    {"UnchangedObjectsGiveAnEmptyPatch", R"({"a":{"b":[1,2]},"c":"d"})",
     R"({"c":"d","a":{"b":[1,2]}})", "{}"},
    {"ChangedArraysAreSentWhole", R"({"a":[1,2,3]})", R"({"a":[1,2,4]})", R"({"a":[1,2,4]})"},
    {"TypeChangeSendsTheNewValue", R"({"a":{"b":1}})", R"({"a":"s"})", R"({"a":"s"})"},
    {"ObjectReplacingAScalarIsSentWhole", R"({"a":1})", R"({"a":{"b":{}}})", R"({"a":{"b":{}}})"},
    {"NestedDeletionIsNull", R"({"a":{"b":1,"c":2}})", R"({"a":{"b":1}})",
     R"({"a":{"c":null}})"},
    {"EmptiedObjectSendsNullsForItsMembers", R"({"a":{"b":1}})", R"({"a":{}})",
     R"({"a":{"b":null}})"},
    {"NewEmptyObjectIsSent", R"({})", R"({"a":{}})", R"({"a":{}})"},
    {"NumbersCompareByValue", R"({"a":1,"b":[2]})", R"({"a":1.0,"b":[2.0]})", "{}"},
    {"BooleanChange", R"({"a":true})", R"({"a":false})", R"({"a":false})"},
    {"EverythingDeleted", R"({"a":1,"b":{"c":2}})", "{}", R"({"a":null,"b":null})"},
    {"NonObjectModifiedIsThePatch", R"({"a":1})", "[1,2]", "[1,2]"},
    {"NonObjectOriginalGivesModified", "[1]", R"({"a":1})", R"({"a":1})"},
};
INSTANTIATE_TEST_SUITE_P(MergePatch, CreateMergePatch, testing::ValuesIn(kDiffCases), diff_name);

TEST(MergePatch, NullInModifiedBecomesADeletion) {
  const json original = json::parse(R"({"a":1,"b":2})");
  const json modified = json::parse(R"({"a":null,"b":2,"c":null})");
  const json patch = create_merge_patch(original, modified);
  EXPECT_EQ(patch, json::parse(R"({"a":null,"c":null})"));
  EXPECT_EQ(apply_merge_patch(original, patch), json::parse(R"({"b":2})"));
}

// --- create_three_way_merge_patch ------------------------------------------------------------

struct ThreeWayCase {
  const char* name;
  const char* original;  // last-applied configuration
  const char* modified;  // new configuration
  const char* current;   // live object
  const char* want_patch;
  const char* want_result;  // current after the patch
};

std::string three_way_name(const testing::TestParamInfo<ThreeWayCase>& info) {
  return info.param.name;
}
void PrintTo(const ThreeWayCase& c, std::ostream* os) { *os << c.name; }

class ThreeWayMergePatch : public testing::TestWithParam<ThreeWayCase> {};

TEST_P(ThreeWayMergePatch, ProducesThePatchKubectlSends) {
  const ThreeWayCase& c = GetParam();
  Result<json> patch = create_three_way_merge_patch(
      json::parse(c.original), json::parse(c.modified), json::parse(c.current));
  ASSERT_TRUE(patch) << patch.error().to_string();
  EXPECT_EQ(*patch, json::parse(c.want_patch)) << patch->dump();
  EXPECT_EQ(apply_merge_patch(json::parse(c.current), *patch), json::parse(c.want_result));
}

const ThreeWayCase kThreeWayCases[] = {
    // kubectl apply of cr2.yaml over cr.yaml (spec/apiserver.md A11/A13): the new last-applied
    // annotation travels in `modified`, the server's own fields stay untouched.
    {"ClientSideApplyOfACustomResource",
     R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"annotations":{},"name":"w1",)"
     R"("namespace":"default"},"spec":{"color":"red","size":1}})",
     R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"annotations":{)"
     R"("kubectl.kubernetes.io/last-applied-configuration":"v2"},"name":"w1",)"
     R"("namespace":"default"},"spec":{"size":2}})",
     R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"annotations":{)"
     R"("kubectl.kubernetes.io/last-applied-configuration":"v1"},"name":"w1",)"
     R"("namespace":"default","uid":"u1","resourceVersion":"7","generation":1},)"
     R"("spec":{"color":"red","size":1},"status":{"ready":true}})",
     R"({"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"v2"}},)"
     R"("spec":{"color":null,"size":2}})",
     R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"annotations":{)"
     R"("kubectl.kubernetes.io/last-applied-configuration":"v2"},"name":"w1",)"
     R"("namespace":"default","uid":"u1","resourceVersion":"7","generation":1},)"
     R"("spec":{"size":2},"status":{"ready":true}})"},
    {"UnchangedConfigurationGivesAnEmptyPatch", R"({"spec":{"a":1}})", R"({"spec":{"a":1}})",
     R"({"spec":{"a":1,"b":2},"status":{"x":1}})", "{}",
     R"({"spec":{"a":1,"b":2},"status":{"x":1}})"},
    {"FieldsOtherWritersSetSurvive", R"({"spec":{"a":1}})", R"({"spec":{"a":2}})",
     R"({"spec":{"a":1,"replicas":5}})", R"({"spec":{"a":2}})",
     R"({"spec":{"a":2,"replicas":5}})"},
    {"DriftedFieldIsResetToTheConfiguration", R"({"spec":{"a":1}})", R"({"spec":{"a":1}})",
     R"({"spec":{"a":9}})", R"({"spec":{"a":1}})", R"({"spec":{"a":1}})"},
    {"FieldDroppedFromTheConfigurationIsDeletedEvenIfChangedLive",
     R"({"spec":{"a":1,"b":1}})", R"({"spec":{"a":1}})", R"({"spec":{"a":1,"b":42}})",
     R"({"spec":{"b":null}})", R"({"spec":{"a":1}})"},
    {"FieldDroppedAndAlreadyGoneStillSendsNull", R"({"spec":{"a":1,"b":1}})",
     R"({"spec":{"a":1}})", R"({"spec":{"a":1}})", R"({"spec":{"b":null}})",
     R"({"spec":{"a":1}})"},
    {"WithoutLastAppliedNothingIsDeleted", "null", R"({"spec":{"a":1}})",
     R"({"spec":{"a":2,"b":3}})", R"({"spec":{"a":1}})", R"({"spec":{"a":1,"b":3}})"},
    {"NestedMapMemberRemoval", R"({"spec":{"m":{"x":1,"y":2}}})", R"({"spec":{"m":{"y":2}}})",
     R"({"spec":{"m":{"x":1,"y":2,"z":3}}})", R"({"spec":{"m":{"x":null}}})",
     R"({"spec":{"m":{"y":2,"z":3}}})"},
    {"NewEmptyObjectIsKept", R"({"spec":{}})", R"({"spec":{"tpl":{}}})", R"({"spec":{}})",
     R"({"spec":{"tpl":{}}})", R"({"spec":{"tpl":{}}})"},
    {"EmptiedObjectDeletesItsOldMembers", R"({"spec":{"m":{"x":1}}})", R"({"spec":{"m":{}}})",
     R"({"spec":{"m":{"x":1}}})", R"({"spec":{"m":{"x":null}}})", R"({"spec":{"m":{}}})"},
    {"ArraysAreReplacedWhole", R"({"spec":{"ports":[80]}})", R"({"spec":{"ports":[80,443]}})",
     R"({"spec":{"ports":[80,8080]}})", R"({"spec":{"ports":[80,443]}})",
     R"({"spec":{"ports":[80,443]}})"},
    {"TypeChangeFromObjectToScalar", R"({"spec":{"v":{"a":1}}})", R"({"spec":{"v":"s"}})",
     R"({"spec":{"v":{"a":1}}})", R"({"spec":{"v":"s"}})", R"({"spec":{"v":"s"}})"},
    {"NullInTheConfigurationDeletes", R"({"spec":{"a":1}})", R"({"spec":{"a":null}})",
     R"({"spec":{"a":1}})", R"({"spec":{"a":null}})", R"({"spec":{}})"},
    {"AllNullArgumentsGiveAnEmptyPatch", "null", "null", "null", "{}", "{}"},
    // apimachinery joins the two halves with evanphx's MergePatch, which drops these nulls.
    {"NullMembersOfObjectsInArraysAreNotSent", "{}",
     R"({"spec":{"list":[{"a":1,"b":null},null,[{"c":null}]]}})", "{}",
     R"({"spec":{"list":[{"a":1},null,[{}]]}})", R"({"spec":{"list":[{"a":1},null,[{}]]}})"},
};
INSTANTIATE_TEST_SUITE_P(Kubectl, ThreeWayMergePatch, testing::ValuesIn(kThreeWayCases),
                         three_way_name);

TEST(MergePatch, ThreeWayRejectsNonObjectDocuments) {
  const json obj = json::object();
  for (const json& bad : {json::array(), json(1), json("s")}) {
    for (int position = 0; position < 3; ++position) {
      Result<json> got = create_three_way_merge_patch(position == 0 ? bad : obj,
                                                      position == 1 ? bad : obj,
                                                      position == 2 ? bad : obj);
      ASSERT_FALSE(got) << bad.dump() << " at " << position;
      EXPECT_EQ(got.error().code(), ErrorCode::kBadRequest);
      EXPECT_EQ(got.error().message(), "Invalid JSON Document");
    }
  }
}

}  // namespace
}  // namespace windlass
