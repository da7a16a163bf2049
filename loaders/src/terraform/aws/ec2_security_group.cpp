// EC2 security groups: aws_security_group (its inline ingress/egress blocks become
// SecurityGroupIngress/SecurityGroupEgress entries, one per CIDR or source group),
// and the separate rule resources as AWS::EC2::SecurityGroupIngress/Egress, so a
// finding lands on the Terraform resource that opened the port.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// The fields every CloudFormation rule entry shares.
ObjectBuilder ports(const Value& block, std::string_view protocol_attribute) {
  ObjectBuilder out;
  out.copy("IpProtocol", attribute(&block, protocol_attribute))
      .copy("FromPort", attribute(&block, "from_port"))
      .copy("ToPort", attribute(&block, "to_port"));
  return out;
}

// One inline ingress/egress block as CloudFormation entries: CloudFormation takes one
// source per entry, Terraform a list of each kind.
void inline_entries(const Value& block, bool ingress, Value::Array& out) {
  const std::string_view peer_group = ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId";
  auto add = [&](std::string_view key, const Value& source) {
    ObjectBuilder entry = ports(block, "protocol");
    entry.copy(std::string(key), &source).copy("Description", attribute(&block, "description"));
    out.push_back(entry.build(block.location()));
  };
  bool any = false;
  auto each = [&](std::string_view attr, std::string_view key) {
    const Value* list = attribute(&block, attr);
    if (list == nullptr) return;
    if (!list->is_array()) {  // unknown: one entry that says so
      add(key, *list);
      any = true;
      return;
    }
    for (const Value& item : list->items()) {
      add(key, item);
      any = true;
    }
  };
  each("cidr_blocks", "CidrIp");
  each("ipv6_cidr_blocks", "CidrIpv6");
  each("security_groups", peer_group);
  each("prefix_list_ids", ingress ? "SourcePrefixListId" : "DestinationPrefixListId");
  if (!any) {
    ObjectBuilder entry = ports(block, "protocol");
    out.push_back(entry.copy("Description", attribute(&block, "description")).build(block.location()));
  }
}

Value entries(const AdapterContext& ctx, std::string_view name, bool ingress) {
  const Value* list = ctx.attribute(name);
  if (list == nullptr) return Value();
  if (!list->is_array() && !list->is_object()) return *list;
  if (is_unknown(*list)) return *list;
  Value::Array out;
  for (const Value* block : blocks(&ctx.values(), name)) inline_entries(*block, ingress, out);
  return Value::array(std::move(out), list->location());
}

// aws_security_group_rule holds lists; CloudFormation's rule resource one range. The
// range reported is the first open to everyone ("/0"), else the first not known,
// else the first: the one that decides what the rules conclude.
const Value* deciding_range(const Value* list) {
  if (list == nullptr || !list->is_array()) return list;
  const Value* unknown = nullptr;
  for (const Value& item : list->items()) {
    if (item.is_string() && item.as_string().find("/0") != std::string_view::npos) return &item;
    if (!item.is_string() && unknown == nullptr) unknown = &item;
  }
  if (unknown != nullptr) return unknown;
  return list->size() > 0 ? &list->items()[0] : nullptr;
}

}  // namespace

std::optional<Adapted> adapt_security_group(const AdapterContext& ctx) {
  ObjectBuilder p;
  if (const Value* description = ctx.attribute("description")) {
    p.copy("GroupDescription", description);
  } else {
    p.set("GroupDescription", provider_default(Value::string("Managed by Terraform"), ctx));
  }
  p.copy("GroupName", ctx.attribute("name")).copy("VpcId", ctx.attribute("vpc_id"));
  p.set("SecurityGroupIngress", entries(ctx, "ingress", true));
  p.set("SecurityGroupEgress", entries(ctx, "egress", false));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::EC2::SecurityGroup", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_security_group_rule(const AdapterContext& ctx) {
  const Value* type = ctx.attribute("type");
  if (type == nullptr || !type->is_string()) return std::nullopt;  // unknown direction: not judged
  const bool ingress = type->as_string() == "ingress";
  ObjectBuilder p = ports(ctx.values(), "protocol");
  p.copy("GroupId", ctx.attribute("security_group_id"));
  p.copy("CidrIp", deciding_range(ctx.attribute("cidr_blocks")));
  p.copy("CidrIpv6", deciding_range(ctx.attribute("ipv6_cidr_blocks")));
  p.copy(ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId", ctx.attribute("source_security_group_id"));
  p.copy("Description", ctx.attribute("description"));
  return Adapted{ingress ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress",
                 p.build(ctx.values().location())};
}

namespace {
Adapted vpc_rule(const AdapterContext& ctx, bool ingress) {
  ObjectBuilder p = ports(ctx.values(), "ip_protocol");
  p.copy("GroupId", ctx.attribute("security_group_id"));
  p.copy("CidrIp", ctx.attribute("cidr_ipv4")).copy("CidrIpv6", ctx.attribute("cidr_ipv6"));
  p.copy(ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId", ctx.attribute("referenced_security_group_id"));
  p.copy(ingress ? "SourcePrefixListId" : "DestinationPrefixListId", ctx.attribute("prefix_list_id"));
  p.copy("Description", ctx.attribute("description"));
  return Adapted{ingress ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress",
                 p.build(ctx.values().location())};
}
}  // namespace

std::optional<Adapted> adapt_vpc_security_group_ingress_rule(const AdapterContext& ctx) { return vpc_rule(ctx, true); }
std::optional<Adapted> adapt_vpc_security_group_egress_rule(const AdapterContext& ctx) { return vpc_rule(ctx, false); }

}  // namespace infralint::loaders::detail::terraform::aws
