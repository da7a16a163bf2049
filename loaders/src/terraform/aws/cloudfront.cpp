// CloudFront: aws_cloudfront_distribution as AWS::CloudFront::Distribution, whose
// settings CloudFormation nests under DistributionConfig: logging, geographic
// restrictions, the web ACL, origins (S3 and custom) and the viewer certificate.
#include "terraform/adapter.hpp"
#include "terraform/aws/block_fields.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

Value logging(const AdapterContext& ctx) {
  const Value* block = single_block(&ctx.values(), "logging_config");
  if (block == nullptr) return Value();
  return ObjectBuilder()
      .copy("Bucket", field(block, "bucket"))
      .copy("IncludeCookies", field(block, "include_cookies"))
      .copy("Prefix", unless_empty(field(block, "prefix")))
      .build(block->location());
}

Value restrictions(const AdapterContext& ctx) {
  const Value* block = single_block(&ctx.values(), "restrictions");
  if (block == nullptr) return Value();
  const Value* geo = is_unknown(*block) ? block : single_block(block, "geo_restriction");
  ObjectBuilder out;
  if (geo != nullptr) {
    out.set("GeoRestriction", ObjectBuilder()
                                  .copy("RestrictionType", field(geo, "restriction_type"))
                                  .copy("Locations", field(geo, "locations"))
                                  .build(geo->location()));
  }
  return out.build(block->location());
}

Value origin(const Value& block) {
  ObjectBuilder out;
  out.copy("Id", field(&block, "origin_id"))
      .copy("DomainName", field(&block, "domain_name"))
      .copy("OriginPath", unless_empty(field(&block, "origin_path")))
      .copy("OriginAccessControlId", field(&block, "origin_access_control_id"));
  if (const Value* s3 = is_unknown(block) ? nullptr : single_block(&block, "s3_origin_config"))
    out.set("S3OriginConfig",
            ObjectBuilder().copy("OriginAccessIdentity", field(s3, "origin_access_identity")).build(s3->location()));
  const Value* custom = is_unknown(block) ? &block : single_block(&block, "custom_origin_config");
  if (custom != nullptr) {
    out.set("CustomOriginConfig", ObjectBuilder()
                                      .copy("HTTPPort", field(custom, "http_port"))
                                      .copy("HTTPSPort", field(custom, "https_port"))
                                      .copy("OriginProtocolPolicy", field(custom, "origin_protocol_policy"))
                                      .copy("OriginSSLProtocols", field(custom, "origin_ssl_protocols"))
                                      .build(custom->location()));
  }
  return out.build(block.location());
}

// origin blocks; an unknown list of them stays unknown (the rules loop over Origins
// and cannot loop over an unknown).
Value origins(const AdapterContext& ctx) {
  const Value* list = ctx.attribute("origin");
  if (list == nullptr) return Value();
  if (is_unknown(*list)) return *list;
  Value::Array out;
  if (list->is_array()) {
    for (const Value& block : list->items())
      if (block.is_object()) out.push_back(origin(block));
  } else if (list->is_object()) {
    out.push_back(origin(*list));
  }
  if (out.empty()) return Value();
  return Value::array(std::move(out), list->location());
}

// minimum_protocol_version left out is the provider's documented default "TLSv1";
// empty strings (a plan's unset ssl_support_method, certificate ids) are left out.
Value viewer_certificate(const AdapterContext& ctx) {
  const Value* block = single_block(&ctx.values(), "viewer_certificate");
  if (block == nullptr) return Value();
  ObjectBuilder out;
  out.copy("AcmCertificateArn", unless_empty(field(block, "acm_certificate_arn")))
      .copy("IamCertificateId", unless_empty(field(block, "iam_certificate_id")))
      .copy("CloudFrontDefaultCertificate", field(block, "cloudfront_default_certificate"))
      .copy("SslSupportMethod", unless_empty(field(block, "ssl_support_method")));
  if (const Value* minimum = unless_empty(field(block, "minimum_protocol_version"))) {
    out.copy("MinimumProtocolVersion", minimum);
  } else {
    Value tls1 = Value::string("TLSv1", block->location());
    tls1.set_origin(model::Origin::Defaulted);
    out.set("MinimumProtocolVersion", std::move(tls1));
  }
  return out.build(block->location());
}

Value cache_behavior(const Value& block) {
  return ObjectBuilder()
      .copy("PathPattern", field(&block, "path_pattern"))
      .copy("TargetOriginId", field(&block, "target_origin_id"))
      .copy("ViewerProtocolPolicy", field(&block, "viewer_protocol_policy"))
      .build(block.location());
}

}  // namespace

std::optional<Adapted> adapt_cloudfront_distribution(const AdapterContext& ctx) {
  ObjectBuilder config;
  config.copy("Enabled", ctx.attribute("enabled"))
      .copy("Comment", unless_empty(ctx.attribute("comment")))
      .copy("Aliases", ctx.attribute("aliases"))
      .copy("DefaultRootObject", unless_empty(ctx.attribute("default_root_object")))
      .copy("HttpVersion", ctx.attribute("http_version"))
      .copy("PriceClass", ctx.attribute("price_class"))
      .copy("WebACLId", unless_empty(ctx.attribute("web_acl_id")));
  config.set("Logging", logging(ctx));
  config.set("Restrictions", restrictions(ctx));
  config.set("Origins", origins(ctx));
  config.set("ViewerCertificate", viewer_certificate(ctx));
  if (const Value* behavior = single_block(&ctx.values(), "default_cache_behavior"))
    config.set("DefaultCacheBehavior", cache_behavior(*behavior));
  Value::Array ordered;
  for (const Value* behavior : blocks(&ctx.values(), "ordered_cache_behavior")) ordered.push_back(cache_behavior(*behavior));
  if (!ordered.empty()) config.set("CacheBehaviors", Value::array(std::move(ordered), ctx.location()));

  ObjectBuilder p;
  p.set("DistributionConfig", config.build(ctx.values().location()));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::CloudFront::Distribution", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
