import { Duration, NestedStack, NestedStackProps, RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';

export interface DatabaseStackProps extends NestedStackProps {
  readonly vpc: ec2.IVpc;
  readonly encryptionKey: kms.IKey;
}

/**
 * The orders database, kept in a nested stack the way teams often split out
 * stateful parts. It is encrypted and its secret rotates, but it deliberately
 * keeps two weaknesses for the demo: the engine's default port and no deletion
 * protection.
 */
export class DatabaseStack extends NestedStack {
  public readonly instance: rds.DatabaseInstance;

  constructor(scope: Construct, id: string, props: DatabaseStackProps) {
    super(scope, id, props);

    this.instance = new rds.DatabaseInstance(this, 'OrdersDb', {
      engine: rds.DatabaseInstanceEngine.postgres({
        version: rds.PostgresEngineVersion.VER_16_4,
      }),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      credentials: rds.Credentials.fromGeneratedSecret('orders_admin'),
      databaseName: 'orders',
      allocatedStorage: 20,
      storageEncrypted: true,
      storageEncryptionKey: props.encryptionKey,
      multiAz: true,
      backupRetention: Duration.days(7),
      iamAuthentication: true,
      cloudwatchLogsExports: ['postgresql', 'upgrade'],
      // Non-compliant on purpose: no deletion protection (AwsSolutions-RDS10)
      // and port 5432 left at the engine default (AwsSolutions-RDS11).
      deletionProtection: false,
      removalPolicy: RemovalPolicy.SNAPSHOT,
    });

    // Rotating the generated secret makes the database's credentials the
    // compliant case of AwsSolutions-SMG4.
    this.instance.addRotationSingleUser({
      automaticallyAfter: Duration.days(30),
    });
  }
}
