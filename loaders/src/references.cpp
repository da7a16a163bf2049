#include "references.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace infralint::loaders::detail {

using model::Member;
using model::Reference;
using model::Value;

namespace {

bool is_pseudo_parameter(std::string_view name) { return name.starts_with("AWS::"); }

// Logical ids and parameter names are alphanumeric; anything else inside ${...}
// (an IAM policy variable like ${aws:username}, a pseudo parameter) is not an edge.
bool is_logical_id(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
}

class Collector {
 public:
  explicit Collector(std::vector<Reference>& out) : out_(out) {}

  // Depth-first, in document order, with an explicit stack.
  void walk(const Value& start) {
    todo_.push_back(&start);
    while (!todo_.empty()) {
      const Value* v = todo_.back();
      todo_.pop_back();
      if (v->is_array()) {
        push_all(v->items());
      } else if (v->is_object()) {
        visit_object(*v);
      }
    }
  }

  void depends_on(const Value& v) {
    if (v.is_string()) {
      add(Reference::Kind::DependsOn, v.as_string(), v);
    } else {
      for (const Value& item : v.items())
        if (item.is_string()) add(Reference::Kind::DependsOn, item.as_string(), item);
    }
  }

 private:
  void visit_object(const Value& v) {
    const std::string_view fn = v.intrinsic();
    const Value* arg = fn.empty() ? nullptr : &v.intrinsic_argument();
    if (fn == "Ref" && arg->is_string()) {
      if (!is_pseudo_parameter(arg->as_string())) add(Reference::Kind::Ref, arg->as_string(), v);
      return;
    }
    if (fn == "Condition" && arg->is_string()) return;  // a condition name
    if (fn == "Fn::GetAtt") {
      if (arg->is_string()) {
        const std::string_view target = arg->as_string();
        add(Reference::Kind::GetAtt, target.substr(0, target.find('.')), v);
        return;
      }
      const auto& items = arg->items();
      if (!items.empty() && items.front().is_string()) {
        add(Reference::Kind::GetAtt, items.front().as_string(), v);
        // The attribute name may itself be an intrinsic (a Ref to a parameter).
        std::for_each(items.rbegin(), items.rend() - 1, [&](const Value& item) { todo_.push_back(&item); });
        return;
      }
    }
    if (fn == "Fn::Sub") {
      sub(v, *arg);
      return;
    }
    if (fn == "Fn::ImportValue" && arg->is_string()) {
      add(Reference::Kind::ImportValue, arg->as_string(), v);
      return;
    }
    const auto& members = v.members();
    for (auto it = members.rbegin(); it != members.rend(); ++it) todo_.push_back(&it->value);
  }

  // Fn::Sub: "text ${Name} ${Name.Attr} ${!Literal}" or [text, {Var: value}].
  void sub(const Value& at, const Value& arg) {
    const Value* text = &arg;
    const Value* variables = nullptr;
    if (arg.is_array()) {
      const auto& items = arg.items();
      text = items.empty() ? nullptr : &items[0];
      if (items.size() > 1) variables = &items[1];
    }
    if (text && text->is_string()) {
      const std::string_view s = text->as_string();
      std::size_t pos = 0;
      while ((pos = s.find("${", pos)) != std::string_view::npos) {
        pos += 2;
        const std::size_t close = s.find('}', pos);
        if (close == std::string_view::npos) break;
        std::string_view name = s.substr(pos, close - pos);
        pos = close + 1;
        if (name.starts_with('!')) continue;  // ${!Literal} is written out as ${Literal}
        while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
        name = name.substr(0, name.find('.'));
        if (!is_logical_id(name)) continue;
        if (variables && variables->find(name)) continue;  // bound by the variable map
        add(Reference::Kind::Sub, name, at);
      }
    } else if (text) {
      todo_.push_back(text);
    }
    if (variables) {
      if (variables->is_object()) {
        const auto& members = variables->members();
        for (auto it = members.rbegin(); it != members.rend(); ++it) todo_.push_back(&it->value);
      } else {
        todo_.push_back(variables);
      }
    }
  }

  void push_all(const Value::Array& items) {
    for (auto it = items.rbegin(); it != items.rend(); ++it) todo_.push_back(&*it);
  }

  void add(Reference::Kind kind, std::string_view name, const Value& at) {
    out_.push_back(Reference{kind, std::string(name), &at, nullptr});
  }

  std::vector<Reference>& out_;
  std::vector<const Value*> todo_;
};

}  // namespace

std::vector<Reference> collect_references(const Value& entry) {
  std::vector<Reference> out;
  Collector collector(out);
  for (const Member& m : entry.members()) {
    if (m.key == "Metadata" || m.key == "Type" || m.key == "Condition") continue;
    if (m.key == "DependsOn") {
      collector.depends_on(m.value);
      continue;
    }
    collector.walk(m.value);
  }
  return out;
}

}  // namespace infralint::loaders::detail
