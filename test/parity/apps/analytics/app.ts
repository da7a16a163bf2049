#!/usr/bin/env node
// Parity app "analytics": EMR, Glue, Kinesis, Firehose, Managed Flink, MSK,
// OpenSearch and Elasticsearch, QuickSight, SageMaker, Lex and Step Functions.
import { addNagChecks, ENV, newParityApp } from '../common/harness';
import { InsightsStack } from './lib/insights-stack';
import { ProcessingStack } from './lib/processing-stack';

const app = newParityApp();
new ProcessingStack(app, 'Processing', { env: ENV });
new InsightsStack(app, 'Insights', { env: ENV });

addNagChecks(app);
app.synth();
