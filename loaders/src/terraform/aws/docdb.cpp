// DocumentDB: aws_docdb_cluster as AWS::DocDB::DBCluster. Where the provider fills a
// setting the configuration leaves out (port 27017, one day of backups, unencrypted
// storage: the schema's Defaults), the adapter writes that default, so a finding names
// the value the cluster will really get.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/aws/settings.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

std::optional<Adapted> adapt_docdb_cluster(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("DBClusterIdentifier", ctx.attribute("cluster_identifier"))
      .copy("EngineVersion", ctx.attribute("engine_version"))
      .copy("DBSubnetGroupName", ctx.attribute("db_subnet_group_name"))
      .copy("DBClusterParameterGroupName", ctx.attribute("db_cluster_parameter_group_name"))
      .copy("KmsKeyId", ctx.attribute("kms_key_id"));
  p.set("Port", with_default(ctx, "port", Value::number("27017")));
  p.set("BackupRetentionPeriod", with_default(ctx, "backup_retention_period", Value::number("1")));
  p.set("StorageEncrypted", flag_with_default(ctx, "storage_encrypted", false));
  // Terraform has no dynamic references: a password from Secrets Manager arrives
  // through a data source (unknown in *.tf.json) or as plain text in a plan, and
  // manage_master_user_password leaves both out, as CloudFormation's
  // ManageMasterUserPassword does.
  p.copy("MasterUsername", ctx.attribute("master_username"))
      .copy("MasterUserPassword", ctx.attribute("master_password"))
      .set("ManageMasterUserPassword", flag(ctx.attribute("manage_master_user_password")));
  p.copy("EnableCloudwatchLogsExports", ctx.attribute("enabled_cloudwatch_logs_exports"));
  p.set("DeletionProtection", flag(ctx.attribute("deletion_protection")));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::DocDB::DBCluster", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
