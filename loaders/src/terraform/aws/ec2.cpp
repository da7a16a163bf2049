// EC2 compute and network: aws_instance, aws_ebs_volume, aws_vpc, aws_flow_log,
// aws_network_acl and aws_network_acl_rule as their CloudFormation counterparts. Flow
// logs and ACL entries stay resources of their own, as CloudFormation models them; they
// name their VPC or ACL by a Ref so the rules find the parent by its address.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/aws/ec2_block_devices.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// launch_template { id, name, version } as a LaunchTemplateSpecification.
Value launch_template_specification(const AdapterContext& ctx) {
  const Value* block = first_block(&ctx.values(), "launch_template");
  if (block == nullptr) return Value();
  if (is_unknown(*block)) return *block;
  ObjectBuilder out;
  out.copy("LaunchTemplateId", attribute(block, "id"))
      .copy("LaunchTemplateName", attribute(block, "name"))
      .copy("Version", attribute(block, "version"));
  return out.build(block->location());
}

// What a flow log watches: the one of these attributes it sets, as CloudFormation's
// ResourceType and a Ref to the resource (or the id as written).
struct FlowLogTarget {
  std::string_view attribute;
  std::string_view resource_type;
  std::string_view terraform_type;
};
constexpr FlowLogTarget kFlowLogTargets[] = {
    {"vpc_id", "VPC", "aws_vpc"},
    {"subnet_id", "Subnet", "aws_subnet"},
    {"eni_id", "NetworkInterface", "aws_network_interface"},
    {"transit_gateway_id", "TransitGateway", "aws_ec2_transit_gateway"},
    {"transit_gateway_attachment_id", "TransitGatewayAttachment", "aws_ec2_transit_gateway_vpc_attachment"},
};

}  // namespace

std::optional<Adapted> adapt_instance(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("ImageId", ctx.attribute("ami"))
      .copy("InstanceType", ctx.attribute("instance_type"))
      .copy("AvailabilityZone", ctx.attribute("availability_zone"))
      .copy("SubnetId", ctx.attribute("subnet_id"))
      .copy("SecurityGroupIds", ctx.attribute("vpc_security_group_ids"))
      .copy("SecurityGroups", ctx.attribute("security_groups"))
      .copy("IamInstanceProfile", ctx.attribute("iam_instance_profile"))
      .copy("KeyName", ctx.attribute("key_name"))
      .copy("EbsOptimized", ctx.attribute("ebs_optimized"))
      // Both default to false in the provider, which the rules read as absent.
      .copy("DisableApiTermination", ctx.attribute("disable_api_termination"))
      .copy("Monitoring", ctx.attribute("monitoring"))
      .set("BlockDeviceMappings", block_device_mappings(ctx))
      .set("LaunchTemplate", launch_template_specification(ctx))
      .set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::EC2::Instance", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_ebs_volume(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("AvailabilityZone", ctx.attribute("availability_zone"))
      .copy("Encrypted", ctx.attribute("encrypted"))
      .copy("KmsKeyId", ctx.attribute("kms_key_id"))
      .copy("Size", ctx.attribute("size"))
      .copy("SnapshotId", ctx.attribute("snapshot_id"))
      .copy("VolumeType", ctx.attribute("type"))
      .copy("Iops", ctx.attribute("iops"))
      .copy("Throughput", ctx.attribute("throughput"))
      .set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::EC2::Volume", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_vpc(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("CidrBlock", ctx.attribute("cidr_block"))
      .copy("EnableDnsHostnames", ctx.attribute("enable_dns_hostnames"))
      .copy("EnableDnsSupport", ctx.attribute("enable_dns_support"))
      .copy("InstanceTenancy", ctx.attribute("instance_tenancy"))
      .copy("Ipv4IpamPoolId", ctx.attribute("ipv4_ipam_pool_id"))
      .set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::EC2::VPC", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_flow_log(const AdapterContext& ctx) {
  ObjectBuilder p;
  for (const FlowLogTarget& target : kFlowLogTargets) {
    const Value* written = ctx.attribute(target.attribute);
    if (written == nullptr) continue;
    p.set("ResourceType", Value::string(std::string(target.resource_type), written->location()));
    p.set("ResourceId", ctx.reference_or_value(target.attribute, target.terraform_type));
    break;
  }
  p.copy("TrafficType", ctx.attribute("traffic_type"))
      .copy("LogDestinationType", ctx.attribute("log_destination_type"))
      .copy("LogDestination", ctx.attribute("log_destination"))
      .copy("LogGroupName", ctx.attribute("log_group_name"))
      .copy("DeliverLogsPermissionArn", ctx.attribute("iam_role_arn"))
      .copy("LogFormat", ctx.attribute("log_format"))
      .copy("MaxAggregationInterval", ctx.attribute("max_aggregation_interval"))
      .set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::EC2::FlowLog", p.build(ctx.values().location())};
}

// The ACL itself. Its inline ingress/egress blocks have no place in
// AWS::EC2::NetworkAcl (CloudFormation writes each as an AWS::EC2::NetworkAclEntry);
// they are not split out, so the ACL is reported once whatever it holds.
std::optional<Adapted> adapt_network_acl(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("VpcId", ctx.reference_or_value("vpc_id", "aws_vpc")).set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::EC2::NetworkAcl", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_network_acl_rule(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("NetworkAclId", ctx.reference_or_value("network_acl_id", "aws_network_acl"))
      .copy("RuleNumber", ctx.attribute("rule_number"))
      .copy("Protocol", ctx.attribute("protocol"))
      .copy("RuleAction", ctx.attribute("rule_action"))
      .copy("Egress", ctx.attribute("egress"))
      .copy("CidrBlock", ctx.attribute("cidr_block"))
      .copy("Ipv6CidrBlock", ctx.attribute("ipv6_cidr_block"));
  const Value* from = ctx.attribute("from_port");
  const Value* to = ctx.attribute("to_port");
  if (from != nullptr || to != nullptr)
    p.set("PortRange", ObjectBuilder().copy("From", from).copy("To", to).build(from != nullptr ? from->location() : to->location()));
  const Value* icmp_type = ctx.attribute("icmp_type");
  const Value* icmp_code = ctx.attribute("icmp_code");
  if (icmp_type != nullptr || icmp_code != nullptr)
    p.set("Icmp", ObjectBuilder()
                      .copy("Type", icmp_type)
                      .copy("Code", icmp_code)
                      .build(icmp_type != nullptr ? icmp_type->location() : icmp_code->location()));
  return Adapted{"AWS::EC2::NetworkAclEntry", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
