// AwsSolutions-QS1 (cdk-nag QuicksightSSLConnections): a QuickSight data source should
// connect over SSL.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::quicksight {

using model::Resource;
using model::Value;

class DataSourceSslDisabled final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-quicksight-data-source-ssl-disabled",
      .title = "QuickSight data source connects without SSL",
      .resource_types = {"AWS::QuickSight::DataSource"},
      .what = "A QuickSight data source whose SslProperties.DisableSsl is the boolean true. Like "
              "cdk-nag, the string \"true\" is not flagged.",
      .why = "With SSL off, queries and the rows they return travel between QuickSight and the "
             "database in clear text, as do the credentials used to connect.",
      .fix_cfn = "SslProperties:\n  DisableSsl: false",
      .fix_cdk = "new quicksight.CfnDataSource(this, 'Source', { sslProperties: { disableSsl: false }, ... })",
      .cdk_nag_quirks = "Only the boolean true fails; the string \"true\" passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& source) const override {
    const Value* ssl = source.property("SslProperties");
    if (js::is_nullish(ssl)) return Verdict::compliant();
    const Value* disabled = resolve_if_primitive(js::get(ssl, "DisableSsl"), "DisableSsl");
    if (js::is_true(disabled)) return Verdict::violation(disabled, "the data source connects without SSL");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DataSourceSslDisabled)

}  // namespace infralint::rules::aws::quicksight
