// AwsSolutions-DOC3 (cdk-nag DocumentDBCredentialsInSecretsManager): a DocumentDB
// cluster's master user name and password should come from Secrets Manager.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::docdb {

using model::Resource;
using model::Value;

namespace {
constexpr std::string_view kSecretReference = "{{resolve:secretsmanager";
}  // namespace

class ClusterCredentialsNotInSecretsManager final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-docdb-cluster-credentials-not-in-secrets-manager",
      .title = "DocumentDB cluster credentials are not taken from Secrets Manager",
      .resource_types = {"AWS::DocDB::DBCluster"},
      .what = "A DocumentDB cluster whose MasterUsername or MasterUserPassword is a literal string "
              "without a \"{{resolve:secretsmanager\" dynamic reference. The rule reads both as "
              "literals: a missing one, or one built with an intrinsic (Fn::Join, Fn::Sub, as the CDK "
              "constructs write them), cannot be judged.",
      .why = "Credentials written into a template end up in source control, in the stack's stored "
             "template and in the hands of everyone who can describe it; a Secrets Manager "
             "reference keeps them out and lets them be rotated.",
      .fix_cfn = "MasterUsername: '{{resolve:secretsmanager:DocsAdmin:SecretString:username}}'\n"
                 "MasterUserPassword: '{{resolve:secretsmanager:DocsAdmin:SecretString:password}}'",
      .fix_cdk = "new docdb.DatabaseCluster(this, 'Docs', { masterUser: { username: 'docsadmin' }, ... }) "
                 "(generates the secret)",
      .cdk_nag_quirks = "Both credentials are resolved before either is checked, so the usual CDK "
                        "cluster, whose credentials are Fn::Join intrinsics, cannot be judged, "
                        "nor can a cluster without a MasterUsername. The password is checked only "
                        "once the username passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    // Both are resolved before either is searched; the password is searched only when
    // the user name passes.
    const Value* username = resolve_if_primitive(cluster.property("MasterUsername"), "MasterUsername");
    const Value* password = resolve_if_primitive(cluster.property("MasterUserPassword"), "MasterUserPassword");
    if (!js::includes(username, kSecretReference))
      return Verdict::violation(username, "the master user name is not a Secrets Manager reference");
    if (!js::includes(password, kSecretReference))
      return Verdict::violation(password, "the master password is not a Secrets Manager reference");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterCredentialsNotInSecretsManager)

}  // namespace infralint::rules::aws::docdb
