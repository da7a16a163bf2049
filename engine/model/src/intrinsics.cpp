#include "infralint/model/intrinsics.hpp"

#include <cmath>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace infralint::model {

Resolved Resolved::known(const Value& v, Origin origin) {
  Resolved r;
  r.state_ = State::Known;
  r.origin_ = origin;
  r.borrowed_ = &v;
  return r;
}

Resolved Resolved::computed(Value v, Origin origin) {
  Resolved r;
  r.state_ = State::Known;
  r.origin_ = origin;
  r.owned_ = std::move(v);
  return r;
}

Resolved Resolved::no_value() {
  Resolved r;
  r.state_ = State::NoValue;
  return r;
}

Resolved Resolved::unresolved(const Value& at) {
  Resolved r;
  r.state_ = State::Unresolved;
  r.origin_ = Origin::Unresolved;
  r.unresolved_at_ = &at;
  return r;
}

const Value& Resolved::value() const {
  static const Value kNull;
  if (owned_) return *owned_;
  return borrowed_ ? *borrowed_ : kNull;
}

namespace {

// Templates nest intrinsics and conditions a few levels deep; a crafted one must not
// drive the resolver (which recurses, a few frames per level) arbitrarily deep.
constexpr int kMaxDepth = 200;

// Text computed by Fn::Join and Fn::Sub stops here (it is then unresolved): a small
// template can join one long parameter default thousands of times. CloudFormation
// caps a template at 1 MB, so no deployable value is longer.
constexpr std::size_t kMaxComputedBytes = std::size_t{1} << 20;

// CloudFormation's text of a scalar: what Fn::Join, Fn::Sub and Fn::Equals see.
std::optional<std::string> scalar_text(const Value& v) {
  if (v.is_bool()) return std::string(v.as_bool() ? "true" : "false");
  if (v.is_string() || v.is_number()) return std::string(v.as_string());
  return std::nullopt;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The internal form of a Resolved: the origin is settled only once the whole
// expression is done (it is Defaulted when any parameter default went into it).
struct Result {
  Resolved::State state = Resolved::State::Unresolved;
  const Value* borrowed = nullptr;
  std::optional<Value> owned;
  const Value* at = nullptr;  // the template part that could not be resolved

  bool known() const { return state == Resolved::State::Known; }
  const Value& value() const { return owned ? *owned : *borrowed; }

  static Result of(const Value& v) { return {Resolved::State::Known, &v, std::nullopt, nullptr}; }
  static Result made(Value v) { return {Resolved::State::Known, nullptr, std::move(v), nullptr}; }
  static Result no_value() { return {Resolved::State::NoValue, nullptr, std::nullopt, nullptr}; }
  static Result unresolved(const Value& at) { return {Resolved::State::Unresolved, nullptr, std::nullopt, &at}; }
  // Unresolved because of `inner`, blaming its culprit when it names one.
  static Result because(const Result& inner, const Value& fallback) {
    return unresolved(inner.at ? *inner.at : fallback);
  }
};

class Resolver {
 public:
  explicit Resolver(const Stack& stack) : stack_(stack) {}

  bool used_default() const { return used_default_; }

  Result resolve(const Value& v, int depth) {
    if (depth > kMaxDepth) return Result::unresolved(v);
    std::string_view fn = v.intrinsic();
    if (fn.empty()) {
      // A loader may already have marked a value (a Terraform unknown or default).
      if (v.origin() == Origin::Unresolved) return Result::unresolved(v);
      if (v.origin() == Origin::Defaulted) used_default_ = true;
      return Result::of(v);
    }
    const Value& arg = v.intrinsic_argument();
    if (fn == "Ref") return arg.is_string() ? ref(arg.as_string(), v) : Result::unresolved(v);
    if (fn == "Fn::If") return if_(arg, v, depth);
    if (fn == "Fn::FindInMap") return find_in_map(arg, v, depth);
    if (fn == "Fn::Join") return join(arg, v, depth);
    if (fn == "Fn::Sub") return sub(arg, v, depth);
    if (fn == "Fn::Select") return select(arg, v, depth);
    if (fn == "Fn::Split") return split(arg, v, depth);
    if (fn == "Condition" || fn == "Fn::Equals" || fn == "Fn::And" || fn == "Fn::Or" || fn == "Fn::Not") {
      std::optional<bool> truth = condition(v, depth);
      return truth ? Result::made(Value::boolean(*truth, v.location())) : Result::unresolved(v);
    }
    // Fn::GetAtt, Fn::ImportValue, Fn::GetAZs, Fn::Cidr, Fn::Base64, Fn::Transform, ...
    return Result::unresolved(v);
  }

  // Three-valued: nullopt when the truth cannot be decided before deploy.
  std::optional<bool> condition_named(std::string_view name, int depth) {
    if (auto hit = memo_.find(name); hit != memo_.end()) {
      used_default_ |= hit->second.used_default;
      return hit->second.truth;
    }
    const Value* expr = stack_.conditions().find(name);
    if (!expr || depth > kMaxDepth) return std::nullopt;
    for (std::string_view open : in_progress_)
      if (open == name) return std::nullopt;  // a cycle: CloudFormation rejects it too

    // Memoised, so conditions that share sub-conditions cost linear time, not
    // exponential; the default flag is tracked per condition for cache hits.
    const bool outer_default = std::exchange(used_default_, false);
    in_progress_.push_back(name);
    std::optional<bool> truth = condition(*expr, depth + 1);
    in_progress_.pop_back();
    memo_.emplace(name, Memo{truth, used_default_});
    used_default_ |= outer_default;
    return truth;
  }

  std::optional<bool> condition(const Value& v, int depth) {
    if (depth > kMaxDepth) return std::nullopt;
    std::string_view fn = v.intrinsic();
    if (fn.empty()) return v.is_bool() ? std::optional<bool>(v.as_bool()) : std::nullopt;
    const Value& arg = v.intrinsic_argument();
    if (fn == "Condition") return arg.is_string() ? condition_named(arg.as_string(), depth + 1) : std::nullopt;
    if (fn == "Fn::Equals") {
      if (!arg.is_array() || arg.size() != 2) return std::nullopt;
      Result a = resolve(arg.items()[0], depth + 1);
      Result b = resolve(arg.items()[1], depth + 1);
      if (!a.known() || !b.known()) return std::nullopt;
      return equal(a.value(), b.value());
    }
    if (fn == "Fn::Not") {
      if (!arg.is_array() || arg.size() != 1) return std::nullopt;
      std::optional<bool> inner = condition(arg.items()[0], depth + 1);
      return inner ? std::optional<bool>(!*inner) : std::nullopt;
    }
    if (fn == "Fn::And" || fn == "Fn::Or") {
      if (!arg.is_array() || arg.size() == 0) return std::nullopt;
      // One false operand decides an And (one true an Or) even when another operand
      // is unknown.
      const bool decisive = fn == "Fn::Or";
      bool unknown = false;
      for (const Value& operand : arg.items()) {
        std::optional<bool> truth = condition(operand, depth + 1);
        if (!truth) unknown = true;
        else if (*truth == decisive) return decisive;
      }
      return unknown ? std::nullopt : std::optional<bool>(!decisive);
    }
    return std::nullopt;
  }

 private:
  struct Memo {
    std::optional<bool> truth;
    bool used_default = false;
  };

  static bool equal(const Value& a, const Value& b) {
    std::optional<std::string> x = scalar_text(a), y = scalar_text(b);
    if (x && y) return *x == *y;
    return a == b;
  }

  // Ref by name; `at` is what to blame when it cannot be resolved.
  Result ref(std::string_view name, const Value& at) {
    if (name == "AWS::NoValue") return Result::no_value();
    if (name.starts_with("AWS::")) return Result::unresolved(at);  // region, account, stack name...
    const Value* parameter = stack_.parameters().find(name);
    if (!parameter) return Result::unresolved(at);  // a resource, or nothing at all
    const Value* fallback = parameter->find("Default");
    if (!fallback) return Result::unresolved(at);
    std::string_view type = parameter->find("Type") ? parameter->find("Type")->as_string() : std::string_view{};
    // The default of an SSM-backed parameter is the SSM key, not the value deployed.
    if (type.starts_with("AWS::SSM::Parameter::Value<")) return Result::unresolved(at);
    used_default_ = true;
    if ((type == "CommaDelimitedList" || type.starts_with("List<")) && !fallback->is_array()) {
      std::optional<std::string> text = scalar_text(*fallback);
      if (!text) return Result::unresolved(at);
      // A Ref to a list parameter is the list; CloudFormation trims each member.
      Value::Array items;
      std::string_view rest = *text;
      while (true) {
        std::size_t comma = rest.find(',');
        items.push_back(Value::string(std::string(trim(rest.substr(0, comma))), fallback->location()));
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
      return Result::made(Value::array(std::move(items), fallback->location()));
    }
    return Result::of(*fallback);
  }

  Result if_(const Value& arg, const Value& v, int depth) {
    if (!arg.is_array() || arg.size() != 3 || !arg.items()[0].is_string()) return Result::unresolved(v);
    std::optional<bool> truth = condition_named(arg.items()[0].as_string(), depth + 1);
    if (!truth) return Result::unresolved(arg.items()[0]);
    return resolve(arg.items()[*truth ? 1 : 2], depth + 1);
  }

  // The text of a part that must be a known scalar (a key, a delimiter, an index).
  std::optional<std::string> text_of(const Value& part, int depth, Result& failure) {
    Result r = resolve(part, depth + 1);
    if (r.known())
      if (std::optional<std::string> text = scalar_text(r.value())) return text;
    failure = Result::because(r, part);
    return std::nullopt;
  }

  Result find_in_map(const Value& arg, const Value& v, int depth) {
    if (!arg.is_array() || arg.size() < 3 || arg.size() > 4) return Result::unresolved(v);
    Result failure;
    std::optional<std::string> keys[3];
    for (int i = 0; i < 3; ++i)
      if (!(keys[i] = text_of(arg.items()[static_cast<std::size_t>(i)], depth, failure))) return failure;
    const Value* top = stack_.mappings().find(*keys[0]);
    const Value* second = top ? top->find(*keys[1]) : nullptr;
    const Value* found = second ? second->find(*keys[2]) : nullptr;
    // CloudFormation allows no functions in Mappings. Resolving one anyway would let
    // mapping values that look each other up twice cost 2^n lookups.
    if (found) return found->intrinsic().empty() ? resolve(*found, depth + 1) : Result::unresolved(*found);
    // AWS::LanguageExtensions adds {"DefaultValue": x} as a fourth argument.
    const Value* fallback = arg.size() == 4 ? arg.items()[3].find("DefaultValue") : nullptr;
    return fallback ? resolve(*fallback, depth + 1) : Result::unresolved(v);
  }

  Result join(const Value& arg, const Value& v, int depth) {
    if (!arg.is_array() || arg.size() != 2) return Result::unresolved(v);
    Result failure;
    std::optional<std::string> delimiter = text_of(arg.items()[0], depth, failure);
    if (!delimiter) return failure;
    const Value& list_part = arg.items()[1];
    Result list = resolve(list_part, depth + 1);
    if (!list.known()) return Result::because(list, list_part);
    if (!list.value().is_array()) return Result::unresolved(list_part);
    std::string out;
    bool first = true;
    for (const Value& item : list.value().items()) {
      Result r = resolve(item, depth + 1);
      if (r.state == Resolved::State::NoValue) continue;  // AWS::NoValue drops out of a list
      std::optional<std::string> text = r.known() ? scalar_text(r.value()) : std::nullopt;
      // Blame only template values: items of a computed list are not in the template.
      if (!text) return list.owned ? Result::unresolved(list_part) : Result::because(r, item);
      if (!first) out += *delimiter;
      out += *text;
      first = false;
      if (out.size() > kMaxComputedBytes) return Result::unresolved(v);
    }
    return Result::made(Value::string(std::move(out), v.location()));
  }

  Result sub(const Value& arg, const Value& v, int depth) {
    const Value* pattern = &arg;
    const Value* variables = nullptr;
    if (arg.is_array() && arg.size() == 2 && arg.items()[1].is_object()) {
      pattern = &arg.items()[0];
      variables = &arg.items()[1];
    }
    if (!pattern->is_string()) return Result::unresolved(v);
    std::string_view text = pattern->as_string();
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t open = text.find("${", i);
      const std::size_t close = open == std::string_view::npos ? open : text.find('}', open + 2);
      if (close == std::string_view::npos) {  // no (complete) placeholder left: literal text
        out.append(text.substr(i));
        break;
      }
      out.append(text.substr(i, open - i));
      std::string_view inner = text.substr(open + 2, close - open - 2);
      i = close + 1;
      if (inner.starts_with('!')) {  // ${!Literal} writes "${Literal}"
        out.append("${").append(inner.substr(1)).append("}");
        continue;
      }
      std::string_view name = trim(inner);
      Result r;
      if (const Value* given = variables ? variables->find(name) : nullptr) {
        r = resolve(*given, depth + 1);
        if (!r.known()) return Result::because(r, *given);
      } else if (name.find('.') != std::string_view::npos) {
        return Result::unresolved(v);  // ${Resource.Attribute}: a GetAtt
      } else {
        r = ref(name, v);
      }
      std::optional<std::string> piece = r.known() ? scalar_text(r.value()) : std::nullopt;
      if (!piece) return Result::unresolved(v);
      out += *piece;
      if (out.size() > kMaxComputedBytes) return Result::unresolved(v);
    }
    return Result::made(Value::string(std::move(out), v.location()));
  }

  Result select(const Value& arg, const Value& v, int depth) {
    if (!arg.is_array() || arg.size() != 2) return Result::unresolved(v);
    Result failure;
    std::optional<std::string> index_text = text_of(arg.items()[0], depth, failure);
    if (!index_text) return failure;
    std::optional<double> index = Value::string(*index_text).as_number();
    const Value& list_part = arg.items()[1];
    Result list = resolve(list_part, depth + 1);
    if (!list.known()) return Result::because(list, list_part);
    if (!index || *index < 0 || std::floor(*index) != *index || !list.value().is_array() ||
        *index >= static_cast<double>(list.value().size()))
      return Result::unresolved(v);
    const Value& item = list.value().items()[static_cast<std::size_t>(*index)];
    // An item of a computed list dies with it: hand out a copy.
    if (list.owned) return Result::made(item);
    return resolve(item, depth + 1);
  }

  Result split(const Value& arg, const Value& v, int depth) {
    if (!arg.is_array() || arg.size() != 2) return Result::unresolved(v);
    Result failure;
    std::optional<std::string> delimiter = text_of(arg.items()[0], depth, failure);
    if (!delimiter) return failure;
    std::optional<std::string> source = text_of(arg.items()[1], depth, failure);
    if (!source) return failure;
    if (delimiter->empty()) return Result::unresolved(arg.items()[0]);
    Value::Array items;
    std::string_view rest = *source;
    while (true) {
      std::size_t at = rest.find(*delimiter);
      items.push_back(Value::string(std::string(rest.substr(0, at)), v.location()));
      if (at == std::string_view::npos) break;
      rest.remove_prefix(at + delimiter->size());
    }
    return Result::made(Value::array(std::move(items), v.location()));
  }

  const Stack& stack_;
  bool used_default_ = false;
  std::vector<std::string_view> in_progress_;
  std::unordered_map<std::string_view, Memo> memo_;
};

}  // namespace

Resolved resolve(const Value& value, const Stack& stack) {
  Resolver resolver(stack);
  Result r = resolver.resolve(value, 0);
  const Origin origin = resolver.used_default() ? Origin::Defaulted : Origin::Written;
  switch (r.state) {
    case Resolved::State::NoValue: return Resolved::no_value();
    case Resolved::State::Unresolved: return Resolved::unresolved(r.at ? *r.at : value);
    case Resolved::State::Known: break;
  }
  return r.owned ? Resolved::computed(std::move(*r.owned), origin) : Resolved::known(*r.borrowed, origin);
}

std::optional<bool> evaluate_condition(std::string_view name, const Stack& stack) {
  Resolver resolver(stack);
  return resolver.condition_named(name, 0);
}

}  // namespace infralint::model
