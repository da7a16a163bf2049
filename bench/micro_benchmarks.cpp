// Google Benchmark micro-benchmarks for the hot paths: the JSON reader, the YAML
// reader and the evaluator over a generated stack. Input is built in memory, so the
// numbers measure our code, not the disk.
#include <benchmark/benchmark.h>

#include <string>

#include "infralint/engine/catalog.hpp"
#include "infralint/engine/evaluate.hpp"
#include "infralint/loaders/readers.hpp"
#include "infralint/model/graph.hpp"
#include "infralint/rules/catalog.hpp"

namespace {

using namespace infralint;

// A CloudFormation template of `n` resources, a few common types with references.
std::string template_json(int n) {
  std::string t = "{\"Resources\": {\n";
  for (int i = 0; i < n; ++i) {
    const std::string id = std::to_string(i);
    if (i) t += ",\n";
    switch (i % 4) {
      case 0:
        t += "\"Bucket" + id + "\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"BucketName\": \"b-" + id +
             "\", \"VersioningConfiguration\": {\"Status\": \"Enabled\"}, \"Tags\": [{\"Key\": \"team\", "
             "\"Value\": \"platform\"}]}}";
        break;
      case 1:
        t += "\"Queue" + id + "\": {\"Type\": \"AWS::SQS::Queue\", \"Properties\": {\"VisibilityTimeout\": 300}}";
        break;
      case 2:
        t += "\"Policy" + id +
             "\": {\"Type\": \"AWS::IAM::Policy\", \"Properties\": {\"PolicyName\": \"p\", \"PolicyDocument\": "
             "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"s3:List*\"], "
             "\"Resource\": {\"Fn::Join\": [\"\", [{\"Fn::GetAtt\": [\"Bucket" +
             std::to_string(i - 2) + "\", \"Arn\"]}, \"/*\"]]}}]}}}";
        break;
      default:
        t += "\"Table" + id + "\": {\"Type\": \"AWS::DynamoDB::Table\", \"Properties\": {\"BillingMode\": "
             "\"PAY_PER_REQUEST\"}}";
    }
  }
  return t + "\n}}\n";
}

std::string template_yaml(int n) {
  std::string t = "Resources:\n";
  for (int i = 0; i < n; ++i) {
    const std::string id = std::to_string(i);
    t += "  Bucket" + id + ":\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${AWS::StackName}-" +
         id + "'\n      Tags:\n        - Key: team\n          Value: platform\n";
  }
  return t;
}

void BM_JsonReader(benchmark::State& state) {
  const std::string text = template_json(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(loaders::read_json(text, 0));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_JsonReader)->Arg(1000)->Arg(10000);

void BM_YamlReader(benchmark::State& state) {
  const std::string text = template_yaml(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(loaders::read_yaml(text, 0));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_YamlReader)->Arg(1000)->Arg(10000);

// Every rule of every pack over one stack; the resource count is the throughput unit.
void BM_Evaluate(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  model::Graph graph;
  auto stack = std::make_unique<model::Stack>();
  stack->name = "bench";
  stack->file_id = graph.add_file("bench.json");
  stack->root = std::move(loaders::read_json(template_json(n), stack->file_id).documents.front());
  for (const model::Member& m : stack->root.find("Resources")->members()) {
    model::Resource r;
    r.id = m.key;
    r.type = std::string(m.value.find("Type")->as_string());
    r.node = &m.value;
    r.location = m.key_location;
    stack->resources.push_back(std::move(r));
  }
  graph.add(std::move(stack));
  graph.link();
  const engine::Catalog catalog(rules::all_rules(), rules::all_pack_entries());
  std::vector<engine::Binding> bindings;
  for (const auto& entry : catalog.entries()) bindings.push_back(catalog.bind(entry));
  engine::EvalOptions options;
  options.jobs = 1;
  for (auto _ : state) benchmark::DoNotOptimize(engine::evaluate(graph, bindings, options));
  state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_Evaluate)->Arg(1000)->Arg(10000);

}  // namespace

BENCHMARK_MAIN();
