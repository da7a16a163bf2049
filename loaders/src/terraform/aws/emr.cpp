// EMR: aws_emr_cluster as AWS::EMR::Cluster (log_uri, kerberos_attributes, the key
// pair of ec2_attributes as Instances.Ec2KeyName, the security configuration it
// names) and aws_emr_security_configuration as AWS::EMR::SecurityConfiguration, its
// JSON text read into the document EMR4/EMR5 inspect.
#include "terraform/adapter.hpp"
#include "terraform/aws/blocks.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/policy_json.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// A Terraform cluster always has instances (master_instance_group is required), so
// Instances is always there, with the key pair when ec2_attributes names one. Unknown
// ec2_attributes leave Instances unknown: EMR6 then finds no key pair, as it does for
// an intrinsic Instances in CloudFormation.
Value instances(const AdapterContext& ctx) {
  if (const Value* unknown = unknown_block(&ctx.values(), "ec2_attributes")) return *unknown;
  ObjectBuilder out;
  const Value* ec2 = first_block(&ctx.values(), "ec2_attributes");
  out.copy("Ec2KeyName", attribute(ec2, "key_name")).copy("Ec2SubnetId", attribute(ec2, "subnet_id"));
  out.copy("TerminationProtected", ctx.attribute("termination_protection"));
  return out.build(ec2 != nullptr ? ec2->location() : ctx.location());
}

}  // namespace

std::optional<Adapted> adapt_emr_cluster(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Name", ctx.attribute("name"))
      .copy("ReleaseLabel", ctx.attribute("release_label"))
      .copy("LogUri", ctx.attribute("log_uri"))
      .copy("ServiceRole", ctx.attribute("service_role"))
      .copy("JobFlowRole", attribute(first_block(&ctx.values(), "ec2_attributes"), "instance_profile"));
  p.set("SecurityConfiguration", ctx.reference_or_value("security_configuration", "aws_emr_security_configuration"));
  p.set("KerberosAttributes", map_block(&ctx.values(), "kerberos_attributes",
                                        {{"Realm", "realm"},
                                         {"KdcAdminPassword", "kdc_admin_password"},
                                         {"CrossRealmTrustPrincipalPassword", "cross_realm_trust_principal_password"},
                                         {"ADDomainJoinUser", "ad_domain_join_user"},
                                         {"ADDomainJoinPassword", "ad_domain_join_password"}},
                                        {"Realm"}));
  p.set("Instances", instances(ctx));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::EMR::Cluster", p.build(ctx.values().location())};
}

// `configuration` is JSON text; unreadable (unknown, a function call) it stays
// unknown, which EMR4/EMR5 find no encryption settings in, as they do for an
// intrinsic in CloudFormation.
std::optional<Adapted> adapt_emr_security_configuration(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Name", ctx.attribute("name"));
  if (const Value* text = ctx.attribute("configuration")) {
    std::optional<Value> document = parse_json_text(text);
    p.set("SecurityConfiguration", document ? std::move(*document) : unknown_value(text->location()));
  }
  return Adapted{"AWS::EMR::SecurityConfiguration", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
