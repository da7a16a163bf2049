import { CfnParameter, Stack, StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';

/** CloudFront web and streaming distributions (CFR1 to CFR7). */
export class CdnStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const originPolicy = new CfnParameter(this, 'OriginProtocolPolicy', { type: 'String', default: 'https-only' });
    const streamLogging = new CfnParameter(this, 'StreamLogging', { type: 'String', allowedValues: ['true', 'false'], default: 'true' });

    const assets = new s3.Bucket(this, 'Assets', { enforceSSL: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
    const logs = new s3.Bucket(this, 'CdnLogs', {
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
    });
    suppress(assets, { id: 'AwsSolutions-S1', reason: 'CloudFront standard logs cover every read of these assets.' });
    suppress(logs, { id: 'AwsSolutions-S1', reason: 'This bucket is the log destination itself.' });

    // --- L2 distributions -------------------------------------------------------
    // Good on the origin side only: OAC to S3, default certificate, no WAF,
    // no logging, no geo restriction.
    new cloudfront.Distribution(this, 'AssetsCdn', {
      defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(assets) },
    });
    // Hardened: logging, geo allow-list, WAF, SNI certificate with TLS 1.2 and
    // a TLS-only custom origin.
    new cloudfront.Distribution(this, 'ApiCdn', {
      defaultBehavior: {
        origin: new origins.HttpOrigin('api.example.com', {
          protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
          originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
        }),
      },
      domainNames: ['cdn.example.com'],
      certificate: acm.Certificate.fromCertificateArn(this, 'Cert', 'arn:aws:acm:us-east-1:123456789012:certificate/parity'),
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      sslSupportMethod: cloudfront.SSLMethod.SNI,
      enableLogging: true,
      logBucket: logs,
      geoRestriction: cloudfront.GeoRestriction.allowlist('DE', 'FR', 'NL'),
      webAclId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/parity/0123',
    });
    // Legacy OAI to S3 and a plain-HTTP custom origin.
    const legacyAssets = new s3.Bucket(this, 'LegacyAssets', { enforceSSL: true });
    new cloudfront.Distribution(this, 'LegacyCdn', {
      defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessIdentity(legacyAssets) },
      additionalBehaviors: {
        '/api/*': { origin: new origins.HttpOrigin('legacy.example.com', { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY }) },
      },
      geoRestriction: cloudfront.GeoRestriction.denylist('KP'),
    });

    // --- L1 distributions ---------------------------------------------------------
    const behavior = { targetOriginId: 'o1', viewerProtocolPolicy: 'redirect-to-https', cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' };
    new cloudfront.CfnDistribution(this, 'VipCdn', {
      distributionConfig: {
        enabled: true,
        defaultCacheBehavior: behavior,
        origins: [
          {
            id: 'o1',
            domainName: 'shop.example.com',
            customOriginConfig: { originProtocolPolicy: 'https-only', originSslProtocols: ['SSLv3', 'TLSv1.2'] },
          },
        ],
        viewerCertificate: { acmCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/parity', sslSupportMethod: 'vip', minimumProtocolVersion: 'TLSv1.2_2021' },
        restrictions: { geoRestriction: { restrictionType: 'none' } },
        logging: { bucket: logs.bucketRegionalDomainName },
      },
    });
    new cloudfront.CfnDistribution(this, 'OldTlsCdn', {
      distributionConfig: {
        enabled: true,
        defaultCacheBehavior: behavior,
        origins: [{ id: 'o1', domainName: 'shop.example.com', customOriginConfig: { originProtocolPolicy: 'https-only' } }],
        viewerCertificate: { acmCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/parity', sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1_2016' },
        webAclId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/parity/0123',
      },
    });
    new cloudfront.CfnDistribution(this, 'ModernTlsCdn', {
      distributionConfig: {
        enabled: true,
        defaultCacheBehavior: behavior,
        origins: [
          { id: 'o1', domainName: 'shop.example.com', customOriginConfig: { originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } },
          // An S3 origin named by a literal domain: no bucket of this app matches.
          { id: 'o2', domainName: 'parity-external.s3.amazonaws.com', s3OriginConfig: {} },
        ],
        viewerCertificate: { acmCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/parity', sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' },
        restrictions: { geoRestriction: { restrictionType: 'whitelist', locations: ['US'] } },
        webAclId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/parity/0123',
        logging: { bucket: logs.bucketRegionalDomainName, prefix: 'modern/' },
      },
    });
    new cloudfront.CfnDistribution(this, 'ParamOriginCdn', {
      distributionConfig: {
        enabled: true,
        defaultCacheBehavior: behavior,
        origins: [
          { id: 'o1', domainName: 'shop.example.com', customOriginConfig: { originProtocolPolicy: originPolicy.valueAsString, originSslProtocols: ['TLSv1.2'] } },
          // The bucket of this stack reached without origin access control.
          { id: 'o2', domainName: assets.bucketRegionalDomainName, s3OriginConfig: {} },
        ],
        viewerCertificate: { cloudFrontDefaultCertificate: true },
      },
    });

    // --- Streaming distributions (CFR3, CFR6) -------------------------------------
    const rtmp = (originAccessIdentity: string, logging?: cloudfront.CfnStreamingDistribution.LoggingProperty) => ({
      streamingDistributionConfig: {
        comment: 'RTMP',
        enabled: true,
        s3Origin: { domainName: 'media.s3.amazonaws.com', originAccessIdentity },
        trustedSigners: { enabled: false },
        logging,
      },
    });
    new cloudfront.CfnStreamingDistribution(this, 'RtmpWithOai', rtmp('origin-access-identity/cloudfront/E2PARITY', { enabled: true, bucket: 'logs.s3.amazonaws.com', prefix: 'rtmp/' }));
    new cloudfront.CfnStreamingDistribution(this, 'RtmpOpen', rtmp('  ', { enabled: false, bucket: 'logs.s3.amazonaws.com', prefix: 'rtmp/' }));
    new cloudfront.CfnStreamingDistribution(this, 'RtmpNoLogs', rtmp('origin-access-identity/cloudfront/E2PARITY'));
    new cloudfront.CfnStreamingDistribution(this, 'RtmpParamLogs', rtmp('', { enabled: streamLogging.value, bucket: 'logs.s3.amazonaws.com', prefix: 'rtmp/' }));
  }
}
