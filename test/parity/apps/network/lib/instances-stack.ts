import { CfnParameter, Stack, StackProps } from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface InstancesStackProps extends StackProps {
  readonly vpc: ec2.IVpc;
}

/**
 * Launch templates, launch configurations, instances and Auto Scaling groups
 * (EC26, EC28, EC29, AS1, AS2, AS3).
 *
 * cdk-nag's EC26 walks every launch template of the stack when it checks an
 * instance or a group, comparing names with `===`: an instance that names no
 * template throws inside that loop (could-not-evaluate), and a template with
 * no name matches every instance that points at a template by id only. Both
 * happen here on purpose; network-stack.ts has instances in a stack without
 * launch templates for contrast.
 */
export class InstancesStack extends Stack {
  constructor(scope: Construct, id: string, props: InstancesStackProps) {
    super(scope, id, props);

    const cooldown = new CfnParameter(this, 'Cooldown', { type: 'String', default: '120' });
    const encryptDisks = new CfnParameter(this, 'EncryptDisks', {
      type: 'String',
      allowedValues: ['true', 'false'],
      default: 'true',
    });

    // First in the tree and without a name: the template that every
    // id-only reference ends up matching.
    const unnamed = new ec2.LaunchTemplate(this, 'UnnamedTemplate', {
      machineImage: ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-0123456789abcdef0' }),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.SMALL),
      blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(16, { encrypted: true }) }],
    });
    new ec2.CfnLaunchTemplate(this, 'EncryptedTemplate', {
      launchTemplateName: 'parity-encrypted',
      launchTemplateData: {
        imageId: 'ami-0123456789abcdef0',
        blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 16, encrypted: true } }],
      },
    });
    new ec2.CfnLaunchTemplate(this, 'PlainTemplate', {
      launchTemplateName: 'parity-plain',
      launchTemplateData: { imageId: 'ami-0123456789abcdef0' },
    });
    const unencrypted = new ec2.CfnLaunchTemplate(this, 'UnencryptedTemplate', {
      launchTemplateName: 'parity-unencrypted',
      launchTemplateData: {
        imageId: 'ami-0123456789abcdef0',
        blockDeviceMappings: [
          { deviceName: '/dev/xvda', ebs: { volumeSize: 16, encrypted: true } },
          { deviceName: '/dev/xvdb', ebs: { volumeSize: 16, encrypted: false } },
        ],
      },
    });

    // --- Instances -----------------------------------------------------------
    const encryptedDisk = [{ deviceName: '/dev/xvda', ebs: { volumeSize: 16, encrypted: true } }];
    new ec2.CfnInstance(this, 'ViaEncryptedTemplate', {
      launchTemplate: { launchTemplateName: 'parity-encrypted', version: '1' },
      monitoring: true,
      disableApiTermination: true,
    });
    new ec2.CfnInstance(this, 'ViaPlainTemplate', {
      launchTemplate: { launchTemplateName: 'parity-plain', version: '1' },
    });
    new ec2.CfnInstance(this, 'ViaUnencryptedTemplate', {
      launchTemplate: { launchTemplateName: 'parity-unencrypted', version: '1' },
      blockDeviceMappings: encryptedDisk,
      monitoring: true,
    });
    new ec2.CfnInstance(this, 'UnencryptedTemplateById', {
      launchTemplate: { launchTemplateId: unencrypted.ref, version: unencrypted.attrLatestVersionNumber },
      disableApiTermination: true,
    });
    new ec2.CfnInstance(this, 'ForeignTemplate', {
      launchTemplate: { launchTemplateName: 'defined-in-another-account', version: '3' },
      blockDeviceMappings: encryptedDisk,
    });
    new ec2.CfnInstance(this, 'ForeignTemplateNoDisks', {
      launchTemplate: { launchTemplateName: 'defined-in-another-account', version: '3' },
    });
    new ec2.CfnInstance(this, 'NoTemplate', {
      imageId: 'ami-0123456789abcdef0',
      blockDeviceMappings: encryptedDisk,
      monitoring: true,
      disableApiTermination: true,
    });
    // The L2 instance with IMDSv2 required gets a named launch template of its own.
    new ec2.Instance(this, 'Imdsv2Instance', {
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
      machineImage: ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-0123456789abcdef0' }),
      requireImdsv2: true,
      detailedMonitoring: true,
      blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(12, { encrypted: true }) }],
    });

    // --- Launch configurations -------------------------------------------------
    const goodLc = new autoscaling.CfnLaunchConfiguration(this, 'EncryptedLaunchConfig', {
      imageId: 'ami-0123456789abcdef0',
      instanceType: 't3.micro',
      instanceMonitoring: true,
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 16, encrypted: true } }],
    });
    new autoscaling.CfnLaunchConfiguration(this, 'BareLaunchConfig', {
      imageId: 'ami-0123456789abcdef0',
      instanceType: 't3.micro',
      instanceMonitoring: false,
    });
    new autoscaling.CfnLaunchConfiguration(this, 'ParamLaunchConfig', {
      imageId: 'ami-0123456789abcdef0',
      instanceType: 't3.micro',
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 16, encrypted: encryptDisks.value } }],
    });
    // An instance-store mapping has no `ebs` block; cdk-nag reads
    // `ebs.encrypted` regardless and fails to evaluate the rule.
    new autoscaling.CfnLaunchConfiguration(this, 'EphemeralLaunchConfig', {
      imageId: 'ami-0123456789abcdef0',
      instanceType: 'm5d.large',
      blockDeviceMappings: [{ deviceName: '/dev/sdb', virtualName: 'ephemeral0' }],
    });

    // --- Auto Scaling groups ---------------------------------------------------
    const alarms = new sns.Topic(this, 'ScalingEvents', {
      masterKey: new kms.Key(this, 'ScalingEventsKey', { enableKeyRotation: true }),
    });
    const allEvents = [
      'autoscaling:EC2_INSTANCE_LAUNCH',
      'autoscaling:EC2_INSTANCE_LAUNCH_ERROR',
      'autoscaling:EC2_INSTANCE_TERMINATE',
      'autoscaling:EC2_INSTANCE_TERMINATE_ERROR',
    ];
    new autoscaling.CfnAutoScalingGroup(this, 'TunedGroup', {
      minSize: '1',
      maxSize: '3',
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      launchTemplate: { launchTemplateName: 'parity-encrypted', version: '1' },
      cooldown: '300',
      healthCheckType: 'ELB',
      healthCheckGracePeriod: 120,
      notificationConfigurations: [
        { topicArn: alarms.topicArn, notificationTypes: allEvents.slice(0, 2) },
        { topicArn: alarms.topicArn, notificationTypes: allEvents.slice(2) },
      ],
    });
    new autoscaling.CfnAutoScalingGroup(this, 'CarelessGroup', {
      minSize: '1',
      maxSize: '3',
      availabilityZones: ['us-east-1a'],
      launchTemplate: { launchTemplateName: 'parity-unencrypted', version: '1' },
      cooldown: '0',
      healthCheckType: 'ELB',
      notificationConfigurations: [{ topicArn: alarms.topicArn, notificationTypes: allEvents.slice(0, 3) }],
    });
    new autoscaling.CfnAutoScalingGroup(this, 'LaunchConfigGroup', {
      minSize: '0',
      maxSize: '1',
      availabilityZones: ['us-east-1a'],
      launchConfigurationName: goodLc.ref,
      healthCheckType: 'EC2',
    });
    new autoscaling.CfnAutoScalingGroup(this, 'ForeignTemplateGroup', {
      minSize: '0',
      maxSize: '1',
      availabilityZones: ['us-east-1b'],
      launchTemplate: { launchTemplateName: 'defined-in-another-account', version: '3' },
      cooldown: cooldown.valueAsString,
    });
    new autoscaling.AutoScalingGroup(this, 'ManagedGroup', {
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      launchTemplate: unnamed,
      minCapacity: 1,
      maxCapacity: 2,
      notifications: [{ topic: alarms, scalingEvents: autoscaling.ScalingEvents.ALL }],
    });
  }
}
