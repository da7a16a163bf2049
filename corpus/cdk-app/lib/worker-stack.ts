import { NestedStack, NestedStackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface WorkerStackProps extends NestedStackProps {
  readonly vpc: ec2.IVpc;
  readonly workQueue: sqs.IQueue;
}

/**
 * A Fargate service that drains the work queue. The image comes from a public
 * registry so that synthesis needs neither Docker nor an image asset.
 */
export class WorkerStack extends NestedStack {
  constructor(scope: Construct, id: string, props: WorkerStackProps) {
    super(scope, id, props);

    const cluster = new ecs.Cluster(this, 'Cluster', {
      vpc: props.vpc,
      containerInsightsV2: ecs.ContainerInsights.ENABLED,
    });

    const taskDefinition = new ecs.FargateTaskDefinition(this, 'WorkerTask', {
      cpu: 256,
      memoryLimitMiB: 512,
    });

    taskDefinition.addContainer('worker', {
      image: ecs.ContainerImage.fromRegistry('public.ecr.aws/docker/library/busybox:1.36'),
      command: ['sh', '-c', 'while true; do sleep 60; done'],
      environment: {
        QUEUE_URL: props.workQueue.queueUrl,
      },
      logging: ecs.LogDrivers.awsLogs({
        streamPrefix: 'worker',
        logGroup: new logs.LogGroup(this, 'WorkerLogs', {
          retention: logs.RetentionDays.TWO_WEEKS,
        }),
      }),
    });
    props.workQueue.grantConsumeMessages(taskDefinition.taskRole);

    new ecs.FargateService(this, 'WorkerService', {
      cluster,
      taskDefinition,
      desiredCount: 1,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      circuitBreaker: { rollback: true },
    });
  }
}
