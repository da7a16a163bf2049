import { CfnCondition, CfnParameter, Fn, Size, Stack, StackProps, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';

/**
 * VPCs, flow logs, network ACLs and security groups (VPC3, VPC7, EC23, EC27),
 * plus plain EC2 instances and volumes (EC26, EC28, EC29). This stack holds
 * no launch template on purpose: see instances-stack.ts for why that matters.
 */
export class NetworkStack extends Stack {
  readonly vpc: ec2.Vpc;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const allowedCidr = new CfnParameter(this, 'AllowedCidr', {
      type: 'String',
      default: '10.0.0.0/8',
      description: 'A CIDR range only known at deploy time',
    });
    const stage = new CfnParameter(this, 'StageName', { type: 'String', default: 'dev' });
    const isProd = new CfnCondition(this, 'IsProd', {
      expression: Fn.conditionEquals(stage.valueAsString, 'prod'),
    });

    // --- VPCs and flow logs (VPC7) -------------------------------------------
    // Good: the L2 VPC with a flow log attached by CDK.
    this.vpc = new ec2.Vpc(this, 'AppVpc', {
      maxAzs: 2,
      natGateways: 0,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
      flowLogs: { all: { trafficType: ec2.FlowLogTrafficType.ALL } },
    });

    // Bad: an L2 VPC without flow logs. It also restricts its default security
    // group, which adds a custom resource whose provider role and function are
    // plain CfnResource objects: cdk-nag never looks at those.
    new ec2.Vpc(this, 'SandboxVpc', {
      maxAzs: 1,
      natGateways: 0,
      restrictDefaultSecurityGroup: true,
      subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    });

    // L1 VPCs: a flow log found through Ref, one through Fn::GetAtt, a flow
    // log of the wrong resource type, and none at all.
    const byRef = new ec2.CfnVPC(this, 'RefLoggedVpc', { cidrBlock: '10.10.0.0/16' });
    const byAtt = new ec2.CfnVPC(this, 'AttLoggedVpc', { cidrBlock: '10.11.0.0/16' });
    const wrongType = new ec2.CfnVPC(this, 'SubnetTypedFlowLogVpc', { cidrBlock: '10.12.0.0/16' });
    const bare = new ec2.CfnVPC(this, 'BareVpc', { cidrBlock: '10.13.0.0/16' });
    const flowLogGroup = new logs.LogGroup(this, 'FlowLogGroup', { retention: logs.RetentionDays.ONE_MONTH });
    new ec2.CfnFlowLog(this, 'RefFlowLog', {
      resourceId: byRef.ref,
      resourceType: 'VPC',
      trafficType: 'ALL',
      logGroupName: flowLogGroup.logGroupName,
      deliverLogsPermissionArn: 'arn:aws:iam::123456789012:role/flow-logs-delivery',
    });
    new ec2.CfnFlowLog(this, 'AttFlowLog', {
      resourceId: byAtt.attrVpcId,
      resourceType: 'VPC',
      trafficType: 'REJECT',
      logDestinationType: 's3',
      logDestination: 'arn:aws:s3:::central-flow-logs-123456789012',
    });
    new ec2.CfnFlowLog(this, 'MistypedFlowLog', {
      resourceId: wrongType.ref,
      resourceType: 'Subnet',
      trafficType: 'ALL',
      logDestinationType: 's3',
      logDestination: 'arn:aws:s3:::central-flow-logs-123456789012',
    });
    suppress(bare, { id: 'AwsSolutions-VPC7', reason: 'Scratch VPC torn down nightly; no traffic worth logging.' });

    // --- Network ACLs (VPC3, always non-compliant) ---------------------------
    const acl = new ec2.NetworkAcl(this, 'IsolatedAcl', {
      vpc: this.vpc,
      subnetSelection: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    });
    acl.addEntry('AllowVpcInbound', {
      cidr: ec2.AclCidr.ipv4('10.0.0.0/16'),
      ruleNumber: 100,
      traffic: ec2.AclTraffic.allTraffic(),
      direction: ec2.TrafficDirection.INGRESS,
    });
    const rawAcl = new ec2.CfnNetworkAcl(this, 'RawAcl', { vpcId: bare.ref });
    const rawEntry = new ec2.CfnNetworkAclEntry(this, 'RawAclEntry', {
      networkAclId: rawAcl.ref,
      protocol: -1,
      ruleAction: 'deny',
      ruleNumber: 10,
      cidrBlock: '0.0.0.0/0',
    });
    suppress(rawEntry, { id: 'AwsSolutions-VPC3', reason: 'Deny-all entry kept as a documented kill switch.' });

    // --- Security groups (EC23, EC27) ----------------------------------------
    const web = new ec2.SecurityGroup(this, 'WebSg', { vpc: this.vpc, description: 'Public web entry point' });
    web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS from anywhere');
    const web6 = new ec2.SecurityGroup(this, 'Web6Sg', { vpc: this.vpc, description: 'IPv6 web entry point' });
    web6.addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.tcp(443));
    const internal = new ec2.SecurityGroup(this, 'InternalSg', { vpc: this.vpc, description: 'East-west traffic only' });
    internal.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(8080));
    // Peer security groups become separate AWS::EC2::SecurityGroupIngress resources.
    internal.addIngressRule(web, ec2.Port.tcp(8443), 'From the web tier');
    internal.connections.allowFrom(web6, ec2.Port.tcp(9443));
    const adminSg = new ec2.SecurityGroup(this, 'AdminSg', { vpc: this.vpc, description: 'Bastion access' });
    adminSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
    suppress(adminSg, { id: 'AwsSolutions-EC23', reason: 'Bastion reachable from the on-call rota laptops anywhere.' });

    // L1 groups: a one-character description, a description only known at
    // deploy time (cdk-nag cannot resolve it), a parameter CIDR and an IPv6
    // /0 in an inline rule.
    new ec2.CfnSecurityGroup(this, 'TerseSg', { groupDescription: 'x', vpcId: bare.ref });
    new ec2.CfnSecurityGroup(this, 'ParamDescribedSg', {
      groupDescription: stage.valueAsString,
      vpcId: bare.ref,
      securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 80, toPort: 80, cidrIp: '192.168.0.0/24' }],
    });
    new ec2.CfnSecurityGroup(this, 'ParamCidrSg', {
      groupDescription: 'Ingress from a deploy-time CIDR',
      vpcId: bare.ref,
      securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIp: allowedCidr.valueAsString }],
    });
    const open6 = new ec2.CfnSecurityGroup(this, 'OpenIpv6Sg', {
      groupDescription: 'Inline IPv6 rule open to the world',
      vpcId: bare.ref,
      securityGroupIngress: [
        { ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIp: '172.16.0.0/12' },
        { ipProtocol: 'tcp', fromPort: 25, toPort: 25, cidrIpv6: '::/0' },
      ],
    });
    new ec2.CfnSecurityGroupIngress(this, 'OpenIngress', {
      groupId: open6.attrGroupId,
      ipProtocol: 'udp',
      fromPort: 53,
      toPort: 53,
      cidrIp: '0.0.0.0/0',
    });
    new ec2.CfnSecurityGroupIngress(this, 'ConditionalIngress', {
      groupId: open6.attrGroupId,
      ipProtocol: 'tcp',
      fromPort: 5432,
      toPort: 5432,
      cidrIp: Token.asString(Fn.conditionIf(isProd.logicalId, '10.0.0.0/16', '0.0.0.0/0')),
    });
    new ec2.CfnSecurityGroupIngress(this, 'NarrowIngress', {
      groupId: open6.attrGroupId,
      ipProtocol: 'tcp',
      fromPort: 6379,
      toPort: 6379,
      cidrIpv6: '2001:db8::/32',
    });

    // --- Plain instances and volumes (EC26, EC28, EC29) ----------------------
    const image = ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-0123456789abcdef0' });
    new ec2.Instance(this, 'HardenedInstance', {
      vpc: this.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
      machineImage: image,
      securityGroup: internal,
      detailedMonitoring: true,
      disableApiTermination: true,
      blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { encrypted: true }) }],
    });
    new ec2.Instance(this, 'DefaultInstance', {
      vpc: this.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
      machineImage: image,
      securityGroup: web,
    });
    new ec2.CfnInstance(this, 'MixedDisksInstance', {
      imageId: 'ami-0123456789abcdef0',
      monitoring: false,
      disableApiTermination: false,
      blockDeviceMappings: [
        { deviceName: '/dev/xvda', ebs: { volumeSize: 10, encrypted: true } },
        { deviceName: '/dev/xvdb', ebs: { volumeSize: 10 } },
      ],
    });
    new ec2.CfnInstance(this, 'ConditionalInstance', {
      imageId: 'ami-0123456789abcdef0',
      monitoring: Fn.conditionIf(isProd.logicalId, true, false),
      disableApiTermination: Fn.conditionIf(isProd.logicalId, true, false),
      blockDeviceMappings: [
        { deviceName: '/dev/xvda', ebs: { volumeSize: 10, encrypted: Fn.conditionIf(isProd.logicalId, true, false) } },
      ],
    });
    new ec2.Volume(this, 'EncryptedVolume', {
      availabilityZone: 'us-east-1a',
      size: Size.gibibytes(8),
      encrypted: true,
    });
    new ec2.CfnVolume(this, 'PlainVolume', { availabilityZone: 'us-east-1a', size: 8 });
    new ec2.CfnVolume(this, 'ExplicitlyPlainVolume', { availabilityZone: 'us-east-1b', size: 8, encrypted: false });
    new ec2.CfnVolume(this, 'ConditionalVolume', {
      availabilityZone: 'us-east-1b',
      size: 8,
      encrypted: Fn.conditionIf(isProd.logicalId, true, false),
    });
  }
}
