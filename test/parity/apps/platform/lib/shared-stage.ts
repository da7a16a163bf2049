import { NestedStack, RemovalPolicy, Stack, Stage, StageProps } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { suppress, suppressTree } from '../../common/harness';

/**
 * A Stage with an account-governance stack and a nested stack below it. It
 * concentrates the ways a suppression can be written: stack-level (copied
 * into nested stacks or not), resource-level taking precedence over
 * stack-level, whole construct trees, granular ids and regexes, a reason
 * that cdk-nag stores base64-encoded and reasons with CSV-special characters.
 */
export class SharedStage extends Stage {
  constructor(scope: Construct, id: string, props?: StageProps) {
    super(scope, id, props);

    const governance = new Stack(this, 'Governance', { description: 'Account-wide audit and guardrails' });

    // CloudTrail itself has no AwsSolutions rule; its bucket and key do.
    const trailKey = new kms.Key(governance, 'TrailKey', { enableKeyRotation: true, removalPolicy: RemovalPolicy.DESTROY });
    const trailBucket = new s3.Bucket(governance, 'TrailBucket', {
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: trailKey,
    });
    new cloudtrail.Trail(governance, 'OrgTrail', { bucket: trailBucket, encryptionKey: trailKey, isMultiRegionTrail: true });
    // The reason holds characters outside Latin-1, so cdk-nag writes it
    // base64-encoded into the template ("is_reason_encoded": true).
    suppress(trailBucket, { id: 'AwsSolutions-S1', reason: 'Trail bucket → access logged by the organisation trail ✓' });

    // Roles whose wildcards are acknowledged at stack level.
    const auditor = new iam.Role(governance, 'Auditor', {
      assumedBy: new iam.AccountRootPrincipal(),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('SecurityAudit')],
    });
    auditor.addToPolicy(new iam.PolicyStatement({ actions: ['cloudtrail:LookupEvents', 'config:Get*'], resources: ['*'] }));
    const responder = new iam.Role(governance, 'Responder', { assumedBy: new iam.AccountRootPrincipal() });
    responder.addToPolicy(new iam.PolicyStatement({ actions: ['ec2:StopInstances', 'ec2:Describe*'], resources: ['*'] }));
    // Resource-level first: cdk-nag takes the first matching suppression,
    // and a resource's own come before its stack's.
    suppress(responder.node.findChild('DefaultPolicy'), {
      id: 'AwsSolutions-IAM5',
      reason: 'Responder, "stop first, ask later", may act on any instance.',
    });
    NagSuppressions.addStackSuppressions(governance, [
      { id: 'AwsSolutions-IAM4', reason: 'SecurityAudit is the AWS-maintained baseline for auditors.', appliesTo: ['Policy::arn:<AWS::Partition>:iam::aws:policy/SecurityAudit'] },
      { id: 'AwsSolutions-IAM5', reason: 'Read-only discovery calls, which take no resource ARN.', appliesTo: ['Resource::*', { regex: '/^Action::config:Get\\*$/' }] },
    ]);

    // --- A nested stack of guardrail plumbing ----------------------------------
    const guardrails = new NestedStack(governance, 'Guardrails', { description: 'Guardrail notifications' });
    const findings = new sns.Topic(guardrails, 'Findings');
    const backlog = new sqs.Queue(guardrails, 'Backlog', { encryption: sqs.QueueEncryption.SQS_MANAGED });
    const automation = new iam.Role(guardrails, 'Automation', {
      assumedBy: new iam.ServicePrincipal('ssm.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonSSMAutomationRole')],
    });
    findings.grantPublish(automation);
    backlog.grantSendMessages(automation);
    automation.addToPolicy(new iam.PolicyStatement({ actions: ['ssm:StartAutomationExecution'], resources: ['*'] }));
    // Every CfnResource under the role (the role and its default policy).
    suppressTree(automation, {
      id: 'AwsSolutions-IAM4',
      reason: 'Systems Manager automation requires its AWS managed service role.',
    });
    // Copied into the nested stack as well (applyToNestedStacks).
    NagSuppressions.addStackSuppressions(
      governance,
      [
        { id: 'AwsSolutions-SQS3', reason: 'Backlog is drained by an operator; failures stay visible, "by design".' },
        { id: 'AwsSolutions-SNS3', reason: 'Findings are published by AWS services over TLS only.' },
      ],
      true,
    );
  }
}
