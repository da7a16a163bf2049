#include "aws/opensearchservice/access_policy.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "aws/common/cannot_validate.hpp"
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "infralint/model/stack.hpp"

namespace infralint::rules::aws::opensearchservice {

using model::Resource;
using model::Value;

namespace {

// JSON.parse nests as deep as its input; this keeps a crafted text from exhausting
// the stack while converting, far beyond any real policy.
constexpr int kMaxDepth = 128;

Value from_json(const nlohmann::ordered_json& json, int depth) {
  if (depth > kMaxDepth) throw CannotValidate(nullptr, "the access policy text is nested too deeply to read");
  switch (json.type()) {
    case nlohmann::ordered_json::value_t::null: return Value::null();
    case nlohmann::ordered_json::value_t::boolean: return Value::boolean(json.get<bool>());
    case nlohmann::ordered_json::value_t::number_integer:
    case nlohmann::ordered_json::value_t::number_unsigned:
    case nlohmann::ordered_json::value_t::number_float: return Value::number(json.dump());
    case nlohmann::ordered_json::value_t::string: return Value::string(json.get<std::string>());
    case nlohmann::ordered_json::value_t::array: {
      Value::Array items;
      items.reserve(json.size());
      for (const auto& item : json) items.push_back(from_json(item, depth + 1));
      return Value::array(std::move(items));
    }
    case nlohmann::ordered_json::value_t::object: {
      Value::Object members;
      members.reserve(json.size());
      for (const auto& [key, member] : json.items())
        members.push_back(model::Member{key, {}, from_json(member, depth + 1)});
      return Value::object(std::move(members));
    }
    default: break;
  }
  throw CannotValidate(nullptr, "the access policy text holds a value JSON does not have");
}

// JSON.parse(text); `at` is the value the text came from.
Value json_parse(const std::string& text, const Value* at) {
  nlohmann::ordered_json json;
  try {
    json = nlohmann::ordered_json::parse(text);
  } catch (const nlohmann::ordered_json::exception&) {
    throw CannotValidate(at, "the custom resource setting the access policy does not hold JSON text the rule can read");
  }
  return from_json(json, 0);
}

// JSON.parse(v) of any value: it becomes text first (String(v)), so undefined parses
// as "undefined" and fails, as does an object ("[object Object]").
Value json_parse(const Value* v) {
  return json_parse(v != nullptr && v->is_string() ? std::string(v->as_string()) : js::to_string(v), v);
}

// Array.prototype.join(''): null and undefined items are empty, objects "[object Object]".
std::string join(const Value& list) {
  std::string text;
  for (const Value& item : list.items())
    if (!item.is_null()) text += item.is_string() ? std::string(item.as_string()) : js::to_string(&item);
  return text;
}

// `x?.[1]`: an item of a list, or a member named "1" of an object.
const Value* second(const Value* v) {
  if (v == nullptr) return nullptr;
  if (v->is_array()) return v->size() > 1 ? &v->items()[1] : nullptr;
  return v->find("1");
}

// node.node.path.split('/Resource').slice(0, -1).join('/Resource') + '/<name>/Resource/Default':
// everything before the last "/Resource" of the domain's path ("" without one).
std::string custom_resource_path(const Resource& domain) {
  const std::string_view path = domain.construct_path;
  const std::size_t last = path.rfind("/Resource");
  std::string out(last == std::string_view::npos ? std::string_view() : path.substr(0, last));
  out += domain.type == "AWS::OpenSearchService::Domain" ? "/AccessPolicy" : "/ESAccessPolicy";
  out += "/Resource/Default";
  return out;
}

const Resource* find_custom_resource(const Resource& domain) {
  if (domain.stack == nullptr) return nullptr;
  const std::string wanted = custom_resource_path(domain);
  // The custom resource is a child of the domain's scope, so it lives in the domain's
  // own template, never in a nested one.
  for (const Resource& candidate : domain.stack->resources)
    if (candidate.construct_path == wanted) return &candidate;
  return nullptr;
}

}  // namespace

DomainAccessPolicy::DomainAccessPolicy(const Resource& domain) {
  if (const Resource* custom = find_custom_resource(domain)) {
    const Value* update = second(js::get_optional(js::get_optional(&custom->properties(), "Update"), "Fn::Join"));
    if (update == nullptr || !update->is_array())
      js::type_error(update, "the custom resource setting the access policy has no Fn::Join list in Update");
    const Value request = json_parse(join(*update), update);
    const Value* policies = js::get(js::get(&request, "parameters"), "AccessPolicies");
    parsed_.emplace(json_parse(policies));
    // `getPolicyFromCR() ?? accessPolicies`: a parsed null falls back as well.
    if (!parsed_->is_null()) {
      document_ = &*parsed_;
      return;
    }
  }
  document_ = domain.property("AccessPolicies");
}

}  // namespace infralint::rules::aws::opensearchservice
