// Kubernetes manifests into the graph: documents, lists, ids, positions, references,
// and the files that only look like manifests. Each test loads text through the real
// pipeline (discovery, reader, dispatch, stack building) and checks what a rule or a
// report would see.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kubernetes_support.hpp"

namespace infralint::loaders {
namespace {

using testing::LoadedManifest;
using testing::references_of;
using Strings = std::vector<std::string>;

TEST(KubernetesLoader, MultiDocumentYamlWithCommentsEmptyDocumentsAndSeparators) {
  const LoadedManifest m("app.yaml",
                         "# leading comment\n"                      // 1
                         "---\n"                                    // 2
                         "apiVersion: apps/v1\n"                    // 3
                         "kind: Deployment\n"                       // 4
                         "metadata:\n"                              // 5
                         "  name: web\n"                            // 6
                         "  namespace: shop\n"                      // 7
                         "--- # a separator with a comment\n"       // 8
                         "---\n"                                    // 9
                         "# a document of comments only\n"          // 10
                         "---\n"                                    // 11
                         "apiVersion: v1\n"                         // 12
                         "kind: Service\n"                          // 13
                         "metadata: {name: web, namespace: shop}\n"  // 14
                         "...\n"                                    // 15
                         "---\n"                                    // 16
                         "apiVersion: v1\n"                         // 17
                         "kind: ConfigMap\n"                        // 18
                         "metadata:\n"                              // 19
                         "  name: settings\n");                     // 20
  EXPECT_EQ(m.resources(), (Strings{"apps/v1/Deployment Deployment/shop/web @3:1 kind@4:1",
                                    "v1/Service Service/shop/web @12:1 kind@13:1",
                                    "v1/ConfigMap ConfigMap/default/settings @17:1 kind@18:1"}));
  EXPECT_EQ(m.diagnostics(), Strings{}) << "empty documents are not worth a word";
  EXPECT_EQ(m.stack().name, "app");
  EXPECT_EQ(m.stack().file, "app.yaml");
  // Pointers count every document of the file, empty ones included, as a reader does.
  EXPECT_EQ(m.pointer_of(m.resource("Deployment/shop/web")), "/0");
  EXPECT_EQ(m.pointer_of(m.resource("Service/shop/web")), "/3");
  EXPECT_EQ(m.pointer_of(m.resource("ConfigMap/default/settings")), "/4");
  const model::Value* name = m.resource("Deployment/shop/web").at("/metadata/name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(testing::position(name->location()), "6:9");
}

TEST(KubernetesLoader, JsonManifestsAndJsonLists) {
  const LoadedManifest one("deploy.json",
                           "{\n"
                           "  \"apiVersion\": \"apps/v1\",\n"
                           "  \"kind\": \"Deployment\",\n"
                           "  \"metadata\": {\"name\": \"api\", \"namespace\": \"prod\"}\n"
                           "}\n");
  EXPECT_EQ(one.resources(), Strings{"apps/v1/Deployment Deployment/prod/api @1:1 kind@3:3"});
  // A JSON file is one document: the root still lists the file's documents.
  EXPECT_EQ(one.pointer_of(one.resource("Deployment/prod/api")), "/0");

  const LoadedManifest list("list.json",
                            "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\n"
                            "  {\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"a\"}},\n"
                            "  {\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"metadata\": {\"name\": \"b\"}}\n"
                            "]}\n");
  EXPECT_EQ(list.resources(), (Strings{"v1/Pod Pod/default/a @2:3 kind@2:24", "v1/Secret Secret/default/b @3:3 kind@3:24"}));
  EXPECT_EQ(list.pointer_of(list.resource("Secret/default/b")), "/0/items/1");
}

TEST(KubernetesLoader, ByteOrderMarkChangesNoPosition) {
  const LoadedManifest m("pod.yaml", "\xEF\xBB\xBF" "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n");
  EXPECT_EQ(m.resources(), Strings{"v1/Pod Pod/default/p @1:1 kind@2:1"});
  const LoadedManifest json("pod.json", "\xEF\xBB\xBF{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"q\"}}");
  EXPECT_EQ(json.resources(), Strings{"v1/Pod Pod/default/q @1:1 kind@1:22"});
}

TEST(KubernetesLoader, CrlfLineEndingsKeepPositionsAndValuesClean) {
  const LoadedManifest m("win.yaml",
                         "apiVersion: v1\r\n"
                         "kind: ConfigMap\r\n"
                         "metadata:\r\n"
                         "  name: c\r\n"
                         "data:\r\n"
                         "  key: value\r\n"
                         "--- # next\r\n"
                         "apiVersion: v1\r\n"
                         "kind: Pod\r\n"
                         "metadata: {name: p}\r\n");
  EXPECT_EQ(m.resources(), (Strings{"v1/ConfigMap ConfigMap/default/c @1:1 kind@2:1", "v1/Pod Pod/default/p @8:1 kind@9:1"}));
  const model::Value* value = m.resource("ConfigMap/default/c").at("/data/key");
  ASSERT_NE(value, nullptr);
  EXPECT_EQ(value->as_string(), "value");
  EXPECT_EQ(testing::position(value->location()), "6:8");
}

TEST(KubernetesLoader, ListsAndTypedListsAreUnpackedWherePositionsStay) {
  const LoadedManifest m("lists.yaml",
                         "apiVersion: v1\n"                               // 1
                         "kind: List\n"                                   // 2
                         "items:\n"                                       // 3
                         "  - apiVersion: v1\n"                           // 4
                         "    kind: ServiceAccount\n"                     // 5
                         "    metadata: {name: app}\n"                    // 6
                         "  - 42\n"                                       // 7
                         "  - apiVersion: v1\n"                           // 8
                         "    kind: PodList\n"                            // 9
                         "    items:\n"                                   // 10
                         "      - metadata: {name: inner}\n"              // 11
                         "        spec: {}\n"                             // 12
                         "---\n"                                          // 13
                         "apiVersion: apps/v1\n"                          // 14
                         "kind: DeploymentList\n"                         // 15
                         "items:\n"                                       // 16
                         "  - metadata: {name: a, namespace: ns}\n"       // 17
                         "  - kind: Deployment\n"                         // 18
                         "    metadata: {name: b}\n");                    // 19
  // Items of a typed list may leave out apiVersion and kind, as API list responses do.
  EXPECT_EQ(m.resources(), (Strings{"v1/ServiceAccount ServiceAccount/default/app @4:5 kind@5:5",
                                    "v1/Pod Pod/default/inner @11:9 kind@11:9",
                                    "apps/v1/Deployment Deployment/ns/a @17:5 kind@17:5",
                                    "apps/v1/Deployment Deployment/default/b @18:5 kind@18:5"}));
  EXPECT_EQ(m.pointer_of(m.resource("ServiceAccount/default/app")), "/0/items/0");
  EXPECT_EQ(m.pointer_of(m.resource("Pod/default/inner")), "/0/items/2/items/0");
  EXPECT_EQ(m.pointer_of(m.resource("Deployment/default/b")), "/1/items/1");
  EXPECT_EQ(m.diagnostics(),
            Strings{"warning 7:5 list item is not a Kubernetes object (it needs string apiVersion and kind); it is not "
                    "checked"});
}

TEST(KubernetesLoader, AKindThatOnlyEndsInListIsAnObject) {
  const LoadedManifest m("allow.yaml",
                         "apiVersion: net.example.com/v1\n"
                         "kind: AllowList\n"
                         "metadata: {name: office}\n"
                         "items: [{apiVersion: v1, kind: Pod, metadata: {name: not-unpacked}}]\n"
                         "spec: {cidrs: [10.0.0.0/8]}\n");
  EXPECT_EQ(m.resources(), Strings{"net.example.com/v1/AllowList AllowList/default/office @1:1 kind@2:1"});
}

TEST(KubernetesLoader, ListsNestedTooDeepAreWarnedAboutNotFollowed) {
  std::string text;
  std::string indent;
  for (int level = 0; level < 6; ++level) {
    text += indent + "apiVersion: v1\n" + indent + "kind: List\n" + indent + "items:\n" + indent + "  -\n";
    indent += "    ";
  }
  text += indent + "apiVersion: v1\n" + indent + "kind: Pod\n" + indent + "metadata: {name: deep}\n";
  const LoadedManifest m("deep.yaml", text);
  EXPECT_EQ(m.resources(), Strings{});
  ASSERT_EQ(m.diagnostics().size(), 1u);
  EXPECT_NE(m.diagnostics()[0].find("lists nested more than 4 deep"), std::string::npos) << m.diagnostics()[0];
}

TEST(KubernetesLoader, ClusterScopedKindsHaveNoNamespaceInTheirId) {
  const LoadedManifest m("cluster.yaml",
                         "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n"
                         "---\n"
                         "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n"
                         "metadata: {name: reader, namespace: ignored-by-the-api-server}\n"
                         "---\n"
                         "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: fast}\n"
                         "---\n"
                         "apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingWebhookConfiguration\n"
                         "metadata: {name: guard}\n"
                         "---\n"
                         "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n"
                         "metadata: {name: tenants.example.com}\n"
                         "spec: {group: example.com, scope: Cluster, names: {kind: Tenant, plural: tenants}}\n"
                         "---\n"
                         "apiVersion: example.com/v1\nkind: Tenant\nmetadata: {name: acme}\n"
                         "---\n"
                         "apiVersion: other.example.org/v1\nkind: Tenant\nmetadata: {name: acme}\n"
                         "---\n"
                         "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: shop}\n");
  Strings ids;
  for (const model::Resource& r : m.stack().resources) ids.push_back(r.id);
  EXPECT_EQ(ids, (Strings{"Namespace/shop", "ClusterRole/reader", "StorageClass/fast", "ValidatingWebhookConfiguration/guard",
                          "CustomResourceDefinition/tenants.example.com",
                          // Cluster-scoped because the CRD in this file says so; the
                          // same kind of another group is namespaced.
                          "Tenant/acme", "Tenant/default/acme", "Widget/shop/w"}));
  EXPECT_EQ(m.diagnostics(), Strings{});
}

TEST(KubernetesLoader, CustomResourcesAndUnknownKindsAreResources) {
  const LoadedManifest m("crs.yaml",
                         "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: tls, namespace: web}\n"
                         "---\n"
                         "apiVersion: v1\nkind: SomethingNew\nmetadata: {name: x}\n");
  EXPECT_EQ(m.resources(), (Strings{"cert-manager.io/v1/Certificate Certificate/web/tls @1:1 kind@2:1",
                                    "v1/SomethingNew SomethingNew/default/x @5:1 kind@6:1"}));
}

TEST(KubernetesLoader, ObjectsWithoutANameAreCheckedUnderAMadeUpNameWithAWarning) {
  const LoadedManifest m("unnamed.yaml",
                         "apiVersion: batch/v1\n"   // 1
                         "kind: Job\n"              // 2
                         "metadata:\n"              // 3
                         "  generateName: migrate-\n"
                         "---\n"                    // 5
                         "apiVersion: v1\n"         // 6
                         "kind: ConfigMap\n"
                         "data: {a: b}\n"
                         "---\n"                    // 9
                         "apiVersion: v1\n"         // 10
                         "kind: Namespace\n"
                         "metadata: {labels: {a: b}}\n");
  Strings ids;
  for (const model::Resource& r : m.stack().resources) ids.push_back(r.id);
  EXPECT_EQ(ids, (Strings{"Job/default/migrate-", "ConfigMap/default/#2", "Namespace/#3"}));
  EXPECT_EQ(m.diagnostics(),
            (Strings{"warning 1:1 Job has no metadata.name, only generateName; it is checked as 'Job/default/migrate-'",
                     "warning 6:1 ConfigMap has no metadata.name (a cluster would refuse it); it is checked as "
                     "'ConfigMap/default/#2'",
                     "warning 10:1 Namespace has no metadata.name (a cluster would refuse it); it is checked as "
                     "'Namespace/#3'"}));
}

TEST(KubernetesLoader, NamesWrittenAsNumbersAreNames) {
  const LoadedManifest m("numbers.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: 2024, namespace: 7}\n");
  EXPECT_EQ(m.resources(), Strings{"v1/ConfigMap ConfigMap/7/2024 @1:1 kind@2:1"});
}

TEST(KubernetesLoader, DocumentsWithoutStringApiVersionAndKindAreNotKubernetes) {
  for (const char* text : {"kind: Deployment\nmetadata: {name: x}\n", "apiVersion: v1\nkind: 7\n",
                           "apiVersion: v1\nkind: ''\n", "apiVersion: [v1]\nkind: Pod\n", "- apiVersion: v1\n  kind: Pod\n"}) {
    const LoadedManifest m("x.yaml", text);
    EXPECT_TRUE(m.result().graph.stacks().empty()) << text;
    EXPECT_EQ(m.skip_reason(), "not CloudFormation, Kubernetes or Terraform") << text;
    EXPECT_TRUE(m.result().diagnostics.empty()) << text;
  }
}

TEST(KubernetesLoader, OtherDocumentsBesideObjectsAreWarnedAboutAndLeftOut) {
  const LoadedManifest m("mixed.yaml",
                         "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n"
                         "---\n"
                         "kind: Service\nmetadata: {name: typo-in-apiversion}\napiversion: v1\n");
  EXPECT_EQ(m.resources(), Strings{"v1/Pod Pod/default/p @1:1 kind@2:1"});
  EXPECT_EQ(m.diagnostics(),
            Strings{"warning 5:1 document is not a Kubernetes object (it needs string apiVersion and kind); it is not "
                    "checked"});
}

TEST(KubernetesLoader, ToolConfigurationsAreNotManifests) {
  for (const char* text : {"apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n",
                           "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n",
                           "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\n",
                           "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n",
                           "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n",
                           "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n",
                           "apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\n",
                           "apiVersion: skaffold/v4beta6\nkind: Config\n",
                           "{\"kind\": \"Policy\", \"apiVersion\": \"v1\", \"predicates\": []}\n"}) {
    const LoadedManifest m("tool.yaml", text);
    EXPECT_TRUE(m.result().graph.stacks().empty()) << text;
    EXPECT_EQ(m.skip_reason(), "a Kubernetes tool's configuration (kustomization, kubeconfig, ...)") << text;
  }
  // A cluster-api Cluster is a real object; only kind's own group configures a tool.
  const LoadedManifest capi("capi.yaml", "apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nmetadata: {name: c}\n");
  EXPECT_EQ(capi.resources(), Strings{"cluster.x-k8s.io/v1beta1/Cluster Cluster/default/c @1:1 kind@2:1"});
}

TEST(KubernetesLoader, AnIdDefinedTwiceIsWarnedAbout) {
  const LoadedManifest m("twice.yaml",
                         "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n"
                         "---\n"
                         "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: default}\n");
  EXPECT_EQ(m.stack().resources.size(), 2u);
  ASSERT_EQ(m.diagnostics().size(), 1u);
  EXPECT_EQ(m.diagnostics()[0].substr(0, 58), "warning 5:1 'Deployment/default/web' is defined again (fir");
}

TEST(KubernetesLoader, BindingsAndAutoscalersReferenceTheObjectsTheyName) {
  const LoadedManifest m("rbac.yaml",
                         "apiVersion: rbac.authorization.k8s.io/v1\n"
                         "kind: Role\n"
                         "metadata: {name: pod-reader, namespace: shop}\n"
                         "---\n"
                         "apiVersion: rbac.authorization.k8s.io/v1\n"
                         "kind: RoleBinding\n"
                         "metadata: {name: read-pods, namespace: shop}\n"
                         "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}\n"
                         "subjects:\n"
                         "  - {kind: ServiceAccount, name: app}\n"
                         "  - {kind: ServiceAccount, name: ci, namespace: tools}\n"
                         "  - {kind: User, name: jane, apiGroup: rbac.authorization.k8s.io}\n"
                         "---\n"
                         "apiVersion: rbac.authorization.k8s.io/v1\n"
                         "kind: RoleBinding\n"
                         "metadata: {name: view, namespace: shop}\n"
                         "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}\n"
                         "---\n"
                         "apiVersion: rbac.authorization.k8s.io/v1\n"
                         "kind: ClusterRoleBinding\n"
                         "metadata: {name: admins}\n"
                         "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\n"
                         "subjects: [{kind: ServiceAccount, name: app, namespace: shop}]\n"
                         "---\n"
                         "apiVersion: rbac.authorization.k8s.io/v1\n"
                         "kind: ClusterRole\n"
                         "metadata: {name: view}\n"
                         "---\n"
                         "apiVersion: v1\n"
                         "kind: ServiceAccount\n"
                         "metadata: {name: app, namespace: shop}\n"
                         "---\n"
                         "apiVersion: autoscaling/v2\n"
                         "kind: HorizontalPodAutoscaler\n"
                         "metadata: {name: web, namespace: shop}\n"
                         "spec:\n"
                         "  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n"
                         "---\n"
                         "apiVersion: apps/v1\n"
                         "kind: Deployment\n"
                         "metadata: {name: web, namespace: shop}\n"
                         "---\n"
                         "apiVersion: policy/v1\n"
                         "kind: PodDisruptionBudget\n"
                         "metadata: {name: web, namespace: shop}\n"
                         "spec: {selector: {matchLabels: {app: web}}}\n"
                         "---\n"
                         "apiVersion: v1\n"
                         "kind: Service\n"
                         "metadata: {name: web, namespace: shop}\n"
                         "spec: {selector: {app: web}}\n");
  EXPECT_EQ(references_of(m.resource("RoleBinding/shop/read-pods")),
            (Strings{"Role/shop/pod-reader -> Role/shop/pod-reader", "ServiceAccount/shop/app -> ServiceAccount/shop/app",
                     "ServiceAccount/tools/ci -> -"}));
  EXPECT_EQ(references_of(m.resource("RoleBinding/shop/view")), Strings{"ClusterRole/view -> ClusterRole/view"});
  // cluster-admin is built into every cluster and defined in no file: named, unresolved.
  EXPECT_EQ(references_of(m.resource("ClusterRoleBinding/admins")),
            (Strings{"ClusterRole/cluster-admin -> -", "ServiceAccount/shop/app -> ServiceAccount/shop/app"}));
  EXPECT_EQ(references_of(m.resource("HorizontalPodAutoscaler/shop/web")),
            Strings{"Deployment/shop/web -> Deployment/shop/web"});
  EXPECT_EQ(references_of(m.resource("PodDisruptionBudget/shop/web")), Strings{});
  EXPECT_EQ(references_of(m.resource("Service/shop/web")), Strings{});

  const model::Resource& account = m.resource("ServiceAccount/shop/app");
  EXPECT_EQ(account.referrers("rbac.authorization.k8s.io/v1/RoleBinding").size(), 1u);
  EXPECT_EQ(account.referrers("rbac.authorization.k8s.io/v1/ClusterRoleBinding").size(), 1u);
  EXPECT_EQ(m.resource("Deployment/shop/web").referrers("autoscaling/v2/HorizontalPodAutoscaler").size(), 1u);
  // The reference points at the value that names its target.
  const model::Reference& role_ref = m.resource("RoleBinding/shop/read-pods").references.front();
  EXPECT_EQ(testing::position(role_ref.at->location()), "8:66");
}

TEST(KubernetesLoader, OddShapesWhereObjectsAreExpectedAreToleratedNotTrusted) {
  const LoadedManifest m("odd.yaml",
                         "apiVersion: v1\nkind: List\nitems: {not: a list}\n"
                         "---\n"
                         "apiVersion: v1\nkind: Pod\nmetadata: just text\n"
                         "---\n"
                         "apiVersion: v1\nkind: Pod\nmetadata: {name: [a], namespace: {x: 1}, generateName: 7}\n"
                         "---\n"
                         "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: b}\n"
                         "roleRef: [Role, r]\nsubjects: {kind: ServiceAccount, name: s}\n"
                         "---\n"
                         "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: c}\n"
                         "roleRef: {kind: ClusterRole, name: ''}\nsubjects: [7, {kind: ServiceAccount, name: {}}]\n"
                         "---\n"
                         "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\n"
                         "spec: {scaleTargetRef: [Deployment, web]}\n");
  Strings ids;
  for (const model::Resource& r : m.stack().resources) {
    ids.push_back(r.id);
    EXPECT_TRUE(r.references.empty()) << r.id;
  }
  // A List whose items are no list is an object of kind List; names that are no
  // scalars are no names; generateName written as a number is a prefix all the same.
  EXPECT_EQ(ids, (Strings{"List/default/#1", "Pod/default/#2", "Pod/default/7", "RoleBinding/default/b",
                          "ClusterRoleBinding/c", "HorizontalPodAutoscaler/default/h"}));
}

TEST(KubernetesLoader, CloudFormationAndKubernetesInOneFileGoTheirOwnWays) {
  const LoadedManifest m("both.yaml",
                         "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n"
                         "---\n"
                         "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n");
  ASSERT_EQ(m.result().graph.stacks().size(), 2u);
  EXPECT_EQ(m.result().graph.stacks()[0]->format, model::Format::CloudFormation);
  EXPECT_EQ(m.pointer_of(m.resource("Pod/default/p")), "/1") << "the document's index in the file";
  EXPECT_EQ(m.diagnostics(), Strings{}) << "the CloudFormation document is no stray document";
}

}  // namespace
}  // namespace infralint::loaders
