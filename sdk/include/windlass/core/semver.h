// windlass/core/semver.h — `Version` and `Range`: semantic versions and version ranges as OLM
// reads them (github.com/blang/semver/v4).
//
// OLM compares bundle versions, evaluates `olm.skipRange` and checks `olm.package.required`
// ranges with blang/semver v4, so Windlass reproduces that library rather than semver.org or npm.
// A `Version` is major.minor.patch plus optional prerelease identifiers and build metadata;
// `parse` is blang's strict `Parse` (FBC `olm.package` versions, `minKubeVersion`) and
// `parse_tolerant` its `ParseTolerant` (CSV `spec.version`: surrounding spaces, a leading `v`,
// missing minor/patch and leading zeroes accepted). Both reject bad input with kInvalid and
// blang's exact error text. Versions order by semver precedence: build metadata is ignored, a
// prerelease sorts before its release, numeric identifiers compare by value and below
// alphanumeric ones. A `Range` is blang's `ParseRange` language: comparators (`>`, `>=`, `<`,
// `<=`, `=`/`==`/none, `!`/`!=`) joined by spaces are ANDed, groups joined by ` || ` are ORed,
// and a lowercase `x` wildcard in the last position (`1.2.x`, `1.x`) is rewritten into plain
// comparators exactly as blang rewrites it, quirks included (see `Range`).
//
//   WINDLASS_TRY(Version installed, Version::parse_tolerant("v1.7.3"));    // 1.7.3
//   WINDLASS_TRY(Range skip, Range::parse(">=1.7.0 <1.9.0"));
//   skip.contains(installed);                                               // true
//   Version::parse("1.0.0-alpha.1").value() < Version::parse("1.0.0").value();  // true
//   Range::parse("1.2.x").value().expanded_string();                       // ">=1.2.0 <1.3.0"
//
// Known divergences from blang/semver v4 (deliberate, outside realistic input):
// - A range with an empty OR group (`1.0.0 || || 2.0.0`) parses as in blang; evaluating it panics
//   in Go when the earlier groups do not match, here the empty group simply matches nothing.
// - Error texts quote offending text as Go's `%q` does, except that non-ASCII characters Go deems
//   unprintable are copied verbatim unless they are C1 controls, Unicode spaces or separators,
//   U+200B..U+200F, U+FEFF or private-use characters (which are escaped as Go escapes them); so
//   unassigned code points and most other format characters are not escaped.
#pragma once

#include <windlass/core/result.h>

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace windlass {

// One dot-separated prerelease identifier: a number without leading zeroes, or alphanumerics.
struct PrereleaseIdentifier {
  std::string text;          // The identifier when alphanumeric; empty when numeric.
  std::uint64_t number = 0;  // The value when numeric.
  bool numeric = false;

  // The identifier as written ("alpha", "11").
  std::string to_string() const;

  bool operator==(const PrereleaseIdentifier&) const = default;
  // Numeric identifiers sort below alphanumeric ones; numbers by value, text bytewise.
  friend std::strong_ordering operator<=>(const PrereleaseIdentifier& a,
                                          const PrereleaseIdentifier& b);
};

// A semantic version with blang/semver v4 parsing and semver 2.0.0 precedence.
//
// A value type, cheap to copy and safe to share between threads once built. Equality and
// ordering follow precedence, so `1.0.0+a == 1.0.0+b`; compare `build()` too when the metadata
// matters.
class Version {
 public:
  // 0.0.0, blang's zero Version.
  Version() = default;
  // major.minor.patch without prerelease or build metadata.
  Version(std::uint64_t major, std::uint64_t minor, std::uint64_t patch);

  // Strict semver 2.0.0 (blang `Parse`); kInvalid with blang's message otherwise, e.g.
  // `No Major.Minor.Patch elements found` or `Major number must not contain leading zeroes "01"`.
  static Result<Version> parse(std::string_view text);
  // blang `ParseTolerant`: trims Unicode spaces, drops one leading `v`, strips leading zeroes of
  // each component and fills a missing minor/patch with 0 ("v1.2" → 1.2.0), then parses strictly.
  // A shortened version with prerelease or build metadata ("1.0-rc.1") is kInvalid.
  static Result<Version> parse_tolerant(std::string_view text);

  std::uint64_t major() const { return major_; }
  std::uint64_t minor() const { return minor_; }
  std::uint64_t patch() const { return patch_; }
  // The prerelease identifiers, empty for a release.
  const std::vector<PrereleaseIdentifier>& pre() const { return pre_; }
  // The build metadata identifiers, which never affect precedence.
  const std::vector<std::string>& build() const { return build_; }

  // The canonical text ("1.2.3-alpha.1+build.5"); `parse` reads it back to an identical Version.
  std::string to_string() const;

  // Precedence equality (blang `Equals`): build metadata is ignored.
  friend bool operator==(const Version& a, const Version& b);
  // Semver precedence (blang `Compare`); weak because versions differing only in build metadata
  // are equivalent without being identical.
  friend std::weak_ordering operator<=>(const Version& a, const Version& b);

 private:
  std::uint64_t major_ = 0;
  std::uint64_t minor_ = 0;
  std::uint64_t patch_ = 0;
  std::vector<PrereleaseIdentifier> pre_;
  std::vector<std::string> build_;
};

// A set of versions written in blang/semver v4's range language, e.g. ">=1.7.0 <1.9.0 || 2.x".
//
// A value type, safe to share between threads once built. Wildcards are expanded at parse time
// into plain comparators, as blang does: `1.2.x` → `>=1.2.0 <1.3.0`, `>=1.2.x` → `>=1.2.0`,
// `>1.2.x` → `>=1.3.0`, `<1.2.x` → `<1.2.0`, `<=1.2.x` → `<1.3.0`, and likewise `1.x` with the
// major. Pitfalls kept for compatibility: only lowercase `x` is a wildcard (`1.2.X` and `1.2.*` are
// invalid), a bare `x` is invalid, `!=1.2.x` becomes `<1.2.0 >=1.3.0` (which matches nothing),
// `1.x.x` counts as a patch wildcard (`<=1.x.x` → `<1.1.0`), an unknown operator before a wildcard
// is dropped (`~1.2.x` → `1.2.0`), an `x` anywhere else in a comparator triggers the rewrite
// (so `1.0.0-x` is invalid while `>=1.0.0-x` is fine), and a one-character word between spaces
// is silently ignored. A range whose comparators exclude each other (`>=1.7.0 <1.7.0`) is valid
// and matches nothing.
class Range {
 public:
  // A comparison operator after parsing; `!` is kNotEqual, none, `=` and `==` are kEqual.
  enum class Op { kEqual, kNotEqual, kGreater, kGreaterEqual, kLess, kLessEqual };

  // One comparator, `op version`, after wildcard expansion.
  struct Comparator {
    Op op = Op::kEqual;
    Version version;

    // Whether `v op version` holds under semver precedence.
    bool matches(const Version& v) const;
    bool operator==(const Comparator&) const = default;
  };

  // Parses blang's range language; kInvalid with blang's message otherwise, e.g.
  // `Could not parse Range ">>1.2.3": Could not parse comparator ">>" in ">>1.2.3"`. An empty or
  // blank text is invalid (`Last element in range is '||'`, as blang says).
  static Result<Range> parse(std::string_view text);

  // Whether `v` satisfies every comparator of at least one OR group.
  bool contains(const Version& v) const;

  // The text this Range was parsed from, unchanged.
  const std::string& to_string() const { return text_; }
  // The expanded comparators: each group's comparators joined by a space, groups by " || "
  // (e.g. ">=1.2.0 <1.3.0 || =2.0.0"); useful to explain what a wildcard meant.
  std::string expanded_string() const;
  // The OR groups of ANDed comparators, in written order.
  const std::vector<std::vector<Comparator>>& alternatives() const { return alternatives_; }

 private:
  Range(std::string text, std::vector<std::vector<Comparator>> alternatives);

  std::string text_;
  std::vector<std::vector<Comparator>> alternatives_;
};

}  // namespace windlass
