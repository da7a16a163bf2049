#include "terraform/aws/ec2_block_devices.hpp"

#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// The Ebs object of one mapping. An `encrypted` left out stays out: the provider's
// default is false, which the rules read the same as absent.
Value ebs_of(const Value& block) {
  ObjectBuilder ebs;
  ebs.copy("DeleteOnTermination", attribute(&block, "delete_on_termination"))
      .copy("Encrypted", attribute(&block, "encrypted"))
      .copy("Iops", attribute(&block, "iops"))
      .copy("KmsKeyId", attribute(&block, "kms_key_id"))
      .copy("SnapshotId", attribute(&block, "snapshot_id"))
      .copy("Throughput", attribute(&block, "throughput"))
      .copy("VolumeSize", attribute(&block, "volume_size"))
      .copy("VolumeType", attribute(&block, "volume_type"));
  return ebs.build(block.location());
}

bool is_true(const Value* v) { return v != nullptr && v->is_bool() && v->as_bool(); }

}  // namespace

Value block_device_mappings(const AdapterContext& ctx) {
  static constexpr std::string_view kBlocks[] = {"root_block_device", "ebs_block_device", "ephemeral_block_device"};
  for (std::string_view name : kBlocks)
    if (const Value* list = ctx.attribute(name); list != nullptr && is_unknown(*list)) return *list;

  Value::Array mappings;
  const Value* first = nullptr;
  for (std::string_view name : kBlocks) {
    const std::vector<const Value*> found = blocks(&ctx.values(), name);
    if (!found.empty() && first == nullptr) first = ctx.attribute(name);
    for (const Value* block : found) {
      ObjectBuilder mapping;
      mapping.copy("DeviceName", attribute(block, "device_name"));
      if (name == "ephemeral_block_device") {
        // An instance-store volume has no Ebs object, as in CloudFormation; `no_device`
        // suppresses the mapping altogether.
        if (is_true(attribute(block, "no_device"))) continue;
        mapping.copy("VirtualName", attribute(block, "virtual_name"));
      } else {
        mapping.set("Ebs", ebs_of(*block));
      }
      mappings.push_back(mapping.build(block->location()));
    }
  }
  if (first == nullptr) return Value();
  return Value::array(std::move(mappings), first->location());
}

}  // namespace infralint::loaders::detail::terraform::aws
