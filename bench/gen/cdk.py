"""A CDK cloud assembly (manifest.json, tree.json, one template per stack, one nested
stack per stack) with about N resources over the common resource types: a seeded
mix of compliant and non-compliant configuration, Ref/GetAtt/Sub references between
resources, bucket and queue policies as separate resources, and cdk_nag suppressions
(resource, stack and granular applies_to).
"""
import json
import os
import random

RESOURCES_PER_STACK = 216  # 20 stacks for the 4,320-resource reference app


def cdk_path(stack, construct):
    return f"{stack}/{construct}/Resource"


class StackWriter:
    """Builds one template's Resources, a few resources per 'service block'."""

    def __init__(self, name, rng):
        self.name = name
        self.rng = rng
        self.resources = {}

    def add(self, logical_id, rtype, props, construct=None, metadata=None):
        meta = {"aws:cdk:path": cdk_path(self.name, construct or logical_id)}
        if metadata:
            meta.update(metadata)
        entry = {"Type": rtype, "Properties": props, "Metadata": meta}
        self.resources[logical_id] = entry
        return logical_id

    def flag(self, p=0.5):
        return self.rng.random() < p

    def bucket_block(self, i):
        logs = f"Logs{i}"
        bucket = f"Data{i}"
        self.add(logs, "AWS::S3::Bucket", {
            "BucketEncryption": {"ServerSideEncryptionConfiguration": [
                {"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]},
            "PublicAccessBlockConfiguration": {"BlockPublicAcls": True, "BlockPublicPolicy": True,
                                               "IgnorePublicAcls": True, "RestrictPublicBuckets": True},
            "OwnershipControls": {"Rules": [{"ObjectOwnership": "ObjectWriter"}]},
        }, metadata={"cdk_nag": {"rules_to_suppress": [
            {"id": "AwsSolutions-S1", "reason": "This is the access log bucket itself."}]}})
        props = {"VersioningConfiguration": {"Status": "Enabled"}}
        if self.flag(0.6):
            props["LoggingConfiguration"] = {"DestinationBucketName": {"Ref": logs},
                                             "LogFilePrefix": f"data{i}/"}
        if self.flag(0.7):
            props["BucketEncryption"] = {"ServerSideEncryptionConfiguration": [
                {"ServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]}
        if self.flag(0.5):
            props["PublicAccessBlockConfiguration"] = {"BlockPublicAcls": True, "BlockPublicPolicy": True,
                                                       "IgnorePublicAcls": True, "RestrictPublicBuckets": True}
        self.add(bucket, "AWS::S3::Bucket", props)
        if self.flag(0.6):
            self.add(f"Data{i}Policy", "AWS::S3::BucketPolicy", {
                "Bucket": {"Ref": bucket},
                "PolicyDocument": {"Version": "2012-10-17", "Statement": [{
                    "Action": "s3:*", "Effect": "Deny", "Principal": {"AWS": "*"},
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                    "Resource": [{"Fn::GetAtt": [bucket, "Arn"]},
                                 {"Fn::Join": ["", [{"Fn::GetAtt": [bucket, "Arn"]}, "/*"]]}]}]}},
                construct=f"Data{i}/Policy")
        return bucket

    def queue_block(self, i):
        dlq = self.add(f"Dlq{i}", "AWS::SQS::Queue", {"SqsManagedSseEnabled": True,
                                                       "MessageRetentionPeriod": 1209600})
        props = {"VisibilityTimeout": 300}
        if self.flag(0.6):
            props["RedrivePolicy"] = {"deadLetterTargetArn": {"Fn::GetAtt": [dlq, "Arn"]}, "maxReceiveCount": 5}
        if self.flag(0.5):
            props["KmsMasterKeyId"] = "alias/aws/sqs"
        queue = self.add(f"Queue{i}", "AWS::SQS::Queue", props)
        if self.flag(0.5):
            self.add(f"Queue{i}Policy", "AWS::SQS::QueuePolicy", {
                "Queues": [{"Ref": queue}],
                "PolicyDocument": {"Version": "2012-10-17", "Statement": [{
                    "Action": "sqs:*", "Effect": "Deny", "Principal": {"AWS": "*"},
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                    "Resource": {"Fn::GetAtt": [queue, "Arn"]}}]}}, construct=f"Queue{i}/Policy")
        return queue

    def topic_block(self, i, key):
        props = {"DisplayName": f"events-{i}"}
        if self.flag(0.5):
            props["KmsMasterKeyId"] = {"Ref": key}
        topic = self.add(f"Topic{i}", "AWS::SNS::Topic", props)
        if self.flag(0.5):
            self.add(f"Topic{i}Policy", "AWS::SNS::TopicPolicy", {
                "Topics": [{"Ref": topic}],
                "PolicyDocument": {"Version": "2012-10-17", "Statement": [{
                    "Action": "sns:Publish", "Effect": "Deny", "Principal": "*",
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                    "Resource": {"Ref": topic}}]}}, construct=f"Topic{i}/Policy")
        return topic

    def compute_block(self, i, bucket, queue, topic):
        role = self.add(f"Role{i}", "AWS::IAM::Role", {
            "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{
                "Action": "sts:AssumeRole", "Effect": "Allow",
                "Principal": {"Service": "lambda.amazonaws.com"}}]},
            "ManagedPolicyArns": [{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"},
                                                     ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]]}]
            if self.flag(0.5) else [],
        })
        actions = ["s3:GetObject*", "s3:List*"] if self.flag(0.5) else ["s3:*"]
        self.add(f"Role{i}Policy", "AWS::IAM::Policy", {
            "PolicyName": f"Role{i}DefaultPolicy",
            "Roles": [{"Ref": role}],
            "PolicyDocument": {"Version": "2012-10-17", "Statement": [
                {"Action": actions, "Effect": "Allow",
                 "Resource": [{"Fn::GetAtt": [bucket, "Arn"]},
                              {"Fn::Join": ["", [{"Fn::GetAtt": [bucket, "Arn"]}, "/*"]]}]},
                {"Action": ["sqs:SendMessage", "sqs:GetQueueAttributes"], "Effect": "Allow",
                 "Resource": {"Fn::GetAtt": [queue, "Arn"]}},
                {"Action": "sns:Publish", "Effect": "Allow", "Resource": {"Ref": topic}}]},
        }, construct=f"Role{i}/DefaultPolicy", metadata={"cdk_nag": {"rules_to_suppress": [
            {"id": "AwsSolutions-IAM5", "reason": "Object keys are not known at deploy time.",
             "applies_to": [{"regex": "/^Resource::<Data\\d+\\.Arn>\\/\\*$/"}]}]}} if self.flag(0.3) else None)
        props = {
            "Code": {"ZipFile": "exports.handler = async () => ({ statusCode: 200 });"},
            "Handler": "index.handler",
            "Role": {"Fn::GetAtt": [role, "Arn"]},
            "Runtime": self.rng.choice(["nodejs20.x", "nodejs18.x", "python3.12", "nodejs14.x"]),
            "Environment": {"Variables": {"QUEUE_URL": {"Ref": queue},
                                          "BUCKET": {"Fn::Sub": "${" + bucket + "}"}}},
        }
        if self.flag(0.3):
            props["ReservedConcurrentExecutions"] = 5
        self.add(f"Handler{i}", "AWS::Lambda::Function", props)
        self.add(f"Handler{i}Logs", "AWS::Logs::LogGroup", {
            "LogGroupName": {"Fn::Join": ["", ["/aws/lambda/", {"Ref": f"Handler{i}"}]]},
            "RetentionInDays": 30})

    def data_block(self, i, key):
        table = {"KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
                 "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
                 "BillingMode": "PAY_PER_REQUEST"}
        if self.flag(0.5):
            table["PointInTimeRecoverySpecification"] = {"PointInTimeRecoveryEnabled": True}
        self.add(f"Table{i}", "AWS::DynamoDB::Table", table)
        secret = self.add(f"Secret{i}", "AWS::SecretsManager::Secret", {
            "GenerateSecretString": {"ExcludeCharacters": "\"@/\\", "GenerateStringKey": "password",
                                     "PasswordLength": 30, "SecretStringTemplate": "{\"username\":\"app\"}"},
            "KmsKeyId": {"Fn::GetAtt": [key, "Arn"]}})
        if self.flag(0.4):
            self.add(f"Secret{i}Rotation", "AWS::SecretsManager::RotationSchedule", {
                "SecretId": {"Ref": secret}, "RotationRules": {"ScheduleExpression": "rate(30 days)"}},
                construct=f"Secret{i}/Rotation")
        sg = self.add(f"DbSecurityGroup{i}", "AWS::EC2::SecurityGroup", {
            "GroupDescription": "database access",
            "SecurityGroupIngress": [{"CidrIp": "0.0.0.0/0" if self.flag(0.2) else "10.0.0.0/16",
                                      "IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432}],
            "VpcId": "vpc-12345678"})
        self.add(f"Database{i}", "AWS::RDS::DBInstance", {
            "DBInstanceClass": "db.t3.micro", "Engine": "postgres", "AllocatedStorage": "20",
            "StorageEncrypted": self.flag(0.7), "MultiAZ": self.flag(0.5),
            "DeletionProtection": self.flag(0.5), "BackupRetentionPeriod": self.rng.choice([0, 7, 35]),
            "Port": self.rng.choice(["5432", "6543"]),
            "MasterUsername": {"Fn::Join": ["", ["{{resolve:secretsmanager:", {"Ref": secret},
                                                 ":SecretString:username::}}"]]},
            "VPCSecurityGroups": [{"Fn::GetAtt": [sg, "GroupId"]}]})

    def block(self, i, key):
        bucket = self.bucket_block(i)
        queue = self.queue_block(i)
        topic = self.topic_block(i, key)
        self.compute_block(i, bucket, queue, topic)
        self.data_block(i, key)


def key_block(writer):
    writer.add("Key", "AWS::KMS::Key", {"EnableKeyRotation": writer.flag(0.5), "KeyPolicy": {
        "Version": "2012-10-17", "Statement": [{"Action": "kms:*", "Effect": "Allow",
                                               "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                                               "Resource": "*"}]}})
    return "Key"


def template_of(writer, stack_suppression):
    template = {"Resources": writer.resources,
                "Parameters": {"BootstrapVersion": {"Type": "AWS::SSM::Parameter::Value<String>",
                                                    "Default": "/cdk-bootstrap/hnb659fds/version"}}}
    if stack_suppression:
        template["Metadata"] = {"cdk_nag": {"rules_to_suppress": [
            {"id": "AwsSolutions-SQS4", "reason": "Queues are internal to the VPC-only service mesh."}]}}
    return template


def generate(total, out, seed):
    """Writes the assembly into out; returns (stacks, resources written)."""
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    stacks = max(1, round(total / RESOURCES_PER_STACK))
    per_stack = total / stacks
    artifacts = {}
    tree_children = {}
    written = 0
    for s in range(stacks):
        name = f"Service{s:03d}"
        main = StackWriter(name, rng)
        nested = StackWriter(f"{name}/Nested", rng)
        # Each template has its own key, so references stay inside the template.
        key = key_block(main)
        key_block(nested)
        i = 0
        # Blocks go 85% to the stack and 15% to its nested stack.
        while len(main.resources) + len(nested.resources) + 1 < per_stack:
            (nested if rng.random() < 0.15 else main).block(i, key)
            i += 1
        nested_file = f"{name}Nested.nested.template.json"
        main.add("NestedStack", "AWS::CloudFormation::Stack", {
            "TemplateURL": {"Fn::Join": ["", ["https://s3.us-east-1.amazonaws.com/cdk-assets/", nested_file]]}},
            construct="Nested.NestedStack/Nested.NestedStackResource",
            metadata={"aws:asset:path": nested_file, "aws:asset:property": "TemplateURL"})
        with open(os.path.join(out, nested_file), "w") as f:
            json.dump(template_of(nested, False), f, indent=1)
        template_file = f"{name}.template.json"
        with open(os.path.join(out, template_file), "w") as f:
            json.dump(template_of(main, s % 4 == 0), f, indent=1)
        written += len(main.resources) + len(nested.resources)
        artifacts[name] = {"type": "aws:cloudformation:stack", "environment": "aws://123456789012/us-east-1",
                           "properties": {"templateFile": template_file, "stackName": name},
                           "displayName": name}
        tree_children[name] = {"id": name, "path": name}
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"version": "36.0.0", "artifacts": artifacts}, f, indent=1)
    with open(os.path.join(out, "tree.json"), "w") as f:
        json.dump({"version": "tree-0.1", "tree": {"id": "App", "path": "", "children": tree_children}}, f, indent=1)
    return stacks, written

