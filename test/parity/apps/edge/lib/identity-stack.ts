import { CfnParameter, Stack, StackProps } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';

/**
 * Cognito user and identity pools (COG1, COG2, COG7, COG8), AppSync GraphQL
 * APIs (ASC3) and Lambda runtimes (L1).
 */
export class IdentityStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const minLength = new CfnParameter(this, 'MinPasswordLength', { type: 'Number', default: 12 });
    const guests = new CfnParameter(this, 'AllowGuests', { type: 'String', allowedValues: ['true', 'false'], default: 'false' });
    const runtime = new CfnParameter(this, 'Runtime', { type: 'String', default: 'python3.13' });

    // --- Cognito user pools -------------------------------------------------------
    new cognito.UserPool(this, 'Customers', {
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { sms: true, otp: true },
      featurePlan: cognito.FeaturePlan.PLUS,
      passwordPolicy: { minLength: 14, requireDigits: true, requireSymbols: true, requireUppercase: true, requireLowercase: true },
    });
    new cognito.UserPool(this, 'Staff');
    new cognito.UserPool(this, 'Partners', {
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { sms: false, otp: true },
      featurePlan: cognito.FeaturePlan.LITE,
      passwordPolicy: { minLength: 8, requireSymbols: false },
    });
    const strong = { minimumLength: 10, requireUppercase: true, requireNumbers: true, requireSymbols: true };
    new cognito.CfnUserPool(this, 'ShortPasswords', { policies: { passwordPolicy: { ...strong, minimumLength: 6 } }, mfaConfiguration: 'ON', userPoolTier: 'PLUS' });
    new cognito.CfnUserPool(this, 'NoUppercase', { policies: { passwordPolicy: { ...strong, requireUppercase: false } }, userPoolTier: 'ESSENTIALS' });
    new cognito.CfnUserPool(this, 'NoNumbers', { policies: { passwordPolicy: { ...strong, requireNumbers: false } } });
    new cognito.CfnUserPool(this, 'NoPolicies', {});
    new cognito.CfnUserPool(this, 'NoPasswordPolicy', { policies: {}, mfaConfiguration: 'OFF' });
    new cognito.CfnUserPool(this, 'ParamLength', { policies: { passwordPolicy: { ...strong, minimumLength: minLength.valueAsNumber } }, mfaConfiguration: 'ON' });

    // --- Identity pools -------------------------------------------------------------
    new cognito.CfnIdentityPool(this, 'SignedInOnly', { allowUnauthenticatedIdentities: false });
    new cognito.CfnIdentityPool(this, 'GuestAccess', { allowUnauthenticatedIdentities: true });
    new cognito.CfnIdentityPool(this, 'ParamGuests', { allowUnauthenticatedIdentities: guests.value });

    // --- AppSync ----------------------------------------------------------------------
    const logRole = 'arn:aws:iam::123456789012:role/appsync-logs';
    new appsync.CfnGraphQLApi(this, 'VerboseGraph', { name: 'verbose', authenticationType: 'AWS_IAM', logConfig: { cloudWatchLogsRoleArn: logRole, fieldLogLevel: 'ALL', excludeVerboseContent: false } });
    new appsync.CfnGraphQLApi(this, 'TerseGraph', { name: 'terse', authenticationType: 'AWS_IAM', logConfig: { cloudWatchLogsRoleArn: logRole, fieldLogLevel: 'ERROR', excludeVerboseContent: true } });
    new appsync.CfnGraphQLApi(this, 'SilentGraph', { name: 'silent', authenticationType: 'API_KEY' });
    new appsync.CfnGraphQLApi(this, 'ParamGraph', { name: 'param', authenticationType: 'AWS_IAM', logConfig: { cloudWatchLogsRoleArn: logRole, fieldLogLevel: 'INFO', excludeVerboseContent: guests.value } });
    // The schema is read at synthesis; this file runs from dist/edge/lib, the
    // schema stays next to the TypeScript sources.
    new appsync.GraphqlApi(this, 'ManagedGraph', {
      name: 'managed',
      definition: appsync.Definition.fromSchema(appsync.SchemaFile.fromAsset(`${__dirname}/../../../edge/schema.graphql`)),
      logConfig: { fieldLogLevel: appsync.FieldLogLevel.ALL, excludeVerboseContent: false },
    });

    // --- Lambda runtimes (L1) -------------------------------------------------------
    const role = 'arn:aws:iam::123456789012:role/lambda-basic';
    const runtimes: Record<string, string> = {
      Node24: 'nodejs24.x',
      Node22: 'nodejs22.x',
      NodeBare: 'nodejs',
      Python315: 'python3.15',
      Python312: 'python3.12',
      Java25: 'java25',
      Java21: 'java21',
      Java8Al2: 'java8.al2',
      Java17Al2023: 'java17.al2023',
      Dotnet10: 'dotnet10',
      Dotnet8: 'dotnet8',
      DotnetCore31: 'dotnetcore3.1',
      Go1: 'go1.x',
      Ruby40: 'ruby4.0',
      Ruby33: 'ruby3.3',
      ProvidedAl2023: 'provided.al2023',
      Provided: 'provided',
      Rust: 'rust1.0',
      UpperCase: 'Python3.12',
    };
    for (const [name, value] of Object.entries(runtimes)) {
      new lambda.CfnFunction(this, `Fn${name}`, { role, runtime: value, handler: 'index.handler', code: { zipFile: 'exports.handler = async () => 0;' } });
    }
    new lambda.CfnFunction(this, 'FnContainer', { role, packageType: 'Image', code: { imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:1' } });
    new lambda.CfnFunction(this, 'FnParamRuntime', { role, runtime: runtime.valueAsString, handler: 'index.handler', code: { zipFile: 'def handler(e, c): return 0' } });
    const inline = lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });');
    new lambda.Function(this, 'LatestNode', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: inline });
    new lambda.Function(this, 'OlderNode', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: inline });

    // Every L2 function's role uses the AWS managed basic execution policy:
    // one stack-level suppression with a regex covers them all.
    NagSuppressions.addStackSuppressions(this, [
      {
        id: 'AwsSolutions-IAM4',
        reason: 'Basic execution role only grants writing to the function log group.',
        appliesTo: [{ regex: '/AWSLambdaBasicExecutionRole$/' }],
      },
    ]);
  }
}
