"""A Kubernetes manifest set of about N objects, laid out as a platform repository
keeps one: a folder per namespace with a namespace.yaml (Namespace, RBAC, sometimes a
NetworkPolicy and a LimitRange) and one multi-document file per application
(workload, Service, ConfigMap, ServiceAccount, sometimes a PodDisruptionBudget and an
autoscaler), a few applications written as one `List`, and cluster-wide RBAC under
cluster/. Workloads are Deployments, StatefulSets, DaemonSets, CronJobs, Jobs and bare
Pods with app, sidecar and init containers; security contexts are a seeded mix of the
hardened profile and the usual ways of breaking it (privileged, hostPath, added
capabilities, root, host namespaces, host ports, unconfined seccomp, writable root
filesystems, missing probes and resources, floating image tags, credentials in env).
Some objects carry `infralint.io/suppress` annotations with reasons. One application
group has no namespace at all and so deploys into `default`.
"""
import json
import os
import random

from . import yaml_emit

APPS_PER_NAMESPACE = 12
IMAGES = ["registry.example.com/shop/{app}:1.{minor}.{patch}", "ghcr.io/example/{app}:v2.{minor}.{patch}",
          "registry.example.com/shop/{app}@sha256:{digest}", "docker.io/library/nginx:1.27.{patch}",
          "registry.example.com/shop/{app}:latest", "registry.example.com/shop/{app}"]
IMAGE_WEIGHTS = [40, 20, 10, 15, 10, 5]
WORKLOAD_KINDS = ["Deployment", "StatefulSet", "DaemonSet", "CronJob", "Job", "Pod"]
WORKLOAD_WEIGHTS = [55, 12, 6, 12, 5, 10]


class Namespace:
    """Builds the objects of one namespace; each app is a list of documents."""

    def __init__(self, name, rng, explicit=True):
        self.name = name
        self.rng = rng
        self.explicit = explicit  # False: manifests leave metadata.namespace out

    def flag(self, p):
        return self.rng.random() < p

    def meta(self, name, labels=None, annotations=None):
        m = {"name": name}
        if self.explicit:
            m["namespace"] = self.name
        if labels:
            m["labels"] = labels
        if annotations:
            m["annotations"] = annotations
        return m

    # -- containers ---------------------------------------------------------

    def image(self, app):
        pattern = self.rng.choices(IMAGES, IMAGE_WEIGHTS)[0]
        return pattern.format(app=app, minor=self.rng.randrange(40), patch=self.rng.randrange(20),
                              digest=f"{self.rng.getrandbits(256):064x}")

    def hardened_context(self):
        return {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                "runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}}

    def container_context(self):
        """The hardened profile, or it with one or two seeded weaknesses."""
        ctx = self.hardened_context()
        if self.flag(0.55):
            return ctx
        for _ in range(self.rng.choice([1, 1, 2])):
            weakness = self.rng.randrange(9)
            if weakness == 0:
                ctx["privileged"] = True
            elif weakness == 1:
                ctx["capabilities"] = {"add": [self.rng.choice(["NET_ADMIN", "SYS_ADMIN", "SYS_PTRACE"])]}
            elif weakness == 2:
                ctx["runAsUser"] = 0
                ctx.pop("runAsNonRoot", None)
            elif weakness == 3:
                ctx["allowPrivilegeEscalation"] = True
            elif weakness == 4:
                ctx["readOnlyRootFilesystem"] = False
            elif weakness == 5:
                ctx["seccompProfile"] = {"type": "Unconfined"}
            elif weakness == 6:
                ctx["procMount"] = "Unmasked"
            elif weakness == 7:
                ctx["capabilities"] = {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]}
            else:
                ctx = {}  # no securityContext at all: every default applies
        return ctx

    def env(self, app):
        env = [{"name": "APP_NAME", "value": app}, {"name": "LOG_LEVEL", "value": self.rng.choice(["info", "debug"])},
               {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": f"{app}-db", "key": "password"}}}]
        if self.flag(0.06):
            # A credential pasted into the manifest; fake, but shaped like a real one.
            env.append({"name": "PAYMENTS_API_TOKEN", "value": f"tok-{self.rng.getrandbits(96):024x}"})
        if self.flag(0.05):
            env.append({"name": "CACHE_PASSWORD", "value": "changeme"})  # a placeholder: passes
        return env

    def probe(self, port, path):
        return {"httpGet": {"path": path, "port": port}, "periodSeconds": 10, "timeoutSeconds": 2}

    def container(self, app, name, port, long_running=True):
        c = {"name": name, "image": self.image(app)}
        if self.flag(0.3):
            c["imagePullPolicy"] = self.rng.choice(["IfNotPresent", "Always", "IfNotPresent", "Never"])
        if port:
            p = {"name": "http", "containerPort": port, "protocol": "TCP"}
            if self.flag(0.04):
                p["hostPort"] = port
            c["ports"] = [p]
        c["env"] = self.env(app)
        if self.flag(0.8):
            c["resources"] = {"requests": {"cpu": f"{self.rng.choice([50, 100, 250, 500])}m",
                                           "memory": f"{self.rng.choice([64, 128, 256, 512])}Mi"}}
            if self.flag(0.75):
                c["resources"]["limits"] = {"memory": f"{self.rng.choice([256, 512, 1024])}Mi"}
        if long_running and port and self.flag(0.75):
            c["livenessProbe"] = self.probe("http", "/healthz")
        if long_running and port and self.flag(0.8):
            c["readinessProbe"] = self.probe("http", "/ready")
        ctx = self.container_context()
        if ctx:
            c["securityContext"] = ctx
        c["volumeMounts"] = [{"name": "config", "mountPath": "/etc/app", "readOnly": True},
                             {"name": "tmp", "mountPath": "/tmp"}]
        return c

    def pod_spec(self, app, long_running=True, node_agent=False):
        spec = {}
        if self.flag(0.7):
            spec["serviceAccountName"] = app
        if self.flag(0.4):
            spec["automountServiceAccountToken"] = False
        pod_ctx = {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
        if self.flag(0.2):
            pod_ctx = {"fsGroup": 2000}
        elif self.flag(0.03):
            pod_ctx["sysctls"] = [{"name": "kernel.msgmax", "value": "65536"}]
        spec["securityContext"] = pod_ctx
        if node_agent or self.flag(0.03):
            spec["hostNetwork"] = True
        if self.flag(0.25):
            init = self.container(app, "migrate", None, long_running=False)
            init["command"] = ["/bin/migrate", "--wait"]
            spec["initContainers"] = [init]
        containers = [self.container(app, app, self.rng.choice([8080, 8443, 9000]), long_running)]
        if self.flag(0.3):
            containers.append(self.container(app, "metrics-exporter", 9102, long_running))
        spec["containers"] = containers
        volumes = [{"name": "config", "configMap": {"name": f"{app}-config"}}, {"name": "tmp", "emptyDir": {}}]
        if node_agent or self.flag(0.03):
            volumes.append({"name": "host-logs", "hostPath": {"path": "/var/log", "type": "Directory"}})
        spec["volumes"] = volumes
        if not long_running:
            spec["restartPolicy"] = "OnFailure"
        return spec

    # -- objects ------------------------------------------------------------

    def workload(self, kind, app, labels):
        node_agent = kind == "DaemonSet" and self.flag(0.6)
        annotations = None
        if node_agent and self.flag(0.7):
            annotations = {"infralint.io/suppress":
                           "K8s-PSS-Baseline-HPV1: the log shipper tails the node's /var/log; "
                           "K8s-PSS-Baseline-HNS1: it reports node metrics from the host network"}
        elif self.flag(0.04):
            annotations = {"infralint.io/suppress": "K8s-BestPractices-FS1: the legacy runtime writes its cache "
                                                    "beside the binary"}
        template = {"metadata": {"labels": labels}}
        if self.flag(0.05):
            template["metadata"]["annotations"] = {
                f"container.apparmor.security.beta.kubernetes.io/{app}": "unconfined"}
        if kind == "Pod":
            return {"apiVersion": "v1", "kind": "Pod", "metadata": self.meta(app, labels, annotations),
                    "spec": self.pod_spec(app)}
        if kind in ("Job", "CronJob"):
            template["spec"] = self.pod_spec(app, long_running=False)
            job = {"backoffLimit": 3, "template": template}
            if kind == "Job":
                return {"apiVersion": "batch/v1", "kind": "Job", "metadata": self.meta(app, labels, annotations),
                        "spec": job}
            return {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": self.meta(app, labels, annotations),
                    "spec": {"schedule": f"{self.rng.randrange(60)} {self.rng.randrange(24)} * * *",
                             "concurrencyPolicy": "Forbid", "jobTemplate": {"spec": job}}}
        template["spec"] = self.pod_spec(app, node_agent=node_agent)
        spec = {"selector": {"matchLabels": labels}, "template": template}
        if kind != "DaemonSet":
            spec["replicas"] = self.rng.choice([1, 1, 2, 3])
        if kind == "StatefulSet":
            spec["serviceName"] = app
            spec["volumeClaimTemplates"] = [{"metadata": {"name": "data"}, "spec": {
                "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "10Gi"}}}}]
        return {"apiVersion": "apps/v1", "kind": kind, "metadata": self.meta(app, labels, annotations), "spec": spec}

    def service(self, app, labels):
        spec = {"selector": labels, "ports": [{"name": "http", "port": 80, "targetPort": "http"}]}
        annotations = None
        roll = self.rng.random()
        if roll < 0.06:
            spec["type"] = "NodePort"
        elif roll < 0.16:
            spec["type"] = "LoadBalancer"
            exposure = self.rng.randrange(4)
            if exposure == 0:
                annotations = {"service.beta.kubernetes.io/aws-load-balancer-internal": "true"}
            elif exposure == 1:
                spec["loadBalancerSourceRanges"] = ["10.0.0.0/8", "192.168.0.0/16"]
            elif exposure == 2:
                annotations = {"infralint.io/suppress": "K8s-BestPractices-SVC1: public storefront entry point, "
                                                        "fronted by the WAF"}
        return {"apiVersion": "v1", "kind": "Service", "metadata": self.meta(app, labels, annotations), "spec": spec}

    def app(self, index):
        kind = self.rng.choices(WORKLOAD_KINDS, WORKLOAD_WEIGHTS)[0]
        app = f"{kind.lower()}-{index:03d}"
        labels = {"app.kubernetes.io/name": app, "app.kubernetes.io/part-of": self.name}
        docs = [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": self.meta(f"{app}-config", labels),
                 "data": {"LOG_FORMAT": "json", "FEATURE_FLAGS": "checkout,search",
                          "app.properties": "server.port=8080\nmanagement.port=9102\n"}}]
        sa = {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": self.meta(app, labels)}
        if self.flag(0.5):
            sa["automountServiceAccountToken"] = False
        docs.append(sa)
        workload = self.workload(kind, app, labels)
        docs.append(workload)
        if kind in ("Deployment", "StatefulSet", "Pod"):
            docs.append(self.service(app, labels))
        if kind == "Deployment":
            if self.flag(0.4):
                docs.append({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
                             "metadata": self.meta(app, labels),
                             "spec": {"minAvailable": 1, "selector": {"matchLabels": {"app.kubernetes.io/name": app}}}})
            if self.flag(0.2):
                docs.append({"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
                             "metadata": self.meta(app, labels),
                             "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": app},
                                      "minReplicas": self.rng.choice([1, 2]), "maxReplicas": 10,
                                      "metrics": [{"type": "Resource", "resource": {
                                          "name": "cpu", "target": {"type": "Utilization",
                                                                    "averageUtilization": 70}}}]}})
        return app, docs

    def platform(self):
        """namespace.yaml: the Namespace, its RBAC and (mostly) a default-deny policy."""
        docs = []
        if self.explicit:
            docs.append({"apiVersion": "v1", "kind": "Namespace", "metadata": {
                "name": self.name, "labels": {"pod-security.kubernetes.io/enforce": "baseline"}}})
        rules = [{"apiGroups": [""], "resources": ["configmaps", "pods"], "verbs": ["get", "list", "watch"]}]
        if self.flag(0.25):
            rules.append({"apiGroups": [""], "resources": ["secrets"], "verbs": ["get", "list"]})
        if self.flag(0.15):
            rules.append({"apiGroups": ["apps"], "resources": ["*"], "verbs": ["*"]})
        docs.append({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
                     "metadata": self.meta("deployer"), "rules": rules})
        docs.append({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
                     "metadata": self.meta("deployer"),
                     "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "deployer"},
                     "subjects": [{"kind": "Group", "name": f"team-{self.name}",
                                   "apiGroup": "rbac.authorization.k8s.io"}]})
        if self.flag(0.75):
            docs.append({"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
                         "metadata": self.meta("default-deny"),
                         "spec": {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}})
        if self.flag(0.3):
            docs.append({"apiVersion": "v1", "kind": "LimitRange", "metadata": self.meta("defaults"),
                         "spec": {"limits": [{"type": "Container", "defaultRequest": {"cpu": "100m", "memory": "128Mi"},
                                              "default": {"memory": "512Mi"}}]}})
        return docs


def cluster_rbac(rng, count):
    """Cluster-wide roles and bindings: mostly narrow, some wildcard, some cluster-admin."""
    docs = []
    for i in range(count):
        name = f"platform-reader-{i:03d}"
        rules = [{"apiGroups": ["", "apps"], "resources": ["pods", "deployments", "services"],
                  "verbs": ["get", "list", "watch"]}]
        if rng.random() < 0.2:
            rules.append({"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]})
        if rng.random() < 0.2:
            rules.append({"apiGroups": [""], "resources": ["secrets"], "verbs": ["watch"]})
        docs.append({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
                     "metadata": {"name": name}, "rules": rules})
        role = "cluster-admin" if rng.random() < 0.1 else name
        binding = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
                   "metadata": {"name": name},
                   "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role},
                   "subjects": [{"kind": "ServiceAccount", "name": "operator", "namespace": "platform"}]}
        if role == "cluster-admin" and rng.random() < 0.5:
            binding["metadata"]["annotations"] = {
                "infralint.io/suppress": "K8s-BestPractices-RBAC3: break-glass binding, audited monthly"}
        docs.append(binding)
    return docs


class Writer:
    """Writes files and keeps the counts the report prints; objects in a List count
    one each, as the loader unpacks them."""

    def __init__(self, out, json_twin):
        self.out = out
        self.json_twin = json_twin
        self.files = 0
        self.objects = 0

    def write(self, relative, docs, as_list=False):
        self.files += 1
        self.objects += len(docs)
        if as_list:
            docs = [{"apiVersion": "v1", "kind": "List", "items": docs}]
        path = os.path.join(self.out, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(yaml_emit.documents(docs))
        if self.json_twin:
            # The same objects as one JSON List per file: the parse floor's input.
            twin = os.path.join(self.json_twin, relative[:-len(".yaml")] + ".json")
            os.makedirs(os.path.dirname(twin), exist_ok=True)
            items = docs[0]["items"] if as_list else docs
            with open(twin, "w") as f:
                json.dump({"apiVersion": "v1", "kind": "List", "items": items}, f, indent=1)


def generate(total, out, seed, json_twin=None):
    """Writes about `total` objects under out; returns (files, objects)."""
    rng = random.Random(seed)
    writer = Writer(out, json_twin)
    rbac_pairs = max(2, total // 400)
    writer.write("cluster/rbac.yaml", cluster_rbac(rng, rbac_pairs))
    n = 0
    while writer.objects < total:
        # The first group is the legacy one with no namespace in its manifests.
        ns = Namespace("default", rng, explicit=False) if n == 0 else Namespace(f"team-{n:04d}", rng)
        folder = "legacy" if n == 0 else os.path.join("namespaces", ns.name)
        writer.write(os.path.join(folder, "namespace.yaml"), ns.platform())
        for a in range(APPS_PER_NAMESPACE):
            if writer.objects >= total:
                break
            app, docs = ns.app(a)
            writer.write(os.path.join(folder, f"{app}.yaml"), docs, as_list=rng.random() < 0.05)
        n += 1
    return writer.files, writer.objects
