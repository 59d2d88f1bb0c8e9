// windlass/olm/digest_resolver.h — turning image tags into manifest digests, for
// `windlass bundle generate --use-image-digests`.
//
// A DigestResolver is a function object: give it an image reference as written in a manifest
// ("quay.io/org/op:v1", "busybox", meaning `latest`) and it answers the digest of the manifest
// the tag points at ("sha256:<64 hex>"). `pin_image` uses one to rewrite a reference as
// `<name>@sha256:<hex>`; a reference that already carries a digest is left as written. Tests
// pass an in-memory table; `skopeo_digest_resolver` asks the registry through the `skopeo` CLI,
// so registries, mirrors, insecure hosts and credentials are configured where users already
// configure them for podman and skopeo (registries.conf, CONTAINERS_REGISTRIES_CONF, auth.json,
// REGISTRY_AUTH_FILE).
//
//   GenerateOptions o{..., .resolve_digest = skopeo_digest_resolver()};
//   WINDLASS_TRY(std::string pinned, pin_image("quay.io/org/op:v1", o.resolve_digest));
//   // "quay.io/org/op@sha256:..."
#pragma once

#include <windlass/core/result.h>

#include <chrono>
#include <functional>
#include <string>
#include <string_view>

namespace windlass::olm {

// Resolves an image reference by tag to its manifest digest, "sha256:<64 lowercase hex>". The
// error's message says why (the registry's or skopeo's words); it need not name the image.
using DigestResolver = std::function<Result<std::string>(const std::string& image)>;

struct SkopeoOptions {
  std::string skopeo = "skopeo";  // a path, or a name looked up on PATH
  // How long one `skopeo inspect` may take; skopeo is told the same through --command-timeout
  // and is killed when it overruns that by as much again (at most 5 s more).
  std::chrono::milliseconds timeout{std::chrono::seconds(60)};
};

// Runs `skopeo --command-timeout T inspect --no-tags --format {{.Digest}} docker://<image>` (no
// shell, stdin from /dev/null, the caller's environment). Errors: kNotFound when skopeo is not
// installed (the message says to install it), kUnavailable with skopeo's own message when it
// fails, kTimeout when it does not finish in time, kInternal when it prints no sha256 digest.
DigestResolver skopeo_digest_resolver(SkopeoOptions options = {});

// `image` with its tag replaced by the digest `resolve` gives: "quay.io/o/op:v1" ->
// "quay.io/o/op@sha256:...", "busybox" -> "busybox@sha256:..." (the name stays as written).
// A reference that already has a digest is returned unchanged without calling `resolve`.
// kInvalid for a reference that does not parse, or a resolver answer that is not a sha256
// digest; the resolver's error otherwise. Messages name the image.
Result<std::string> pin_image(std::string_view image, const DigestResolver& resolve);

}  // namespace windlass::olm
