// RDS: aws_db_instance and aws_rds_cluster_instance as AWS::RDS::DBInstance,
// aws_rds_cluster as AWS::RDS::DBCluster, and the EC2-Classic aws_db_security_group
// (provider v4 and earlier) as AWS::RDS::DBSecurityGroup with its inline ingress.
// Terraform has no resource for AWS::RDS::DBSecurityGroupIngress.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/aws/settings.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// Providers before v5 default a cluster's (and a cluster instance's) engine to
// "aurora"; from v5 on it is required. So an engine left out can only mean Aurora.
Value engine_or_aurora(const AdapterContext& ctx) { return with_default(ctx, "engine", Value::string("aurora")); }

// The settings instances of both kinds share.
void instance_settings(const AdapterContext& ctx, ObjectBuilder& p) {
  p.copy("DBInstanceIdentifier", ctx.attribute("identifier"))
      .copy("DBInstanceClass", ctx.attribute("instance_class"))
      .copy("EngineVersion", ctx.attribute("engine_version"))
      .copy("DBSubnetGroupName", ctx.attribute("db_subnet_group_name"))
      .set("PubliclyAccessible", flag(ctx.attribute("publicly_accessible")))
      .set("AutoMinorVersionUpgrade", flag(ctx.attribute("auto_minor_version_upgrade")));
}

}  // namespace

std::optional<Adapted> adapt_db_instance(const AdapterContext& ctx) {
  ObjectBuilder p;
  // An instance restored from a snapshot or replicating another may leave its engine
  // out, as CloudFormation's may; the engine is then unknown to the rules, as there.
  p.copy("Engine", ctx.attribute("engine"));
  instance_settings(ctx, p);
  p.copy("Port", ctx.attribute("port"))
      .copy("AllocatedStorage", ctx.attribute("allocated_storage"))
      .copy("KmsKeyId", ctx.attribute("kms_key_id"))
      .copy("MasterUsername", ctx.attribute("username"))
      .copy("SourceDBInstanceIdentifier", ctx.attribute("replicate_source_db"))
      .copy("DBSnapshotIdentifier", ctx.attribute("snapshot_identifier"))
      .copy("BackupRetentionPeriod", ctx.attribute("backup_retention_period"));
  // storage_encrypted, multi_az and deletion_protection left out are off, which the
  // rules judge as they judge a missing property: no default needs writing.
  p.set("StorageEncrypted", flag(ctx.attribute("storage_encrypted")))
      .set("MultiAZ", flag(ctx.attribute("multi_az")))
      .set("DeletionProtection", flag(ctx.attribute("deletion_protection")))
      .set("EnableIAMDatabaseAuthentication", flag(ctx.attribute("iam_database_authentication_enabled")));
  p.copy("EnableCloudwatchLogsExports", ctx.attribute("enabled_cloudwatch_logs_exports"));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::RDS::DBInstance", p.build(ctx.values().location())};
}

// An instance of an Aurora cluster: storage, backups and failover belong to the
// cluster, so like CloudFormation's DBInstance with DBClusterIdentifier it carries
// little more than its engine, which the instance rules exempt.
std::optional<Adapted> adapt_rds_cluster_instance(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("Engine", engine_or_aurora(ctx));
  p.set("DBClusterIdentifier", ctx.reference_or_value("cluster_identifier", "aws_rds_cluster"));
  instance_settings(ctx, p);
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::RDS::DBInstance", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_rds_cluster(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("Engine", engine_or_aurora(ctx));
  p.copy("EngineMode", ctx.attribute("engine_mode"))
      .copy("EngineVersion", ctx.attribute("engine_version"))
      .copy("DBClusterIdentifier", ctx.attribute("cluster_identifier"))
      .copy("DBSubnetGroupName", ctx.attribute("db_subnet_group_name"))
      .copy("Port", ctx.attribute("port"))
      .copy("KmsKeyId", ctx.attribute("kms_key_id"))
      .copy("MasterUsername", ctx.attribute("master_username"))
      .copy("BackupRetentionPeriod", ctx.attribute("backup_retention_period"))
      .copy("BacktrackWindow", ctx.attribute("backtrack_window"))
      .copy("EnableCloudwatchLogsExports", ctx.attribute("enabled_cloudwatch_logs_exports"));
  p.set("StorageEncrypted", flag(ctx.attribute("storage_encrypted")))
      .set("DeletionProtection", flag(ctx.attribute("deletion_protection")))
      .set("EnableIAMDatabaseAuthentication", flag(ctx.attribute("iam_database_authentication_enabled")));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::RDS::DBCluster", p.build(ctx.values().location())};
}

// One CloudFormation ingress entry per `ingress` block: a CIDR range, or an EC2
// security group by name, id and owner.
std::optional<Adapted> adapt_db_security_group(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("GroupDescription", with_default(ctx, "description", Value::string("Managed by Terraform")));
  if (const Value* ingress = ctx.attribute("ingress"); ingress != nullptr && is_unknown(*ingress)) {
    p.set("DBSecurityGroupIngress", *ingress);
  } else if (ingress != nullptr) {
    Value::Array entries;
    for (const Value* block : blocks(&ctx.values(), "ingress")) {
      ObjectBuilder entry;
      entry.copy("CIDRIP", attribute(block, "cidr"))
          .copy("EC2SecurityGroupId", attribute(block, "security_group_id"))
          .copy("EC2SecurityGroupName", attribute(block, "security_group_name"))
          .copy("EC2SecurityGroupOwnerId", attribute(block, "security_group_owner_id"));
      entries.push_back(entry.build(block->location()));
    }
    p.set("DBSecurityGroupIngress", Value::array(std::move(entries), ingress->location()));
  }
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::RDS::DBSecurityGroup", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
