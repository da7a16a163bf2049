// One outcome of a rule over a fixture, as a line of expected.txt (see README.md):
//   <file>:<line> <public id> <resource id> <kind>[ granular=<granular id>]
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "infralint/model/pack.hpp"

namespace infralint::test {

// Runs one pack entry over one template file through the loaders and the engine.
// Adds a line per finding and per not-applicable verdict; load diagnostics go to
// `problems`.
void run_fixture(const model::PackEntry& entry, const std::filesystem::path& file, std::vector<std::string>& outcomes,
                 std::vector<std::string>& problems);

// The lines of expected.txt, without blank lines and '#' comments.
std::vector<std::string> read_expected(const std::filesystem::path& file);

// The fixture folder of an internal rule id: aws-s3-bucket-x -> <root>/aws/s3/bucket_x.
std::filesystem::path fixture_folder(std::string_view rule_id);

// A readable diff of two sorted outcome lists ("- " missing, "+ " unexpected).
std::string diff(const std::vector<std::string>& expected, const std::vector<std::string>& actual);

}  // namespace infralint::test
