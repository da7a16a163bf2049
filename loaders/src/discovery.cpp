#include "discovery.hpp"

#include <algorithm>
#include <system_error>

#include "cdk_assembly.hpp"
#include "display_path.hpp"
#include "file_reader.hpp"
#include "glob.hpp"

namespace infralint::loaders::detail {

namespace fs = std::filesystem;
using model::Diagnostic;

bool has_template_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return ext == ".json" || ext == ".yaml" || ext == ".yml" || ext == ".template";
}

namespace {

struct Candidate {
  fs::path path;
  std::string display;
  std::string canonical;
};

class Walker {
 public:
  Walker(const LoadOptions& options, Discovery& out) : options_(options), out_(out) {}

  void add_argument(const std::string& given) {
    const std::string display = displays_.for_argument(given);
    const fs::path path(given);
    std::error_code ec;
    // A path named on the command line is always used: followed if it is a link,
    // taken even if hidden.
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      std::error_code link_ec;
      const bool dangling = fs::is_symlink(fs::symlink_status(path, link_ec));
      const std::string reason = dangling ? "broken symbolic link" : ec ? ec.message() : "No such file or directory";
      out_.diagnostics.push_back(Diagnostic{Diagnostic::Severity::Error, display, 0, 0, "cannot scan: " + reason});
      return;
    }
    if (fs::is_directory(status)) {
      const std::string canonical = fs::canonical(path, ec).string();
      if (ec) {
        out_.diagnostics.push_back(Diagnostic{Diagnostic::Severity::Error, display, 0, 0, "cannot scan: " + ec.message()});
        return;
      }
      walk(path, display, canonical);
    } else if (fs::is_regular_file(status)) {
      if (!has_template_extension(path)) {
        skip(display, "not a template file extension");
        return;
      }
      add_candidate(path, display);
    } else {
      skip(display, "not a regular file (" + describe_file_type(status.type()) + ")");
    }
  }

  // Registers the scanned roots first, so links between two of them stay inside.
  void add_root(const std::string& given) {
    std::error_code ec;
    if (fs::is_directory(given, ec)) {
      const fs::path canonical = fs::canonical(given, ec);
      if (!ec) roots_.push_back(canonical.string());
    }
  }

  // Loose files inside an assembly being loaded belong to it; a file reached twice
  // (through a link, or named twice) is read once.
  void finish() {
    std::set<std::string> seen;
    for (Candidate& c : candidates_) {
      if (const AssemblyFolder* owner = owning_assembly(c.canonical)) {
        skip(c.display, "part of the CDK assembly " + owner->display + " (loaded through its manifest)");
        continue;
      }
      if (out_.claimed.count(c.canonical) || !seen.insert(c.canonical).second) {
        skip(c.display, "same file as another path of this scan");
        continue;
      }
      Unit unit;
      unit.kind = Unit::Kind::Loose;
      unit.path = std::move(c.path);
      unit.display = std::move(c.display);
      unit.canonical = std::move(c.canonical);
      out_.units.push_back(std::move(unit));
    }
    for (const Unit& unit : out_.units) out_.claimed.insert(unit.canonical);
  }

 private:
  void skip(std::string path, std::string reason) { out_.skipped.push_back(Skipped{std::move(path), std::move(reason)}); }

  bool inside_roots(const std::string& canonical) const {
    return std::any_of(roots_.begin(), roots_.end(), [&](const std::string& root) {
      return canonical == root || (canonical.starts_with(root) && (root.back() == '/' || canonical[root.size()] == '/'));
    });
  }

  const AssemblyFolder* owning_assembly(const std::string& canonical_file) const {
    const std::string parent = fs::path(canonical_file).parent_path().string();
    for (const AssemblyFolder& a : out_.assemblies)
      if (a.canonical == parent) return &a;
    return nullptr;
  }

  void add_candidate(const fs::path& path, const std::string& display) {
    std::error_code ec;
    const std::string canonical = fs::canonical(path, ec).string();
    candidates_.push_back(Candidate{path, display, ec ? fs::absolute(path).lexically_normal().string() : canonical});
  }

  // Folders are walked with an explicit stack; `visited_` (canonical paths) ends any
  // loop through symbolic links.
  void walk(const fs::path& root, const std::string& root_display, const std::string& root_canonical) {
    if (!visited_.insert(root_canonical).second) return;
    std::vector<std::pair<fs::path, std::string>> pending{{root, root_display}};
    while (!pending.empty()) {
      auto [dir, display] = std::move(pending.back());
      pending.pop_back();
      if (enter_assembly(dir, display)) continue;
      list_folder(dir, display, pending);
    }
  }

  // A folder with a CDK manifest is loaded through it; false when it is not one (or
  // its manifest is malformed: then its files are scanned like any folder's).
  bool enter_assembly(const fs::path& dir, const std::string& display) {
    std::error_code ec;
    if (!fs::is_regular_file(dir / "manifest.json", ec)) return false;
    ManifestRead manifest = read_manifest(dir, display, options_.limits);
    switch (manifest.status) {
      case ManifestRead::Status::Cdk:
        add_assembly(dir, display, std::move(manifest.document), options_.limits, options_.follow_symlinks, out_);
        return true;
      case ManifestRead::Status::Malformed:
        out_.diagnostics.push_back(std::move(manifest.diagnostic));
        malformed_manifests_.insert(fs::canonical(dir / "manifest.json", ec).string());
        return false;
      case ManifestRead::Status::NotCdk:
        return false;
    }
    return false;
  }

  void list_folder(const fs::path& dir, const std::string& display,
                   std::vector<std::pair<fs::path, std::string>>& pending) {
    std::error_code ec;
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(it->path());
    if (ec) {
      out_.diagnostics.push_back(Diagnostic{Diagnostic::Severity::Error, display, 0, 0, "cannot read folder: " + ec.message()});
      return;
    }
    std::sort(entries.begin(), entries.end(),
              [](const fs::path& a, const fs::path& b) { return a.filename().string() < b.filename().string(); });
    std::vector<std::pair<fs::path, std::string>> subfolders;
    for (const fs::path& entry : entries) {
      const std::string name = entry.filename().string();
      const std::string child = join_display(display, name);
      if (!options_.ignore_globs.empty() && is_ignored(options_.ignore_globs, child)) {
        skip(child, "ignored by configuration");
        continue;
      }
      if (name.starts_with('.')) {
        skip(child, "hidden");
        continue;
      }
      const fs::file_status link = fs::symlink_status(entry, ec);
      if (ec) {
        skip(child, "cannot inspect: " + ec.message());
        continue;
      }
      if (fs::is_symlink(link)) {
        const fs::path target = fs::canonical(entry, ec);
        if (ec) {
          skip(child, "broken symbolic link (" + ec.message() + ")");
          continue;
        }
        if (!options_.follow_symlinks && !inside_roots(target.string())) {
          skip(child, "symbolic link leads outside the scanned folders");
          continue;
        }
      }
      const fs::file_status status = fs::is_symlink(link) ? fs::status(entry, ec) : link;
      if (fs::is_directory(status)) {
        if (name == "node_modules") {
          skip(child, "node_modules folder");
          continue;
        }
        const std::string canonical = fs::canonical(entry, ec).string();
        if (ec || !visited_.insert(canonical).second) {
          skip(child, "folder already scanned (a symbolic link loop?)");
          continue;
        }
        subfolders.emplace_back(entry, child);
      } else if (fs::is_regular_file(status)) {
        if (!has_template_extension(entry)) {
          skip(child, "not a template file extension");
          continue;
        }
        if (name == "manifest.json" && malformed_manifests_.count(fs::canonical(entry, ec).string())) continue;
        add_candidate(entry, child);
      } else {
        skip(child, "not a regular file (" + describe_file_type(status.type()) + ")");
      }
    }
    // Reversed onto the stack, so folders are walked in sorted order.
    for (auto it = subfolders.rbegin(); it != subfolders.rend(); ++it) pending.push_back(std::move(*it));
  }

  const LoadOptions& options_;
  Discovery& out_;
  DisplayPaths displays_;
  std::vector<std::string> roots_;
  std::set<std::string> visited_;
  std::set<std::string> malformed_manifests_;
  std::vector<Candidate> candidates_;
};

}  // namespace

Discovery discover(const std::vector<std::string>& paths, const LoadOptions& options) {
  Discovery out;
  Walker walker(options, out);
  for (const std::string& path : paths) walker.add_root(path);
  for (const std::string& path : paths) walker.add_argument(path);
  walker.finish();
  if (!options.ignore_globs.empty()) {
    // Templates named by a manifest are subject to the ignore list too.
    std::erase_if(out.units, [&](const Unit& unit) {
      if (unit.kind == Unit::Kind::Loose || !is_ignored(options.ignore_globs, unit.display)) return false;
      out.skipped.push_back(Skipped{unit.display, "ignored by configuration"});
      return true;
    });
  }
  return out;
}

}  // namespace infralint::loaders::detail
