"""Terraform plans of about N resources over the AWS types infralint's adapters read,
as `terraform show -json` writes them (one line, format_version 1.2), one plan per
~2,000 resources as separate workspaces of a large repository would give.

Each plan's root module holds shared infrastructure (a KMS key, the access-log bucket
with its satellites, an alert topic, a base security group) and calls a `service`
module many times. A service has an S3 bucket with its satellites (versioning,
encryption, logging, public access block, bucket policy), a security group with an
inline rule, a separate rule and for_each ingress rules, an IAM role with an inline
policy and a managed-policy attachment, a Lambda function, SQS queues, a DynamoDB
table, an RDS instance or an Aurora cluster with count instances, and EC2 instances
by count. About a third of the services are new (everything created, so ids, ARNs and
whatever refers to them are unknown); the rest exist and see no-ops, tag updates and
the odd deleted instance. Configuration is a seeded mix of compliant and not.
"""
import json
import os
import random

from .tf_plan import Module, Ref, document

RESOURCES_PER_PLAN = 2000
ACCOUNT = "123456789012"


def policy(statements):
    return json.dumps({"Version": "2012-10-17", "Statement": statements}, separators=(",", ":"))


class Service:
    """Fills one `module.<name>` call with a service's resources."""

    def __init__(self, module, rng, plan, shared):
        self.m = module
        self.rng = rng
        self.plan = plan
        self.shared = shared  # the root module's instances the service refers to
        self.new = rng.random() < 0.35

    def flag(self, p):
        return self.rng.random() < p

    def action(self):
        if self.new:
            return "create"
        return "update" if self.rng.random() < 0.2 else "no-op"

    def ids(self, kind, arn_service=None, arn_resource=None):
        ident = f"{kind}-{self.plan:02d}{self.rng.getrandbits(48):012x}"
        computed = {"id": ident}
        if arn_service:
            computed["arn"] = f"arn:aws:{arn_service}:eu-west-1:{ACCOUNT}:{arn_resource or ident}"
        return computed

    def add(self, rtype, name, values, computed=None, **kw):
        res = self.m.resource(rtype, name, values, self.action, computed or self.ids(rtype.split("_")[1]), **kw)
        return res.instances[0]

    def bucket(self, tags):
        m = self.m.name
        name = f"{m.replace('_', '-')}-data-p{self.plan:02d}"
        data = self.add("aws_s3_bucket", "data", {"bucket": name, "force_destroy": False, "tags": tags},
                        computed={"id": name, "arn": f"arn:aws:s3:::{name}"})
        ref = lambda: Ref("aws_s3_bucket.data.id", data)  # noqa: E731
        if self.flag(0.8):
            self.add("aws_s3_bucket_versioning", "data", {
                "bucket": ref(), "versioning_configuration": [{"status": "Enabled" if self.flag(0.85) else "Suspended",
                                                               "mfa_delete": ""}]})
        if self.flag(0.7):
            self.add("aws_s3_bucket_server_side_encryption_configuration", "data", {
                "bucket": ref(), "rule": [{"apply_server_side_encryption_by_default": [
                    {"sse_algorithm": "aws:kms",
                     "kms_master_key_id": Ref("var.kms_key_arn", self.shared["key"], "arn")}],
                    "bucket_key_enabled": True}]})
        if self.flag(0.6):
            self.add("aws_s3_bucket_logging", "data", {
                "bucket": ref(), "target_bucket": Ref("var.log_bucket", self.shared["logs"]),
                "target_prefix": f"{m}/"})
        if self.flag(0.6):
            strict = self.flag(0.8)
            self.add("aws_s3_bucket_public_access_block", "data", {
                "bucket": ref(), "block_public_acls": True, "block_public_policy": strict,
                "ignore_public_acls": True, "restrict_public_buckets": strict})
        if self.flag(0.5):
            self.add("aws_s3_bucket_policy", "data", {"bucket": ref(), "policy": Ref(
                "aws_s3_bucket.data.arn", data, "arn", render=lambda arn: policy([{
                    "Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                    "Resource": [arn, f"{arn}/*"], "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]))})
        return data

    def network(self, cidrs):
        open_ssh = self.flag(0.15)
        ingress = [{"cidr_blocks": ["0.0.0.0/0" if open_ssh else "10.0.0.0/8"], "description": "ssh",
                    "from_port": 22, "to_port": 22, "protocol": "tcp", "ipv6_cidr_blocks": [],
                    "prefix_list_ids": [], "security_groups": [], "self": False}]
        values = {"name": f"{self.m.name}-app", "ingress": ingress, "egress": [
            {"cidr_blocks": ["0.0.0.0/0"], "description": "", "from_port": 0, "to_port": 0, "protocol": "-1",
             "ipv6_cidr_blocks": [], "prefix_list_ids": [], "security_groups": [], "self": False}],
            "revoke_rules_on_delete": False, "vpc_id": "vpc-0a1b2c3d4e5f60718"}
        if self.flag(0.85):
            values["description"] = "application tier"
        sg = self.add("aws_security_group", "app", values, computed=self.ids("sg", "ec2", "security-group/sg"))
        sg_ref = lambda: Ref("aws_security_group.app.id", sg)  # noqa: E731
        self.add("aws_security_group_rule", "https", {
            "type": "ingress", "security_group_id": sg_ref(), "from_port": 443, "to_port": 443, "protocol": "tcp",
            "cidr_blocks": ["0.0.0.0/0"] if self.flag(0.3) else ["10.0.0.0/8", "172.16.0.0/12"],
            "description": "https"})
        self.m.resource("aws_vpc_security_group_ingress_rule", "admin", {
            "security_group_id": sg_ref(), "ip_protocol": "tcp", "from_port": 8443, "to_port": 8443,
            "cidr_ipv4": Ref("each.value")}, self.action, lambda key: self.ids("sgr"),
            for_each=Ref("var.admin_cidrs"), keys=sorted(cidrs),
            per_instance=lambda key: {"cidr_ipv4": cidrs[key]})
        return sg

    def identity(self, bucket):
        role = self.add("aws_iam_role", "app", {
            "name": f"{self.m.name}-p{self.plan:02d}-app", "path": "/", "max_session_duration": 3600,
            "force_detach_policies": False,
            "assume_role_policy": policy([{"Effect": "Allow", "Action": "sts:AssumeRole",
                                           "Principal": {"Service": "lambda.amazonaws.com"}}])},
            computed=self.ids("role", "iam", f"role/{self.m.name}"))
        actions = ["s3:GetObject", "s3:PutObject"] if self.flag(0.6) else ["s3:*"]
        self.add("aws_iam_role_policy", "app", {
            "name": "app-access", "role": Ref("aws_iam_role.app.name", role, "id"),
            "policy": Ref("aws_s3_bucket.data.arn", bucket, "arn", render=lambda arn: policy([
                {"Effect": "Allow", "Action": actions, "Resource": [arn, f"{arn}/*"]},
                {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}]))})
        if self.flag(0.5):
            self.add("aws_iam_role_policy_attachment", "basic", {
                "role": Ref("aws_iam_role.app.name", role, "id"),
                "policy_arn": "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"})
        return role

    def compute(self, role, sg):
        self.add("aws_lambda_function", "worker", {
            "function_name": f"{self.m.name}-p{self.plan:02d}-worker", "handler": "index.handler",
            "runtime": self.rng.choice(["nodejs20.x", "python3.12", "nodejs16.x"]),
            "role": Ref("aws_iam_role.app.arn", role, "arn"), "memory_size": 256, "timeout": 30,
            "environment": [{"variables": {"STAGE": "prod"}}]}, computed=self.ids("fn", "lambda", "function:fn"))
        dlq = self.add("aws_sqs_queue", "dlq", {"name": f"{self.m.name}-p{self.plan:02d}-dlq",
                                                "sqs_managed_sse_enabled": True,
                                                "message_retention_seconds": 1209600},
                       computed=self.ids("q", "sqs"))
        jobs = {"name": f"{self.m.name}-p{self.plan:02d}-jobs", "visibility_timeout_seconds": 60,
                "sqs_managed_sse_enabled": self.flag(0.6)}
        if self.flag(0.7):
            jobs["redrive_policy"] = Ref("aws_sqs_queue.dlq.arn", dlq, "arn", render=lambda arn: json.dumps(
                {"deadLetterTargetArn": arn, "maxReceiveCount": 5}, separators=(",", ":")))
        self.add("aws_sqs_queue", "jobs", jobs, computed=self.ids("q", "sqs"))
        count = self.rng.choice([1, 2, 3])
        removed = 0 if self.new or not self.flag(0.15) else 1
        self.m.resource("aws_instance", "app", {
            "ami": "ami-0abcdef1234567890", "instance_type": self.rng.choice(["t3.micro", "m6i.large"]),
            "vpc_security_group_ids": Ref("aws_security_group.app.id", sg),
            "metadata_options": [{"http_tokens": "required" if self.flag(0.7) else "optional"}],
            "root_block_device": [{"encrypted": self.flag(0.7), "volume_size": 20}]},
            lambda: "create" if self.new else ("no-op" if self.rng.random() < 0.8 else "update"),
            lambda i: self.ids("i", "ec2", "instance/i"), count=count + removed)
        if removed:
            # The count went down: the last instance is planned for deletion.
            self.m.resources[-1].instances[-1].action = "delete"

    def data_stores(self):
        table = {"name": f"{self.m.name}-p{self.plan:02d}-state", "billing_mode": "PAY_PER_REQUEST",
                 "hash_key": "pk", "attribute": [{"name": "pk", "type": "S"}],
                 "point_in_time_recovery": [{"enabled": self.flag(0.6)}]}
        self.add("aws_dynamodb_table", "state", table, computed=self.ids("t", "dynamodb", "table/t"))
        if self.flag(0.6):
            self.add("aws_db_instance", "main", {
                "identifier": f"{self.m.name.replace('_', '-')}-p{self.plan:02d}", "engine": "postgres",
                "instance_class": "db.t3.micro", "allocated_storage": 20,
                "storage_encrypted": self.flag(0.7), "multi_az": self.flag(0.5),
                "deletion_protection": self.flag(0.5), "backup_retention_period": self.rng.choice([0, 7, 35]),
                "port": self.rng.choice([5432, 6543]), "username": "app", "manage_master_user_password": True,
                "iam_database_authentication_enabled": self.flag(0.5)}, computed=self.ids("db", "rds", "db:db"))
        else:
            cluster = self.add("aws_rds_cluster", "main", {
                "cluster_identifier": f"{self.m.name.replace('_', '-')}-p{self.plan:02d}",
                "engine": "aurora-postgresql", "storage_encrypted": self.flag(0.7),
                "deletion_protection": self.flag(0.5), "iam_database_authentication_enabled": self.flag(0.5),
                "backup_retention_period": self.rng.choice([1, 7]), "port": self.rng.choice([5432, 6543]),
                "enabled_cloudwatch_logs_exports": ["postgresql"] if self.flag(0.5) else [],
                "master_username": "app", "manage_master_user_password": True},
                computed=self.ids("cl", "rds", "cluster:cl"))
            self.m.resource("aws_rds_cluster_instance", "main", {
                "cluster_identifier": Ref("aws_rds_cluster.main.id", cluster), "engine": "aurora-postgresql",
                "instance_class": "db.r6g.large", "auto_minor_version_upgrade": True},
                self.action, lambda i: self.ids("ci", "rds", "db:ci"), count=2)
        self.add("aws_sns_topic", "events", {"name": f"{self.m.name}-p{self.plan:02d}-events",
                                             **({"kms_master_key_id": Ref("var.kms_key_arn", self.shared["key"],
                                                                          "arn")} if self.flag(0.5) else {})},
                 computed=self.ids("topic", "sns"))

    def build(self):
        tags = {"service": self.m.name, "workspace": f"p{self.plan:02d}"}
        cidrs = {"office": "198.51.100.0/24", "vpn": "10.8.0.0/16"}
        if self.flag(0.1):
            cidrs["anywhere"] = "0.0.0.0/0"
        self.m.call_expressions = {"log_bucket": Ref("aws_s3_bucket.access_logs.id", self.shared["logs"]),
                                   "kms_key_arn": Ref("aws_kms_key.main.arn", self.shared["key"], "arn"),
                                   "admin_cidrs": cidrs}
        self.m.variables = {"log_bucket": None, "kms_key_arn": None, "admin_cidrs": None}
        bucket = self.bucket(tags)
        sg = self.network(cidrs)
        role = self.identity(bucket)
        self.compute(role, sg)
        self.data_stores()
        self.m.outputs = {"bucket_arn": Ref("aws_s3_bucket.data.arn", bucket, "arn")}


def shared_root(rng, plan):
    """The workspace's own infrastructure, long in place (no-ops)."""
    root = Module()
    key = root.resource("aws_kms_key", "main", {"description": "workspace key", "enable_key_rotation": True,
                                                "deletion_window_in_days": 30}, "no-op",
                        {"id": f"key-{plan:02d}", "arn": f"arn:aws:kms:eu-west-1:{ACCOUNT}:key/key-{plan:02d}"})
    name = f"workspace-p{plan:02d}-access-logs"
    logs = root.resource("aws_s3_bucket", "access_logs", {"bucket": name, "force_destroy": False, "tags": None},
                         "no-op", {"id": name, "arn": f"arn:aws:s3:::{name}"})
    ref = Ref("aws_s3_bucket.access_logs.id", logs.instances[0])
    root.resource("aws_s3_bucket_server_side_encryption_configuration", "access_logs", {
        "bucket": ref, "rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "AES256"}]}]},
        "no-op", {"id": name})
    root.resource("aws_s3_bucket_public_access_block", "access_logs", {
        "bucket": ref, "block_public_acls": True, "block_public_policy": True, "ignore_public_acls": True,
        "restrict_public_buckets": True}, "no-op", {"id": name})
    root.resource("aws_security_group", "base", {
        "name": "base", "description": "shared base rules", "vpc_id": "vpc-0a1b2c3d4e5f60718", "ingress": [],
        "egress": [], "revoke_rules_on_delete": False}, "no-op", {"id": f"sg-base{plan:02d}"})
    return root, {"key": key.instances[0], "logs": logs.instances[0]}


def write_plan(path, rng, plan, target):
    root, shared = shared_root(rng, plan)
    children = []
    count = sum(len(r.instances) for r in root.resources)
    while count < target:
        module = Module(f"svc_{len(children):03d}", "./modules/service")
        Service(module, rng, plan, shared).build()
        children.append(module)
        count += sum(1 for i in module.instances() if i.action != "delete")
    doc = document(root, children, {"region": "eu-west-1", "workspace": f"p{plan:02d}"})
    with open(path, "w") as f:
        json.dump(doc, f, separators=(",", ":"))  # one line, as terraform show -json writes it
        f.write("\n")
    return count


def generate(total, out, seed):
    """Writes the plans into out; returns (plans, resources in planned_values)."""
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    plans = max(1, round(total / RESOURCES_PER_PLAN))
    written = 0
    for p in range(plans):
        target = round(total * (p + 1) / plans) - written
        written += write_plan(os.path.join(out, f"workspace-{p:03d}.tfplan.json"), rng, p, target)
    return plans, written
