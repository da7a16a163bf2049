// Elastic Beanstalk: aws_elastic_beanstalk_environment as
// AWS::ElasticBeanstalk::Environment, its `setting` blocks as OptionSettings.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// `value` is a string attribute: Terraform turns a bool or number written in a
// *.tf.json file into its text (true -> "true") before the provider sees it, so the
// rules, which compare with the string "true", must see the text too.
Value as_text(const Value* v) {
  if (v == nullptr) return Value();
  if (v->is_bool()) return Value::string(v->as_bool() ? "true" : "false", v->location());
  if (v->is_number()) return Value::string(std::string(v->as_string()), v->location());
  return *v;
}

Value option_settings(const AdapterContext& ctx) {
  const Value* list = ctx.attribute("setting");
  if (list == nullptr) return Value();
  if (is_unknown(*list)) return *list;
  Value::Array out;
  for (const Value* s : blocks(&ctx.values(), "setting")) {
    ObjectBuilder setting;
    setting.copy("Namespace", attribute(s, "namespace"))
        .copy("OptionName", attribute(s, "name"))
        .set("Value", as_text(attribute(s, "value")))
        .copy("ResourceName", attribute(s, "resource"));
    out.push_back(setting.build(s->location()));
  }
  if (out.empty()) return Value();
  return Value::array(std::move(out), list->location());
}

}  // namespace

std::optional<Adapted> adapt_elastic_beanstalk_environment(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("ApplicationName", ctx.attribute("application"))
      .copy("EnvironmentName", ctx.attribute("name"))
      .copy("Description", ctx.attribute("description"))
      .copy("CNAMEPrefix", ctx.attribute("cname_prefix"))
      .copy("SolutionStackName", ctx.attribute("solution_stack_name"))
      .copy("PlatformArn", ctx.attribute("platform_arn"))
      .copy("TemplateName", ctx.attribute("template_name"))
      .copy("VersionLabel", ctx.attribute("version_label"))
      .set("OptionSettings", option_settings(ctx))
      .set("Tags", tags_list(ctx.attribute("tags")));
  if (const Value* tier = ctx.attribute("tier"))
    p.set("Tier", ObjectBuilder().copy("Name", tier).build(tier->location()));
  return Adapted{"AWS::ElasticBeanstalk::Environment", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
