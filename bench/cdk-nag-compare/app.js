// A CDK app made of the generated templates (bench/generate.py), each brought in
// with CfnInclude so cdk-nag judges the same resources infralint reads.
//   node app.js INPUT_DIR OUTDIR [none|aws|all]
// Prints {"synthMilliseconds": N} for app construction plus synth, which is where
// cdk-nag's aspects run.
'use strict';
const fs = require('fs');
const path = require('path');
const { App, Aspects, LegacyStackSynthesizer, Stack } = require('aws-cdk-lib');
const { CfnInclude } = require('aws-cdk-lib/cloudformation-include');
const nag = require('cdk-nag');

const [inputDir, outdir, packs = 'none'] = process.argv.slice(2);
const started = process.hrtime.bigint();
const app = new App({ outdir });
const manifest = JSON.parse(fs.readFileSync(path.join(inputDir, 'manifest.json'), 'utf8'));
for (const [name, artifact] of Object.entries(manifest.artifacts)) {
  if (artifact.type !== 'aws:cloudformation:stack') continue;
  const templateFile = path.join(inputDir, artifact.properties.templateFile);
  const template = JSON.parse(fs.readFileSync(templateFile, 'utf8'));
  const loadNestedStacks = {};
  for (const [id, resource] of Object.entries(template.Resources)) {
    const asset = resource.Metadata && resource.Metadata['aws:asset:path'];
    if (resource.Type === 'AWS::CloudFormation::Stack' && asset)
      loadNestedStacks[id] = { templateFile: path.join(inputDir, asset) };
  }
  // The legacy synthesizer adds no BootstrapVersion parameter of its own, so the
  // generated template's copy of it does not clash.
  const stack = new Stack(app, name, {
    env: { account: '123456789012', region: 'us-east-1' },
    synthesizer: new LegacyStackSynthesizer(),
  });
  new CfnInclude(stack, 'Template', { templateFile, loadNestedStacks });
}
const options = { reports: false };
if (packs === 'aws' || packs === 'all') Aspects.of(app).add(new nag.AwsSolutionsChecks(options));
if (packs === 'all') {
  Aspects.of(app).add(new nag.HIPAASecurityChecks(options));
  Aspects.of(app).add(new nag.NIST80053R5Checks(options));
  Aspects.of(app).add(new nag.PCIDSS321Checks(options));
  Aspects.of(app).add(new nag.ServerlessChecks(options));
}
app.synth();
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ synthMilliseconds: Math.round(ms) }) + '\n');
