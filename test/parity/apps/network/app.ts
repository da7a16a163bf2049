#!/usr/bin/env node
// Parity app "network": VPC, security groups, EC2, Auto Scaling, load
// balancers, Elastic Beanstalk and Cloud9, with a Stage and a nested stack.
import { addNagChecks, ENV, newParityApp } from '../common/harness';
import { BranchStage } from './lib/branch-stage';
import { InstancesStack } from './lib/instances-stack';
import { LoadBalancersStack } from './lib/load-balancers-stack';
import { NetworkStack } from './lib/network-stack';

const app = newParityApp();
const network = new NetworkStack(app, 'Network', { env: ENV });
new InstancesStack(app, 'Instances', { env: ENV, vpc: network.vpc });
new LoadBalancersStack(app, 'LoadBalancers', { env: ENV, vpc: network.vpc });
const branch = new BranchStage(app, 'Branch', { env: ENV });

addNagChecks(app, branch);
app.synth();
