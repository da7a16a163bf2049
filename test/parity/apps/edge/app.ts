#!/usr/bin/env node
// Parity app "edge": CloudFront, API Gateway (REST, HTTP and WebSocket),
// Cognito, AppSync and Lambda runtimes.
import { addNagChecks, ENV, newParityApp } from '../common/harness';
import { ApiStack } from './lib/api-stack';
import { CdnStack } from './lib/cdn-stack';
import { IdentityStack } from './lib/identity-stack';

const app = newParityApp();
new CdnStack(app, 'Cdn', { env: ENV });
new ApiStack(app, 'Api', { env: ENV });
new IdentityStack(app, 'Identity', { env: ENV });

addNagChecks(app);
app.synth();
