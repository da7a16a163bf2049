import { Aws, CfnParameter, Duration, Stack, StackProps } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as mediastore from 'aws-cdk-lib/aws-mediastore';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';

/**
 * Messaging and media: EventBridge bus policies (EVB1), SNS topics and topic
 * policies (SNS3), SQS queues, dead-letter queues and queue policies (SQS2,
 * SQS3, SQS4) and MediaStore containers (MS1, MS3, MS4, MS7, MS8, MS10).
 */
export class MessagingStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const topicKey = new CfnParameter(this, 'TopicKey', { type: 'String', default: 'alias/aws/sns' });

    // --- EventBridge ----------------------------------------------------------
    const bus = new events.EventBus(this, 'Bus');
    new events.CfnEventBusPolicy(this, 'OpenPrincipalPolicy', { eventBusName: bus.eventBusName, statementId: 'open', action: 'events:PutEvents', principal: '*' });
    new events.CfnEventBusPolicy(this, 'OrgPrincipalPolicy', {
      eventBusName: bus.eventBusName,
      statementId: 'org',
      action: 'events:PutEvents',
      principal: '*',
      condition: { key: 'aws:PrincipalOrgID', type: 'StringEquals', value: 'o-parity' },
    });
    new events.CfnEventBusPolicy(this, 'OpenStatementPolicy', {
      eventBusName: bus.eventBusName,
      statementId: 'open-statement',
      statement: { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::210987654321:root', '*'] }, Action: 'events:PutEvents', Resource: bus.eventBusArn, Condition: {} },
    });
    new events.CfnEventBusPolicy(this, 'ConditionedStatementPolicy', {
      eventBusName: bus.eventBusName,
      statementId: 'conditioned',
      statement: {
        Effect: 'Allow',
        Principal: '*',
        Action: 'events:PutEvents',
        Resource: bus.eventBusArn,
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-parity' } },
      },
    });
    new events.CfnEventBusPolicy(this, 'AccountStatementPolicy', {
      eventBusName: bus.eventBusName,
      statementId: 'account',
      statement: { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: 'events:PutEvents', Resource: bus.eventBusArn },
    });
    bus.addToResourcePolicy(
      new iam.PolicyStatement({ sid: 'l2-grant', actions: ['events:PutEvents'], principals: [new iam.AnyPrincipal()], resources: [bus.eventBusArn] }),
    );

    // --- SNS ------------------------------------------------------------------
    new sns.Topic(this, 'EncryptedTopic', { masterKey: new kms.Key(this, 'TopicCmk', { enableKeyRotation: true }) });
    new sns.Topic(this, 'TlsTopic', { enforceSSL: true });
    new sns.Topic(this, 'PlainTopic');
    new sns.CfnTopic(this, 'ParamKeyTopic', { kmsMasterKeyId: topicKey.valueAsString });
    const named = new sns.CfnTopic(this, 'NamedTopic', { topicName: 'parity-alerts' });
    new sns.CfnTopicPolicy(this, 'NamedTopicPolicy', {
      topics: ['arn:aws:sns:us-east-1:123456789012:parity-alerts'],
      policyDocument: {
        Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: ['sns:Publish'], Resource: '*', Condition: { Bool: { 'aws:SecureTransport': false } } }],
      },
    }).addResourceDependency(named);
    const subscribeOnly = new sns.CfnTopic(this, 'SubscribeOnlyTopic');
    new sns.CfnTopicPolicy(this, 'SubscribeOnlyPolicy', {
      topics: [subscribeOnly.ref],
      policyDocument: {
        Statement: [{ Effect: 'Deny', Principal: '*', Action: 'sns:Subscribe', Resource: subscribeOnly.ref, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
      },
    });

    // --- SQS ------------------------------------------------------------------
    const dlq = new sqs.Queue(this, 'OrdersDlq', { enforceSSL: true, retentionPeriod: Duration.days(14) });
    new sqs.Queue(this, 'Orders', { enforceSSL: true, deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } });
    new sqs.Queue(this, 'Unmanaged', { encryption: sqs.QueueEncryption.UNENCRYPTED });
    new sqs.CfnQueue(this, 'SseOffQueue', { sqsManagedSseEnabled: false });
    new sqs.CfnQueue(this, 'CmkQueue', { kmsMasterKeyId: 'alias/parity-queues', sqsManagedSseEnabled: false });
    // Found as a dead-letter queue through its name in another queue's policy.
    new sqs.CfnQueue(this, 'NamedDlq', { queueName: 'parity-named-dlq' });
    new sqs.CfnQueue(this, 'RedrivenByName', {
      redrivePolicy: { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:parity-named-dlq', maxReceiveCount: 3 },
    });
    // A queue that is the dead-letter target of a Lambda function.
    const fnDlq = new sqs.Queue(this, 'FunctionDlq', { enforceSSL: true });
    new lambda.Function(this, 'Consumer', {
      runtime: lambda.Runtime.PYTHON_3_13,
      handler: 'index.handler',
      code: lambda.Code.fromInline('def handler(event, context):\n    return event'),
      deadLetterQueue: fnDlq,
    });
    const policed = new sqs.CfnQueue(this, 'PolicedQueue', {});
    new sqs.CfnQueuePolicy(this, 'PolicedQueuePolicy', {
      queues: [policed.ref],
      policyDocument: {
        Statement: [{ Effect: 'Deny', Principal: '*', Action: ['sqs:*'], Resource: policed.attrArn, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
      },
    });
    const sendOnly = new sqs.CfnQueue(this, 'SendOnlyDenyQueue', { queueName: 'parity-send-only' });
    new sqs.CfnQueuePolicy(this, 'SendOnlyDenyPolicy', {
      queues: ['https://sqs.us-east-1.amazonaws.com/123456789012/parity-send-only'],
      policyDocument: {
        Statement: [{ Effect: 'Deny', Principal: '*', Action: 'sqs:SendMessage', Resource: sendOnly.attrArn, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
      },
    });

    // --- MediaStore -----------------------------------------------------------
    const tlsPolicy = (resource: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 'mediastore:*', Resource: resource, Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
        ],
      });
    new mediastore.CfnContainer(this, 'HardenedMedia', {
      containerName: 'hardened',
      accessLoggingEnabled: true,
      policy: tlsPolicy('arn:aws:mediastore:us-east-1:123456789012:container/hardened/*'),
      metricPolicy: { containerLevelMetrics: 'ENABLED' },
      corsPolicy: [{ allowedOrigins: ['https://shop.example.com'], allowedMethods: ['GET'] }],
      lifecyclePolicy: JSON.stringify({ rules: [{ definition: { path: [{ prefix: '' }], days_since_create: [{ numeric: ['>', 30] }] }, action: 'EXPIRE' }] }),
    });
    new mediastore.CfnContainer(this, 'BareMedia', { containerName: 'bare' });
    new mediastore.CfnContainer(this, 'LooseMedia', {
      containerName: 'loose',
      accessLoggingEnabled: false,
      policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'mediastore:GetObject', Resource: '*' }] }),
      metricPolicy: { containerLevelMetrics: 'DISABLED' },
      corsPolicy: [],
    });
    // The policy embeds the region token, so it reaches cdk-nag as an
    // Fn::Join object rather than JSON text: MS3 cannot be evaluated.
    new mediastore.CfnContainer(this, 'TokenPolicyMedia', {
      containerName: 'token-policy',
      accessLoggingEnabled: true,
      policy: tlsPolicy(`arn:aws:mediastore:${Aws.REGION}:123456789012:container/token-policy/*`),
    });
    const live = new mediastore.CfnContainer(this, 'LiveMedia', { containerName: 'live', accessLoggingEnabled: true });
    suppress(
      live,
      { id: 'AwsSolutions-MS3', reason: 'Origin for MediaPackage only, which always uses TLS.' },
      { id: 'AwsSolutions-MS7', reason: 'Origin for MediaPackage only, which always uses TLS.' },
    );
  }
}
