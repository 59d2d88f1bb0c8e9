// libFuzzer target for windlass::Version and windlass::Range: parses arbitrary bytes strictly,
// tolerantly and as a range, and checks that every parsed Version prints to text that parses back
// to an identical Version and that a parsed Range keeps its text and evaluates without fault
// (ignoring build metadata, as OLM's skipRange checks do). A
// violated invariant traps so that libFuzzer records the input.
#include <windlass/core/semver.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

using windlass::ErrorCode;
using windlass::Range;
using windlass::Result;
using windlass::Version;

void check(bool ok) {
  if (!ok) __builtin_trap();
}

void check_failure(const windlass::Error& e) {
  check(e.code() == ErrorCode::kInvalid);
  check(!e.message().empty());
}

// Printing is canonical: the text parses strictly to the same fields and prints identically.
void check_round_trip(const Version& v) {
  const std::string printed = v.to_string();
  Result<Version> again = Version::parse(printed);
  check(again.has_value());
  check(*again == v);
  check(again->major() == v.major() && again->minor() == v.minor() &&
        again->patch() == v.patch());
  check(again->pre() == v.pre());
  check(again->build() == v.build());
  check(again->to_string() == printed);
  // The tolerant parser accepts everything the strict one does, with the same result.
  Result<Version> tolerant = Version::parse_tolerant(printed);
  check(tolerant.has_value() && tolerant->to_string() == printed);
  check((v <=> v) == 0);
}

void check_range(const Range& r, std::string_view text, const std::vector<Version>& probes) {
  check(r.to_string() == text);
  check(!r.alternatives().empty());
  for (const Version& probe : probes) {
    bool expected = false;
    for (const auto& group : r.alternatives()) {
      bool all = !group.empty();
      for (const Range::Comparator& c : group) all = all && c.matches(probe);
      expected = expected || all;
    }
    check(r.contains(probe) == expected);
    // Build metadata never decides membership (OLM compares skipRange versions this way).
    if (probe.build().empty()) {
      Result<Version> with_build = Version::parse(probe.to_string() + "+olm.fuzz");
      check(with_build.has_value());
      check(r.contains(*with_build) == expected);
    }
  }
  // Printing the expanded comparators gives a range with the same comparators, as long as no
  // 'x' in a prerelease or build would be taken for a wildcard.
  const std::string expanded = r.expanded_string();
  if (expanded.find('x') == std::string::npos) {
    Result<Range> again = Range::parse(expanded);
    check(again.has_value());
    check(again->alternatives() == r.alternatives());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<Version> probes = {Version(), Version(1, 0, 0), Version(1, 2, 3)};

  Result<Version> strict = Version::parse(text);
  if (strict) {
    check_round_trip(*strict);
    check(strict->to_string() == text);  // strict input is already canonical
    probes.push_back(*strict);
  } else {
    check_failure(strict.error());
  }
  Result<Version> tolerant = Version::parse_tolerant(text);
  if (tolerant) {
    check_round_trip(*tolerant);
    if (strict) check(tolerant->to_string() == strict->to_string());
    probes.push_back(*tolerant);
  } else {
    check_failure(tolerant.error());
    check(!strict.has_value());
  }

  Result<Range> range = Range::parse(text);
  if (range) {
    for (const auto& group : range->alternatives()) {
      for (const Range::Comparator& c : group) {
        check_round_trip(c.version);
        probes.push_back(c.version);
      }
    }
    check_range(*range, text, probes);
  } else {
    check_failure(range.error());
  }
  return 0;
}
