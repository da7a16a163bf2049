#include "sample_input.hpp"

#include <algorithm>

namespace infralint::reporters::testing {
namespace {

using model::Level;
using Kind = model::FindingKind;
using Source = model::SuppressionSource;
using State = model::Verdict::State;

model::RuleInfo rule(std::string id, std::string pack, std::string internal, Level level, std::string title) {
  model::RuleInfo r;
  r.id = std::move(id);
  r.pack = std::move(pack);
  r.rule = std::move(internal);
  r.level = level;
  r.title = std::move(title);
  return r;
}

std::vector<model::RuleInfo> sample_rules() {
  std::vector<model::RuleInfo> rules;

  auto s1 = rule("AwsSolutions-S1", "AwsSolutions", "aws-s3-bucket-no-access-logs", Level::Error,
                 "S3 bucket does not log server access");
  s1.message = "The S3 bucket does not record server access logs.";
  s1.what = "Flags an S3 bucket without a LoggingConfiguration naming a destination bucket.";
  s1.why = "Without access logs there is no record of who read or changed objects.";
  s1.fix_cfn = "LoggingConfiguration:\n  DestinationBucketName: !Ref AccessLogs";
  s1.fix_cdk = "new s3.Bucket(this, 'Data', { serverAccessLogsBucket: logs });";
  s1.resource_types = {"AWS::S3::Bucket"};
  rules.push_back(s1);

  auto iam5 = rule("AwsSolutions-IAM5", "AwsSolutions", "aws-iam-policy-wildcard-permissions", Level::Error,
                   "IAM policy grants wildcard actions or resources");
  iam5.message = "The IAM policy grants a wildcard permission.";
  iam5.what = "Flags each wildcard in an Action or Resource of an Allow statement.";
  iam5.why = "Wildcards grant more than the workload needs.";
  // A snippet holding a Markdown fence: the help must not let it close ours.
  iam5.fix_cfn = "Action:\n  - s3:GetObject  # not ```s3:*```";
  iam5.resource_types = {"AWS::IAM::Policy", "AWS::IAM::Role"};
  iam5.help_uri = "https://example.com/rules/iam5";
  rules.push_back(iam5);

  auto sqs3 = rule("AwsSolutions-SQS3", "AwsSolutions", "aws-sqs-queue-no-dead-letter-queue", Level::Error,
                   "SQS queue has no dead-letter queue");
  sqs3.resource_types = {"AWS::SQS::Queue"};
  rules.push_back(sqs3);

  auto versioning = rule("HIPAA.Security-S3BucketVersioningEnabled", "HIPAA.Security", "aws-s3-bucket-no-versioning",
                         Level::Warning, "S3 bucket does not keep object versions");
  versioning.what = "Flags an S3 bucket whose VersioningConfiguration is not Enabled.";
  versioning.resource_types = {"AWS::S3::Bucket"};
  rules.push_back(versioning);

  auto tracing = rule("Serverless-LambdaTracing", "Serverless", "aws-lambda-function-no-tracing", Level::Note,
                      "Lambda function does not trace requests");
  tracing.resource_types = {"AWS::Lambda::Function"};
  rules.push_back(tracing);

  std::sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return rules;
}

model::Finding finding(std::string rule_id, std::string pack, Level level, std::string file, std::uint32_t line,
                       std::uint32_t column, std::string stack, std::string resource_id, std::string type,
                       std::string message) {
  model::Finding f;
  f.rule_id = std::move(rule_id);
  f.pack = std::move(pack);
  f.level = level;
  f.file = std::move(file);
  f.line = line;
  f.column = column;
  f.stack = std::move(stack);
  f.resource_id = std::move(resource_id);
  f.resource_type = std::move(type);
  f.message = std::move(message);
  return f;
}

constexpr const char* kApp = "cdk.out/App.template.json";
constexpr const char* kHostile = "templates/my app #1/stack.yaml";
constexpr const char* kUnicode = "templates/donn\u00e9es.json";
constexpr const char* kHostileResource = "Evil\x1b[31mBucket";

std::vector<model::Finding> sample_findings() {
  std::vector<model::Finding> out;

  auto bucket = finding("AwsSolutions-S1", "AwsSolutions", Level::Error, kApp, 12, 7, "App", "Bucket83908E77",
                        "AWS::S3::Bucket", "The S3 bucket does not record server access logs.");
  bucket.construct_path = "App/Bucket/Resource";
  bucket.pointer = "/Resources/Bucket83908E77";
  bucket.fingerprint = "3f1c9a0b7d2e4f60";
  out.push_back(bucket);

  auto actions = finding("AwsSolutions-IAM5", "AwsSolutions", Level::Error, kApp, 40, 11, "App", "RolePolicy",
                         "AWS::IAM::Policy", "The IAM policy grants a wildcard permission: Action s3:*.");
  actions.construct_path = "App/Role/DefaultPolicy/Resource";
  actions.granular_id = "Action::s3:*";
  actions.pointer = "/Resources/RolePolicy/Properties/PolicyDocument/Statement/0/Action";
  actions.fingerprint = "8a41d0c2e9b37f15";
  out.push_back(actions);

  auto resources = actions;
  resources.line = 41;
  resources.granular_id = "Resource::*";
  resources.message = "The IAM policy grants a wildcard permission: Resource *.";
  resources.pointer = "/Resources/RolePolicy/Properties/PolicyDocument/Statement/0/Resource";
  resources.fingerprint = "c07b5e3a1f9d2468";
  out.push_back(resources);

  auto logs = actions;
  logs.line = 47;
  logs.granular_id = "Resource::arn:aws:s3:::logs/*";
  logs.message = "The IAM policy grants a wildcard permission: Resource arn:aws:s3:::logs/*.";
  logs.pointer = "/Resources/RolePolicy/Properties/PolicyDocument/Statement/1/Resource";
  logs.suppression = model::Suppression{Source::CdkNagMetadata, "The log prefix belongs to this stack & <nobody> else"};
  logs.fingerprint = "5d9e02b4a7c1f386";
  out.push_back(logs);

  // Unknown position: reporters must still produce a valid location.
  auto tracing = finding("Serverless-LambdaTracing", "Serverless", Level::Note, kApp, 0, 0, "App", "Handler886CB40B",
                         "AWS::Lambda::Function", "the rule failed: bad_variant_access");
  tracing.kind = Kind::EvaluationError;
  tracing.construct_path = "App/Handler/Resource";
  tracing.pointer = "/Resources/Handler886CB40B";
  tracing.fingerprint = "e6a3f1097b2c4d58";
  out.push_back(tracing);

  auto evil = finding("AwsSolutions-S1", "AwsSolutions", Level::Error, kHostile, 5, 3, "evil", kHostileResource,
                      "AWS::S3::Bucket",
                      "bucket \x1b[2J\x1b[0m cleared\n::error file=x,line=1::pwned & <b>\"quoted\"</b> 'single'\r\n"
                      "src/app.ts:1:1: error[AwsSolutions-S1] forged line");
  evil.pointer = "/Resources/Evil\x1b[31mBucket";
  evil.fingerprint = "0b7f3c5e9a1d2648";
  out.push_back(evil);

  auto undecided = finding("HIPAA.Security-S3BucketVersioningEnabled", "HIPAA.Security", Level::Warning, kHostile, 5, 3,
                           "evil", kHostileResource, "AWS::S3::Bucket",
                           "VersioningConfiguration is \xff\xfe{Fn::ImportValue} \xc3( \u202eexe.txt\u202c\ttab");
  undecided.kind = Kind::Unresolved;
  undecided.pointer = "/Resources/Evil\x1b[31mBucket/Properties/VersioningConfiguration";
  undecided.fingerprint = "71c4e8a2f05b9d36";
  out.push_back(undecided);

  auto baselined = finding("AwsSolutions-S1", "AwsSolutions", Level::Error, kUnicode, 3, 5, "donn\u00e9es", "Logs",
                           "AWS::S3::Bucket", "The S3 bucket does not record server access logs.");
  baselined.pointer = "/Resources/Logs";
  baselined.suppression = model::Suppression{Source::Baseline, "in the baseline"};
  baselined.fingerprint = "a29f6b1d3c8e0574";
  out.push_back(baselined);

  std::stable_sort(out.begin(), out.end(), model::finding_order);
  return out;
}

model::Verdict verdict(std::string rule_id, std::string pack, std::string stack, std::string resource_id,
                       std::string type, std::string file, State state, std::string reason = {}) {
  model::Verdict v;
  v.rule_id = std::move(rule_id);
  v.pack = std::move(pack);
  v.stack = std::move(stack);
  v.resource_id = std::move(resource_id);
  v.resource_type = std::move(type);
  v.file = std::move(file);
  v.state = state;
  v.reason = std::move(reason);
  return v;
}

std::vector<model::Verdict> sample_verdicts() {
  return {
      verdict("AwsSolutions-S1", "AwsSolutions", "App", "Bucket83908E77", "AWS::S3::Bucket", kApp, State::NonCompliant,
              "The S3 bucket does not record server access logs."),
      verdict("AwsSolutions-S1", "AwsSolutions", "App", "AccessLogs", "AWS::S3::Bucket", kApp, State::Compliant),
      verdict("AwsSolutions-S1", "AwsSolutions", "evil", kHostileResource, "AWS::S3::Bucket", kHostile,
              State::NonCompliant, "bucket"),
      verdict("AwsSolutions-S1", "AwsSolutions", "donn\u00e9es", "Logs", "AWS::S3::Bucket", kUnicode, State::Suppressed,
              "in the baseline"),
      verdict("AwsSolutions-IAM5", "AwsSolutions", "App", "RolePolicy", "AWS::IAM::Policy", kApp, State::NonCompliant),
      verdict("AwsSolutions-IAM5", "AwsSolutions", "App", "ReadOnlyPolicy", "AWS::IAM::Policy", kApp, State::Compliant),
      verdict("AwsSolutions-SQS3", "AwsSolutions", "App", "Queue4A7E3555", "AWS::SQS::Queue", kApp, State::Compliant),
      // A dead-letter queue is itself exempt: cdk-nag's N/A. Not a test case.
      verdict("AwsSolutions-SQS3", "AwsSolutions", "App", "DeadLetterQueue", "AWS::SQS::Queue", kApp,
              State::NotApplicable),
      verdict("HIPAA.Security-S3BucketVersioningEnabled", "HIPAA.Security", "App", "Bucket83908E77", "AWS::S3::Bucket",
              kApp, State::Compliant),
      verdict("HIPAA.Security-S3BucketVersioningEnabled", "HIPAA.Security", "evil", kHostileResource, "AWS::S3::Bucket",
              kHostile, State::Unresolved),
      verdict("Serverless-LambdaTracing", "Serverless", "App", "Handler886CB40B", "AWS::Lambda::Function", kApp,
              State::Error),
  };
}

}  // namespace

Sample sample() {
  Sample s;
  s.rules = sample_rules();
  s.findings = sample_findings();
  s.verdicts = sample_verdicts();
  s.summary.tool_version = "0.1.0";
  s.summary.files = 4;
  s.summary.stacks = 3;
  s.summary.resources = 17;
  s.summary.rules_run = s.rules.size();
  s.summary.diagnostics = {
      {model::Diagnostic::Severity::Error, "::error file=broken.json::x.json", 0, 0,
       "not a JSON document\n::error::forged diagnostic"},
      {model::Diagnostic::Severity::Error, "templates/broken.yaml", 3, 1, "expected a mapping value <here>"},
      {model::Diagnostic::Severity::Warning, "templates/notes.txt.json", 0, 0,
       "not a CloudFormation template; skipped"},
  };
  return s;
}

Sample timed_sample() {
  Sample s = sample();
  s.summary.timings = {{"discover", 1.25}, {"parse", 10.5}, {"graph", 2.0}, {"evaluate", 30.125}, {"report", 0.5}};
  return s;
}

Sample clean_sample() {
  Sample s;
  s.rules = {rule("AwsSolutions-S1", "AwsSolutions", "aws-s3-bucket-no-access-logs", Level::Error,
                  "S3 bucket does not log server access")};
  s.verdicts = {
      verdict("AwsSolutions-S1", "AwsSolutions", "Clean", "Bucket", "AWS::S3::Bucket", "clean.yaml", State::Compliant)};
  s.summary.tool_version = "0.1.0";
  s.summary.files = 1;
  s.summary.stacks = 1;
  s.summary.resources = 1;
  s.summary.rules_run = 1;
  return s;
}

}  // namespace infralint::reporters::testing
