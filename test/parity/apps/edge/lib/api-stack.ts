import { CfnParameter, Stack, StackProps } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as v2auth from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as v2int from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { suppress } from '../../common/harness';

const WEB_ACL = 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/parity/0123';

/**
 * REST APIs (APIG1, APIG2, APIG3, APIG4, APIG6, COG4) and HTTP / WebSocket
 * APIs of API Gateway v2 (APIG1, APIG4).
 */
export class ApiStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const authType = new CfnParameter(this, 'RouteAuthorization', { type: 'String', default: 'AWS_IAM' });
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logs.RetentionDays.ONE_WEEK });
    const pool = new cognito.UserPool(this, 'ApiUsers', {
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { sms: false, otp: true },
      featurePlan: cognito.FeaturePlan.PLUS,
    });

    // --- A well-configured REST API ---------------------------------------------
    const orders = new apigw.RestApi(this, 'OrdersApi', {
      deployOptions: {
        stageName: 'prod',
        accessLogDestination: new apigw.LogGroupLogDestination(accessLogs),
        accessLogFormat: apigw.AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: apigw.MethodLoggingLevel.INFO,
      },
      defaultCorsPreflightOptions: { allowOrigins: ['https://shop.example.com'] },
    });
    orders.addRequestValidator('Validator', { validateRequestBody: true, validateRequestParameters: true });
    new wafv2.CfnWebACLAssociation(this, 'OrdersWaf', { resourceArn: orders.deploymentStage.stageArn, webAclArn: WEB_ACL });
    const authorizer = new apigw.CognitoUserPoolsAuthorizer(this, 'OrdersAuthorizer', { cognitoUserPools: [pool] });
    const items = orders.root.addResource('items');
    const mock = new apigw.MockIntegration({ integrationResponses: [{ statusCode: '200' }], requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    items.addMethod('GET', mock, { authorizer, authorizationType: apigw.AuthorizationType.COGNITO, methodResponses: [{ statusCode: '200' }] });
    items.addMethod('POST', mock, { authorizationType: apigw.AuthorizationType.IAM, methodResponses: [{ statusCode: '200' }] });
    const health = orders.root.addResource('health');
    const healthGet = health.addMethod('GET', mock, { methodResponses: [{ statusCode: '200' }] });
    suppress(healthGet, { id: 'AwsSolutions-APIG4', reason: 'Load balancer health probe; returns a constant.' }, { id: 'AwsSolutions-COG4', reason: 'Load balancer health probe; returns a constant.' });
    // The API's CloudWatch role uses an AWS managed policy: suppressed for
    // that exact finding id only.
    suppress(orders.node.findChild('CloudWatchRole'), {
      id: 'AwsSolutions-IAM4',
      reason: 'API Gateway account-level logging role is AWS managed by design.',
      appliesTo: ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs'],
    });

    // --- A REST API with the defaults -------------------------------------------
    const legacy = new apigw.RestApi(this, 'LegacyApi', { cloudWatchRole: false, deployOptions: { stageName: 'v1' } });
    legacy.root.addMethod('ANY', new apigw.HttpIntegration('https://legacy.example.com'));
    // An OPTIONS method that is not a CORS preflight (it answers 200), so
    // APIG4 evaluates it; COG4 skips every OPTIONS method.
    legacy.root.addMethod('OPTIONS', mock, { methodResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.Allow': true } }] });
    legacy.addRequestValidator('BodyOnly', { validateRequestBody: true });
    new wafv2.CfnWebACLAssociation(this, 'WrongStageWaf', {
      resourceArn: `arn:aws:apigateway:us-east-1::/restapis/${legacy.restApiId}/stages/v2`,
      webAclArn: WEB_ACL,
    });

    // --- L1 REST API pieces -------------------------------------------------------
    const raw = new apigw.CfnRestApi(this, 'RawApi', { name: 'raw' });
    new apigw.CfnRequestValidator(this, 'RawValidator', { restApiId: raw.ref, validateRequestBody: true, validateRequestParameters: true });
    const rawMethod = new apigw.CfnMethod(this, 'RawMethod', {
      restApiId: raw.ref,
      resourceId: raw.attrRootResourceId,
      httpMethod: 'GET',
      authorizationType: 'CUSTOM',
      authorizerId: 'abc123',
      integration: { type: 'MOCK' },
    });
    new apigw.CfnMethod(this, 'RawParamMethod', {
      restApiId: raw.ref,
      resourceId: raw.attrRootResourceId,
      httpMethod: 'PUT',
      authorizationType: authType.valueAsString,
      integration: { type: 'MOCK' },
    });
    const deployment = new apigw.CfnDeployment(this, 'RawDeployment', { restApiId: raw.ref });
    deployment.addResourceDependency(rawMethod);
    const rawStage = new apigw.CfnStage(this, 'RawStage', {
      restApiId: raw.ref,
      deploymentId: deployment.ref,
      stageName: 'live',
      accessLogSetting: { destinationArn: accessLogs.logGroupArn },
      methodSettings: [{ httpMethod: '*', resourcePath: '/*', loggingLevel: 'OFF' }],
    });
    new wafv2.CfnWebACLAssociation(this, 'RawStageWaf', {
      resourceArn: `arn:aws:apigateway:us-east-1::/restapis/${raw.ref}/stages/${rawStage.ref}`,
      webAclArn: WEB_ACL,
    });
    new apigw.CfnStage(this, 'RawErrorsStage', {
      restApiId: raw.ref,
      deploymentId: deployment.ref,
      stageName: 'errors',
      accessLogSetting: { destinationArn: accessLogs.logGroupArn, format: '$context.requestId' },
      methodSettings: [
        { httpMethod: 'GET', resourcePath: '/*', loggingLevel: 'INFO' },
        { httpMethod: '*', resourcePath: '/*', loggingLevel: 'ERROR' },
      ],
    });

    // --- HTTP API (L2) -------------------------------------------------------------
    const http = new apigwv2.HttpApi(this, 'HttpApi');
    const url = new v2int.HttpUrlIntegration('Upstream', 'https://upstream.example.com');
    http.addRoutes({ path: '/public', methods: [apigwv2.HttpMethod.GET], integration: url });
    http.addRoutes({ path: '/private', methods: [apigwv2.HttpMethod.POST], integration: url, authorizer: new v2auth.HttpIamAuthorizer() });
    http.addStage('Audited', {
      stageName: 'audited',
      accessLogSettings: { destination: new apigwv2.LogGroupLogDestination(accessLogs), format: apigw.AccessLogFormat.clf() },
    });

    // --- WebSocket API (L1) --------------------------------------------------------
    const socket = new apigwv2.CfnApi(this, 'SocketApi', { name: 'socket', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
    new apigwv2.CfnRoute(this, 'ConnectRoute', { apiId: socket.ref, routeKey: '$connect', authorizationType: 'AWS_IAM' });
    new apigwv2.CfnRoute(this, 'DefaultRoute', { apiId: socket.ref, routeKey: '$default', authorizationType: 'NONE' });
    new apigwv2.CfnRoute(this, 'UnsetRoute', { apiId: socket.ref, routeKey: 'send' });
    new apigwv2.CfnRoute(this, 'ParamRoute', { apiId: socket.ref, routeKey: 'admin', authorizationType: authType.valueAsString });
    new apigwv2.CfnStage(this, 'SocketStage', {
      apiId: socket.ref,
      stageName: 'live',
      accessLogSettings: { destinationArn: accessLogs.logGroupArn, format: '$context.connectionId' },
    });
    new apigwv2.CfnStage(this, 'SocketNoFormatStage', {
      apiId: socket.ref,
      stageName: 'test',
      accessLogSettings: { destinationArn: accessLogs.logGroupArn },
    });
  }
}
