// Glue: aws_glue_crawler and aws_glue_job name a security configuration;
// aws_glue_security_configuration becomes the AWS::Glue::SecurityConfiguration GL1
// and GL3 look up beside them (by address when the name is a reference, else by Name).
#include "terraform/adapter.hpp"
#include "terraform/aws/blocks.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

constexpr std::string_view kConfiguration = "aws_glue_security_configuration";

// The name as a Ref when it refers to a configuration of the file, else as written.
Value security_configuration(const AdapterContext& ctx) {
  return ctx.reference_or_value("security_configuration", kConfiguration);
}

Value encryption_configuration(const Value* holder) {
  static constexpr std::string_view kName = "encryption_configuration";
  // Unknown as a whole: both modes the rules read are unknown.
  if (const Value* unknown = unknown_block(holder, kName)) {
    const model::Location at = unknown->location();
    return ObjectBuilder()
        .set("CloudWatchEncryption", unknown_fields({"CloudWatchEncryptionMode"}, at))
        .set("JobBookmarksEncryption", unknown_fields({"JobBookmarksEncryptionMode"}, at))
        .build(at);
  }
  const Value* config = first_block(holder, kName);
  if (config == nullptr) return Value();
  ObjectBuilder out;
  out.set("CloudWatchEncryption",
          map_block(config, "cloudwatch_encryption",
                    {{"CloudWatchEncryptionMode", "cloudwatch_encryption_mode"}, {"KmsKeyArn", "kms_key_arn"}},
                    {"CloudWatchEncryptionMode"}));
  out.set("JobBookmarksEncryption",
          map_block(config, "job_bookmarks_encryption",
                    {{"JobBookmarksEncryptionMode", "job_bookmarks_encryption_mode"}, {"KmsKeyArn", "kms_key_arn"}},
                    {"JobBookmarksEncryptionMode"}));
  const Value s3 = map_block(config, "s3_encryption",
                             {{"S3EncryptionMode", "s3_encryption_mode"}, {"KmsKeyArn", "kms_key_arn"}},
                             {"S3EncryptionMode"});
  if (!s3.is_null()) out.set("S3Encryptions", Value::array({s3}, s3.location()));
  return out.build(config->location());
}

}  // namespace

std::optional<Adapted> adapt_glue_crawler(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Name", ctx.attribute("name")).copy("Role", ctx.attribute("role")).copy("DatabaseName", ctx.attribute("database_name"));
  p.set("CrawlerSecurityConfiguration", security_configuration(ctx));
  return Adapted{"AWS::Glue::Crawler", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_glue_job(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Name", ctx.attribute("name")).copy("Role", ctx.attribute("role_arn")).copy("GlueVersion", ctx.attribute("glue_version"));
  p.set("SecurityConfiguration", security_configuration(ctx));
  return Adapted{"AWS::Glue::Job", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_glue_security_configuration(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Name", ctx.attribute("name"));
  p.set("EncryptionConfiguration", encryption_configuration(&ctx.values()));
  return Adapted{"AWS::Glue::SecurityConfiguration", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
