#include "infralint/engine/config.hpp"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <set>
#include <string_view>

#include "small_file.hpp"

namespace infralint::engine {

namespace {

// Thrown inside the reader, caught once in parse_config: the first error ends parsing.
struct Failure {
  ConfigError error;
};

class ConfigReader {
 public:
  explicit ConfigReader(const std::string& display_path) : path_(display_path) {}

  Config read(const YAML::Node& root) {
    Config config;
    if (!root || root.IsNull()) return config;  // an empty file
    for_each_key(root, "the top level", {"packs", "rules", "ignore_paths", "suppressions", "parameters"},
                 [&](const std::string& key, const YAML::Node& k, const YAML::Node& v) {
                   if (key == "packs") config.packs = strings(v, k, "packs");
                   else if (key == "rules") read_rules(v, k, config);
                   else if (key == "ignore_paths") config.ignore_paths = strings(v, k, "ignore_paths");
                   else if (key == "suppressions") read_suppressions(v, k, config);
                   else read_parameters(v, k, config);
                 });
    return config;
  }

  [[noreturn]] void fail(const YAML::Node& at, const YAML::Node& fallback, std::string message) const {
    YAML::Mark mark = at.IsDefined() ? at.Mark() : YAML::Mark::null_mark();
    if (mark.is_null() && fallback.IsDefined()) mark = fallback.Mark();
    throw Failure{ConfigError{path_, mark.is_null() ? 0U : static_cast<unsigned>(mark.line + 1),
                              mark.is_null() ? 0U : static_cast<unsigned>(mark.column + 1), std::move(message)}};
  }

 private:
  // Visits the members of a mapping, rejecting keys not in `allowed` and repeats.
  // `where` names the mapping in messages.
  template <typename Visit>
  void for_each_key(const YAML::Node& map, const std::string& where, std::initializer_list<std::string_view> allowed,
                    Visit visit) {
    if (!map.IsMap()) fail(map, map, where + " must be a mapping");
    std::set<std::string> seen;
    for (const auto& member : map) {
      const YAML::Node& key = member.first;
      if (!key.IsScalar()) fail(key, map, "a key in " + where + " must be a plain name");
      const std::string name = key.Scalar();
      bool known = allowed.size() == 0;
      for (std::string_view a : allowed) known = known || a == name;
      if (!known) {
        std::string expected;
        for (std::string_view a : allowed) expected.append(expected.empty() ? "" : ", ").append(a);
        fail(key, map, "unknown key '" + name + "' in " + where + " (expected one of: " + expected + ")");
      }
      if (!seen.insert(name).second) fail(key, map, "key '" + name + "' appears twice in " + where);
      visit(name, key, member.second);
    }
  }

  // A scalar's text; `what` names the key for messages.
  std::string scalar(const YAML::Node& value, const YAML::Node& key, const std::string& what) const {
    if (!value.IsScalar()) fail(value, key, "'" + what + "' must be a string");
    return value.Scalar();
  }

  // A list of strings; an empty value (`packs:`) is an empty list.
  std::vector<std::string> strings(const YAML::Node& value, const YAML::Node& key, const std::string& what) const {
    std::vector<std::string> out;
    if (value.IsNull()) return out;
    if (!value.IsSequence()) fail(value, key, "'" + what + "' must be a list of strings");
    for (const YAML::Node& item : value) {
      if (!item.IsScalar()) fail(item, key, "each item of '" + what + "' must be a string");
      out.push_back(item.Scalar());
    }
    return out;
  }

  void read_rules(const YAML::Node& value, const YAML::Node& key, Config& config) {
    if (value.IsNull()) return;
    if (!value.IsMap()) fail(value, key, "'rules' must be a mapping");
    for_each_key(value, "'rules'", {"enable", "disable", "levels"},
                 [&](const std::string& name, const YAML::Node& k, const YAML::Node& v) {
                   if (name == "enable") config.enable_rules = strings(v, k, "rules.enable");
                   else if (name == "disable") config.disable_rules = strings(v, k, "rules.disable");
                   else read_levels(v, k, config);
                 });
  }

  void read_levels(const YAML::Node& value, const YAML::Node& key, Config& config) {
    if (value.IsNull()) return;
    if (!value.IsMap()) fail(value, key, "'rules.levels' must map rule ids to error, warning or note");
    for_each_key(value, "'rules.levels'", {}, [&](const std::string& rule, const YAML::Node& k, const YAML::Node& v) {
      const std::string text = scalar(v, k, "rules.levels." + rule);
      // The three words the reports use; parse_level's "info" alias is not offered here.
      if (text != "error" && text != "warning" && text != "note")
        fail(v, k, "level '" + text + "' of rule '" + rule + "' is not one of error, warning, note");
      config.level_overrides[rule] = *model::parse_level(text);
    });
  }

  void read_suppressions(const YAML::Node& value, const YAML::Node& key, Config& config) {
    if (value.IsNull()) return;
    if (!value.IsSequence()) fail(value, key, "'suppressions' must be a list of {rule, resource, path, reason}");
    for (const YAML::Node& item : value) {
      ConfigSuppression s{{}, "*", "*", {}};
      bool has_rule = false, has_reason = false;
      for_each_key(item, "a suppression", {"rule", "resource", "path", "reason"},
                   [&](const std::string& name, const YAML::Node& k, const YAML::Node& v) {
                     std::string text = scalar(v, k, "suppressions." + name);
                     if (name == "rule") {
                       s.rule = std::move(text);
                       has_rule = true;
                     } else if (name == "resource") {
                       s.resource = std::move(text);
                     } else if (name == "path") {
                       s.path = std::move(text);
                     } else {
                       s.reason = std::move(text);
                       has_reason = true;
                     }
                   });
      if (!has_rule || s.rule.empty()) fail(item, key, "a suppression needs a 'rule' (a rule id or glob)");
      if (!has_reason || s.reason.find_first_not_of(" \t\r\n") == std::string::npos)
        fail(item, key, "the suppression of '" + s.rule + "' needs a 'reason'");
      config.suppressions.push_back(std::move(s));
    }
  }

  void read_parameters(const YAML::Node& value, const YAML::Node& key, Config& config) {
    if (value.IsNull()) return;
    if (!value.IsMap()) fail(value, key, "'parameters' must be a mapping");
    for_each_key(value, "'parameters'", {"required_tags"},
                 [&](const std::string&, const YAML::Node& k, const YAML::Node& v) { read_required_tags(v, k, config); });
  }

  void read_required_tags(const YAML::Node& value, const YAML::Node& key, Config& config) {
    if (value.IsNull()) return;
    if (!value.IsMap()) fail(value, key, "'parameters.required_tags' must map tag keys to RE2 patterns");
    for_each_key(value, "'parameters.required_tags'", {},
                 [&](const std::string& tag, const YAML::Node& k, const YAML::Node& v) {
                   std::string pattern = scalar(v, k, "parameters.required_tags." + tag);
                   RE2 compiled(pattern, RE2::Quiet);
                   if (!compiled.ok())
                     fail(v, k, "the pattern for tag '" + tag + "' is not a valid RE2 expression: " + compiled.error());
                   config.required_tags[tag] = std::move(pattern);
                 });
  }

  const std::string& path_;
};

}  // namespace

ConfigResult parse_config(const std::string& text, const std::string& display_path) {
  ConfigReader reader(display_path);
  try {
    const YAML::Node root = YAML::Load(text);
    return ConfigResult{reader.read(root), std::nullopt};
  } catch (const Failure& failure) {
    return ConfigResult{std::nullopt, failure.error};
  } catch (const YAML::Exception& e) {
    const bool positioned = !e.mark.is_null();
    return ConfigResult{std::nullopt,
                        ConfigError{display_path, positioned ? static_cast<unsigned>(e.mark.line + 1) : 0U,
                                    positioned ? static_cast<unsigned>(e.mark.column + 1) : 0U,
                                    "not valid YAML: " + e.msg}};
  }
}

ConfigResult load_config(const std::string& path) {
  std::string error;
  std::optional<std::string> text = detail::read_small_file(path, error);
  if (!text) return ConfigResult{std::nullopt, ConfigError{path, 0, 0, error}};
  return parse_config(*text, path);
}

}  // namespace infralint::engine
