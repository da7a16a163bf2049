#!/usr/bin/env node
// Parity app "platform": IAM, ECS, EKS, ECR, CodeBuild, EventBridge, SNS,
// SQS and MediaStore, and a Stage that exercises every kind of suppression.
import { addNagChecks, ENV, newParityApp } from '../common/harness';
import { AccessStack } from './lib/access-stack';
import { ContainersStack } from './lib/containers-stack';
import { MessagingStack } from './lib/messaging-stack';
import { SharedStage } from './lib/shared-stage';

const app = newParityApp();
new AccessStack(app, 'Access', { env: ENV });
new ContainersStack(app, 'Containers', { env: ENV });
new MessagingStack(app, 'Messaging', { env: ENV });
const shared = new SharedStage(app, 'Shared', { env: ENV });

addNagChecks(app, shared);
app.synth();
