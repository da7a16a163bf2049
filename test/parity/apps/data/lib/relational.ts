import { CfnParameter, Duration, NestedStack, NestedStackProps, RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';

export interface RelationalProps extends NestedStackProps {
  readonly vpc: ec2.IVpc;
}

interface InstanceCase {
  readonly id: string;
  readonly engine: string;
  readonly port?: string;
  readonly encrypted?: boolean;
  readonly multiAz?: boolean;
  readonly deletionProtection?: boolean;
  readonly backupRetentionPeriod?: number;
}

/**
 * RDS instances and Aurora clusters in a nested stack (RDS2, RDS3, RDS6,
 * RDS8, RDS10, RDS11, RDS13, RDS14, RDS16), with a secret rotated through its
 * target attachment (SMG4).
 */
export class Relational extends NestedStack {
  constructor(scope: Construct, id: string, props: RelationalProps) {
    super(scope, id, props);

    const engineParam = new CfnParameter(this, 'LegacyEngine', { type: 'String', default: 'mysql' });
    const retentionParam = new CfnParameter(this, 'RetentionDays', { type: 'Number', default: 7 });

    // --- L2 instance and cluster -----------------------------------------------
    const orders = new rds.DatabaseInstance(this, 'Orders', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MICRO),
      credentials: rds.Credentials.fromGeneratedSecret('orders_admin'),
      multiAz: true,
      storageEncrypted: true,
      deletionProtection: true,
      port: 5433,
      backupRetention: Duration.days(14),
      removalPolicy: RemovalPolicy.SNAPSHOT,
    });
    // Rotation scheduled on the secret's target attachment, not the secret.
    orders.addRotationSingleUser();

    new rds.DatabaseInstance(this, 'Reports', {
      engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }),
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MICRO),
      backupRetention: Duration.days(0),
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const ledger = new rds.DatabaseCluster(this, 'Ledger', {
      engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      writer: rds.ClusterInstance.provisioned('Writer', { instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE) }),
      readers: [rds.ClusterInstance.serverlessV2('Reader')],
      serverlessV2MaxCapacity: 4,
      storageEncrypted: true,
      iamAuthentication: true,
      deletionProtection: true,
      backtrackWindow: Duration.hours(24),
      port: 3307,
      removalPolicy: RemovalPolicy.SNAPSHOT,
    });
    suppress(ledger, { id: 'AwsSolutions-SMG4', reason: 'Credentials rotate through the platform vault, not Secrets Manager.' });
    suppress(ledger.node.findChild('Secret'), { id: 'AwsSolutions-SMG4', reason: 'Credentials rotate through the platform vault, not Secrets Manager.' });

    // --- L1 instances: one line per configuration --------------------------------
    const instances: InstanceCase[] = [
      { id: 'MysqlDefaults', engine: 'mysql' },
      { id: 'MysqlDefaultPort', engine: 'mysql', port: '3306', encrypted: true, multiAz: true, deletionProtection: true },
      { id: 'MariadbCustomPort', engine: 'mariadb', port: '3307', encrypted: true, multiAz: false, backupRetentionPeriod: 7 },
      { id: 'PostgresDefaultPort', engine: 'postgres', port: '5432', deletionProtection: false, backupRetentionPeriod: 0 },
      { id: 'OracleDefaultPort', engine: 'oracle-ee', port: '1521', encrypted: false, multiAz: true },
      { id: 'OracleCustomPort', engine: 'oracle-se2', port: '1522', encrypted: true, multiAz: true, deletionProtection: true },
      { id: 'SqlServerDefaultPort', engine: 'sqlserver-se', port: '1433', encrypted: true },
      { id: 'SqlServerCustomPort', engine: 'sqlserver-ex', port: '1434', multiAz: true, deletionProtection: true, backupRetentionPeriod: 3 },
      { id: 'AuroraMemberNoPort', engine: 'aurora-postgresql' },
      { id: 'AuroraMemberMixedCase', engine: 'Aurora-MySQL', port: '3306' },
      { id: 'Db2Instance', engine: 'db2-se', port: '50000', encrypted: true },
    ];
    for (const c of instances) {
      new rds.CfnDBInstance(this, c.id, {
        engine: c.engine,
        dbInstanceClass: 'db.t4g.micro',
        allocatedStorage: '20',
        port: c.port,
        storageEncrypted: c.encrypted,
        multiAz: c.multiAz,
        deletionProtection: c.deletionProtection,
        backupRetentionPeriod: c.backupRetentionPeriod,
      });
    }
    // The engine is a parameter: rules that resolve it cannot decide, while
    // RDS2 reads the unresolved token text and decides anyway.
    new rds.CfnDBInstance(this, 'ParamEngine', {
      engine: engineParam.valueAsString,
      dbInstanceClass: 'db.t4g.micro',
      allocatedStorage: '20',
      port: '3310',
    });
    new rds.CfnDBInstance(this, 'ParamRetention', {
      engine: 'postgres',
      dbInstanceClass: 'db.t4g.micro',
      allocatedStorage: '20',
      port: '5440',
      storageEncrypted: true,
      multiAz: true,
      deletionProtection: true,
      backupRetentionPeriod: retentionParam.valueAsNumber,
    });

    // --- L1 clusters -------------------------------------------------------------
    new rds.CfnDBCluster(this, 'AuroraMysqlDefaultPort', {
      engine: 'aurora-mysql',
      port: 3306,
      storageEncrypted: false,
      enableIamDatabaseAuthentication: false,
      deletionProtection: false,
      backtrackWindow: 0,
    });
    new rds.CfnDBCluster(this, 'AuroraPostgresProvisioned', {
      engine: 'aurora-postgresql',
      engineMode: 'provisioned',
      port: 5432,
      storageEncrypted: true,
      enableIamDatabaseAuthentication: true,
      deletionProtection: true,
    });
    new rds.CfnDBCluster(this, 'AuroraPostgresServerless', {
      engine: 'aurora-postgresql',
      engineMode: 'serverless',
      port: 5432,
      storageEncrypted: true,
    });
    const serverlessMysql = new rds.CfnDBCluster(this, 'AuroraMysqlServerless', {
      engine: 'aurora-mysql',
      engineMode: 'serverless',
      port: 3308,
      storageEncrypted: true,
      enableIamDatabaseAuthentication: true,
      deletionProtection: true,
      backtrackWindow: 72,
      enableCloudwatchLogsExports: ['error'],
    });
    // Granular suppressions: one finding by exact id, one by regex; the
    // third (audit) stays non-compliant.
    suppress(
      serverlessMysql,
      { id: 'AwsSolutions-RDS16', reason: 'General log is too noisy for this workload.', appliesTo: ['LogExport::general'] },
      { id: 'AwsSolutions-RDS16', reason: 'Slow queries are traced by the APM agent instead.', appliesTo: [{ regex: '/^LogExport::slow/' }] },
    );
    new rds.CfnDBCluster(this, 'AuroraLegacyServerless', {
      engine: 'aurora',
      engineMode: 'serverless',
      port: 3306,
      storageEncrypted: true,
      enableCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
    });
    new rds.CfnDBCluster(this, 'MultiAzMysqlCluster', {
      engine: 'mysql',
      dbClusterInstanceClass: 'db.m6gd.large',
      storageEncrypted: true,
      deletionProtection: true,
    });
    // Restored from a snapshot: no engine at all. RDS6 skips it; the rules
    // that lower-case the engine cannot evaluate.
    new rds.CfnDBCluster(this, 'RestoredCluster', {
      snapshotIdentifier: 'arn:aws:rds:us-east-1:123456789012:cluster-snapshot:parity',
      port: 4406,
    });

    // --- DB security groups (RDS8) -----------------------------------------------
    new rds.CfnDBSecurityGroup(this, 'ClassicOpenDbSg', {
      groupDescription: 'EC2-Classic era group',
      dbSecurityGroupIngress: [{ cidrip: '10.0.0.0/8' }, { cidrip: '0.0.0.0/0' }],
    });
    const closedSg = new rds.CfnDBSecurityGroup(this, 'ClassicClosedDbSg', {
      groupDescription: 'EC2-Classic era group',
      dbSecurityGroupIngress: [{ ec2SecurityGroupName: 'app-servers' }],
    });
    new rds.CfnDBSecurityGroupIngress(this, 'ClassicOpenIngress', { dbSecurityGroupName: closedSg.ref, cidrip: '0.0.0.0/0' });
    new rds.CfnDBSecurityGroupIngress(this, 'ClassicNarrowIngress', { dbSecurityGroupName: closedSg.ref, cidrip: '192.168.10.0/24' });
  }
}
