// The command groups of the `windlass` CLI, each in its own file; main.cc only wires them.
#pragma once

#include <CLI/CLI.hpp>

namespace windlass::cli {

// `windlass bundle validate|generate`. Sets `exit_code` when one of them runs.
void add_bundle_commands(CLI::App& app, int& exit_code);
// `windlass catalog render|validate|serve|graph`.
void add_catalog_commands(CLI::App& app, int& exit_code);

}  // namespace windlass::cli
