// cdk-nag's AwsSolutions pack (packs/aws-solutions.ts of cdk-nag 2.38.2), in the
// pack's own order. Public ids and levels are cdk-nag's byte for byte, so existing
// suppressions keep working; the messages are ours.
#include <array>

#include "src/packs.hpp"

namespace infralint::rules::packs {

namespace {

using model::Level;
using model::PackEntry;

constexpr std::string_view kPack = "AwsSolutions";

constexpr std::array kEntries = {
    PackEntry{kPack, "AwsSolutions-EC23", "aws-ec2-security-group-open-ingress", Level::Error,
              "Security group admits inbound traffic from 0.0.0.0/0 or ::/0"},
    PackEntry{kPack, "AwsSolutions-EC26", "aws-ec2-ebs-volume-unencrypted", Level::Error,
              "EBS storage is not encrypted"},
    PackEntry{kPack, "AwsSolutions-S1", "aws-s3-bucket-no-server-access-logs", Level::Error,
              "S3 bucket does not record server access logs"},
    PackEntry{kPack, "AwsSolutions-S2", "aws-s3-bucket-public-access-not-blocked", Level::Error,
              "S3 bucket's public access block does not block every kind of public access"},
    PackEntry{kPack, "AwsSolutions-S10", "aws-s3-bucket-insecure-transport-allowed", Level::Error,
              "S3 bucket does not refuse requests made without TLS"},
    PackEntry{kPack, "AwsSolutions-RDS2", "aws-rds-storage-unencrypted", Level::Error,
              "RDS database storage is not encrypted"},
    PackEntry{kPack, "AwsSolutions-RDS10", "aws-rds-deletion-protection-disabled", Level::Error,
              "RDS database has no deletion protection"},
    PackEntry{kPack, "AwsSolutions-RDS11", "aws-rds-default-port", Level::Error,
              "RDS database listens on its engine's default port"},
    PackEntry{kPack, "AwsSolutions-DDB3", "aws-dynamodb-table-no-point-in-time-recovery", Level::Warning,
              "DynamoDB table cannot be restored to a point in time"},
    PackEntry{kPack, "AwsSolutions-VPC7", "aws-ec2-vpc-no-flow-logs", Level::Error,
              "VPC traffic is not recorded by a flow log"},
    PackEntry{kPack, "AwsSolutions-IAM4", "aws-iam-aws-managed-policy-attached", Level::Error,
              "IAM identity relies on an AWS managed policy"},
    PackEntry{kPack, "AwsSolutions-IAM5", "aws-iam-wildcard-permissions", Level::Error,
              "IAM policy allows a wildcard action or resource"},
    PackEntry{kPack, "AwsSolutions-KMS5", "aws-kms-key-rotation-disabled", Level::Error,
              "Symmetric KMS key does not rotate its key material"},
    PackEntry{kPack, "AwsSolutions-SMG4", "aws-secretsmanager-secret-no-rotation", Level::Error,
              "Secret has no automatic rotation"},
    PackEntry{kPack, "AwsSolutions-SNS3", "aws-sns-topic-insecure-publish-allowed", Level::Error,
              "SNS topic does not refuse publishing without TLS"},
    PackEntry{kPack, "AwsSolutions-SQS3", "aws-sqs-queue-no-dead-letter-queue", Level::Error,
              "SQS queue has no dead-letter queue"},
    PackEntry{kPack, "AwsSolutions-SQS4", "aws-sqs-queue-insecure-transport-allowed", Level::Error,
              "SQS queue does not refuse requests made without TLS"},
    PackEntry{kPack, "AwsSolutions-L1", "aws-lambda-function-outdated-runtime", Level::Error,
              "Lambda function runs an older runtime than its language's latest"},
};

}  // namespace

std::span<const model::PackEntry> aws_solutions() { return kEntries; }

}  // namespace infralint::rules::packs
