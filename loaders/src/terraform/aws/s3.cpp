// S3: aws_s3_bucket with the satellites Terraform splits out of it (logging,
// versioning, encryption, public access block, website, lifecycle, replication)
// folded back into AWS::S3::Bucket, and aws_s3_bucket_policy as AWS::S3::BucketPolicy.
// A satellite configures the bucket its `bucket` refers to, or whose name it spells.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/policy_json.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// The satellite of one type configuring this bucket; the last one wins, as the last
// apply would.
const TerraformResource* satellite(const AdapterContext& ctx, std::string_view type) {
  auto found = ctx.satellites(type, "bucket", "bucket");
  return found.empty() ? nullptr : found.back();
}

Value logging(const Value* block) {
  if (block == nullptr) return Value();
  ObjectBuilder out;
  out.copy("DestinationBucketName", attribute(block, "target_bucket")).copy("LogFilePrefix", attribute(block, "target_prefix"));
  return out.build(block->location());
}

// versioning_configuration.status (Enabled, Suspended, Disabled) or the legacy
// versioning.enabled flag; "never enabled" is CloudFormation's absent property.
Value versioning(const AdapterContext& ctx) {
  if (const TerraformResource* s = satellite(ctx, "aws_s3_bucket_versioning")) {
    const Value* status = attribute(first_block(&s->values, "versioning_configuration"), "status");
    if (status == nullptr || (status->is_string() && status->as_string() == "Disabled")) return Value();
    ObjectBuilder out;
    return out.copy("Status", status).build(status->location());
  }
  const Value* enabled = attribute(first_block(&ctx.values(), "versioning"), "enabled");
  if (enabled == nullptr) return Value();
  ObjectBuilder out;
  if (enabled->is_bool()) {
    if (!enabled->as_bool()) return Value();
    out.set("Status", Value::string("Enabled", enabled->location()));
  } else {
    out.copy("Status", enabled);  // unknown stays unknown
  }
  return out.build(enabled->location());
}

// server_side_encryption_configuration's rules, in the satellite or the legacy block.
Value encryption(const AdapterContext& ctx) {
  const Value* holder = nullptr;
  if (const TerraformResource* s = satellite(ctx, "aws_s3_bucket_server_side_encryption_configuration")) {
    holder = &s->values;
  } else {
    holder = first_block(&ctx.values(), "server_side_encryption_configuration");
  }
  if (holder == nullptr) return Value();
  Value::Array rules;
  for (const Value* rule : blocks(holder, "rule")) {
    const Value* by_default = first_block(rule, "apply_server_side_encryption_by_default");
    ObjectBuilder sse;
    sse.copy("SSEAlgorithm", attribute(by_default, "sse_algorithm"))
        .copy("KMSMasterKeyID", attribute(by_default, "kms_master_key_id"));
    ObjectBuilder out;
    if (by_default != nullptr) out.set("ServerSideEncryptionByDefault", sse.build(by_default->location()));
    out.copy("BucketKeyEnabled", attribute(rule, "bucket_key_enabled"));
    rules.push_back(out.build(rule->location()));
  }
  if (rules.empty()) return Value();
  ObjectBuilder out;
  return out.set("ServerSideEncryptionConfiguration", Value::array(std::move(rules), holder->location()))
      .build(holder->location());
}

// The four switches; Terraform's default for one left out is false.
Value public_access_block(const AdapterContext& ctx) {
  const TerraformResource* s = satellite(ctx, "aws_s3_bucket_public_access_block");
  if (s == nullptr) return Value();
  ObjectBuilder out;
  static constexpr std::pair<std::string_view, std::string_view> kSwitches[] = {
      {"BlockPublicAcls", "block_public_acls"},
      {"BlockPublicPolicy", "block_public_policy"},
      {"IgnorePublicAcls", "ignore_public_acls"},
      {"RestrictPublicBuckets", "restrict_public_buckets"}};
  for (const auto& [cfn, tf] : kSwitches) {
    if (const Value* v = attribute(&s->values, tf)) {
      out.copy(std::string(cfn), v);
    } else {
      Value off = Value::boolean(false, s->type_location);
      off.set_origin(model::Origin::Defaulted);
      out.set(std::string(cfn), std::move(off));
    }
  }
  return out.build(s->type_location);
}

Value website(const AdapterContext& ctx) {
  const Value* holder = nullptr;
  const Value* index = nullptr;
  const Value* error = nullptr;
  const Value* redirect = nullptr;
  if (const TerraformResource* s = satellite(ctx, "aws_s3_bucket_website_configuration")) {
    holder = &s->values;
    index = attribute(first_block(holder, "index_document"), "suffix");
    error = attribute(first_block(holder, "error_document"), "key");
    redirect = attribute(first_block(holder, "redirect_all_requests_to"), "host_name");
  } else if ((holder = first_block(&ctx.values(), "website")) != nullptr) {
    index = attribute(holder, "index_document");
    error = attribute(holder, "error_document");
    redirect = attribute(holder, "redirect_all_requests_to");
  }
  if (holder == nullptr) return Value();
  ObjectBuilder out;
  out.copy("IndexDocument", index).copy("ErrorDocument", error);
  if (redirect != nullptr) out.set("RedirectAllRequestsTo", ObjectBuilder().copy("HostName", redirect).build(redirect->location()));
  return out.build(holder->location());
}

// Lifecycle rules: id, status and the expirations rules look at.
Value lifecycle(const AdapterContext& ctx) {
  Value::Array rules;
  const Value* holder = nullptr;
  if (const TerraformResource* s = satellite(ctx, "aws_s3_bucket_lifecycle_configuration")) {
    holder = &s->values;
    for (const Value* rule : blocks(holder, "rule")) {
      ObjectBuilder r;
      r.copy("Id", attribute(rule, "id")).copy("Status", attribute(rule, "status"));
      r.copy("ExpirationInDays", attribute(first_block(rule, "expiration"), "days"));
      r.copy("NoncurrentVersionExpirationInDays", attribute(first_block(rule, "noncurrent_version_expiration"), "noncurrent_days"));
      rules.push_back(r.build(rule->location()));
    }
  } else {
    holder = &ctx.values();
    for (const Value* rule : blocks(holder, "lifecycle_rule")) {
      ObjectBuilder r;
      r.copy("Id", attribute(rule, "id")).copy("Prefix", attribute(rule, "prefix"));
      if (const Value* enabled = attribute(rule, "enabled"); enabled != nullptr && enabled->is_bool())
        r.set("Status", Value::string(enabled->as_bool() ? "Enabled" : "Disabled", enabled->location()));
      r.copy("ExpirationInDays", attribute(first_block(rule, "expiration"), "days"));
      rules.push_back(r.build(rule->location()));
    }
  }
  if (rules.empty()) return Value();
  return ObjectBuilder().set("Rules", Value::array(std::move(rules), holder->location())).build(holder->location());
}

Value replication(const AdapterContext& ctx) {
  const Value* holder = nullptr;
  std::string_view rules_name = "rule";
  if (const TerraformResource* s = satellite(ctx, "aws_s3_bucket_replication_configuration")) {
    holder = &s->values;
  } else {
    holder = first_block(&ctx.values(), "replication_configuration");
    rules_name = "rules";
  }
  if (holder == nullptr) return Value();
  Value::Array rules;
  for (const Value* rule : blocks(holder, rules_name)) {
    ObjectBuilder r;
    r.copy("Id", attribute(rule, "id")).copy("Status", attribute(rule, "status")).copy("Priority", attribute(rule, "priority"));
    if (const Value* destination = first_block(rule, "destination"))
      r.set("Destination", ObjectBuilder().copy("Bucket", attribute(destination, "bucket")).build(destination->location()));
    rules.push_back(r.build(rule->location()));
  }
  ObjectBuilder out;
  out.copy("Role", attribute(holder, "role")).set("Rules", Value::array(std::move(rules), holder->location()));
  return out.build(holder->location());
}

}  // namespace

std::optional<Adapted> adapt_s3_bucket(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("BucketName", ctx.attribute("bucket"));
  const TerraformResource* logs = satellite(ctx, "aws_s3_bucket_logging");
  p.set("LoggingConfiguration", logging(logs ? &logs->values : first_block(&ctx.values(), "logging")));
  p.set("VersioningConfiguration", versioning(ctx));
  p.set("BucketEncryption", encryption(ctx));
  p.set("PublicAccessBlockConfiguration", public_access_block(ctx));
  p.set("WebsiteConfiguration", website(ctx));
  p.set("LifecycleConfiguration", lifecycle(ctx));
  p.set("ReplicationConfiguration", replication(ctx));
  p.copy("ObjectLockEnabled", ctx.attribute("object_lock_enabled"));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::S3::Bucket", p.build(ctx.values().location())};
}

// The policy's Bucket is a Ref to the bucket of this file it configures (so rules
// match it by address), else the name as written.
std::optional<Adapted> adapt_s3_bucket_policy(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("Bucket", ctx.reference_or_value("bucket", "aws_s3_bucket"));
  if (std::optional<Value> document = parse_policy(ctx.attribute("policy"))) p.set("PolicyDocument", std::move(*document));
  return Adapted{"AWS::S3::BucketPolicy", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
