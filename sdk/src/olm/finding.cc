#include <windlass/olm/finding.h>

namespace windlass::olm {

std::string_view to_string(Level level) { return level == Level::kError ? "Error" : "Warning"; }

Finding Finding::error(std::string_view type, std::string detail, std::string field,
                       std::optional<std::string> value) {
  return Finding{std::string(type), Level::kError, std::move(field), std::move(value),
                 std::move(detail)};
}

Finding Finding::warning(std::string_view type, std::string detail, std::string field,
                         std::optional<std::string> value) {
  return Finding{std::string(type), Level::kWarning, std::move(field), std::move(value),
                 std::move(detail)};
}

Finding Finding::csv(Level level, std::string_view detail, std::string_view csv_name) {
  std::string d = "(";
  d += csv_name;
  d += ") ";
  d += detail;
  return Finding{std::string(kInvalidCSV), level, "", std::string(), std::move(d)};
}

std::string Finding::to_string() const {
  std::string d = detail.empty() ? std::string() : ": " + detail;
  if (!field.empty() && value) {
    d = "Field " + field + ", Value " + *value + d;
  } else if (!field.empty()) {
    d = "Field " + field + d;
  } else if (value) {
    d = "Value " + *value + d;
  }
  if (d.empty()) return "ErrMessageMissing";
  return std::string(olm::to_string(level)) + ": " + d;
}

void ManifestResult::add(Finding f) {
  if (f.level == Level::kError) {
    errors.push_back(std::move(f));
  } else {
    warnings.push_back(std::move(f));
  }
}

void ManifestResult::add(const std::vector<Finding>& fs) {
  for (const auto& f : fs) add(f);
}

}  // namespace windlass::olm
