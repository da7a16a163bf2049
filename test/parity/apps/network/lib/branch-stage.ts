import { CfnParameter, Fn, NestedStack, Stack, Stage, StageProps } from 'aws-cdk-lib';
import * as cloud9 from 'aws-cdk-lib/aws-cloud9';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eb from 'aws-cdk-lib/aws-elasticbeanstalk';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';

/**
 * A CDK Stage (its own nested cloud assembly) holding developer tooling:
 * Elastic Beanstalk environments (EB1, EB3, EB4), Cloud9 environments (C91)
 * and a nested stack of security groups. Suppressions here are stack-level,
 * reach into the nested stack, and cover rules cdk-nag cannot evaluate.
 */
export class BranchStage extends Stage {
  constructor(scope: Construct, id: string, props?: StageProps) {
    super(scope, id, props);

    const tooling = new Stack(this, 'Tooling', { description: 'Per-branch developer tooling' });
    const connection = new CfnParameter(tooling, 'IdeConnection', { type: 'String', default: 'CONNECT_SSH' });
    const vpcId = new CfnParameter(tooling, 'VpcId', { type: 'AWS::EC2::VPC::Id' });

    // --- Elastic Beanstalk ---------------------------------------------------
    const application = new eb.CfnApplication(tooling, 'PreviewApp', { applicationName: 'parity-preview' });
    const envDefaults = { applicationName: application.applicationName!, solutionStackName: '64bit Amazon Linux 2023 v6.1.0 running Node.js 20' };
    const governed = new eb.CfnEnvironment(tooling, 'GovernedEnv', {
      ...envDefaults,
      optionSettings: [
        { namespace: 'aws:ec2:vpc', optionName: 'VPCId', value: 'vpc-0123456789abcdef0' },
        { namespace: 'aws:elasticbeanstalk:managedactions', optionName: 'ManagedActionsEnabled', value: 'true' },
        { namespace: 'aws:elasticbeanstalk:managedactions:platformupdate', optionName: 'UpdateLevel', value: 'minor' },
        { namespace: 'aws:elasticbeanstalk:hostmanager', optionName: 'LogPublicationControl', value: 'true' },
      ],
    });
    governed.addResourceDependency(application);
    new eb.CfnEnvironment(tooling, 'BareEnv', envDefaults).addResourceDependency(application);
    new eb.CfnEnvironment(tooling, 'PartialEnv', {
      ...envDefaults,
      optionSettings: [
        { namespace: 'aws:ec2:vpc', optionName: 'VPCId', value: vpcId.valueAsString },
        // No value: cdk-nag counts that as "enabled".
        { namespace: 'aws:elasticbeanstalk:managedactions', optionName: 'ManagedActionsEnabled' },
        { namespace: 'aws:elasticbeanstalk:managedactions:platformupdate', optionName: 'UpdateLevel', value: 'patch' },
        { namespace: 'aws:elasticbeanstalk:hostmanager', optionName: 'LogPublicationControl', value: 'false' },
      ],
    }).addResourceDependency(application);
    new eb.CfnEnvironment(tooling, 'MajorUpdatesEnv', {
      ...envDefaults,
      optionSettings: [
        { namespace: 'aws:ec2:vpc', optionName: 'Subnets', value: 'subnet-1,subnet-2' },
        { namespace: 'aws:elasticbeanstalk:managedactions', optionName: 'ManagedActionsEnabled', value: 'false' },
        { namespace: 'aws:elasticbeanstalk:managedactions:platformupdate', optionName: 'UpdateLevel', value: 'minor' },
        {
          namespace: 'aws:elasticbeanstalk:hostmanager',
          optionName: 'LogPublicationControl',
          value: Fn.select(0, ['true', 'false']),
        },
      ],
    }).addResourceDependency(application);

    // --- Cloud9 --------------------------------------------------------------
    new cloud9.CfnEnvironmentEC2(tooling, 'SsmIde', { instanceType: 't3.small', imageId: 'amazonlinux-2023-x86_64', connectionType: 'CONNECT_SSM' });
    new cloud9.CfnEnvironmentEC2(tooling, 'SshIde', { instanceType: 't3.small', imageId: 'amazonlinux-2023-x86_64' });
    const paramIde = new cloud9.CfnEnvironmentEC2(tooling, 'ParamIde', {
      instanceType: 't3.small',
      imageId: 'amazonlinux-2023-x86_64',
      connectionType: connection.valueAsString,
    });
    // cdk-nag cannot resolve the parameter; the validation failure for this
    // one rule is acknowledged (cdk-nag then writes the reason as "[] ...").
    suppress(paramIde, {
      id: 'CdkNagValidationFailure',
      reason: 'Connection type is chosen per branch at deploy time.',
      appliesTo: ['AwsSolutions-C91'],
    });

    // --- Security groups, one level down -------------------------------------
    const nested = new NestedStack(tooling, 'BuildNetwork', { description: 'Build agents network' });
    const nestedVpc = new ec2.CfnVPC(nested, 'BuildVpc', { cidrBlock: '10.40.0.0/16' });
    new ec2.CfnSecurityGroup(nested, 'AgentSg', {
      groupDescription: '-',
      vpcId: nestedVpc.ref,
      securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIp: '0.0.0.0/0' }],
    });
    new ec2.CfnSecurityGroup(nested, 'CacheSg', {
      groupDescription: 'Build cache, reachable from agents only',
      vpcId: nestedVpc.ref,
      securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 6379, toPort: 6379, cidrIp: '10.40.0.0/16' }],
    });
    const officeCidr = new CfnParameter(tooling, 'OfficeCidr', { type: 'String' });
    new ec2.CfnSecurityGroup(tooling, 'ToolingSg', {
      groupDescription: '.',
      vpcId: vpcId.valueAsString,
      securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIp: officeCidr.valueAsString }],
    });

    // Stack-level suppressions: the first is copied into the nested stack's
    // template too; the second stays on the parent only.
    NagSuppressions.addStackSuppressions(
      tooling,
      [{ id: 'AwsSolutions-EC27', reason: 'Short descriptions are generated by the branch tooling.' }],
      true,
    );
    NagSuppressions.addStackSuppressions(tooling, [
      { id: 'AwsSolutions-VPC7', reason: 'Branch VPCs live for hours; flow logs are not retained.' },
      { id: 'CdkNagValidationFailure', reason: 'Branch stacks are rendered from deploy-time parameters.' },
    ]);
  }
}
