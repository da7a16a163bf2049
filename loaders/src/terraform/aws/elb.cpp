// Elastic Load Balancing: aws_elb as the classic AWS::ElasticLoadBalancing::LoadBalancer,
// aws_lb (and its alias aws_alb) as AWS::ElasticLoadBalancingV2::LoadBalancer, whose
// flat arguments become LoadBalancerAttributes entries.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

Value defaulted(Value v, const AdapterContext& ctx) { return provider_default(std::move(v), ctx); }

Value listeners(const AdapterContext& ctx) {
  const Value* list = ctx.attribute("listener");
  if (list == nullptr) return Value();
  if (is_unknown(*list)) return *list;
  Value::Array out;
  for (const Value* l : blocks(&ctx.values(), "listener")) {
    ObjectBuilder listener;
    listener.copy("LoadBalancerPort", attribute(l, "lb_port"))
        .copy("Protocol", attribute(l, "lb_protocol"))
        .copy("InstancePort", attribute(l, "instance_port"))
        .copy("InstanceProtocol", attribute(l, "instance_protocol"))
        .copy("SSLCertificateId", attribute(l, "ssl_certificate_id"));
    out.push_back(listener.build(l->location()));
  }
  return Value::array(std::move(out), list->location());
}

// access_logs { bucket, bucket_prefix, interval, enabled }; `enabled` defaults to true.
Value classic_access_logging(const AdapterContext& ctx) {
  const Value* block = first_block(&ctx.values(), "access_logs");
  if (block == nullptr) return Value();
  if (is_unknown(*block)) return *block;
  ObjectBuilder out;
  if (const Value* enabled = attribute(block, "enabled")) {
    out.copy("Enabled", enabled);
  } else {
    out.set("Enabled", defaulted(Value::boolean(true), ctx));
  }
  out.copy("S3BucketName", attribute(block, "bucket"))
      .copy("S3BucketPrefix", attribute(block, "bucket_prefix"))
      .copy("EmitInterval", attribute(block, "interval"));
  return out.build(block->location());
}

// connection_draining (default false) and its timeout. Left out, there is no policy,
// as in CloudFormation.
Value connection_draining(const AdapterContext& ctx) {
  const Value* enabled = ctx.attribute("connection_draining");
  if (enabled == nullptr) return Value();
  return ObjectBuilder()
      .copy("Enabled", enabled)
      .copy("Timeout", ctx.attribute("connection_draining_timeout"))
      .build(enabled->location());
}

// A bool attribute as the text ELBv2 attributes hold ("true"/"false").
Value attribute_text(const Value& v) {
  if (v.is_bool()) return Value::string(v.as_bool() ? "true" : "false", v.location());
  if (v.is_number()) return Value::string(std::string(v.as_string()), v.location());
  return v;
}

struct AttributeSource {
  std::string_view key;   // the ELBv2 attribute
  std::string_view name;  // the aws_lb argument
};
constexpr AttributeSource kAttributes[] = {
    {"deletion_protection.enabled", "enable_deletion_protection"},
    {"routing.http.drop_invalid_header_fields.enabled", "drop_invalid_header_fields"},
    {"idle_timeout.timeout_seconds", "idle_timeout"},
    {"load_balancing.cross_zone.enabled", "enable_cross_zone_load_balancing"},
};

Value entry(std::string_view key, Value value) {
  const model::Location at = value.location();
  return ObjectBuilder().set("Key", Value::string(std::string(key), at)).set("Value", std::move(value)).build(at);
}

// LoadBalancerAttributes. The provider always sets access logging: off unless an
// access_logs block turns it on (its `enabled` defaults to false). When that switch
// is unknown, the attributes are left out altogether, which the access-log rule answers
// as unresolved (an unknown value in the list would read as off).
Value load_balancer_attributes(const AdapterContext& ctx) {
  Value::Array out;
  const Value* logs = first_block(&ctx.values(), "access_logs");
  if (logs != nullptr && is_unknown(*logs)) return Value();
  const Value* enabled = attribute(logs, "enabled");
  if (enabled != nullptr && !enabled->is_bool()) return Value();
  out.push_back(entry("access_logs.s3.enabled",
                      enabled != nullptr ? attribute_text(*enabled) : defaulted(Value::string("false"), ctx)));
  if (const Value* bucket = attribute(logs, "bucket")) out.push_back(entry("access_logs.s3.bucket", *bucket));
  if (const Value* prefix = attribute(logs, "prefix")) out.push_back(entry("access_logs.s3.prefix", *prefix));
  for (const AttributeSource& a : kAttributes)
    if (const Value* v = ctx.attribute(a.name)) out.push_back(entry(a.key, attribute_text(*v)));
  return Value::array(std::move(out), logs != nullptr ? logs->location() : ctx.location());
}

// `internal` as CloudFormation's Scheme; left out, the load balancer faces the internet.
Value scheme(const AdapterContext& ctx) {
  const Value* internal = ctx.attribute("internal");
  if (internal == nullptr) return Value();
  if (!internal->is_bool()) return *internal;
  return Value::string(internal->as_bool() ? "internal" : "internet-facing", internal->location());
}

}  // namespace

std::optional<Adapted> adapt_elb(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("LoadBalancerName", ctx.attribute("name"))
      .set("Listeners", listeners(ctx))
      .copy("Subnets", ctx.attribute("subnets"))
      .copy("AvailabilityZones", ctx.attribute("availability_zones"))
      .copy("SecurityGroups", ctx.attribute("security_groups"))
      .copy("Instances", ctx.attribute("instances"))
      .set("Scheme", scheme(ctx));
  // cross_zone_load_balancing defaults to true in the provider; CloudFormation's
  // default (absent) is off.
  if (const Value* cross_zone = ctx.attribute("cross_zone_load_balancing")) {
    p.copy("CrossZone", cross_zone);
  } else {
    p.set("CrossZone", defaulted(Value::boolean(true), ctx));
  }
  p.set("ConnectionDrainingPolicy", connection_draining(ctx))
      .set("AccessLoggingPolicy", classic_access_logging(ctx))
      .set("Tags", tags_list(ctx.attribute("tags")));
  if (const Value* idle = ctx.attribute("idle_timeout"))
    p.set("ConnectionSettings", ObjectBuilder().copy("IdleTimeout", idle).build(idle->location()));
  return Adapted{"AWS::ElasticLoadBalancing::LoadBalancer", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_lb(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Name", ctx.attribute("name"))
      .copy("Type", ctx.attribute("load_balancer_type"))
      .set("Scheme", scheme(ctx))
      .copy("Subnets", ctx.attribute("subnets"))
      .copy("SecurityGroups", ctx.attribute("security_groups"))
      .copy("IpAddressType", ctx.attribute("ip_address_type"))
      .set("LoadBalancerAttributes", load_balancer_attributes(ctx))
      .set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::ElasticLoadBalancingV2::LoadBalancer", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
