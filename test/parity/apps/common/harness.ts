import { App, Aspects, Stage } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NagPackSuppression, NagSuppressions } from 'cdk-nag';
import { IConstruct } from 'constructs';

/**
 * A made-up account and region. Every stack gets them so that synthesis
 * never needs credentials or lookups and the templates are the same on every
 * machine.
 */
export const ENV = { account: '123456789012', region: 'us-east-1' };

/**
 * The parity apps are run with node directly (see scripts/regen-parity.sh),
 * which hands the output folder and the context over through CDK_OUTDIR and
 * CDK_CONTEXT_JSON exactly as the cdk CLI would.
 */
export function newParityApp(): App {
  return new App();
}

/**
 * Attaches cdk-nag's AwsSolutions pack with its CSV reports. Aspects do not
 * cross Stage boundaries, so every Stage gets its own copy as well; adding it
 * to both the App and a Stage never checks a resource twice.
 */
export function addNagChecks(...scopes: (App | Stage)[]): void {
  for (const scope of scopes) {
    Aspects.of(scope).add(new AwsSolutionsChecks({ reports: true, verbose: false }));
  }
}

/** Resource-level suppression on one construct (its default child if L2). */
export function suppress(construct: IConstruct, ...suppressions: NagPackSuppression[]): void {
  NagSuppressions.addResourceSuppressions(construct, suppressions);
}

/** Suppression on a construct and every CfnResource below it. */
export function suppressTree(construct: IConstruct, ...suppressions: NagPackSuppression[]): void {
  NagSuppressions.addResourceSuppressions(construct, suppressions, true);
}
