import { Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/**
 * The shared network: one VPC across two zones, with flow logs on so that
 * traffic can be audited (the compliant side of AwsSolutions-VPC7).
 */
export class NetworkStack extends Stack {
  public readonly vpc: ec2.Vpc;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const flowLogGroup = new logs.LogGroup(this, 'FlowLogGroup', {
      retention: logs.RetentionDays.ONE_MONTH,
    });

    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.40.0.0/16'),
      // Zones are spelled out so that synthesis never needs an AWS lookup.
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      natGateways: 1,
      // Leaving the default security group alone avoids a custom resource
      // whose Lambda code would be a file asset in cdk.out.
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22 },
        { name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
      flowLogs: {
        all: {
          destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogGroup),
          trafficType: ec2.FlowLogTrafficType.ALL,
        },
      },
    });

    // Non-compliant on purpose: SSH open to the whole internet
    // (AwsSolutions-EC23), the classic "temporary" rule that stayed.
    const adminAccess = new ec2.SecurityGroup(this, 'AdminAccessSg', {
      vpc: this.vpc,
      description: 'SSH access for operators',
      allowAllOutbound: false,
    });
    adminAccess.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'SSH from anywhere');
  }
}
