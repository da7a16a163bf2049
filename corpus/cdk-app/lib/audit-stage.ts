import { RemovalPolicy, Stack, Stage, StageProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';

/**
 * The audit trail lives in its own CDK Stage, so the synthesized cloud
 * assembly holds a nested assembly (a folder named assembly-<stage>).
 */
export class AuditStage extends Stage {
  constructor(scope: Construct, id: string, props?: StageProps) {
    super(scope, id, props);

    const stack = new Stack(this, 'AuditTrail', {
      description: 'Long-term audit records for the order service',
    });

    // Non-compliant on purpose: the key never rotates (AwsSolutions-KMS5).
    const archiveKey = new kms.Key(stack, 'ArchiveKey', {
      description: 'Encrypts the audit archive',
      enableKeyRotation: false,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    new s3.Bucket(stack, 'ArchiveBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: archiveKey,
      enforceSSL: true,
      versioned: true,
      objectLockEnabled: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Compliant: point-in-time recovery on.
    new dynamodb.Table(stack, 'AuditIndex', {
      partitionKey: { name: 'recordId', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: archiveKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Compliant: encrypted and TLS-only.
    new sns.Topic(stack, 'AuditNotices', {
      masterKey: archiveKey,
      enforceSSL: true,
    });

    // A whole-stack suppression: cdk-nag writes it into the template's own
    // Metadata rather than onto a resource. The reason holds a non-ASCII
    // character on purpose: cdk-nag then stores it base64-encoded with
    // "is_reason_encoded": true, a case readers of the metadata must handle.
    NagSuppressions.addStackSuppressions(stack, [
      {
        id: 'AwsSolutions-S1',
        reason: 'The archive is write-once — object-level CloudTrail data events replace access logs.',
      },
    ]);
  }
}
