// Kubernetes manifests through the binary: default packs, exit statuses, the three
// main formats, Helm templates, and byte-identical reports for any --jobs. The
// assertions hold whichever Kubernetes rules the catalogue holds, so they pin the
// plumbing rather than the packs' verdicts.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "run.hpp"

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

const fs::path kSource = INFRALINT_SOURCE_DIR;

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

constexpr const char* kBadAnnotation =
    "apiVersion: v1\n"
    "kind: Pod\n"
    "metadata:\n"
    "  name: debug\n"
    "  annotations:\n"
    "    infralint.io/suppress: \"K8s-PSS-Baseline-PRIV1\"\n"
    "spec:\n"
    "  containers: [{name: c, image: busybox:1.36}]\n";

}  // namespace

TEST(Kubernetes, TheDemoManifestsLoadWholeInEveryFormat) {
  e2e::Run json = e2e::infralint({"-f", "json", "--fail-on", "never", "corpus/kubernetes"}, kSource);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const Json report = Json::parse(json.out);
  EXPECT_EQ(report["summary"]["files"], 7);
  EXPECT_EQ(report["summary"]["stacks"], 7);
  EXPECT_EQ(report["summary"]["resources"], 19);
  EXPECT_EQ(report["summary"]["diagnostics"]["error"], 0);
  EXPECT_EQ(report["summary"]["diagnostics"]["warning"], 0) << json.err;

  e2e::Run sarif = e2e::infralint({"-f", "sarif", "--fail-on", "never", "corpus/kubernetes"}, kSource);
  ASSERT_EQ(sarif.exit_code, 0) << sarif.err;
  const Json log = Json::parse(sarif.out);
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_TRUE(log["runs"][0]["invocations"][0]["executionSuccessful"].get<bool>());

  e2e::Run text = e2e::infralint({"--fail-on", "never", "corpus/kubernetes"}, kSource);
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_TRUE(contains(text.out, "scanned: 7 files, 7 stacks, 19 resources, ")) << text.out;
}

TEST(Kubernetes, ManifestsRunTheKubernetesPacksByDefault) {
  e2e::Run list = e2e::infralint({"--list-rules", "--format", "json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  std::size_t kubernetes_rules = 0;
  for (const Json& rule : Json::parse(list.out)) {
    const std::string pack = rule["pack"];
    if (pack == "K8s-PSS-Baseline" || pack == "K8s-BestPractices") ++kubernetes_rules;
  }
  e2e::Run scan = e2e::infralint({"-f", "json", "--fail-on", "never", "corpus/kubernetes"}, kSource);
  ASSERT_EQ(scan.exit_code, 0) << scan.err;
  const Json report = Json::parse(scan.out);
  EXPECT_EQ(report["summary"]["rulesRun"], kubernetes_rules) << "and no AwsSolutions rule";
  for (const Json& finding : report["findings"]) {
    const std::string pack = finding["pack"];
    EXPECT_TRUE(pack == "K8s-PSS-Baseline" || pack == "K8s-BestPractices" || pack == "infralint") << pack;
  }
}

TEST(Kubernetes, ABadSuppressionAnnotationFailsTheRunAndIsShownWhereItIs) {
  e2e::TempDir dir;
  e2e::write_file(dir.path() / "manifests" / "debug.yaml", kBadAnnotation);
  e2e::Run run = e2e::infralint({"manifests"}, dir.path());
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_TRUE(contains(run.out,
                       "manifests/debug.yaml:6:5: error[infralint-invalid-suppression] debug/Pod/default/debug (v1/Pod): "
                       "Suppression entry in the infralint.io/suppress annotation for 'K8s-PSS-Baseline-PRIV1' is not "
                       "honoured: the entry has no reason"))
      << run.out;
  EXPECT_EQ(e2e::infralint({"--fail-on", "never", "manifests"}, dir.path()).exit_code, 0);

  // Rules of the Kubernetes packs may report on the pod too: pick our finding out.
  auto ours = [](const Json& list, const char* id_key) {
    for (const Json& item : list)
      if (item[id_key] == "infralint-invalid-suppression") return item;
    ADD_FAILURE() << "no infralint-invalid-suppression in " << list.dump();
    return Json::object();
  };
  e2e::Run sarif = e2e::infralint({"-f", "sarif", "manifests"}, dir.path());
  const Json result = ours(Json::parse(sarif.out)["runs"][0]["results"], "ruleId");
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "manifests/debug.yaml");
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"]["startLine"], 6);
  EXPECT_EQ(result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"], "debug/Pod/default/debug");

  e2e::Run json = e2e::infralint({"-f", "json", "manifests"}, dir.path());
  const Json finding = ours(Json::parse(json.out)["findings"], "ruleId");
  EXPECT_EQ(finding["resourceType"], "v1/Pod");
  EXPECT_EQ(finding["pointer"], "/0/metadata/annotations/infralint.io~1suppress");
}

TEST(Kubernetes, AnUnrenderedHelmTemplateIsAnInputErrorThatNamesItsLine) {
  e2e::TempDir dir;
  e2e::write_file(dir.path() / "chart" / "Chart.yaml", "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
  e2e::write_file(dir.path() / "chart" / "templates" / "service.yaml",
                  "apiVersion: v1\nkind: Service\nmetadata:\n  name: demo\n  labels:\n"
                  "    {{- include \"demo.labels\" . | nindent 4 }}\n");
  e2e::write_file(dir.path() / "chart" / "templates" / "plain.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: plain}\n");
  e2e::Run run = e2e::infralint({"-f", "sarif", "chart"}, dir.path());
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_TRUE(contains(run.err, "chart/templates/service.yaml:6:5: unrendered Helm or Go template")) << run.err;
  const Json log = Json::parse(run.out);
  EXPECT_FALSE(log["runs"][0]["invocations"][0]["executionSuccessful"].get<bool>());
  const std::string notification = log["runs"][0]["invocations"][0]["toolExecutionNotifications"].dump();
  EXPECT_TRUE(contains(notification, "unrendered Helm or Go template")) << notification;
}

TEST(Kubernetes, ReportsAreByteIdenticalForAnyJobs) {
  e2e::TempDir dir;
  // The demo manifests, many times over in folders of their own, so that work is
  // really split between threads.
  for (int copy = 0; copy < 12; ++copy)
    fs::copy(kSource / "corpus" / "kubernetes", dir.path() / ("team" + std::to_string(copy)), fs::copy_options::recursive);
  e2e::write_file(dir.path() / "team0" / "debug.yaml", kBadAnnotation);
  for (const char* format : {"text", "json", "sarif", "junit"}) {
    e2e::Run one = e2e::infralint({"-f", format, "--jobs", "1", "--packs", "all", "."}, dir.path());
    e2e::Run two = e2e::infralint({"-f", format, "--jobs", "2", "--packs", "all", "."}, dir.path());
    ASSERT_EQ(one.exit_code, 1) << one.err;
    EXPECT_EQ(two.exit_code, 1) << two.err;
    EXPECT_EQ(one.out, two.out) << format;
  }
}
