// windlass/olm/image_reference.h — container image references as OLM checks them.
//
// `parse_normalized_image` is the distribution reference grammar's `ParseNormalizedNamed`
// (`name[:tag][@digest]`, default registry docker.io, `library/` for official images) with its
// error texts ("invalid reference format", "invalid reference format: repository name must be
// lowercase", ...), so bundle and catalog messages match upstream's.
//
//   WINDLASS_TRY(ImageReference r, parse_normalized_image("quay.io/org/op:v1"));
//   r.domain;  // "quay.io"
#pragma once

#include <windlass/core/result.h>

#include <string>
#include <string_view>

namespace windlass::olm {

struct ImageReference {
  std::string domain;  // "docker.io" when none was written
  std::string path;    // "library/busybox"
  std::string tag;
  std::string digest;  // "sha256:..."
};

// kInvalid with upstream's message when `text` is not a valid reference.
Result<ImageReference> parse_normalized_image(std::string_view text);

}  // namespace windlass::olm
