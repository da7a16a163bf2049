import { CfnParameter, NestedStack, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';

/**
 * S3 buckets and bucket policies (S1, S2, S5, S10). Several verdicts depend on
 * other resources: a bucket that receives access logs counts as logged, and
 * S5 and S10 look for a matching bucket policy anywhere in the stack,
 * including its nested stacks.
 */
export class StorageStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const pabFlag = new CfnParameter(this, 'BlockPublicPolicy', {
      type: 'String',
      allowedValues: ['true', 'false'],
      default: 'true',
    });

    // --- Access logging (S1) ---------------------------------------------------
    // The log bucket has no logging of its own; it counts as logged because
    // other buckets (one of them in the nested stack below) deliver to it.
    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    });
    new s3.Bucket(this, 'Logged', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'logged/',
    });
    // Only a prefix: cdk-nag accepts a prefix without a destination.
    new s3.CfnBucket(this, 'PrefixOnly', { loggingConfiguration: { logFilePrefix: 'self/' } });
    new s3.Bucket(this, 'Defaults');
    // Delivers to a bucket known only by name; that bucket counts as logged.
    new s3.CfnBucket(this, 'LogsByName', {
      loggingConfiguration: { destinationBucketName: 'parity-named-log-target' },
    });
    new s3.CfnBucket(this, 'NamedLogTarget', { bucketName: 'parity-named-log-target' });

    // --- Public access block (S2) ----------------------------------------------
    new s3.CfnBucket(this, 'PartialBlock', {
      publicAccessBlockConfiguration: { blockPublicAcls: true, ignorePublicAcls: true },
    });
    new s3.CfnBucket(this, 'ParamBlock', {
      publicAccessBlockConfiguration: {
        blockPublicAcls: true,
        blockPublicPolicy: pabFlag.value,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      },
    });
    new s3.Bucket(this, 'PolicyOnlyBlock', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS });

    // --- Static website buckets (S5) -------------------------------------------
    const website = { indexDocument: 'index.html' };
    const oaiSite = new s3.CfnBucket(this, 'OaiSite', { websiteConfiguration: website });
    new s3.CfnBucketPolicy(this, 'OaiSitePolicy', {
      bucket: oaiSite.ref,
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { CanonicalUser: 'a1b2c3d4e5f6parityoaicanonicaluser' },
            Action: ['s3:GetObject'],
            Resource: `arn:aws:s3:::${oaiSite.ref}/*`,
          },
        ],
      },
    });
    const openSite = new s3.CfnBucket(this, 'OpenSite', { websiteConfiguration: website });
    new s3.CfnBucketPolicy(this, 'OpenSitePolicy', {
      bucket: openSite.ref,
      policyDocument: {
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${openSite.attrArn}/*` }],
      },
    });
    const listingSite = new s3.CfnBucket(this, 'ListingSite', { bucketName: 'parity-listing-site', websiteConfiguration: website });
    new s3.CfnBucketPolicy(this, 'ListingSitePolicy', {
      bucket: 'parity-listing-site',
      policyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2PARITYOAI' },
            Action: ['s3:GetObject', 's3:ListBucket'],
            Resource: ['arn:aws:s3:::parity-listing-site', 'arn:aws:s3:::parity-listing-site/*'],
          },
        ],
      },
    });
    listingSite.addResourceDependency(oaiSite);
    new s3.Bucket(this, 'UnpolicedSite', { websiteIndexDocument: 'index.html' });

    // --- TLS-only bucket policies (S10) ----------------------------------------
    const tlsOnly = (resources: unknown[], extra: Record<string, unknown> = {}) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: 's3:*',
          Resource: resources,
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          ...extra,
        },
      ],
    });
    const named = new s3.CfnBucket(this, 'NamedTlsBucket', { bucketName: 'parity-tls-named' });
    new s3.CfnBucketPolicy(this, 'NamedTlsPolicy', {
      bucket: 'parity-tls-named',
      policyDocument: tlsOnly(['arn:aws:s3:::parity-tls-named', 'arn:aws:s3:::parity-tls-named/*']),
    }).addResourceDependency(named);
    const objectsOnly = new s3.CfnBucket(this, 'ObjectsOnlyTls');
    new s3.CfnBucketPolicy(this, 'ObjectsOnlyTlsPolicy', {
      bucket: objectsOnly.ref,
      policyDocument: tlsOnly([`${objectsOnly.attrArn}/*`]),
    });
    const boolTrue = new s3.CfnBucket(this, 'BooleanTls');
    new s3.CfnBucketPolicy(this, 'BooleanTlsPolicy', {
      bucket: boolTrue.ref,
      policyDocument: {
        Statement: [
          {
            Effect: 'Deny',
            Principal: '*',
            Action: ['s3:GetObject', '*'],
            Resource: [boolTrue.attrArn, `${boolTrue.attrArn}/*`],
            Condition: { Bool: { 'aws:SecureTransport': false } },
          },
        ],
      },
    });
    const narrowDeny = new s3.CfnBucket(this, 'NarrowDeny');
    new s3.CfnBucketPolicy(this, 'NarrowDenyPolicy', {
      bucket: narrowDeny.ref,
      policyDocument: tlsOnly([narrowDeny.attrArn, `${narrowDeny.attrArn}/*`], { Principal: { AWS: ['arn:aws:iam::123456789012:root'] } }),
    });
    // A bucket policy built through the L2 API, with a grant next to the deny.
    const shared = new s3.Bucket(this, 'Shared', { enforceSSL: true, serverAccessLogsBucket: accessLogs });
    shared.addToResourcePolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [shared.arnForObjects('public/*')],
        principals: [new iam.AccountPrincipal('210987654321')],
      }),
    );

    // --- A nested stack that logs into the parent's bucket ---------------------
    // ArchiveLogs receives logs only from the nested stack's bucket.
    const archiveLogs = new s3.Bucket(this, 'ArchiveLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    });
    const archive = new NestedStack(this, 'Archive', { description: 'Cold copies of the shared data' });
    const cold = new s3.Bucket(archive, 'Cold', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: archiveLogs,
      serverAccessLogsPrefix: 'cold/',
    });
    const glacier = new s3.CfnBucket(archive, 'Glacier', {
      loggingConfiguration: { destinationBucketName: cold.bucketName, logFilePrefix: 'glacier/' },
    });
    suppress(glacier, {
      id: 'AwsSolutions-S10',
      reason: 'Reached only through S3 Batch Operations inside the account.',
    });
  }
}
