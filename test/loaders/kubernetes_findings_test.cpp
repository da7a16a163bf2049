// Findings on manifests, end to end through the loader and the engine: the file, line
// and column of the offending value, the JSON pointer into the file's documents, and
// suppression by annotation, all on real YAML and JSON positions.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "infralint/engine/catalog.hpp"
#include "infralint/engine/evaluate.hpp"
#include "infralint/engine/suppress.hpp"
#include "infralint/loaders/load.hpp"
#include "infralint/model/pack.hpp"
#include "infralint/model/rule.hpp"
#include "test_support.hpp"

namespace infralint::loaders {
namespace {

// Containers that run privileged: reported at the `privileged` value; a pod spec
// without containers is reported on the object itself (a missing property).
class PrivilegedContainer final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "test-k8s-privileged", .title = "Privileged container", .resource_types = {"v1/Pod", "apps/v1/Deployment"}};
  const model::RuleMeta& meta() const override { return kMeta; }
  void check(const model::Resource& r, model::Sink& sink) const override {
    const model::Value* spec = r.type == "v1/Pod" ? r.at("/spec") : r.at("/spec/template/spec");
    const model::Value* containers = spec ? spec->find("containers") : nullptr;
    if (!containers) return sink.report(r, "no containers");
    for (const model::Value& c : containers->items()) {
      const model::Value* privileged = c.at("/securityContext/privileged");
      if (privileged && privileged->is_bool() && privileged->as_bool()) sink.report(r, privileged, "privileged");
    }
  }
};

constexpr std::array<model::PackEntry, 1> kEntries{{
    {"TestK8s", "TestK8s-P1", "test-k8s-privileged", model::Level::Error, "Container runs privileged"},
}};

struct Scanned {
  std::vector<model::Finding> findings;
  std::vector<model::Finding> problems;
  std::vector<std::string> lines;  // "<file>:<line>:<col> <rule> <resource> <pointer> [suppressed: reason]"
};

Scanned scan(const std::vector<std::pair<std::string, std::string>>& files) {
  testing::TempDir dir;
  for (const auto& [name, text] : files) dir.write(name, text);
  testing::ChangeDir cd(dir.path());
  LoadResult loaded = load({"."}, {});
  EXPECT_TRUE(loaded.diagnostics.empty()) << loaded.diagnostics.front().message;
  PrivilegedContainer rule;
  const std::array<const model::Rule*, 1> rules{&rule};
  const engine::Catalog catalog(rules, kEntries);
  const std::vector<engine::Binding> bindings{catalog.bind(kEntries[0])};
  Scanned out;
  out.findings = engine::evaluate(loaded.graph, bindings, {}).findings;
  out.problems = engine::apply_suppressions(loaded.graph, {}, out.findings);
  auto line_of = [](const model::Finding& f) {
    std::string line = f.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + " " + f.rule_id + " " +
                       f.resource_id + " " + f.pointer;
    if (f.suppression) line += " [suppressed: " + f.suppression->reason + "]";
    return line;
  };
  for (const model::Finding& f : out.findings) out.lines.push_back(line_of(f));
  for (const model::Finding& f : out.problems) out.lines.push_back(line_of(f));
  return out;
}

TEST(KubernetesFindings, PointAtTheOffendingValueOrTheKindLine) {
  const Scanned s = scan({{"deploy.yaml",
                           "apiVersion: v1\n"                       // 1
                           "kind: Namespace\n"                      // 2
                           "metadata: {name: shop}\n"               // 3
                           "---\n"                                  // 4
                           "apiVersion: apps/v1\n"                  // 5
                           "kind: Deployment\n"                     // 6
                           "metadata: {name: web, namespace: shop}\n"
                           "spec:\n"                                // 8
                           "  template:\n"                          // 9
                           "    spec:\n"                            // 10
                           "      containers:\n"                    // 11
                           "        - name: app\n"                  // 12
                           "          image: nginx:1.25\n"          // 13
                           "        - name: sidecar\n"              // 14
                           "          securityContext:\n"           // 15
                           "            privileged: true\n"         // 16
                           "---\n"                                  // 17
                           "apiVersion: v1\n"                       // 18
                           "kind: Pod\n"                            // 19
                           "metadata: {name: empty}\n"              // 20
                           "spec: {}\n"                             // 21
                           "---\n"                                  // 22
                           "apiVersion: v1\n"                       // 23
                           "kind: List\n"                           // 24
                           "items:\n"                               // 25
                           "  - apiVersion: v1\n"                   // 26
                           "    kind: Pod\n"                        // 27
                           "    metadata: {name: listed}\n"         // 28
                           "    spec:\n"                            // 29
                           "      containers: [{name: c, securityContext: {privileged: true}}]\n"},  // 30
                          {"pod.json",
                           "{\n"
                           "  \"apiVersion\": \"v1\",\n"
                           "  \"kind\": \"Pod\",\n"
                           "  \"metadata\": {\"name\": \"j\"},\n"
                           "  \"spec\": {\"containers\": [\n"
                           "    {\"name\": \"c\", \"securityContext\": {\"privileged\": true}}\n"
                           "  ]}\n"
                           "}\n"}});
  EXPECT_EQ(s.lines,
            (std::vector<std::string>{
                "deploy.yaml:16:13 TestK8s-P1 Deployment/shop/web /1/spec/template/spec/containers/1/securityContext/privileged",
                "deploy.yaml:19:1 TestK8s-P1 Pod/default/empty /2",
                "deploy.yaml:30:48 TestK8s-P1 Pod/default/listed /3/items/0/spec/containers/0/securityContext/privileged",
                "pod.json:6:39 TestK8s-P1 Pod/default/j /0/spec/containers/0/securityContext/privileged",
            }));
}

TEST(KubernetesFindings, AnnotationsSuppressAndBadOnesArePointedAt) {
  const Scanned s = scan({{"pods.yaml",
                           "apiVersion: v1\n"                                             // 1
                           "kind: Pod\n"                                                  // 2
                           "metadata:\n"                                                  // 3
                           "  name: debug\n"                                              // 4
                           "  annotations:\n"                                             // 5
                           "    infralint.io/suppress: \"TestK8s-P1: lab only, never deployed\"\n"  // 6
                           "spec:\n"                                                      // 7
                           "  containers: [{name: c, securityContext: {privileged: true}}]\n"  // 8
                           "---\n"                                                        // 9
                           "apiVersion: apps/v1\n"                                        // 10
                           "kind: Deployment\n"                                           // 11
                           "metadata: {name: agent}\n"                                    // 12
                           "spec:\n"                                                      // 13
                           "  template:\n"                                                // 14
                           "    metadata:\n"                                              // 15
                           "      annotations:\n"                                         // 16
                           "        infralint.io/suppress: >-\n"                          // 17
                           "          TestK8s-P1: the node agent manages iptables;\n"     // 18
                           "          TestK8s-P9\n"                                       // 19
                           "    spec:\n"                                                  // 20
                           "      containers: [{name: c, securityContext: {privileged: true}}]\n"}});  // 21
  EXPECT_EQ(s.lines,
            (std::vector<std::string>{
                "pods.yaml:8:44 TestK8s-P1 Pod/default/debug /0/spec/containers/0/securityContext/privileged "
                "[suppressed: lab only, never deployed]",
                "pods.yaml:21:48 TestK8s-P1 Deployment/default/agent "
                "/1/spec/template/spec/containers/0/securityContext/privileged "
                "[suppressed: the node agent manages iptables]",
                "pods.yaml:17:9 infralint-invalid-suppression Deployment/default/agent "
                "/1/spec/template/metadata/annotations/infralint.io~1suppress",
            }));
  ASSERT_EQ(s.problems.size(), 1u);
  EXPECT_EQ(s.problems[0].granular_id, "TestK8s-P9");
}

}  // namespace
}  // namespace infralint::loaders
