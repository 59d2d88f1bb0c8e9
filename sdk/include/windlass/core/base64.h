// windlass/core/base64.h — standard base64 (RFC 4648, with padding), as Go's encoding/json
// writes []byte fields (Secret.data, ConfigMap.binaryData, CSR requests).
//
//   std::string text = base64_encode("hello");        // "aGVsbG8="
//   WINDLASS_TRY(std::string raw, base64_decode(text));
#pragma once

#include <windlass/core/result.h>

#include <string>
#include <string_view>

namespace windlass {

std::string base64_encode(std::string_view bytes);
// Strict like Go's StdEncoding: padding required, no whitespace; errors are kBadRequest
// (`illegal base64 data at input byte 3`).
Result<std::string> base64_decode(std::string_view text);

}  // namespace windlass
