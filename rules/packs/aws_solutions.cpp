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
    // PORT AwsSolutions-EB1 Level::Error (cdk-nag rule ElasticBeanstalkVPCSpecified)
    // PORT AwsSolutions-EB3 Level::Error (cdk-nag rule ElasticBeanstalkManagedUpdatesEnabled)
    // PORT AwsSolutions-EB4 Level::Warning (cdk-nag rule ElasticBeanstalkEC2InstanceLogsToS3)
    PackEntry{kPack, "AwsSolutions-EC23", "aws-ec2-security-group-open-ingress", Level::Error,
              "Security group admits inbound traffic from 0.0.0.0/0 or ::/0"},
    PackEntry{kPack, "AwsSolutions-EC26", "aws-ec2-ebs-volume-unencrypted", Level::Error,
              "EBS storage is not encrypted"},
    // PORT AwsSolutions-EC27 Level::Error (cdk-nag rule EC2SecurityGroupDescription)
    // PORT AwsSolutions-EC28 Level::Error (cdk-nag rule EC2InstanceDetailedMonitoringEnabled)
    // PORT AwsSolutions-EC29 Level::Error (cdk-nag rule EC2InstanceTerminationProtection)
    // PORT AwsSolutions-ECR1 Level::Error (cdk-nag rule ECROpenAccess)
    // PORT AwsSolutions-ECS2 Level::Error (cdk-nag rule ECSTaskDefinitionNoEnvironmentVariables)
    // PORT AwsSolutions-ECS4 Level::Error (cdk-nag rule ECSClusterCloudWatchContainerInsights)
    // PORT AwsSolutions-ECS7 Level::Error (cdk-nag rule ECSTaskDefinitionContainerLogging)
    // PORT AwsSolutions-EKS1 Level::Error (cdk-nag rule EKSClusterNoEndpointPublicAccess)
    // PORT AwsSolutions-EKS2 Level::Error (cdk-nag rule EKSClusterControlPlaneLogs)
    // PORT AwsSolutions-ELB1 Level::Error (cdk-nag rule CLBNoInboundHttpHttps)
    // PORT AwsSolutions-ELB2 Level::Error (cdk-nag rule ELBLoggingEnabled)
    // PORT AwsSolutions-ELB3 Level::Error (cdk-nag rule CLBConnectionDraining)
    // PORT AwsSolutions-ELB4 Level::Error (cdk-nag rule ELBCrossZoneLoadBalancingEnabled)
    // PORT AwsSolutions-ELB5 Level::Error (cdk-nag rule ELBTlsHttpsListenersOnly)
    PackEntry{kPack, "AwsSolutions-S1", "aws-s3-bucket-no-server-access-logs", Level::Error,
              "S3 bucket does not record server access logs"},
    PackEntry{kPack, "AwsSolutions-S2", "aws-s3-bucket-public-access-not-blocked", Level::Error,
              "S3 bucket's public access block does not block every kind of public access"},
    // PORT AwsSolutions-S5 Level::Error (cdk-nag rule S3WebBucketOAIAccess)
    PackEntry{kPack, "AwsSolutions-S10", "aws-s3-bucket-insecure-transport-allowed", Level::Error,
              "S3 bucket does not refuse requests made without TLS"},
    // PORT AwsSolutions-EFS1 Level::Error (cdk-nag rule EFSEncrypted)
    PackEntry{kPack, "AwsSolutions-RDS2", "aws-rds-storage-unencrypted", Level::Error,
              "RDS database storage is not encrypted"},
    // PORT AwsSolutions-RDS3 Level::Error (cdk-nag rule RDSMultiAZSupport)
    // PORT AwsSolutions-RDS6 Level::Error (cdk-nag rule AuroraMySQLPostgresIAMAuth)
    // PORT AwsSolutions-RDS8 Level::Error (cdk-nag rule RDSRestrictedInbound)
    PackEntry{kPack, "AwsSolutions-RDS10", "aws-rds-deletion-protection-disabled", Level::Error,
              "RDS database has no deletion protection"},
    PackEntry{kPack, "AwsSolutions-RDS11", "aws-rds-default-port", Level::Error,
              "RDS database listens on its engine's default port"},
    // PORT AwsSolutions-RDS13 Level::Error (cdk-nag rule RDSInstanceBackupEnabled)
    // PORT AwsSolutions-RDS14 Level::Error (cdk-nag rule AuroraMySQLBacktrack)
    // PORT AwsSolutions-RDS16 Level::Error (cdk-nag rule AuroraMySQLLogging)
    PackEntry{kPack, "AwsSolutions-DDB3", "aws-dynamodb-table-no-point-in-time-recovery", Level::Warning,
              "DynamoDB table cannot be restored to a point in time"},
    // PORT AwsSolutions-DDB4 Level::Error (cdk-nag rule DAXEncrypted)
    // PORT AwsSolutions-AEC1 Level::Error (cdk-nag rule ElastiCacheClusterInVPC)
    // PORT AwsSolutions-AEC3 Level::Error (cdk-nag rule ElastiCacheRedisClusterEncryption)
    // PORT AwsSolutions-AEC4 Level::Error (cdk-nag rule ElastiCacheRedisClusterMultiAZ)
    // PORT AwsSolutions-AEC5 Level::Error (cdk-nag rule ElastiCacheClusterNonDefaultPort)
    // PORT AwsSolutions-AEC6 Level::Error (cdk-nag rule ElastiCacheRedisClusterRedisAuth)
    // PORT AwsSolutions-N1 Level::Error (cdk-nag rule NeptuneClusterMultiAZ)
    // PORT AwsSolutions-N2 Level::Error (cdk-nag rule NeptuneClusterAutomaticMinorVersionUpgrade)
    // PORT AwsSolutions-N3 Level::Error (cdk-nag rule NeptuneClusterBackupRetentionPeriod)
    // PORT AwsSolutions-N4 Level::Error (cdk-nag rule NeptuneClusterEncryptionAtRest)
    // PORT AwsSolutions-N5 Level::Error (cdk-nag rule NeptuneClusterIAMAuth)
    // PORT AwsSolutions-RS1 Level::Error (cdk-nag rule RedshiftRequireTlsSSL)
    // PORT AwsSolutions-RS2 Level::Error (cdk-nag rule RedshiftClusterInVPC)
    // PORT AwsSolutions-RS3 Level::Error (cdk-nag rule RedshiftClusterNonDefaultUsername)
    // PORT AwsSolutions-RS4 Level::Error (cdk-nag rule RedshiftClusterNonDefaultPort)
    // PORT AwsSolutions-RS5 Level::Error (cdk-nag rule RedshiftClusterAuditLogging)
    // PORT AwsSolutions-RS6 Level::Error (cdk-nag rule RedshiftClusterEncryptionAtRest)
    // PORT AwsSolutions-RS8 Level::Error (cdk-nag rule RedshiftClusterPublicAccess)
    // PORT AwsSolutions-RS9 Level::Error (cdk-nag rule RedshiftClusterVersionUpgrade)
    // PORT AwsSolutions-RS10 Level::Error (cdk-nag rule RedshiftBackupEnabled)
    // PORT AwsSolutions-RS11 Level::Error (cdk-nag rule RedshiftClusterUserActivityLogging)
    // PORT AwsSolutions-DOC1 Level::Error (cdk-nag rule DocumentDBClusterEncryptionAtRest)
    // PORT AwsSolutions-DOC2 Level::Error (cdk-nag rule DocumentDBClusterNonDefaultPort)
    // PORT AwsSolutions-DOC3 Level::Error (cdk-nag rule DocumentDBCredentialsInSecretsManager)
    // PORT AwsSolutions-DOC4 Level::Error (cdk-nag rule DocumentDBClusterBackupRetentionPeriod)
    // PORT AwsSolutions-DOC5 Level::Error (cdk-nag rule DocumentDBClusterLogExports)
    // PORT AwsSolutions-TS3 Level::Warning (cdk-nag rule TimestreamDatabaseCustomerManagedKey)
    // PORT AwsSolutions-VPC3 Level::Warning (cdk-nag rule VPCNoNACLs)
    PackEntry{kPack, "AwsSolutions-VPC7", "aws-ec2-vpc-no-flow-logs", Level::Error,
              "VPC traffic is not recorded by a flow log"},
    // PORT AwsSolutions-CFR1 Level::Warning (cdk-nag rule CloudFrontDistributionGeoRestrictions)
    // PORT AwsSolutions-CFR2 Level::Warning (cdk-nag rule CloudFrontDistributionWAFIntegration)
    // PORT AwsSolutions-CFR3 Level::Error (cdk-nag rule CloudFrontDistributionAccessLogging)
    // PORT AwsSolutions-CFR4 Level::Error (cdk-nag rule CloudFrontDistributionHttpsViewerNoOutdatedSSL)
    // PORT AwsSolutions-CFR5 Level::Error (cdk-nag rule CloudFrontDistributionNoOutdatedSSL)
    // PORT AwsSolutions-CFR6 Level::Error (cdk-nag rule CloudFrontDistributionS3OriginAccessIdentity)
    // PORT AwsSolutions-CFR7 Level::Error (cdk-nag rule CloudFrontDistributionS3OriginAccessControl)
    // PORT AwsSolutions-APIG1 Level::Error (cdk-nag rule APIGWAccessLogging)
    // PORT AwsSolutions-APIG2 Level::Error (cdk-nag rule APIGWRequestValidation)
    // PORT AwsSolutions-APIG3 Level::Warning (cdk-nag rule APIGWAssociatedWithWAF)
    // PORT AwsSolutions-APIG4 Level::Error (cdk-nag rule APIGWAuthorization)
    // PORT AwsSolutions-APIG6 Level::Error (cdk-nag rule APIGWExecutionLoggingEnabled)
    // PORT AwsSolutions-AS1 Level::Error (cdk-nag rule AutoScalingGroupCooldownPeriod)
    // PORT AwsSolutions-AS2 Level::Error (cdk-nag rule AutoScalingGroupHealthCheck)
    // PORT AwsSolutions-AS3 Level::Error (cdk-nag rule AutoScalingGroupScalingNotifications)
    // PORT AwsSolutions-LEX4 Level::Error (cdk-nag rule LexBotAliasEncryptedConversationLogs)
    // PORT AwsSolutions-SM1 Level::Error (cdk-nag rule SageMakerNotebookInVPC)
    // PORT AwsSolutions-SM2 Level::Error (cdk-nag rule SageMakerNotebookInstanceKMSKeyConfigured)
    // PORT AwsSolutions-SM3 Level::Error (cdk-nag rule SageMakerNotebookNoDirectInternetAccess)
    // PORT AwsSolutions-EMR2 Level::Error (cdk-nag rule EMRS3AccessLogging)
    // PORT AwsSolutions-EMR4 Level::Error (cdk-nag rule EMRLocalDiskEncryption)
    // PORT AwsSolutions-EMR5 Level::Error (cdk-nag rule EMREncryptionInTransit)
    // PORT AwsSolutions-EMR6 Level::Error (cdk-nag rule EMRAuthEC2KeyPairOrKerberos)
    // PORT AwsSolutions-GL1 Level::Warning (cdk-nag rule GlueEncryptedCloudWatchLogs)
    // PORT AwsSolutions-GL3 Level::Warning (cdk-nag rule GlueJobBookmarkEncrypted)
    // PORT AwsSolutions-KDA3 Level::Warning (cdk-nag rule KinesisDataAnalyticsFlinkCheckpointing)
    // PORT AwsSolutions-KDF1 Level::Error (cdk-nag rule KinesisDataFirehoseSSE)
    // PORT AwsSolutions-KDS1 Level::Error (cdk-nag rule KinesisDataStreamSSE)
    // PORT AwsSolutions-KDS3 Level::Warning (cdk-nag rule KinesisDataStreamDefaultKeyWhenSSE)
    // PORT AwsSolutions-MSK2 Level::Error (cdk-nag rule MSKClientToBrokerTLS)
    // PORT AwsSolutions-MSK3 Level::Error (cdk-nag rule MSKBrokerToBrokerTLS)
    // PORT AwsSolutions-MSK6 Level::Error (cdk-nag rule MSKBrokerLogging)
    // PORT AwsSolutions-OS1 Level::Error (cdk-nag rule OpenSearchInVPCOnly)
    // PORT AwsSolutions-OS2 Level::Error (cdk-nag rule OpenSearchNodeToNodeEncryption)
    // PORT AwsSolutions-OS3 Level::Error (cdk-nag rule OpenSearchAllowlistedIPs)
    // PORT AwsSolutions-OS4 Level::Error (cdk-nag rule OpenSearchDedicatedMasterNode)
    // PORT AwsSolutions-OS5 Level::Error (cdk-nag rule OpenSearchNoUnsignedOrAnonymousAccess)
    // PORT AwsSolutions-OS7 Level::Error (cdk-nag rule OpenSearchZoneAwareness)
    // PORT AwsSolutions-OS8 Level::Error (cdk-nag rule OpenSearchEncryptedAtRest)
    // PORT AwsSolutions-OS9 Level::Error (cdk-nag rule OpenSearchSlowLogsToCloudWatch)
    // PORT AwsSolutions-QS1 Level::Error (cdk-nag rule QuicksightSSLConnections)
    PackEntry{kPack, "AwsSolutions-IAM4", "aws-iam-aws-managed-policy-attached", Level::Error,
              "IAM identity relies on an AWS managed policy"},
    PackEntry{kPack, "AwsSolutions-IAM5", "aws-iam-wildcard-permissions", Level::Error,
              "IAM policy allows a wildcard action or resource"},
    // PORT AwsSolutions-COG1 Level::Error (cdk-nag rule CognitoUserPoolStrongPasswordPolicy)
    // PORT AwsSolutions-COG2 Level::Warning (cdk-nag rule CognitoUserPoolMFA)
    // PORT AwsSolutions-COG4 Level::Error (cdk-nag rule CognitoUserPoolAPIGWAuthorizer)
    // PORT AwsSolutions-COG7 Level::Error (cdk-nag rule CognitoUserPoolNoUnauthenticatedLogins)
    // PORT AwsSolutions-COG8 Level::Error (cdk-nag rule CognitoUserPoolPlusTier)
    PackEntry{kPack, "AwsSolutions-KMS5", "aws-kms-key-rotation-disabled", Level::Error,
              "Symmetric KMS key does not rotate its key material"},
    PackEntry{kPack, "AwsSolutions-SMG4", "aws-secretsmanager-secret-no-rotation", Level::Error,
              "Secret has no automatic rotation"},
    // PORT AwsSolutions-ASC3 Level::Error (cdk-nag rule AppSyncGraphQLRequestLogging)
    // PORT AwsSolutions-SF1 Level::Error (cdk-nag rule StepFunctionStateMachineAllLogsToCloudWatch)
    // PORT AwsSolutions-SF2 Level::Error (cdk-nag rule StepFunctionStateMachineXray)
    // PORT AwsSolutions-EVB1 Level::Error (cdk-nag rule EventBusOpenAccess)
    PackEntry{kPack, "AwsSolutions-SNS3", "aws-sns-topic-insecure-publish-allowed", Level::Error,
              "SNS topic does not refuse publishing without TLS"},
    // PORT AwsSolutions-SQS2 Level::Error (cdk-nag rule SQSQueueSSE)
    PackEntry{kPack, "AwsSolutions-SQS3", "aws-sqs-queue-no-dead-letter-queue", Level::Error,
              "SQS queue has no dead-letter queue"},
    PackEntry{kPack, "AwsSolutions-SQS4", "aws-sqs-queue-insecure-transport-allowed", Level::Error,
              "SQS queue does not refuse requests made without TLS"},
    // PORT AwsSolutions-MS1 Level::Error (cdk-nag rule MediaStoreContainerAccessLogging)
    // PORT AwsSolutions-MS3 Level::Error (cdk-nag rule MediaStoreContainerSSLRequestsOnly)
    // PORT AwsSolutions-MS4 Level::Warning (cdk-nag rule MediaStoreCloudWatchMetricPolicy)
    // PORT AwsSolutions-MS7 Level::Warning (cdk-nag rule MediaStoreContainerHasContainerPolicy)
    // PORT AwsSolutions-MS8 Level::Warning (cdk-nag rule MediaStoreContainerCORSPolicy)
    // PORT AwsSolutions-MS10 Level::Warning (cdk-nag rule MediaStoreContainerLifecyclePolicy)
    // PORT AwsSolutions-CB4 Level::Error (cdk-nag rule CodeBuildProjectKMSEncryptedArtifacts)
    // PORT AwsSolutions-CB5 Level::Warning (cdk-nag rule CodeBuildProjectManagedImages)
    // PORT AwsSolutions-C91 Level::Error (cdk-nag rule Cloud9InstanceNoIngressSystemsManager)
    PackEntry{kPack, "AwsSolutions-L1", "aws-lambda-function-outdated-runtime", Level::Error,
              "Lambda function runs an older runtime than its language's latest"},
};

}  // namespace

std::span<const model::PackEntry> aws_solutions() { return kEntries; }

}  // namespace infralint::rules::packs
