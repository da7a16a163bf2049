import { CfnCondition, CfnParameter, Duration, Fn, Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';

export interface LoadBalancersStackProps extends StackProps {
  readonly vpc: ec2.IVpc;
}

/** Classic, application and network load balancers (ELB1 to ELB5). */
export class LoadBalancersStack extends Stack {
  constructor(scope: Construct, id: string, props: LoadBalancersStackProps) {
    super(scope, id, props);

    const protocol = new CfnParameter(this, 'ListenerProtocol', { type: 'String', default: 'TCP' });
    const logsOn = new CfnParameter(this, 'AccessLogsEnabled', { type: 'String', default: 'true' });
    const subnetList = new CfnParameter(this, 'SubnetList', { type: 'CommaDelimitedList' });
    const crossZoneWanted = new CfnCondition(this, 'CrossZoneWanted', {
      expression: Fn.conditionEquals(protocol.valueAsString, 'TCP'),
    });
    const publicSubnets = props.vpc.publicSubnets.map((s) => s.subnetId);

    const logBucket = new s3.Bucket(this, 'LbLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
    });
    suppress(logBucket, { id: 'AwsSolutions-S1', reason: 'This bucket is the access log destination itself.' });

    // --- Classic load balancers (L1) -------------------------------------------
    new elb.CfnLoadBalancer(this, 'HardenedClb', {
      subnets: publicSubnets,
      crossZone: true,
      listeners: [
        { protocol: 'SSL', loadBalancerPort: '443', instancePort: '8443', instanceProtocol: 'SSL' },
        { protocol: 'TCP', loadBalancerPort: '25', instancePort: '25' },
      ],
      accessLoggingPolicy: { enabled: true, s3BucketName: logBucket.bucketName, emitInterval: 5 },
      connectionDrainingPolicy: { enabled: true, timeout: 60 },
    });
    new elb.CfnLoadBalancer(this, 'HttpClb', {
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      listeners: [{ protocol: 'HTTP', loadBalancerPort: '80', instancePort: '8080' }],
    });
    new elb.CfnLoadBalancer(this, 'HttpsToHttpClb', {
      availabilityZones: ['us-east-1a'],
      crossZone: true,
      listeners: [
        { protocol: 'HTTPS', loadBalancerPort: '443', instancePort: '80', instanceProtocol: 'HTTP', sslCertificateId: 'arn:aws:acm:us-east-1:123456789012:certificate/parity' },
      ],
      accessLoggingPolicy: { enabled: false, s3BucketName: logBucket.bucketName },
      connectionDrainingPolicy: { enabled: false },
    });
    new elb.CfnLoadBalancer(this, 'SslToTcpClb', {
      subnets: [publicSubnets[0]],
      crossZone: false,
      listeners: [{ protocol: 'ssl', loadBalancerPort: '636', instancePort: '389', instanceProtocol: 'tcp' }],
      accessLoggingPolicy: { enabled: true, s3BucketName: logBucket.bucketName },
    });
    // Values only known at deploy time: cdk-nag cannot decide these.
    new elb.CfnLoadBalancer(this, 'ParamClb', {
      subnets: publicSubnets,
      crossZone: Fn.conditionIf(crossZoneWanted.logicalId, true, false),
      listeners: [{ protocol: protocol.valueAsString, loadBalancerPort: '443', instancePort: '443' }],
      accessLoggingPolicy: { enabled: logsOn.value, s3BucketName: logBucket.bucketName },
      connectionDrainingPolicy: { enabled: logsOn.value },
    });
    // A subnet list from a parameter is one token: too few subnets for ELB4.
    new elb.CfnLoadBalancer(this, 'TokenSubnetsClb', {
      subnets: subnetList.valueAsList,
      crossZone: true,
      listeners: [{ protocol: 'TCP', loadBalancerPort: '22', instancePort: '22' }],
      connectionDrainingPolicy: { enabled: true },
    });

    // --- Classic load balancer (L2) ------------------------------------------
    const classic = new elb.LoadBalancer(this, 'ManagedClb', {
      vpc: props.vpc,
      internetFacing: true,
      crossZone: true,
      healthCheck: { port: 80 },
    });
    classic.addListener({ externalPort: 80, internalPort: 8080 });

    // --- Application and network load balancers ------------------------------
    const alb = new elbv2.ApplicationLoadBalancer(this, 'PublicAlb', { vpc: props.vpc, internetFacing: true });
    alb.logAccessLogs(logBucket, 'alb');
    alb.addListener('Http', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(404) });
    new elbv2.NetworkLoadBalancer(this, 'InternalNlb', {
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      crossZoneEnabled: true,
    });
    new elbv2.CfnLoadBalancer(this, 'ParamLoggedAlb', {
      type: 'application',
      subnets: publicSubnets,
      loadBalancerAttributes: [
        { key: 'access_logs.s3.enabled', value: logsOn.valueAsString },
        { key: 'idle_timeout.timeout_seconds', value: Duration.minutes(2).toSeconds().toString() },
      ],
    });
    new elbv2.CfnLoadBalancer(this, 'ExplicitlyUnloggedNlb', {
      type: 'network',
      subnets: publicSubnets,
      loadBalancerAttributes: [{ key: 'access_logs.s3.enabled', value: 'false' }],
    });
  }
}
