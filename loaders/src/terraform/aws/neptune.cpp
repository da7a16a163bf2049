// Neptune: aws_neptune_cluster as AWS::Neptune::DBCluster and
// aws_neptune_cluster_instance as AWS::Neptune::DBInstance. Settings the provider's
// schema defaults (one day of backups, unencrypted storage, automatic minor upgrades
// on) are written out when the configuration leaves them
// out: for the instance's upgrades that decides the verdict, since CloudFormation's
// missing AutoMinorVersionUpgrade fails where Terraform's default is on.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/aws/settings.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

std::optional<Adapted> adapt_neptune_cluster(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("DBClusterIdentifier", ctx.attribute("cluster_identifier"))
      .copy("EngineVersion", ctx.attribute("engine_version"))
      .copy("DBSubnetGroupName", ctx.attribute("neptune_subnet_group_name"))
      .copy("AvailabilityZones", ctx.attribute("availability_zones"))
      .copy("Port", ctx.attribute("port"))
      .copy("KmsKeyId", ctx.attribute("kms_key_arn"));
  p.set("BackupRetentionPeriod", with_default(ctx, "backup_retention_period", Value::number("1")));
  p.set("StorageEncrypted", flag_with_default(ctx, "storage_encrypted", false));
  // No schema default: left out, the service's (off) applies, as in CloudFormation.
  p.set("IamAuthEnabled", flag(ctx.attribute("iam_database_authentication_enabled")));
  p.set("DeletionProtection", flag(ctx.attribute("deletion_protection")));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::Neptune::DBCluster", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_neptune_cluster_instance(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("DBClusterIdentifier", ctx.reference_or_value("cluster_identifier", "aws_neptune_cluster"));
  p.copy("DBInstanceIdentifier", ctx.attribute("identifier")).copy("DBInstanceClass", ctx.attribute("instance_class"));
  p.set("AutoMinorVersionUpgrade", flag_with_default(ctx, "auto_minor_version_upgrade", true));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::Neptune::DBInstance", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
