import { CfnParameter, CfnResource, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as eksV2Module from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';

const ALL_CONTROL_PLANE_LOGS = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

/**
 * Containers and builds: ECS clusters and task definitions (ECS2, ECS4,
 * ECS7), EKS clusters (EKS1, EKS2), ECR repositories and registry policies
 * (ECR1) and CodeBuild projects (CB4, CB5).
 */
export class ContainersStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const publicEndpoint = new CfnParameter(this, 'PublicEndpoint', { type: 'String', allowedValues: ['true', 'false'], default: 'false' });
    const logType = new CfnParameter(this, 'ExtraLogType', { type: 'String', default: 'scheduler' });
    const buildImage = new CfnParameter(this, 'BuildImage', { type: 'String', default: 'aws/codebuild/standard:7.0' });
    const insights = new CfnParameter(this, 'Insights', { type: 'String', default: 'enabled' });
    const vpc = ec2.Vpc.fromVpcAttributes(this, 'SharedVpc', {
      vpcId: 'vpc-0123456789abcdef0',
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      privateSubnetIds: ['subnet-0aaaaaaaaaaaaaaaa', 'subnet-0bbbbbbbbbbbbbbbb'],
    });

    // --- ECS ----------------------------------------------------------------
    new ecs.Cluster(this, 'EnhancedCluster', { vpc, containerInsightsV2: ecs.ContainerInsights.ENHANCED });
    new ecs.Cluster(this, 'PlainCluster', { vpc });
    new ecs.CfnCluster(this, 'DisabledInsightsCluster', { clusterSettings: [{ name: 'containerInsights', value: 'disabled' }] });
    new ecs.CfnCluster(this, 'ParamInsightsCluster', { clusterSettings: [{ name: 'containerInsights', value: insights.valueAsString }] });

    const image = ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:1.27');
    const appLogs = new logs.LogGroup(this, 'AppLogs', { retention: logs.RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    const web = new ecs.FargateTaskDefinition(this, 'WebTask', { cpu: 256, memoryLimitMiB: 512 });
    web.addContainer('web', {
      image,
      environment: { STAGE: 'prod' },
      logging: ecs.LogDrivers.awsLogs({ logGroup: appLogs, streamPrefix: 'web' }),
    });
    const worker = new ecs.FargateTaskDefinition(this, 'WorkerTask', { cpu: 256, memoryLimitMiB: 512 });
    worker.addContainer('worker', { image, logging: ecs.LogDrivers.awsLogs({ logGroup: appLogs, streamPrefix: 'worker' }) });
    worker.addContainer('sidecar', { image, essential: false });
    suppress(worker, { id: 'AwsSolutions-ECS7', reason: 'The sidecar writes to the shared volume, shipped by the worker.' });
    new ecs.CfnTaskDefinition(this, 'RawTask', {
      containerDefinitions: [
        { name: 'a', image: 'nginx', logConfiguration: { logDriver: 'awslogs' }, environment: [] },
        { name: 'b', image: 'nginx', logConfiguration: { logDriver: 'fluentd' } },
      ],
    });
    new ecs.CfnTaskDefinition(this, 'UnloggedTask', {
      containerDefinitions: [
        { name: 'a', image: 'nginx', logConfiguration: { logDriver: 'awslogs' } },
        { name: 'b', image: 'nginx', secrets: [{ name: 'TOKEN', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:token' }] },
      ],
    });
    new ecs.CfnTaskDefinition(this, 'NoContainersTask', { family: 'placeholder' });

    // --- EKS ------------------------------------------------------------------
    const clusterRole = 'arn:aws:iam::123456789012:role/eks-cluster';
    const subnets = { subnetIds: ['subnet-0aaaaaaaaaaaaaaaa', 'subnet-0bbbbbbbbbbbbbbbb'] };
    new eks.CfnCluster(this, 'PrivateCluster', {
      roleArn: clusterRole,
      resourcesVpcConfig: { ...subnets, endpointPublicAccess: false, endpointPrivateAccess: true },
      logging: { clusterLogging: { enabledTypes: ALL_CONTROL_PLANE_LOGS.map((type) => ({ type })) } },
    });
    new eks.CfnCluster(this, 'DefaultCluster', { roleArn: clusterRole, resourcesVpcConfig: subnets });
    const partial = new eks.CfnCluster(this, 'PartialLogsCluster', {
      roleArn: clusterRole,
      resourcesVpcConfig: { ...subnets, endpointPublicAccess: true },
      logging: { clusterLogging: { enabledTypes: [{ type: 'api' }, { type: 'audit' }] } },
    });
    suppress(partial, {
      id: 'AwsSolutions-EKS2',
      reason: 'Scheduler and controller logs are collected in-cluster.',
      appliesTo: [{ regex: '/^LogExport::(scheduler|controllerManager)$/' }],
    });
    new eks.CfnCluster(this, 'ParamCluster', {
      roleArn: clusterRole,
      resourcesVpcConfig: { ...subnets, endpointPublicAccess: publicEndpoint.value },
      logging: { clusterLogging: { enabledTypes: [{ type: logType.valueAsString }] } },
    });
    // The shape the aws-eks L2 construct synthesizes: a custom resource that
    // cdk-nag reads through its raw properties.
    new CfnResource(this, 'HandlerManagedCluster', {
      type: 'Custom::AWSCDK-EKS-Cluster',
      properties: {
        ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:eks-provider',
        Config: {
          roleArn: clusterRole,
          resourcesVpcConfig: { ...subnets, endpointPublicAccess: false },
          logging: {
            clusterLogging: [
              { enabled: true, types: ['api', 'audit', 'authenticator'] },
              { enabled: false, types: ['scheduler'] },
            ],
          },
        },
      },
    });
    new CfnResource(this, 'HandlerDefaultCluster', {
      type: 'Custom::AWSCDK-EKS-Cluster',
      properties: { ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:eks-provider', Config: { roleArn: clusterRole } },
    });
    // The same resource type through the aws-eks-v2 module: a different class,
    // which cdk-nag's EKS rules do not recognise (no row).
    new eksV2Module.CfnCluster(this, 'V2ModuleCluster', { roleArn: clusterRole, resourcesVpcConfig: subnets });

    // --- ECR --------------------------------------------------------------------
    const open = new ecr.Repository(this, 'OpenRepo', { removalPolicy: RemovalPolicy.DESTROY });
    open.addToResourcePolicy(new iam.PolicyStatement({ actions: ['ecr:BatchGetImage'], principals: [new iam.AnyPrincipal()] }));
    new ecr.Repository(this, 'PrivateRepo', { removalPolicy: RemovalPolicy.DESTROY });
    new ecr.CfnRepository(this, 'SharedRepo', {
      repositoryPolicyText: {
        Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: ['ecr:BatchGetImage'] }],
      },
    });
    new ecr.CfnRegistryPolicy(this, 'OpenRegistry', {
      policyText: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['ecr:ReplicateImage'], Resource: '*' }] },
    });
    new ecr.CfnRegistryPolicy(this, 'DenyAllRegistry', {
      policyText: {
        Statement: [
          { Effect: 'Deny', Principal: '*', Action: ['ecr:*'], Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: ['ecr:CreateRepository'], Resource: '*' },
        ],
      },
    });

    // --- CodeBuild --------------------------------------------------------------
    const buildKey = new kms.Key(this, 'BuildKey', { enableKeyRotation: true, removalPolicy: RemovalPolicy.DESTROY });
    new codebuild.PipelineProject(this, 'ManagedImageBuild', {
      environment: { buildImage: codebuild.LinuxBuildImage.STANDARD_7_0 },
      encryptionKey: buildKey,
    });
    new codebuild.PipelineProject(this, 'CustomImageBuild', {
      environment: { buildImage: codebuild.LinuxBuildImage.fromDockerRegistry('node:22-bookworm') },
    });
    const raw = (id: string, environmentImage: string, encryptionKey?: string) =>
      new codebuild.CfnProject(this, id, {
        serviceRole: 'arn:aws:iam::123456789012:role/codebuild',
        artifacts: { type: 'NO_ARTIFACTS' },
        source: { type: 'NO_SOURCE', buildSpec: 'version: 0.2' },
        environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: environmentImage },
        encryptionKey,
      });
    raw('S3KeyBuild', 'aws/codebuild/amazonlinux-x86_64-standard:5.0', 'alias/aws/s3');
    raw('CmkBuild', 'aws/codebuild/amazonlinux-x86_64-standard:5.0', 'arn:aws:kms:us-east-1:123456789012:key/build');
    raw('ParamImageBuild', buildImage.valueAsString, 'arn:aws:kms:us-east-1:123456789012:key/build');
    const ecrImage = raw('PrivateImageBuild', '123456789012.dkr.ecr.us-east-1.amazonaws.com/builder:3', 'arn:aws:kms:us-east-1:123456789012:key/build');
    suppress(ecrImage, { id: 'AwsSolutions-CB5', reason: 'Hardened builder image, rebuilt weekly from the golden base.' });
  }
}
