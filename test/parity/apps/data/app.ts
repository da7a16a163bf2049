#!/usr/bin/env node
// Parity app "data": S3, RDS and Aurora, DynamoDB and DAX, ElastiCache,
// Neptune, DocumentDB, Timestream, Redshift, KMS, Secrets Manager and EFS,
// with nested stacks that refer to resources of their parent.
import { addNagChecks, ENV, newParityApp } from '../common/harness';
import { DatabasesStack } from './lib/databases-stack';
import { KeysStack } from './lib/keys-stack';
import { StorageStack } from './lib/storage-stack';

const app = newParityApp();
new StorageStack(app, 'Storage', { env: ENV });
new DatabasesStack(app, 'Databases', { env: ENV });
new KeysStack(app, 'Keys', { env: ENV });

addNagChecks(app);
app.synth();
