// AwsSolutions-EC26 (cdk-nag EC2EBSVolumeEncrypted): EBS volumes must be encrypted,
// whether declared as volumes, as block device mappings of instances and launch
// configurations, or through the launch template an instance or Auto Scaling group uses.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::ec2 {

using model::Resource;
using model::Value;

namespace {

enum class Devices : std::uint8_t { Encrypted, Unencrypted, Absent };

// `mapping.ebs.encrypted === true`, throwing where cdk-nag's property reads throw.
bool mapping_encrypted(const Value* mapping) {
  const Value* encrypted = js::get(js::get(mapping, "Ebs"), "Encrypted");
  return js::is_true(resolve_if_primitive(encrypted, "Ebs.Encrypted"));
}

// `mappings.length === 0`, read the way JavaScript reads a length.
bool has_zero_length(const Value* mappings) {
  if (mappings->is_array()) return mappings->size() == 0;
  if (mappings->is_string()) return mappings->as_string().empty();
  if (mappings->is_null()) js::type_error(mappings, "BlockDeviceMappings is null");
  const Value* length = mappings->find("length");
  return length != nullptr && length->is_number() && js::loose_equals(length, 0.0);
}

// `mappings.every(m => m.ebs.encrypted === true)`: stops at the first unencrypted one.
Devices every_encrypted(const Value* mappings) {
  if (!mappings->is_array()) js::type_error(mappings, "BlockDeviceMappings is not a list");
  for (const Value& mapping : mappings->items())
    if (!mapping_encrypted(&mapping)) return Devices::Unencrypted;
  return Devices::Encrypted;
}

// InstanceEBSState: the instance's own block device mappings.
Devices instance_devices(const Resource& instance) {
  const Value* mappings = instance.property("BlockDeviceMappings");
  if (mappings == nullptr || has_zero_length(mappings)) return Devices::Absent;
  return every_encrypted(mappings);
}

// InstanceLaunchTemplateState: the launch template's block device mappings.
Devices template_devices(const Resource& launch_template) {
  const Value* mappings = js::get(launch_template.property("LaunchTemplateData"), "BlockDeviceMappings");
  if (mappings == nullptr || has_zero_length(mappings)) return Devices::Absent;
  return every_encrypted(mappings);
}

// isMatchingLaunchTemplate, with the specification's name and id read afresh for
// every template as cdk-nag does (so a missing specification throws only when the
// stack has a launch template at all). An unnamed specification matches an unnamed
// template: undefined === undefined.
bool uses_template(const Value* specification, const Resource& launch_template) {
  const Value* name = js::get(specification, "LaunchTemplateName");
  const Value* id = js::get(specification, "LaunchTemplateId");
  const Value* template_name = launch_template.property("LaunchTemplateName");
  // The template's own name is read unresolved: an intrinsic there is a token, which
  // no resolved value equals.
  const bool same_name = !js::is_object(template_name) && js::strict_equals(name, template_name);
  return same_name || js::strict_equals(id, launch_template.id);
}

}  // namespace

class EbsVolumeUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-ec2-ebs-volume-unencrypted",
      .title = "EBS volume is not encrypted",
      .resource_types = {"AWS::AutoScaling::AutoScalingGroup", "AWS::AutoScaling::LaunchConfiguration",
                         "AWS::EC2::Instance", "AWS::EC2::Volume"},
      .what = "An AWS::EC2::Volume without Encrypted: true; a launch configuration with no block "
              "device mappings or one whose Ebs.Encrypted is not true; an instance whose block device "
              "mappings, or those of the launch template it names, are missing or not all encrypted; "
              "an Auto Scaling group whose launch template's mappings are not all encrypted. Groups "
              "whose launch template is not in the stack are not judged.",
      .why = "An unencrypted volume, and every snapshot taken of it, holds its data in the clear: "
             "anyone who obtains a snapshot copy or the underlying storage can read it.",
      .fix_cfn = "BlockDeviceMappings:\n"
                 "  - DeviceName: /dev/xvda\n"
                 "    Ebs:\n"
                 "      VolumeSize: 20\n"
                 "      Encrypted: true",
      .fix_cdk = "blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { "
                 "encrypted: true }) }], or new ec2.Volume(this, 'Data', { encrypted: true, ... })",
      .cdk_nag_quirks = "An instance or Auto Scaling group without a LaunchTemplate cannot be "
                        "judged when its stack holds any launch template. One that names its "
                        "template by id only can be judged against another template of the stack "
                        "that has no LaunchTemplateName, and an instance-store mapping (no Ebs) "
                        "cannot be judged.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& resource) const override {
    if (resource.type == "AWS::EC2::Volume") return judge_volume(resource);
    if (resource.type == "AWS::EC2::Instance") return judge_instance(resource);
    if (resource.type == "AWS::AutoScaling::LaunchConfiguration") return judge_launch_configuration(resource);
    return judge_group(resource);
  }

 private:
  static Verdict judge_volume(const Resource& volume) {
    const Value* encrypted = resolve_if_primitive(volume.property("Encrypted"), "Encrypted");
    if (!js::is_true(encrypted)) return Verdict::violation(encrypted, "the volume is not encrypted");
    return Verdict::compliant();
  }

  static Verdict judge_instance(const Resource& instance) {
    const Devices own = instance_devices(instance);
    const Value* specification = instance.property("LaunchTemplate");
    for (const Resource* launch_template : same_stack(instance, {"AWS::EC2::LaunchTemplate"})) {
      const Resource& other = *launch_template;
      if (!uses_template(specification, other)) continue;
      const Devices from_template = template_devices(other);
      if (own == Devices::Absent && from_template == Devices::Absent)
        return Verdict::violation(nullptr, "neither the instance nor its launch template maps an encrypted volume");
      if (own == Devices::Unencrypted)
        return Verdict::violation(instance.property("BlockDeviceMappings"), "a block device of the instance is not encrypted");
      if (from_template == Devices::Unencrypted)
        return Verdict::violation(specification, "a block device of the instance's launch template is not encrypted");
      return Verdict::compliant();
    }
    if (own == Devices::Encrypted) return Verdict::compliant();
    return Verdict::violation(instance.property("BlockDeviceMappings"),
                              own == Devices::Absent ? "the instance maps no encrypted volume"
                                                     : "a block device of the instance is not encrypted");
  }

  static Verdict judge_launch_configuration(const Resource& configuration) {
    const Value* mappings = configuration.property("BlockDeviceMappings");
    if (js::is_nullish(mappings))
      return Verdict::violation(mappings, "the launch configuration maps no encrypted volume");
    for (const Value* mapping : js::Elements(mappings))
      if (!mapping_encrypted(mapping))
        return Verdict::violation(mapping, "a block device of the launch configuration is not encrypted");
    return Verdict::compliant();
  }

  static Verdict judge_group(const Resource& group) {
    const Value* specification = group.property("LaunchTemplate");
    for (const Resource* launch_template : same_stack(group, {"AWS::EC2::LaunchTemplate"})) {
      const Resource& other = *launch_template;
      if (!uses_template(specification, other)) continue;
      if (template_devices(other) == Devices::Encrypted) return Verdict::compliant();
      return Verdict::violation(specification, "a block device of the group's launch template is not encrypted");
    }
    return Verdict::not_applicable();
  }
};

INFRALINT_RULE_INSTANCE(EbsVolumeUnencrypted)

}  // namespace infralint::rules::aws::ec2
