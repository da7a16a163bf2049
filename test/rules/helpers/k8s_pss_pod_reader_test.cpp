#include "k8s/pss/pod_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "json_value.hpp"

namespace infralint::rules::k8s::pss {
namespace {

using model::Value;

struct RecordingSink final : model::Sink {
  std::vector<std::string> unresolved_details;
  int reports = 0, not_applicable_count = 0;
  void report(const model::Resource&, const Value*, std::string, std::string) override { ++reports; }
  void unresolved(const model::Resource&, const Value*, std::string detail) override {
    unresolved_details.push_back(std::move(detail));
  }
  void not_applicable(const model::Resource&) override { ++not_applicable_count; }
};

struct Object {
  Value document;
  model::Resource resource;
  explicit Object(std::string_view json, std::string type = "v1/Pod") : document(test::json(json)) {
    resource.type = std::move(type);
    resource.node = &document;
  }
};

TEST(PodReader, AnObjectWithoutAPodIsNotApplicable) {
  Object deployment(R"({"kind": "Deployment", "spec": {"replicas": 1}})", "apps/v1/Deployment");
  RecordingSink sink;
  EXPECT_FALSE(PodReader::open(deployment.resource, sink).has_value());
  EXPECT_EQ(sink.not_applicable_count, 1);
}

TEST(PodReader, AbsentAndNullAreUnsetAndAWrongShapeIsReportedOnce) {
  Object pod(R"({"spec": {"hostNetwork": null, "hostPID": true, "hostIPC": "true", "containers": []}})");
  RecordingSink sink;
  PodReader reader = *PodReader::open(pod.resource, sink);
  EXPECT_TRUE(reader.flag(&reader.spec(), "hostUsers").unset());
  EXPECT_TRUE(reader.flag(&reader.spec(), "hostNetwork").unset());
  const Field<bool> pid = reader.flag(&reader.spec(), "hostPID");
  EXPECT_TRUE(pid.known());
  EXPECT_TRUE(pid.value);
  EXPECT_TRUE(reader.flag(&reader.spec(), "hostIPC").unjudgeable());
  ASSERT_EQ(sink.unresolved_details.size(), 1u);
  EXPECT_EQ(sink.unresolved_details[0], "hostIPC is a string where a boolean belongs");
}

TEST(PodReader, BelowAnUnjudgeableFieldEverythingIsUnjudgeableWithoutAnotherReport) {
  Object pod(R"({"spec": {"securityContext": ["runAsNonRoot"], "containers": []}})");
  RecordingSink sink;
  PodReader reader = *PodReader::open(pod.resource, sink);
  const Field<const Value*> context = reader.pod_security_context();
  EXPECT_TRUE(context.unjudgeable());
  EXPECT_TRUE(reader.flag(context, "runAsNonRoot").unjudgeable());
  EXPECT_TRUE(reader.text(reader.mapping(context, "seccompProfile"), "type").unjudgeable());
  // Asked again, the pod's securityContext is not reported again.
  EXPECT_TRUE(reader.pod_security_context().unjudgeable());
  EXPECT_EQ(sink.unresolved_details.size(), 1u);
}

TEST(PodReader, BelowAnUnsetFieldEverythingIsUnset) {
  Object pod(R"({"spec": {"containers": []}})");
  RecordingSink sink;
  PodReader reader = *PodReader::open(pod.resource, sink);
  EXPECT_TRUE(reader.flag(reader.pod_security_context(), "runAsNonRoot").unset());
  EXPECT_TRUE(sink.unresolved_details.empty());
}

TEST(PodReader, IntegersMustBeWholeNumbersNotText) {
  Object pod(R"({"spec": {"a": 0, "b": 80.5, "c": "80", "d": 10001}})");
  RecordingSink sink;
  PodReader reader = *PodReader::open(pod.resource, sink);
  const Field<long long> zero = reader.integer(&reader.spec(), "a");
  EXPECT_TRUE(zero.known());
  EXPECT_EQ(zero.value, 0);
  EXPECT_TRUE(reader.integer(&reader.spec(), "b").unjudgeable());
  EXPECT_TRUE(reader.integer(&reader.spec(), "c").unjudgeable());
  EXPECT_EQ(reader.integer(&reader.spec(), "d").value, 10001);
  EXPECT_EQ(sink.unresolved_details.size(), 2u);
}

TEST(PodReader, AValueNotKnownBeforeDeployIsUnjudgeable) {
  Object pod(R"({"spec": {"hostNetwork": true}})");
  pod.document.members()[0].value.members()[0].value.set_origin(model::Origin::Unresolved);
  RecordingSink sink;
  PodReader reader = *PodReader::open(pod.resource, sink);
  EXPECT_TRUE(reader.flag(&reader.spec(), "hostNetwork").unjudgeable());
  ASSERT_EQ(sink.unresolved_details.size(), 1u);
  EXPECT_EQ(sink.unresolved_details[0], "hostNetwork is not known before deploy");
}

TEST(PodReader, ListEntriesNameTheirList) {
  Object pod(R"({"spec": {"volumes": ["nfs", {"name": "ok"}]}})");
  RecordingSink sink;
  PodReader reader = *PodReader::open(pod.resource, sink);
  const Field<const Value*> volumes = reader.list(&reader.spec(), "volumes");
  ASSERT_TRUE(volumes.known());
  EXPECT_TRUE(reader.mapping_item(volumes.value->items()[0], "volumes").unjudgeable());
  EXPECT_TRUE(reader.mapping_item(volumes.value->items()[1], "volumes").known());
  ASSERT_EQ(sink.unresolved_details.size(), 1u);
  EXPECT_EQ(sink.unresolved_details[0], "an entry of volumes is a string where a mapping belongs");
}

TEST(PodReader, ContainersAreNamedByNameOrByPlace) {
  Object pod(R"({"spec": {
      "containers": [{"name": "app"}, {"image": "unnamed"}],
      "initContainers": [{"name": "setup"}],
      "ephemeralContainers": [{"image": "debug"}]}})");
  RecordingSink sink;
  PodReader reader = *PodReader::open(pod.resource, sink);
  std::vector<std::string> ids, descriptions;
  for (const Container& c : reader.containers()) {
    ids.push_back(reader.granular_id(c));
    descriptions.push_back(reader.describe(c));
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"container:app", "container:containers[1]", "container:setup",
                                           "container:ephemeralContainers[0]"}));
  EXPECT_EQ(descriptions, (std::vector<std::string>{"container 'app'", "container without a name",
                                                    "init container 'setup'", "ephemeral container without a name"}));
}

TEST(PodReader, ContainerListsOfTheWrongShapeAreReportedOnceAndSkipped) {
  Object pod(R"({"spec": {"containers": ["app:latest", {"name": "app"}], "initContainers": "setup"}})");
  RecordingSink sink;
  PodReader reader = *PodReader::open(pod.resource, sink);
  EXPECT_TRUE(sink.unresolved_details.empty()) << "nothing is reported before a rule asks for containers";
  ASSERT_EQ(reader.containers().size(), 1u);
  EXPECT_EQ(reader.containers()[0].name, "app");
  EXPECT_EQ(sink.unresolved_details,
            (std::vector<std::string>{"an entry of containers is a string where a mapping belongs",
                                      "initContainers is a string where a list belongs"}));
}

TEST(PodReader, WindowsAndUserNamespaces) {
  const auto read = [](std::string_view json) {
    Object pod(json);
    RecordingSink sink;
    PodReader reader = *PodReader::open(pod.resource, sink);
    const Field<bool> windows = reader.windows();
    const Field<bool> user_namespace = reader.own_user_namespace();
    return std::pair{windows, user_namespace};
  };
  auto [windows, own] = read(R"({"spec": {"os": {"name": "windows"}, "hostUsers": false}})");
  EXPECT_TRUE(windows.known() && windows.value);
  EXPECT_TRUE(own.known() && own.value);
  std::tie(windows, own) = read(R"({"spec": {"os": {"name": "linux"}, "hostUsers": true}})");
  EXPECT_TRUE(windows.known() && !windows.value);
  EXPECT_TRUE(own.known() && !own.value);
  std::tie(windows, own) = read(R"({"spec": {}})");
  EXPECT_TRUE(windows.unset() && !windows.value);
  EXPECT_TRUE(own.unset() && !own.value);
  std::tie(windows, own) = read(R"({"spec": {"os": "windows", "hostUsers": "false"}})");
  EXPECT_TRUE(windows.unjudgeable());
  EXPECT_TRUE(own.unjudgeable());
}

}  // namespace
}  // namespace infralint::rules::k8s::pss
