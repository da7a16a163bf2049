import { CfnCondition, CfnParameter, Fn, RemovalPolicy, SecretValue, Stack, StackProps } from 'aws-cdk-lib';
import * as dax from 'aws-cdk-lib/aws-dax';
import * as docdb from 'aws-cdk-lib/aws-docdb';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import * as neptune from 'aws-cdk-lib/aws-neptune';
import * as redshift from 'aws-cdk-lib/aws-redshift';
import * as timestream from 'aws-cdk-lib/aws-timestream';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';
import { Relational } from './relational';

/**
 * The database estate: a VPC, a nested stack of relational databases, and
 * DynamoDB/DAX, ElastiCache, Neptune, DocumentDB, Timestream and Redshift
 * in this stack.
 */
export class DatabasesStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'DataVpc', {
      maxAzs: 2,
      natGateways: 0,
      subnetConfiguration: [{ name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
      flowLogs: { rejected: { trafficType: ec2.FlowLogTrafficType.REJECT } },
    });
    new Relational(this, 'Relational', { vpc });

    const toggle = new CfnParameter(this, 'FeatureToggle', {
      type: 'String',
      allowedValues: ['true', 'false'],
      default: 'true',
    });
    const toggleOn = new CfnCondition(this, 'ToggleOn', { expression: Fn.conditionEquals(toggle.valueAsString, 'true') });
    const adminName = new CfnParameter(this, 'AdminName', { type: 'String', default: 'warehouse_admin' });
    const cachePort = new CfnParameter(this, 'CachePort', { type: 'Number', default: 6380 });
    const cacheEngine = new CfnParameter(this, 'CacheEngine', { type: 'String', default: 'redis' });

    // --- DynamoDB (DDB3) and DAX (DDB4) ----------------------------------------
    new dynamodb.Table(this, 'Orders', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    new dynamodb.Table(this, 'Sessions', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    new dynamodb.CfnTable(this, 'PitrOff', {
      keySchema: [{ attributeName: 'pk', keyType: 'HASH' }],
      attributeDefinitions: [{ attributeName: 'pk', attributeType: 'S' }],
      billingMode: 'PAY_PER_REQUEST',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: false },
    });
    new dynamodb.CfnTable(this, 'PitrParam', {
      keySchema: [{ attributeName: 'pk', keyType: 'HASH' }],
      attributeDefinitions: [{ attributeName: 'pk', attributeType: 'S' }],
      billingMode: 'PAY_PER_REQUEST',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: toggle.value },
    });
    // TableV2 synthesizes AWS::DynamoDB::GlobalTable, which DDB3 does not cover.
    new dynamodb.TableV2(this, 'Global', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const daxRole = 'arn:aws:iam::123456789012:role/dax-service';
    new dax.CfnCluster(this, 'EncryptedDax', { iamRoleArn: daxRole, nodeType: 'dax.t3.small', replicationFactor: 3, sseSpecification: { sseEnabled: true } });
    new dax.CfnCluster(this, 'PlainDax', { iamRoleArn: daxRole, nodeType: 'dax.t3.small', replicationFactor: 1 });
    new dax.CfnCluster(this, 'SseOffDax', { iamRoleArn: daxRole, nodeType: 'dax.t3.small', replicationFactor: 1, sseSpecification: { sseEnabled: false } });

    // --- ElastiCache (AEC1, AEC3, AEC4, AEC5, AEC6) ----------------------------
    const cacheSubnets = new elasticache.CfnSubnetGroup(this, 'CacheSubnets', {
      description: 'Cache subnets',
      subnetIds: vpc.isolatedSubnets.map((s) => s.subnetId),
    });
    new elasticache.CfnCacheCluster(this, 'RedisDefaultPort', { engine: 'redis', cacheNodeType: 'cache.t4g.micro', numCacheNodes: 1, port: 6379, cacheSubnetGroupName: cacheSubnets.ref });
    new elasticache.CfnCacheCluster(this, 'MemcachedCustomPort', { engine: 'memcached', cacheNodeType: 'cache.t4g.micro', numCacheNodes: 2, port: 11212, cacheSubnetGroupName: cacheSubnets.ref });
    new elasticache.CfnCacheCluster(this, 'MemcachedDefaultPort', { engine: 'Memcached', cacheNodeType: 'cache.t4g.micro', numCacheNodes: 1, port: 11211 });
    new elasticache.CfnCacheCluster(this, 'NoPortCache', { engine: 'redis', cacheNodeType: 'cache.t4g.micro', numCacheNodes: 1 });
    new elasticache.CfnCacheCluster(this, 'ParamEngineCache', { engine: cacheEngine.valueAsString, cacheNodeType: 'cache.t4g.micro', numCacheNodes: 1, port: 6380, cacheSubnetGroupName: 'shared-cache-subnets' });
    new elasticache.CfnReplicationGroup(this, 'HardenedRedis', {
      replicationGroupDescription: 'Sessions',
      engine: 'redis',
      cacheNodeType: 'cache.t4g.small',
      numCacheClusters: 2,
      cacheSubnetGroupName: cacheSubnets.ref,
      atRestEncryptionEnabled: true,
      transitEncryptionEnabled: true,
      multiAzEnabled: true,
      automaticFailoverEnabled: true,
      port: 6380,
      authToken: SecretValue.secretsManager('parity/redis-auth').unsafeUnwrap(),
    });
    new elasticache.CfnReplicationGroup(this, 'DefaultRedis', {
      replicationGroupDescription: 'Scratch',
      cacheNodeType: 'cache.t4g.small',
      numCacheClusters: 1,
      port: 6379,
    });
    new elasticache.CfnReplicationGroup(this, 'HalfEncryptedRedis', {
      replicationGroupDescription: 'Half encrypted',
      engine: 'redis',
      cacheNodeType: 'cache.t4g.small',
      numCacheClusters: 2,
      cacheSubnetGroupName: cacheSubnets.ref,
      atRestEncryptionEnabled: true,
      transitEncryptionEnabled: false,
      multiAzEnabled: false,
      authToken: '',
    });
    new elasticache.CfnReplicationGroup(this, 'ParamRedis', {
      replicationGroupDescription: 'Deploy-time settings',
      engine: 'redis',
      cacheNodeType: 'cache.t4g.small',
      numCacheClusters: 2,
      cacheSubnetGroupName: cacheSubnets.ref,
      atRestEncryptionEnabled: toggle.value,
      transitEncryptionEnabled: true,
      multiAzEnabled: toggle.value,
      port: cachePort.valueAsNumber,
    });
    new elasticache.CfnReplicationGroup(this, 'ValkeyDefaultPort', {
      replicationGroupDescription: 'Valkey on its default port',
      engine: 'valkey',
      cacheNodeType: 'cache.t4g.small',
      numCacheClusters: 2,
      cacheSubnetGroupName: cacheSubnets.ref,
      atRestEncryptionEnabled: true,
      transitEncryptionEnabled: true,
      multiAzEnabled: true,
      port: 6379,
    });

    // --- Neptune (N1 to N5) ----------------------------------------------------
    const neptuneSubnets = new neptune.CfnDBSubnetGroup(this, 'GraphSubnets', {
      dbSubnetGroupDescription: 'Graph subnets',
      subnetIds: vpc.isolatedSubnets.map((s) => s.subnetId),
    });
    const graph = new neptune.CfnDBCluster(this, 'HardenedGraph', {
      dbSubnetGroupName: neptuneSubnets.ref,
      backupRetentionPeriod: 7,
      storageEncrypted: true,
      iamAuthEnabled: true,
    });
    new neptune.CfnDBInstance(this, 'GraphWriter', { dbInstanceClass: 'db.r6g.large', dbClusterIdentifier: graph.ref, autoMinorVersionUpgrade: true });
    new neptune.CfnDBInstance(this, 'GraphReader', { dbInstanceClass: 'db.r6g.large', dbClusterIdentifier: graph.ref });
    new neptune.CfnDBInstance(this, 'PinnedGraphReader', { dbInstanceClass: 'db.r6g.large', dbClusterIdentifier: graph.ref, autoMinorVersionUpgrade: false });
    new neptune.CfnDBCluster(this, 'SingleAzGraph', {
      dbSubnetGroupName: neptuneSubnets.ref,
      availabilityZones: ['us-east-1a'],
      backupRetentionPeriod: 1,
      storageEncrypted: false,
      iamAuthEnabled: false,
    });
    new neptune.CfnDBCluster(this, 'DefaultGraph', {});
    new neptune.CfnDBCluster(this, 'ParamGraph', {
      dbSubnetGroupName: neptuneSubnets.ref,
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      backupRetentionPeriod: cachePort.valueAsNumber,
      storageEncrypted: toggle.value,
      iamAuthEnabled: true,
    });

    // --- DocumentDB (DOC1 to DOC5) ---------------------------------------------
    new docdb.DatabaseCluster(this, 'Catalog', {
      masterUser: { username: 'catalog_admin' },
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
      instances: 1,
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      port: 27018,
      exportAuditLogsToCloudWatch: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    new docdb.CfnDBCluster(this, 'HardenedDocs', {
      storageEncrypted: true,
      port: 27100,
      masterUsername: '{{resolve:secretsmanager:parity/docdb:SecretString:username}}',
      masterUserPassword: '{{resolve:secretsmanager:parity/docdb:SecretString:password}}',
      backupRetentionPeriod: 14,
      enableCloudwatchLogsExports: ['authenticate', 'createIndex', 'dropCollection', 'audit'],
    });
    const looseDocs = new docdb.CfnDBCluster(this, 'LooseDocs', {
      storageEncrypted: false,
      port: 27017,
      masterUsername: 'admin',
      masterUserPassword: 'not-a-real-password-1',
      backupRetentionPeriod: 1,
      enableCloudwatchLogsExports: ['profiler', 'createIndex'],
    });
    suppress(looseDocs, {
      id: 'AwsSolutions-DOC5',
      reason: 'Index and collection changes are audited by the schema pipeline.',
      appliesTo: [{ regex: '/^LogExport::(authenticate|dropCollection)$/' }],
    });
    new docdb.CfnDBCluster(this, 'MinimalDocs', {
      masterUsername: adminName.valueAsString,
      masterUserPassword: '{{resolve:secretsmanager:parity/docdb:SecretString:password}}',
    });

    // --- Timestream (TS3) -------------------------------------------------------
    new timestream.CfnDatabase(this, 'MetricsDb', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' });
    new timestream.CfnDatabase(this, 'ScratchMetricsDb', {});

    // --- Redshift (RS1 to RS11) --------------------------------------------------
    const strictParams = new redshift.CfnClusterParameterGroup(this, 'StrictParams', {
      description: 'TLS and activity logging',
      parameterGroupFamily: 'redshift-1.0',
      parameters: [
        { parameterName: 'require_ssl', parameterValue: 'true' },
        { parameterName: 'enable_user_activity_logging', parameterValue: 'true' },
      ],
    });
    const shoutingParams = new redshift.CfnClusterParameterGroup(this, 'ShoutingParams', {
      description: 'Upper-case values',
      parameterGroupFamily: 'redshift-1.0',
      parameters: [
        { parameterName: 'REQUIRE_SSL', parameterValue: 'TRUE' },
        { parameterName: 'enable_user_activity_logging', parameterValue: 'TRUE' },
      ],
    });
    const laxParams = new redshift.CfnClusterParameterGroup(this, 'LaxParams', {
      description: 'No TLS',
      parameterGroupFamily: 'redshift-1.0',
      parameters: [{ parameterName: 'require_ssl', parameterValue: 'false' }],
    });
    const warehouseSubnets = new redshift.CfnClusterSubnetGroup(this, 'WarehouseSubnets', {
      description: 'Warehouse subnets',
      subnetIds: vpc.isolatedSubnets.map((s) => s.subnetId),
    });
    const base = { clusterType: 'multi-node', numberOfNodes: 2, nodeType: 'ra3.xlplus', dbName: 'warehouse', masterUserPassword: 'Not-a-real-password-1' };
    new redshift.CfnCluster(this, 'HardenedWarehouse', {
      ...base,
      masterUsername: 'wh_admin',
      clusterParameterGroupName: strictParams.ref,
      clusterSubnetGroupName: warehouseSubnets.ref,
      port: 5440,
      loggingProperties: { bucketName: 'parity-warehouse-audit' },
      encrypted: true,
      publiclyAccessible: false,
      allowVersionUpgrade: true,
      automatedSnapshotRetentionPeriod: 7,
    });
    new redshift.CfnCluster(this, 'DefaultWarehouse', { ...base, masterUsername: 'awsuser' });
    new redshift.CfnCluster(this, 'LooseWarehouse', {
      ...base,
      masterUsername: 'analyst',
      clusterParameterGroupName: laxParams.ref,
      clusterSubnetGroupName: 'shared-warehouse-subnets',
      port: 5439,
      encrypted: false,
      publiclyAccessible: true,
      allowVersionUpgrade: false,
      automatedSnapshotRetentionPeriod: 0,
    });
    new redshift.CfnCluster(this, 'ShoutingWarehouse', {
      ...base,
      masterUsername: adminName.valueAsString,
      clusterParameterGroupName: shoutingParams.ref,
      clusterSubnetGroupName: warehouseSubnets.ref,
      port: cachePort.valueAsNumber,
      encrypted: true,
      publiclyAccessible: Fn.conditionIf(toggleOn.logicalId, true, false),
      automatedSnapshotRetentionPeriod: 1,
    });
    new redshift.CfnCluster(this, 'NamedParamsWarehouse', {
      ...base,
      masterUsername: 'reporting',
      clusterParameterGroupName: 'default.redshift-1.0',
      clusterSubnetGroupName: warehouseSubnets.ref,
      port: 5441,
      encrypted: true,
    });

    NagSuppressions.addResourceSuppressionsByPath(this, `/${this.node.path}/DefaultWarehouse`, [
      { id: 'AwsSolutions-RS5', reason: 'Sandbox warehouse without audit requirements.' },
    ]);
  }
}
