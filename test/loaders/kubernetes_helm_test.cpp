// Unrendered Helm templates: a clear error naming the file and the template's line,
// never a crash and never objects built from template text; template text inside
// strings stays ordinary data.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "infralint/loaders/readers.hpp"
#include "kubernetes_support.hpp"

namespace infralint::loaders {
namespace {

using testing::LoadedManifest;

struct TemplateCase {
  const char* what;
  const char* text;
  const char* position;  // of the '{{' that is not YAML
};

class UnrenderedTemplate : public ::testing::TestWithParam<TemplateCase> {};

TEST_P(UnrenderedTemplate, IsOneErrorNamingFileAndLine) {
  const TemplateCase& c = GetParam();
  const LoadedManifest m("templates/service.yaml", c.text);
  EXPECT_TRUE(m.result().graph.stacks().empty()) << c.what;
  ASSERT_EQ(m.result().diagnostics.size(), 1u) << c.what;
  const model::Diagnostic& d = m.result().diagnostics[0];
  EXPECT_EQ(d.severity, model::Diagnostic::Severity::Error);
  EXPECT_EQ(d.file, "templates/service.yaml");
  EXPECT_EQ(std::to_string(d.line) + ":" + std::to_string(d.column), c.position) << c.what << ": " << d.message;
  EXPECT_TRUE(d.message.starts_with("unrendered Helm or Go template: '{{ ... }}' on this line is template syntax"))
      << d.message;
  EXPECT_NE(d.message.find("helm template"), std::string::npos) << "says how to fix it: " << d.message;
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, UnrenderedTemplate,
    ::testing::Values(
        TemplateCase{"a conditional around the document",
                     "{{- if .Values.enabled }}\napiVersion: v1\nkind: Service\nmetadata:\n  name: x\n{{- end }}\n", "1:1"},
        TemplateCase{"an include at the start of a line",
                     "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n  labels:\n{{ include \"x.labels\" . | indent 4 }}\n",
                     "6:1"},
        TemplateCase{"a range over list items",
                     "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n  {{- range .Values.ports }}\n"
                     "  - port: {{ . }}\n  {{- end }}\n",
                     "7:3"},
        TemplateCase{"a value", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  replicas: {{ .Values.n }}\n",
                     "6:13"},
        TemplateCase{"toYaml into a mapping",
                     "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n  labels:\n    {{- toYaml .Values.labels | nindent 4 }}\n"
                     "    app: x\n",
                     "6:5"},
        TemplateCase{"a quoted string broken by the template's own quotes",
                     "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"{{ include \"chart.fullname\" . }}-test\"\n"
                     "  labels:\n    {{- include \"chart.labels\" . | nindent 4 }}\n",
                     "4:10"},
        TemplateCase{"CRLF line endings", "apiVersion: v1\r\nkind: Service\r\n{{- with .Values.meta }}\r\nmetadata: {}\r\n{{- end }}\r\n",
                     "3:1"}),
    [](const auto& param) { return "Case" + std::to_string(param.index); });

TEST(HelmTemplates, TemplateTextInsideStringsIsData) {
  const LoadedManifest m("rule.yaml",
                         "apiVersion: monitoring.coreos.com/v1\n"
                         "kind: PrometheusRule\n"
                         "metadata: {name: alerts}\n"
                         "spec:\n"
                         "  groups:\n"
                         "    - name: pods\n"
                         "      rules:\n"
                         "        - alert: PodDown\n"
                         "          annotations:\n"
                         "            summary: '{{ $labels.pod }} is down'\n"
                         "            description: \"Pod {{ $labels.namespace }}/{{ $labels.pod }} is down\"\n"
                         "            runbook: pod {{ $labels.pod }} needs {{ $value }} restarts\n"
                         "---\n"
                         "apiVersion: v1\n"
                         "kind: ConfigMap\n"
                         "metadata: {name: tpl}\n"
                         "data:\n"
                         "  template: |\n"
                         "    {{ define \"body\" }}\n"
                         "    {{- range .Alerts }}{{ .Labels.alertname }}{{ end }}\n"
                         "    {{ end }}\n");
  EXPECT_TRUE(m.result().diagnostics.empty());
  ASSERT_EQ(m.stack().resources.size(), 2u);
  const model::Value* summary =
      m.resource("PrometheusRule/default/alerts").at("/spec/groups/0/rules/0/annotations/summary");
  ASSERT_NE(summary, nullptr);
  EXPECT_EQ(summary->as_string(), "{{ $labels.pod }} is down");
  const model::Value* runbook = m.resource("PrometheusRule/default/alerts").at("/spec/groups/0/rules/0/annotations/runbook");
  ASSERT_NE(runbook, nullptr);
  EXPECT_EQ(runbook->as_string(), "pod {{ $labels.pod }} needs {{ $value }} restarts");
  const model::Value* body = m.resource("ConfigMap/default/tpl").at("/data/template");
  ASSERT_NE(body, nullptr);
  EXPECT_TRUE(body->as_string().starts_with("{{ define \"body\" }}\n"));
}

TEST(HelmTemplates, QuotedTemplatesOfAChartLoadAsTheirText) {
  // Every expression sits inside a quoted string: YAML reads the file, and rules see
  // the text as written (an image of "{{ .Values.image }}" has no usable tag).
  const LoadedManifest m("templates/pod.yaml",
                         "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"{{ .Release.Name }}-pod\"\n"
                         "spec:\n  containers:\n    - name: app\n      image: '{{ .Values.image }}'\n");
  EXPECT_TRUE(m.result().diagnostics.empty());
  EXPECT_NE(m.stack().find("Pod/default/{{ .Release.Name }}-pod"), nullptr);
}

TEST(HelmTemplates, OtherErrorsAreNotBlamedOnTemplates) {
  // The template sits in a block scalar, the error two lines further on.
  ParseResult block = read_yaml("data:\n  a: |\n    {{ .Values.y }}\n  b: [unclosed\n", 0);
  ASSERT_TRUE(block.error);
  EXPECT_EQ(block.error->message.find("template"), std::string::npos) << block.error->message;
  // A commented-out template on the failing line.
  ParseResult comment = read_yaml("a: b\n  c: d # {{ .Values.x }}\n", 0);
  ASSERT_TRUE(comment.error);
  EXPECT_EQ(comment.error->line, 2u);
  EXPECT_EQ(comment.error->message.find("template"), std::string::npos) << comment.error->message;
  // CloudFormation dynamic references look alike and are no templates.
  ParseResult dynamic = read_yaml("Password: '{{resolve:ssm:db}}' x: y\n", 0);
  ASSERT_TRUE(dynamic.error);
  EXPECT_EQ(dynamic.error->line, 1u);
  EXPECT_EQ(dynamic.error->message.find("template"), std::string::npos) << dynamic.error->message;
}

TEST(HelmTemplates, AWholeUnrenderedChartIsOneErrorPerTemplateAndNothingElse) {
  testing::TempDir dir;
  dir.write("chart/Chart.yaml", "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
  dir.write("chart/values.yaml", "replicas: 2\nimage: nginx:1.25\n");
  dir.write("chart/templates/_helpers.tpl", "{{- define \"demo.name\" -}}demo{{- end }}\n");
  dir.write("chart/templates/deployment.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"demo.name\" . }}\n");
  dir.write("chart/templates/service.yaml",
            "apiVersion: v1\nkind: Service\nmetadata:\n  name: demo\nspec:\n  type: {{ .Values.type }}\n");
  dir.write("chart/templates/static.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: static\n");
  testing::ChangeDir cd(dir.path());
  const LoadResult r = load({"chart"}, {});
  std::vector<std::string> errors;
  for (const model::Diagnostic& d : r.diagnostics) errors.push_back(d.file + ":" + std::to_string(d.line));
  EXPECT_EQ(errors, (std::vector<std::string>{"chart/templates/deployment.yaml:4", "chart/templates/service.yaml:6"}));
  ASSERT_EQ(r.graph.stacks().size(), 1u) << "the template without expressions is a manifest";
  EXPECT_EQ(r.graph.stacks()[0]->file, "chart/templates/static.yaml");
}

}  // namespace
}  // namespace infralint::loaders
