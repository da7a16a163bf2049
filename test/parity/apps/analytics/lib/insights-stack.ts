import { CfnParameter, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as es from 'aws-cdk-lib/aws-elasticsearch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lex from 'aws-cdk-lib/aws-lex';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as quicksight from 'aws-cdk-lib/aws-quicksight';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';

/**
 * Search, BI, ML and orchestration: OpenSearch and Elasticsearch domains
 * (OS1 to OS9), QuickSight data sources (QS1), SageMaker notebooks (SM1 to
 * SM3), Lex bots (LEX4) and Step Functions state machines (SF1, SF2).
 */
export class InsightsStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const toggle = new CfnParameter(this, 'Toggle', { type: 'String', allowedValues: ['true', 'false'], default: 'true' });
    const internet = new CfnParameter(this, 'NotebookInternet', { type: 'String', default: 'Disabled' });

    // --- OpenSearch: an L2 domain whose access policy lives in a custom resource
    const vpc = ec2.Vpc.fromVpcAttributes(this, 'SearchVpc', {
      vpcId: 'vpc-0123456789abcdef0',
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      privateSubnetIds: ['subnet-0aaaaaaaaaaaaaaaa', 'subnet-0bbbbbbbbbbbbbbbb'],
    });
    const managed = new opensearch.Domain(this, 'ManagedSearch', {
      version: opensearch.EngineVersion.OPENSEARCH_2_13,
      vpc,
      vpcSubnets: [{ subnets: vpc.privateSubnets }],
      zoneAwareness: { enabled: true, availabilityZoneCount: 2 },
      capacity: { dataNodes: 2, masterNodes: 3, multiAzWithStandbyEnabled: false },
      nodeToNodeEncryption: true,
      encryptionAtRest: { enabled: true },
      enforceHttps: true,
      logging: { slowSearchLogEnabled: true, slowIndexLogEnabled: true },
      accessPolicies: [
        new iam.PolicyStatement({
          actions: ['es:ESHttpGet'],
          principals: [new iam.AnyPrincipal()],
          resources: ['*'],
          conditions: { IpAddress: { 'aws:sourceIp': ['203.0.113.0/24'] } },
        }),
      ],
      removalPolicy: RemovalPolicy.DESTROY,
    });
    suppress(managed, {
      id: 'AwsSolutions-OS5',
      reason: 'Reads are open to the office range only; see the IP condition.',
    });

    // --- OpenSearch and Elasticsearch L1 domains ---------------------------------
    const accountRead = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::123456789012:role/search-readers' },
          Action: 'es:ESHttpGet',
          Resource: '*',
          Condition: { IpAddress: { 'aws:sourceIp': ['10.0.0.0/8'] } },
        },
      ],
    };
    const slowLogs = (enabled: boolean) => ({
      SEARCH_SLOW_LOGS: { cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:search', enabled },
      INDEX_SLOW_LOGS: { cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:index', enabled },
    });
    new opensearch.CfnDomain(this, 'HardenedDomain', {
      vpcOptions: { subnetIds: ['subnet-0aaaaaaaaaaaaaaaa', 'subnet-0bbbbbbbbbbbbbbbb'] },
      nodeToNodeEncryptionOptions: { enabled: true },
      encryptionAtRestOptions: { enabled: true },
      accessPolicies: accountRead,
      clusterConfig: { dedicatedMasterEnabled: true, zoneAwarenessEnabled: true, instanceCount: 2 },
      logPublishingOptions: slowLogs(true),
    });
    const bare = new opensearch.CfnDomain(this, 'BareDomain', {});
    suppress(bare, {
      id: 'AwsSolutions-OS9',
      reason: 'Index slow logs are shipped by the ingest pipeline.',
      appliesTo: ['LogExport::INDEX_SLOW_LOGS'],
    });
    new opensearch.CfnDomain(this, 'OpenDomain', {
      vpcOptions: { subnetIds: [] },
      nodeToNodeEncryptionOptions: { enabled: false },
      encryptionAtRestOptions: { enabled: false },
      accessPolicies: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: '*' }] },
      clusterConfig: { dedicatedMasterEnabled: false, zoneAwarenessEnabled: false },
      logPublishingOptions: { SEARCH_SLOW_LOGS: { cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:search', enabled: true } },
    });
    new opensearch.CfnDomain(this, 'ParamDomain', {
      vpcOptions: { subnetIds: ['subnet-0aaaaaaaaaaaaaaaa'] },
      nodeToNodeEncryptionOptions: { enabled: toggle.value },
      encryptionAtRestOptions: { enabled: toggle.value },
      accessPolicies: { Statement: [] },
      clusterConfig: { dedicatedMasterEnabled: toggle.value, zoneAwarenessEnabled: true },
      logPublishingOptions: { SEARCH_SLOW_LOGS: { enabled: toggle.value }, INDEX_SLOW_LOGS: { enabled: true } },
    });
    new es.CfnDomain(this, 'LegacyHardenedDomain', {
      vpcOptions: { subnetIds: ['subnet-0aaaaaaaaaaaaaaaa', 'subnet-0bbbbbbbbbbbbbbbb'] },
      nodeToNodeEncryptionOptions: { enabled: true },
      encryptionAtRestOptions: { enabled: true },
      accessPolicies: accountRead,
      elasticsearchClusterConfig: { dedicatedMasterEnabled: true, zoneAwarenessEnabled: true },
      logPublishingOptions: slowLogs(true),
    });
    new es.CfnDomain(this, 'LegacyBareDomain', { elasticsearchVersion: '7.10' });
    new es.CfnDomain(this, 'LegacyDenyDomain', {
      elasticsearchClusterConfig: { dedicatedMasterEnabled: false, zoneAwarenessEnabled: true },
      accessPolicies: {
        Statement: [
          { Effect: 'Deny', Principal: '*', Action: 'es:*', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'es:*', Resource: '*' },
        ],
      },
      logPublishingOptions: slowLogs(false),
    });

    // --- QuickSight ------------------------------------------------------------------
    const source = (id: string, sslProperties?: quicksight.CfnDataSource.SslPropertiesProperty) =>
      new quicksight.CfnDataSource(this, id, {
        awsAccountId: '123456789012',
        dataSourceId: id.toLowerCase(),
        name: id,
        type: 'POSTGRESQL',
        dataSourceParameters: { postgreSqlParameters: { host: 'db.example.com', port: 5432, database: 'bi' } },
        sslProperties,
      });
    source('SslSource', { disableSsl: false });
    source('NoSslSource', { disableSsl: true });
    source('DefaultSource');
    source('ParamSslSource', { disableSsl: toggle.value });

    // --- SageMaker ---------------------------------------------------------------------
    const notebookRole = 'arn:aws:iam::123456789012:role/sagemaker';
    new sagemaker.CfnNotebookInstance(this, 'PrivateNotebook', {
      instanceType: 'ml.t3.medium',
      roleArn: notebookRole,
      subnetId: 'subnet-0aaaaaaaaaaaaaaaa',
      securityGroupIds: ['sg-0123456789abcdef0'],
      kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/notebook',
      directInternetAccess: 'Disabled',
    });
    new sagemaker.CfnNotebookInstance(this, 'DefaultNotebook', { instanceType: 'ml.t3.medium', roleArn: notebookRole });
    new sagemaker.CfnNotebookInstance(this, 'ParamNotebook', {
      instanceType: 'ml.t3.medium',
      roleArn: notebookRole,
      subnetId: 'subnet-0aaaaaaaaaaaaaaaa',
      directInternetAccess: internet.valueAsString,
    });

    // --- Lex -----------------------------------------------------------------------
    const encryptedLogs = new logs.CfnLogGroup(this, 'EncryptedBotLogs', {
      retentionInDays: 30,
      kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/lex',
    });
    const plainLogs = new logs.CfnLogGroup(this, 'PlainBotLogs', { retentionInDays: 30 });
    const bot = new lex.CfnBot(this, 'OrderBot', {
      name: 'order-bot',
      roleArn: 'arn:aws:iam::123456789012:role/lex',
      dataPrivacy: { ChildDirected: false },
      idleSessionTtlInSeconds: 300,
      testBotAliasSettings: {
        conversationLogSettings: {
          textLogSettings: [{ enabled: true, destination: { cloudWatch: { cloudWatchLogGroupArn: encryptedLogs.attrArn, logPrefix: 'test' } } }],
          audioLogSettings: [{ enabled: true, destination: { s3Bucket: { s3BucketArn: 'arn:aws:s3:::parity-lex-audio', logPrefix: 'test', kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/lex' } } }],
        },
      },
    });
    new lex.CfnBot(this, 'QuietBot', {
      name: 'quiet-bot',
      roleArn: 'arn:aws:iam::123456789012:role/lex',
      dataPrivacy: { ChildDirected: false },
      idleSessionTtlInSeconds: 300,
    });
    new lex.CfnBotAlias(this, 'PlainTextAlias', {
      botAliasName: 'plain-text',
      botId: bot.attrId,
      conversationLogSettings: {
        textLogSettings: [{ enabled: true, destination: { cloudWatch: { cloudWatchLogGroupArn: plainLogs.attrArn, logPrefix: 'live' } } }],
      },
    });
    new lex.CfnBotAlias(this, 'PlainAudioAlias', {
      botAliasName: 'plain-audio',
      botId: bot.attrId,
      conversationLogSettings: {
        audioLogSettings: [{ enabled: true, destination: { s3Bucket: { s3BucketArn: 'arn:aws:s3:::parity-lex-audio', logPrefix: 'live' } } }],
        textLogSettings: [{ enabled: false, destination: { cloudWatch: { cloudWatchLogGroupArn: plainLogs.attrArn, logPrefix: 'off' } } }],
      },
    });
    // The log group is outside this app: cdk-nag cannot find it and reports
    // that it could not evaluate the rule.
    const foreignAlias = new lex.CfnBotAlias(this, 'ForeignLogsAlias', {
      botAliasName: 'foreign',
      botId: bot.attrId,
      conversationLogSettings: {
        textLogSettings: [{ enabled: true, destination: { cloudWatch: { cloudWatchLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:shared-bots', logPrefix: 'x' } } }],
      },
    });
    new lex.CfnBotAlias(this, 'EncryptedAlias', {
      botAliasName: 'encrypted',
      botId: bot.attrId,
      conversationLogSettings: {
        textLogSettings: [{ enabled: true, destination: { cloudWatch: { cloudWatchLogGroupArn: encryptedLogs.attrArn, logPrefix: 'live' } } }],
      },
    });

    // --- Step Functions ----------------------------------------------------------------
    const flowLogs = new logs.LogGroup(this, 'FlowLogs', { retention: logs.RetentionDays.ONE_MONTH });
    new sfn.StateMachine(this, 'TracedFlow', {
      definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(this, 'Start')),
      logs: { destination: flowLogs, level: sfn.LogLevel.ALL },
      tracingEnabled: true,
    });
    new sfn.StateMachine(this, 'QuietFlow', {
      definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Succeed(this, 'Done')),
    });
    new sfn.CfnStateMachine(this, 'ErrorsOnlyFlow', {
      roleArn: 'arn:aws:iam::123456789012:role/sfn',
      definitionString: '{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}',
      loggingConfiguration: { level: 'ERROR', destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: flowLogs.logGroupArn } }] },
      tracingConfiguration: { enabled: false },
    });
    new sfn.CfnStateMachine(this, 'ParamTracingFlow', {
      roleArn: 'arn:aws:iam::123456789012:role/sfn',
      definitionString: '{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}',
      loggingConfiguration: { level: 'ALL', includeExecutionData: true, destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: flowLogs.logGroupArn } }] },
      tracingConfiguration: { enabled: toggle.value },
    });

    // One suppression for the rule cdk-nag could not evaluate on the alias
    // above, naming the rule through CdkNagValidationFailure, and a granular
    // IAM5 suppression for the log delivery wildcard of the traced flow.
    suppress(foreignAlias, {
      id: 'CdkNagValidationFailure',
      reason: 'Shared log group is KMS encrypted by the platform team.',
      appliesTo: ['AwsSolutions-LEX4', 'AwsSolutions-LEX5'],
    });
    NagSuppressions.addResourceSuppressionsByPath(this, `/${this.node.path}/TracedFlow/Role/DefaultPolicy/Resource`, [
      { id: 'AwsSolutions-IAM5', reason: 'CloudWatch Logs delivery actions only accept "*" as the resource.', appliesTo: ['Resource::*'] },
    ]);
  }
}
