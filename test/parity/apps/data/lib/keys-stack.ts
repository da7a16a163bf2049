import { CfnParameter, Duration, NestedStack, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';

/**
 * KMS keys (KMS5), secrets and their rotation schedules (SMG4) and EFS file
 * systems (EFS1). SMG4 looks for rotation schedules anywhere under the
 * secret's stack, so a schedule in the nested stack counts for a secret of
 * this stack, but not the other way round.
 */
export class KeysStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const rotate = new CfnParameter(this, 'RotateKeys', { type: 'String', allowedValues: ['true', 'false'], default: 'true' });
    const keySpec = new CfnParameter(this, 'KeySpec', { type: 'String', default: 'SYMMETRIC_DEFAULT' });

    // --- KMS ----------------------------------------------------------------
    new kms.Key(this, 'RotatedKey', { enableKeyRotation: true, removalPolicy: RemovalPolicy.DESTROY });
    new kms.Key(this, 'DefaultKey', { removalPolicy: RemovalPolicy.DESTROY });
    new kms.CfnKey(this, 'SigningKey', { keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY' });
    new kms.CfnKey(this, 'MacKey', { keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' });
    new kms.CfnKey(this, 'ExplicitSymmetricKey', { keySpec: 'SYMMETRIC_DEFAULT', enableKeyRotation: false });
    new kms.CfnKey(this, 'ParamRotationKey', { enableKeyRotation: rotate.value });
    // A key spec from a parameter is neither undefined nor SYMMETRIC_DEFAULT
    // once resolved, so cdk-nag treats the key as asymmetric.
    new kms.CfnKey(this, 'ParamSpecKey', { keySpec: keySpec.valueAsString });
    const legacy = new kms.CfnKey(this, 'LegacyKey', {});
    // A granular suppression on a rule that reports no finding ids never
    // applies: this key stays non-compliant.
    suppress(legacy, { id: 'AwsSolutions-KMS5', reason: 'Imported key material cannot rotate.', appliesTo: ['KeyMaterial::External'] });

    // --- Secrets Manager --------------------------------------------------------
    const rotated = new secretsmanager.Secret(this, 'RotatedSecret');
    rotated.addRotationSchedule('Rotation', {
      hostedRotation: secretsmanager.HostedRotation.postgreSqlSingleUser(),
      automaticallyAfter: Duration.days(30),
    });
    new secretsmanager.Secret(this, 'StaleSecret');
    const manual = new secretsmanager.CfnSecret(this, 'ManualRotationSecret', { description: 'Rotation lambda but no rules' });
    new secretsmanager.CfnRotationSchedule(this, 'ManualRotation', {
      secretId: manual.ref,
      rotationLambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:rotate',
    });
    const byExpression = new secretsmanager.CfnSecret(this, 'ExpressionSecret', { description: 'Rotates by schedule expression' });
    new secretsmanager.CfnRotationSchedule(this, 'ExpressionRotation', {
      secretId: byExpression.ref,
      rotationLambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:rotate',
      rotationRules: { scheduleExpression: 'rate(10 days)' },
    });
    const noLambda = new secretsmanager.CfnSecret(this, 'RulesOnlySecret', { description: 'Rules but nothing to run them' });
    new secretsmanager.CfnRotationSchedule(this, 'RulesOnlyRotation', {
      secretId: noLambda.ref,
      rotationRules: { automaticallyAfterDays: 7 },
    });
    const crossStack = new secretsmanager.CfnSecret(this, 'CrossStackSecret', { description: 'Rotated from the nested stack' });

    const vault = new NestedStack(this, 'Vault', { description: 'Team secrets' });
    new secretsmanager.CfnSecret(vault, 'TeamSecret', { description: 'No schedule anywhere in this nested stack' });
    new secretsmanager.CfnRotationSchedule(vault, 'CrossStackRotation', {
      secretId: crossStack.ref,
      rotationLambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:rotate',
      rotationRules: { automaticallyAfterDays: 30 },
    });

    // --- EFS ----------------------------------------------------------------
    const vpc = ec2.Vpc.fromVpcAttributes(this, 'SharedVpc', {
      vpcId: 'vpc-0123456789abcdef0',
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      privateSubnetIds: ['subnet-0aaaaaaaaaaaaaaaa', 'subnet-0bbbbbbbbbbbbbbbb'],
    });
    new efs.FileSystem(this, 'HomeDirs', { vpc, removalPolicy: RemovalPolicy.DESTROY });
    new efs.CfnFileSystem(this, 'UnencryptedShare', { encrypted: false });
    new efs.CfnFileSystem(this, 'DefaultShare', {});
    new efs.CfnFileSystem(this, 'ParamShare', { encrypted: rotate.value });

    NagSuppressions.addStackSuppressions(this, [
      { id: 'AwsSolutions-EC23', reason: 'Mount targets are reachable from the VPC only.' },
    ]);
  }
}
