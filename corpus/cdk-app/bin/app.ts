#!/usr/bin/env node
import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { AuditStage } from '../lib/audit-stage';
import { NetworkStack } from '../lib/network-stack';
import { ServiceStack } from '../lib/service-stack';

// A fixed, made-up account and region: synthesis stays offline and the
// templates do not change with whoever runs it.
const env = { account: '123456789012', region: 'us-east-1' };

const app = new App();

const network = new NetworkStack(app, 'DemoNetwork', {
  env,
  description: 'Shared VPC for the infralint demo service',
});

new ServiceStack(app, 'DemoService', {
  env,
  vpc: network.vpc,
  description: 'Order-processing service for the infralint demo',
});

const audit = new AuditStage(app, 'Audit', { env });

// Aspects stop at Stage boundaries, so the checks are added to the stage too.
// `reports: true` makes cdk-nag write its AwsSolutions-*-NagReport.csv files
// next to the templates.
Aspects.of(app).add(new AwsSolutionsChecks({ reports: true }));
Aspects.of(audit).add(new AwsSolutionsChecks({ reports: true }));
