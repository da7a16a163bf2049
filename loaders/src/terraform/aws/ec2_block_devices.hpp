// Block device mappings as CloudFormation spells them (BlockDeviceMappings: [{DeviceName,
// Ebs: {...}}]), from the root_block_device, ebs_block_device and
// ephemeral_block_device blocks aws_instance and aws_launch_configuration share.
#pragma once

#include "infralint/model/value.hpp"
#include "terraform/adapter.hpp"

namespace infralint::loaders::detail::terraform::aws {

// The mappings in CloudFormation's order (root, EBS, instance store); null when the
// resource declares none, and the unknown value itself when a block list is unknown as
// a whole, so rules reading the mappings answer unresolved.
model::Value block_device_mappings(const AdapterContext& ctx);

}  // namespace infralint::loaders::detail::terraform::aws
