import { Duration, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { DatabaseStack } from './database-stack';
import { WorkerStack } from './worker-stack';

export interface ServiceStackProps extends StackProps {
  readonly vpc: ec2.IVpc;
}

/**
 * An order-processing service: an API-facing Lambda function, a queue and a
 * Fargate worker, a database, storage and notifications. Most of it follows
 * the AwsSolutions pack; a few resources are left non-compliant on purpose so
 * that the demo scan has something to report.
 */
export class ServiceStack extends Stack {
  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);

    // --- Encryption -------------------------------------------------------
    const dataKey = new kms.Key(this, 'DataKey', {
      description: 'Encrypts the order service data at rest',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // --- Storage ----------------------------------------------------------
    // The log sink. It keeps no access logs of its own, yet cdk-nag counts it
    // as compliant for S1 because another bucket delivers its logs here.
    const accessLogs = new s3.Bucket(this, 'AccessLogsBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });

    // Compliant: access logging, TLS only, no public access, KMS encryption.
    const documents = new s3.Bucket(this, 'DocumentsBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: dataKey,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'documents/',
    });

    // Non-compliant on purpose: no server access logs (AwsSolutions-S1) and
    // no policy refusing plain HTTP (AwsSolutions-S10).
    new s3.Bucket(this, 'ExportsBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
    });

    // --- Queues and notifications ----------------------------------------
    const workDlq = new sqs.Queue(this, 'WorkDeadLetterQueue', {
      encryption: sqs.QueueEncryption.KMS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });

    const workQueue = new sqs.Queue(this, 'WorkQueue', {
      encryption: sqs.QueueEncryption.KMS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.minutes(2),
      deadLetterQueue: { queue: workDlq, maxReceiveCount: 5 },
    });

    // Non-compliant on purpose: no dead-letter queue (AwsSolutions-SQS3) and
    // plain HTTP allowed (AwsSolutions-SQS4).
    const auditEvents = new sqs.Queue(this, 'AuditEventsQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
    });

    // Non-compliant on purpose: neither encrypted nor restricted to TLS, so
    // publishers may use plain HTTP (AwsSolutions-SNS3).
    const alerts = new sns.Topic(this, 'AlertsTopic', {
      displayName: 'Order service alerts',
    });

    // --- Tables and secrets ------------------------------------------------
    // Non-compliant on purpose: point-in-time recovery is off (AwsSolutions-DDB3).
    const orders = new dynamodb.Table(this, 'OrdersTable', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: dataKey,
    });

    // Non-compliant on purpose: a partner API key that never rotates
    // (AwsSolutions-SMG4).
    const partnerApiKey = new secretsmanager.Secret(this, 'PartnerApiKey', {
      description: 'API key issued by the shipping partner',
      encryptionKey: dataKey,
    });

    // --- Nested stacks -----------------------------------------------------
    const database = new DatabaseStack(this, 'Database', {
      vpc: props.vpc,
      encryptionKey: dataKey,
    });

    new WorkerStack(this, 'Worker', {
      vpc: props.vpc,
      workQueue,
    });

    // --- API handler ---------------------------------------------------------
    const handlerSecurityGroup = new ec2.SecurityGroup(this, 'ApiHandlerSg', {
      vpc: props.vpc,
      description: 'Outbound only; the handler is invoked by the Lambda service',
      allowAllOutbound: true,
    });
    database.instance.connections.allowDefaultPortFrom(handlerSecurityGroup);

    const apiHandler = new lambda.Function(this, 'ApiHandler', {
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(
        [
          'exports.handler = async (event) => {',
          '  return { statusCode: 202, body: JSON.stringify({ accepted: true }) };',
          '};',
        ].join('\n'),
      ),
      timeout: Duration.seconds(10),
      memorySize: 256,
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [handlerSecurityGroup],
      environment: {
        WORK_QUEUE_URL: workQueue.queueUrl,
        ORDERS_TABLE: orders.tableName,
        DOCUMENTS_BUCKET: documents.bucketName,
        PARTNER_KEY_ARN: partnerApiKey.secretArn,
        DB_SECRET_ARN: database.instance.secret?.secretArn ?? '',
      },
    });
    workQueue.grantSendMessages(apiHandler);
    orders.grantReadWriteData(apiHandler);
    partnerApiKey.grantRead(apiHandler);
    database.instance.secret?.grantRead(apiHandler);
    auditEvents.grantSendMessages(apiHandler);
    alerts.grantPublish(apiHandler);

    // Hand-written policy with wildcards: every S3 action on the documents
    // bucket, and X-Ray writes, which IAM only offers on Resource "*".
    const extraPolicy = new iam.Policy(this, 'ApiHandlerExtraPolicy', {
      statements: [
        new iam.PolicyStatement({
          actions: ['s3:*'],
          resources: [documents.bucketArn, documents.arnForObjects('*')],
        }),
        new iam.PolicyStatement({
          actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
          resources: ['*'],
        }),
      ],
    });
    apiHandler.role?.attachInlinePolicy(extraPolicy);

    // A nightly clean-up job on an older runtime (AwsSolutions-L1 reports it).
    const cleanupRole = new iam.Role(this, 'CleanupRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Runs the nightly export clean-up',
      managedPolicies: [
        iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'),
      ],
    });
    new lambda.Function(this, 'CleanupFunction', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromInline('def handler(event, context):\n    return {"removed": 0}\n'),
      timeout: Duration.minutes(1),
      role: cleanupRole,
    });

    // --- cdk-nag suppressions ----------------------------------------------
    // Granular suppressions name single findings. The handler's AWS-managed
    // policies are accepted by their exact finding ids; the wildcard KMS
    // actions that grantRead/grantReadWriteData generate are matched by a
    // pattern. applyToChildren carries them down to the role and its policy.
    NagSuppressions.addResourceSuppressions(
      apiHandler,
      [
        {
          id: 'AwsSolutions-IAM4',
          reason: 'Basic and VPC execution policies are the documented minimum for a Lambda in a VPC.',
          appliesTo: [
            'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
            'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole',
          ],
        },
        {
          id: 'AwsSolutions-IAM5',
          reason: 'CDK grants use KMS action families scoped to the single data key.',
          appliesTo: [{ regex: '/^Action::kms:(GenerateDataKey|ReEncrypt)\\*$/g' }],
        },
      ],
      true,
    );

    // On the hand-written policy, s3:* (by pattern) and the objects of the
    // documents bucket (by exact id; the logical id is stable because the
    // construct path is) are accepted. The X-Ray "Resource::*" finding stays
    // open on purpose.
    NagSuppressions.addResourceSuppressions(extraPolicy, [
      {
        id: 'AwsSolutions-IAM5',
        reason: 'The handler owns the documents bucket and manages its objects fully.',
        appliesTo: [
          { regex: '/^Action::s3:\\*$/g' },
          'Resource::<DocumentsBucket9EC9DEB9.Arn>/*',
        ],
      },
    ]);

    // Stack-wide, and carried into both nested stacks: container environment
    // variables are reviewed and hold no secrets.
    NagSuppressions.addStackSuppressions(
      this,
      [
        {
          id: 'AwsSolutions-ECS2',
          reason: 'Container environment variables carry resource names only, never secrets.',
        },
      ],
      true,
    );
  }
}
