#include "test_support.hpp"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace infralint::loaders::testing {

namespace fs = std::filesystem;
using model::Value;

namespace {
void dump_into(std::string& out, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: out += "null"; break;
    case Value::Kind::Bool: out += v.as_bool() ? "true" : "false"; break;
    case Value::Kind::Number: out += v.as_string(); break;
    case Value::Kind::String:
      out += '"';
      out += v.as_string();
      out += '"';
      break;
    case Value::Kind::Array: {
      out += '[';
      bool first = true;
      for (const Value& item : v.items()) {
        if (!first) out += ',';
        first = false;
        dump_into(out, item);
      }
      out += ']';
      break;
    }
    case Value::Kind::Object: {
      out += '{';
      bool first = true;
      for (const model::Member& m : v.members()) {
        if (!first) out += ',';
        first = false;
        out += '"';
        out += m.key;
        out += "\":";
        dump_into(out, m.value);
      }
      out += '}';
      break;
    }
  }
}
}  // namespace

std::string dump(const Value& value) {
  std::string out;
  dump_into(out, value);
  return out;
}

std::string position(model::Location at) { return std::to_string(at.line) + ":" + std::to_string(at.column); }

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "infralint-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  // Canonical, so tests can compare against paths the loader canonicalises.
  path_ = fs::canonical(pattern);
}

TempDir::~TempDir() {
  std::error_code ec;
  // Restore permissions a test may have taken away, or removal would fail.
  for (auto it = fs::recursive_directory_iterator(path_, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_symlink()) fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
  }
  fs::remove_all(path_, ec);
}

fs::path TempDir::write(std::string_view relative, std::string_view content) const {
  const fs::path target = path_ / relative;
  fs::create_directories(target.parent_path());
  std::ofstream out(target, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) throw std::runtime_error("cannot write " + target.string());
  return target;
}

void copy_fixture(std::string_view name, const fs::path& dir) {
  const fs::path source = fs::path(INFRALINT_TEST_DIR) / "fixtures" / name;
  fs::create_directories(dir);
  fs::copy(source, dir, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

ChangeDir::ChangeDir(const fs::path& dir) : previous_(fs::current_path()) { fs::current_path(dir); }
ChangeDir::~ChangeDir() {
  std::error_code ec;
  fs::current_path(previous_, ec);
}

}  // namespace infralint::loaders::testing
