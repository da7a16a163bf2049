import { CfnCondition, CfnParameter, Fn, Stack, StackProps, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';

/**
 * IAM users, groups, roles and policies (IAM4, IAM5). Both rules report one
 * finding per managed policy or wildcard, written with CloudFormation
 * references flattened to <LogicalId> or <LogicalId.Attribute>; suppressions
 * here pick findings by exact id and by regex.
 */
export class AccessStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const extraPolicy = new CfnParameter(this, 'ExtraPolicyArn', { type: 'String', default: 'arn:aws:iam::123456789012:policy/extra' });
    const strict = new CfnCondition(this, 'Strict', { expression: Fn.conditionEquals(extraPolicy.valueAsString, 'none') });
    const data = new s3.Bucket(this, 'Data', { enforceSSL: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
    suppress(data, { id: 'AwsSolutions-S1', reason: 'Object-level CloudTrail data events are enabled for this bucket.' });

    // --- Managed policies (IAM4) -------------------------------------------------
    const admin = new iam.Role(this, 'BreakGlass', {
      assumedBy: new iam.AccountRootPrincipal(),
      managedPolicies: [
        iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess'),
        iam.ManagedPolicy.fromAwsManagedPolicyName('job-function/ViewOnlyAccess'),
      ],
    });
    suppress(admin, {
      id: 'AwsSolutions-IAM4',
      reason: 'Break-glass role, alarmed on every assumption.',
      appliesTo: ['Policy::arn:<AWS::Partition>:iam::aws:policy/AdministratorAccess'],
    });
    const mixed = new iam.CfnRole(this, 'MixedManagedRole', {
      assumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
      managedPolicyArns: [
        'arn:aws:iam::aws:policy/ReadOnlyAccess',
        'arn:aws:iam::aws:policy/ReadOnlyAccess',
        'arn:aws:iam::123456789012:policy/team-boundary',
        extraPolicy.valueAsString,
        Fn.sub('arn:${AWS::Partition}:iam::aws:policy/CloudWatchAgentServerPolicy'),
        Fn.join('', ['arn:', Fn.ref('AWS::Partition'), ':iam::aws:policy/AmazonSSMManagedInstanceCore']),
        Token.asString(Fn.conditionIf(strict.logicalId, Fn.ref('AWS::NoValue'), 'arn:aws:iam::aws:policy/PowerUserAccess')),
      ],
    });
    // Finding ids carry references flattened by cdk-nag: Fn::Sub and Fn::Join
    // become <AWS::Partition>, an Fn::If is written as its JSON text.
    suppress(mixed, {
      id: 'AwsSolutions-IAM4',
      reason: 'Instance agents need the AWS managed agent policies.',
      appliesTo: [
        'Policy::arn:<AWS::Partition>:iam::aws:policy/CloudWatchAgentServerPolicy',
        'Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore',
        { regex: '/^Policy::\\{"Fn::If":.*PowerUserAccess/' },
      ],
    });
    new iam.CfnUser(this, 'LegacyUser', { managedPolicyArns: ['arn:aws:iam::123456789012:policy/team-boundary'] });
    new iam.CfnGroup(this, 'Auditors', { managedPolicyArns: ['arn:aws:iam::aws:policy/SecurityAudit'] });

    // --- Wildcards (IAM5) --------------------------------------------------------------
    const worker = new iam.Role(this, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    data.grantReadWrite(worker);
    worker.addToPolicy(new iam.PolicyStatement({ actions: ['ec2:Describe*'], resources: ['*'] }));
    worker.addToPolicy(new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['s3:*'], resources: ['*'] }));
    // Object-level wildcards of the data bucket are accepted by regex, the
    // rest of the findings of this policy stay open.
    NagSuppressions.addResourceSuppressions(
      worker,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason: 'Worker reads and writes any object of its own bucket.',
          appliesTo: ['Action::s3:GetObject*', 'Action::s3:GetBucket*', 'Action::s3:List*', { regex: '/^Resource::<Data[0-9A-F]{8}\\.Arn>\\/\\*$/' }],
        },
      ],
      true,
    );
    const inline = new iam.CfnPolicy(this, 'InlineWildcards', {
      policyName: 'inline-wildcards',
      roles: [worker.roleName],
      policyDocument: {
        Statement: [
          { Effect: 'Allow', Action: 'logs:*', Resource: Fn.sub('arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/app/*') },
          { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [Fn.importValue('SharedQueueArn'), `${data.bucketArn}/exports/*`] },
          { Effect: 'Deny', Action: '*', Resource: '*' },
        ],
      },
    });
    suppress(inline, {
      id: 'AwsSolutions-IAM5',
      reason: 'The application owns every log group under /app.',
      appliesTo: ['Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:/app/*'],
    });
    new iam.CfnManagedPolicy(this, 'ScopedManagedPolicy', {
      policyDocument: { Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::parity-public/index.html'] }] },
    });
    const broad = new iam.CfnManagedPolicy(this, 'BroadManagedPolicy', {
      policyDocument: { Statement: [{ Effect: 'Allow', Action: ['dynamodb:*', 'kms:Decrypt'], Resource: '*' }] },
    });
    // A case-insensitive regex (the flag after the closing slash).
    suppress(broad, { id: 'AwsSolutions-IAM5', reason: 'Table admin policy for the migration job.', appliesTo: [{ regex: '/^action::DYNAMODB:\\*$/i' }] });
    // NotAction has no Action list; cdk-nag cannot evaluate the statement.
    new iam.CfnManagedPolicy(this, 'NotActionPolicy', {
      policyDocument: { Statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }] },
    });
    const scriptUser = new iam.CfnUser(this, 'ScriptUser', {
      policies: [
        { policyName: 'a', policyDocument: { Statement: [{ Effect: 'Allow', Action: 'cloudwatch:Put*', Resource: '*' }] } },
        { policyName: 'b', policyDocument: { Statement: [{ Effect: 'Allow', Action: 'cloudwatch:Put*', Resource: 'arn:aws:cloudwatch:*:123456789012:alarm:*' }] } },
      ],
    });
    suppress(scriptUser, { id: 'AwsSolutions-IAM5', reason: 'Alarms of every region belong to this account.', appliesTo: [{ regex: '/^Resource::arn:aws:cloudwatch:/' }] });
    new iam.CfnGroup(this, 'Operators', {
      policies: [{ policyName: 'ops', policyDocument: { Statement: [{ Effect: 'Allow', Action: ['ssm:StartSession'], Resource: [`arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0`] }] } }],
    });
    const deployer = new iam.CfnRole(this, 'Deployer', {
      assumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }] },
      policies: [{ policyName: 'deploy', policyDocument: { Statement: [{ Effect: 'Allow', Action: ['cloudformation:*', 'iam:PassRole'], Resource: ['*'] }] } }],
    });
    // A non-granular suppression covers every finding of the rule.
    suppress(deployer, { id: 'AwsSolutions-IAM5', reason: 'Deployment role, reviewed quarterly, "cloudformation:*" by design.' });
  }
}
