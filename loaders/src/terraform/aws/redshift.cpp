// Redshift: aws_redshift_cluster as AWS::Redshift::Cluster with its audit logging
// (aws_redshift_logging, or the legacy `logging` block) folded into LoggingProperties,
// and aws_redshift_parameter_group as AWS::Redshift::ClusterParameterGroup, which the
// SSL and user-activity rules look the cluster's group up in.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/aws/settings.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

Value logging_properties(const Value& holder, model::Location at) {
  ObjectBuilder out;
  out.copy("BucketName", attribute(&holder, "bucket_name"))
      .copy("S3KeyPrefix", attribute(&holder, "s3_key_prefix"))
      .copy("LogDestinationType", attribute(&holder, "log_destination_type"))
      .copy("LogExports", attribute(&holder, "log_exports"));
  return out.build(at);
}

// The logging resource configuring this cluster (the last one wins, as the last apply
// would), else the legacy block when it enables logging. `enable = false` is
// CloudFormation's missing LoggingProperties; an unknown `enable` keeps the block.
Value logging(const AdapterContext& ctx) {
  auto satellites = ctx.satellites("aws_redshift_logging", "cluster_identifier", "cluster_identifier");
  if (!satellites.empty()) return logging_properties(satellites.back()->values, satellites.back()->type_location);
  const Value* block = first_block(&ctx.values(), "logging");
  if (block == nullptr) return Value();
  const Value enabled = flag(attribute(block, "enable"));
  if (enabled.is_null() || (enabled.is_bool() && !enabled.as_bool())) return Value();
  return logging_properties(*block, block->location());
}

// The cluster's parameter group as a Ref to the aws_redshift_parameter_group of this
// file it names, by reference or by its literal name, so the rules find the group by
// its address; anything else as written (a default.* group, a group made elsewhere).
Value parameter_group(const AdapterContext& ctx) {
  Value named = ctx.reference_or_value("cluster_parameter_group_name", "aws_redshift_parameter_group");
  if (!named.is_string()) return named;
  for (const TerraformResource* group : ctx.index().of_type("aws_redshift_parameter_group")) {
    const Value* name = attribute(&group->values, "name");
    if (name != nullptr && name->is_string() && name->as_string() == named.as_string())
      return ref_to(group->address, named.location());
  }
  return named;
}

// A parameter's value is a string to Terraform: `value = true` in *.tf.json is stored
// as "true", which is what the rules compare with.
Value as_text(const Value* v) {
  if (v == nullptr) return Value();
  if (!v->is_bool()) return *v;
  Value text = Value::string(v->as_bool() ? "true" : "false", v->location());
  text.set_origin(v->origin());
  return text;
}

}  // namespace

std::optional<Adapted> adapt_redshift_cluster(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("ClusterIdentifier", ctx.attribute("cluster_identifier"))
      .copy("NodeType", ctx.attribute("node_type"))
      .copy("ClusterType", ctx.attribute("cluster_type"))
      .copy("NumberOfNodes", ctx.attribute("number_of_nodes"))
      .copy("DBName", ctx.attribute("database_name"))
      .copy("MasterUsername", ctx.attribute("master_username"))
      .copy("MasterUserPassword", ctx.attribute("master_password"))
      .copy("ClusterSubnetGroupName", ctx.attribute("cluster_subnet_group_name"))
      .copy("KmsKeyId", ctx.attribute("kms_key_id"));
  p.set("ClusterParameterGroupName", parameter_group(ctx));
  // Schema defaults of the provider (v5): port 5439, version upgrades on, one day of
  // automated snapshots.
  p.set("Port", with_default(ctx, "port", Value::number("5439")));
  p.set("AllowVersionUpgrade", flag_with_default(ctx, "allow_version_upgrade", true));
  p.set("AutomatedSnapshotRetentionPeriod", with_default(ctx, "automated_snapshot_retention_period", Value::number("1")));
  // encrypted and publicly_accessible have defaults too (v5: false and true), but the
  // major versions of the provider do not agree on them, so one left out stays out:
  // the rules then judge it as CloudFormation's missing property. A plan carries the
  // value of the provider it was made with.
  p.set("Encrypted", flag(ctx.attribute("encrypted")));
  p.set("PubliclyAccessible", flag(ctx.attribute("publicly_accessible")));
  p.set("EnhancedVpcRouting", flag(ctx.attribute("enhanced_vpc_routing")));
  p.set("LoggingProperties", logging(ctx));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::Redshift::Cluster", p.build(ctx.values().location())};
}

// Each `parameter { name, value }` block as a {ParameterName, ParameterValue} entry; a
// parameter set unknown as a whole stays unknown.
std::optional<Adapted> adapt_redshift_parameter_group(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("ParameterGroupName", ctx.attribute("name")).copy("ParameterGroupFamily", ctx.attribute("family"));
  p.set("Description", with_default(ctx, "description", Value::string("Managed by Terraform")));
  if (const Value* parameters = ctx.attribute("parameter"); parameters != nullptr && is_unknown(*parameters)) {
    p.set("Parameters", *parameters);
  } else if (parameters != nullptr) {
    Value::Array entries;
    for (const Value* block : blocks(&ctx.values(), "parameter")) {
      ObjectBuilder entry;
      entry.copy("ParameterName", attribute(block, "name")).set("ParameterValue", as_text(attribute(block, "value")));
      entries.push_back(entry.build(block->location()));
    }
    p.set("Parameters", Value::array(std::move(entries), parameters->location()));
  }
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::Redshift::ClusterParameterGroup", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
