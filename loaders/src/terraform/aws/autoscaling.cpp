// Auto Scaling: aws_autoscaling_group as AWS::AutoScaling::AutoScalingGroup, with the
// aws_autoscaling_notification resources naming it folded into
// NotificationConfigurations (CloudFormation holds them in the group), and
// aws_launch_configuration as AWS::AutoScaling::LaunchConfiguration.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/aws/ec2_block_devices.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// One configuration per aws_autoscaling_notification whose group_names names this
// group (by reference, or by the group's literal name).
Value notification_configurations(const AdapterContext& ctx) {
  Value::Array out;
  for (const TerraformResource* n : ctx.satellites("aws_autoscaling_notification", "group_names", "name")) {
    ObjectBuilder c;
    c.copy("TopicARN", attribute(&n->values, "topic_arn")).copy("NotificationTypes", attribute(&n->values, "notifications"));
    out.push_back(c.build(n->type_location));
  }
  if (out.empty()) return Value();
  const model::Location at = out.front().location();
  return Value::array(std::move(out), at);
}

Value launch_template_specification(const Value* block) {
  if (block == nullptr) return Value();
  if (is_unknown(*block)) return *block;
  ObjectBuilder out;
  out.copy("LaunchTemplateId", attribute(block, "id"))
      .copy("LaunchTemplateName", attribute(block, "name"))
      .copy("Version", attribute(block, "version"));
  return out.build(block->location());
}

// tag { key, value, propagate_at_launch } blocks (and the older `tags` list of maps).
Value group_tags(const AdapterContext& ctx) {
  Value::Array out;
  for (std::string_view name : {"tag", "tags"}) {
    if (const Value* list = ctx.attribute(name); list != nullptr && is_unknown(*list)) return *list;
    for (const Value* t : blocks(&ctx.values(), name)) {
      ObjectBuilder tag;
      tag.copy("Key", attribute(t, "key"))
          .copy("Value", attribute(t, "value"))
          .copy("PropagateAtLaunch", attribute(t, "propagate_at_launch"));
      out.push_back(tag.build(t->location()));
    }
  }
  if (out.empty()) return Value();
  const model::Location at = out.front().location();
  return Value::array(std::move(out), at);
}

}  // namespace

std::optional<Adapted> adapt_autoscaling_group(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("AutoScalingGroupName", ctx.attribute("name"))
      .copy("MinSize", ctx.attribute("min_size"))
      .copy("MaxSize", ctx.attribute("max_size"))
      .copy("DesiredCapacity", ctx.attribute("desired_capacity"))
      .copy("Cooldown", ctx.attribute("default_cooldown"))
      .copy("HealthCheckType", ctx.attribute("health_check_type"));
  // The provider sends 300 seconds when health_check_grace_period is left out
  // (documented default), where CloudFormation sends nothing.
  if (const Value* grace = ctx.attribute("health_check_grace_period")) {
    p.copy("HealthCheckGracePeriod", grace);
  } else {
    p.set("HealthCheckGracePeriod", provider_default(Value::number("300"), ctx));
  }
  p.set("LaunchConfigurationName", ctx.reference_or_value("launch_configuration", "aws_launch_configuration"))
      .set("LaunchTemplate", launch_template_specification(first_block(&ctx.values(), "launch_template")))
      .copy("VPCZoneIdentifier", ctx.attribute("vpc_zone_identifier"))
      .copy("AvailabilityZones", ctx.attribute("availability_zones"))
      .copy("LoadBalancerNames", ctx.attribute("load_balancers"))
      .copy("TargetGroupARNs", ctx.attribute("target_group_arns"))
      .copy("ServiceLinkedRoleARN", ctx.attribute("service_linked_role_arn"))
      .set("NotificationConfigurations", notification_configurations(ctx))
      .set("Tags", group_tags(ctx));
  return Adapted{"AWS::AutoScaling::AutoScalingGroup", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_launch_configuration(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("LaunchConfigurationName", ctx.attribute("name"))
      .copy("ImageId", ctx.attribute("image_id"))
      .copy("InstanceType", ctx.attribute("instance_type"))
      .copy("IamInstanceProfile", ctx.attribute("iam_instance_profile"))
      .copy("KeyName", ctx.attribute("key_name"))
      .copy("SecurityGroups", ctx.attribute("security_groups"))
      .copy("AssociatePublicIpAddress", ctx.attribute("associate_public_ip_address"))
      .copy("EbsOptimized", ctx.attribute("ebs_optimized"))
      .copy("SpotPrice", ctx.attribute("spot_price"))
      // Defaults to true in the provider, as in CloudFormation: absent reads the same.
      .copy("InstanceMonitoring", ctx.attribute("enable_monitoring"))
      .set("BlockDeviceMappings", block_device_mappings(ctx));
  if (const Value* metadata = first_block(&ctx.values(), "metadata_options")) {
    ObjectBuilder m;
    m.copy("HttpTokens", attribute(metadata, "http_tokens"))
        .copy("HttpEndpoint", attribute(metadata, "http_endpoint"))
        .copy("HttpPutResponseHopLimit", attribute(metadata, "http_put_response_hop_limit"));
    p.set("MetadataOptions", is_unknown(*metadata) ? *metadata : m.build(metadata->location()));
  }
  return Adapted{"AWS::AutoScaling::LaunchConfiguration", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
