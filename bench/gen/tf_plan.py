"""The shape of a `terraform show -json` plan (format_version 1.2), apart from what
the resources are: modules collect resources, then `document()` lays them out as
Terraform does, in planned_values, resource_changes, prior_state and configuration.

A resource is declared once (its configuration: constant values, references, a count
or for_each expression) and expanded into instances (`aws_instance.web[0]`,
`...ingress["office"]`). Each instance has an action. Created instances do not know
their computed attributes (id, arn) nor any attribute that refers to another created
instance: those are left out of the planned values and marked in after_unknown, as
Terraform does.
"""

PROVIDER = "registry.terraform.io/hashicorp/aws"
TERRAFORM_VERSION = "1.9.8"

# Attributes Terraform writes as nested blocks in `configuration` (a list of
# expression objects) rather than as one constant value.
BLOCKS = {"versioning_configuration", "rule", "apply_server_side_encryption_by_default", "point_in_time_recovery",
          "server_side_encryption", "root_block_device", "metadata_options", "environment", "attribute"}


class Ref:
    """An attribute whose value comes from another resource (or a module variable):
    `target` is the expression's first reference (`aws_s3_bucket.data.id`,
    `var.log_bucket`), `instance` the instance whose attribute it reads, when known
    to the generator, so the planned value can be known or unknown as it would be."""

    def __init__(self, target, instance=None, attribute="id", literal=None, render=None):
        self.target = target
        self.instance = instance
        self.attribute = attribute
        self.literal = literal  # the value when the source is known but no instance (a variable)
        self.render = render  # builds the value from the source's (a policy around an ARN)

    def references(self):
        parts = self.target.split(".")
        # Terraform lists the attribute reference and then the object it belongs to.
        if parts[0] in ("var", "local", "each"):
            return [self.target]
        return [self.target, ".".join(parts[:-1])]

    def value(self):
        if self.instance is None:
            source = self.literal
        elif self.instance.action == "create":
            return None
        else:
            source = self.instance.computed.get(self.attribute)
        return self.render(source) if self.render and source is not None else source


class Instance:
    def __init__(self, resource, index, values, action, computed):
        self.resource = resource
        self.index = index
        self.values = values  # attribute -> literal or Ref
        self.action = action
        self.computed = computed  # known once the resource exists (id, arn)

    @property
    def address(self):
        base = f"{self.resource.module.prefix}{self.resource.type}.{self.resource.name}"
        if self.index is None:
            return base
        return f"{base}[{self.index}]" if isinstance(self.index, int) else f'{base}["{self.index}"]'

    def planned(self):
        """(known values, after_unknown) as the plan records them after the change."""
        known, unknown = {}, {}
        for key, value in self.values.items():
            value_known, value_unknown = _resolve(value)
            if value_unknown is not True:
                known[key] = value_known
            if value_unknown is not None:
                unknown[key] = value_unknown
        for key, value in self.computed.items():
            if self.action == "create":
                unknown[key] = True
            else:
                known[key] = value
        return known, unknown


def _resolve(value):
    """(known value, after_unknown marker): the marker is True for an unknown value,
    a list/dict of markers where something inside is unknown, else None. Walks our own
    few-level block data, so the recursion is bounded by construction."""
    if isinstance(value, Ref):
        resolved = value.value()
        return (None, True) if resolved is None else (resolved, None)
    if isinstance(value, list) and any(isinstance(v, (dict, list, Ref)) for v in value):
        pairs = [_resolve(v) for v in value]
        marks = [m for _, m in pairs]
        return [k for k, _ in pairs], (None if all(m is None for m in marks) else [m or {} for m in marks])
    if isinstance(value, dict):
        known, unknown = {}, {}
        for k, v in value.items():
            vk, vu = _resolve(v)
            if vu is not True:
                known[k] = vk
            if vu is not None:
                unknown[k] = vu
        return known, (unknown or None)
    return value, None


class Resource:
    def __init__(self, module, rtype, name, count=None, for_each=None):
        self.module = module
        self.type = rtype
        self.name = name
        self.count = count
        self.for_each = for_each  # the Ref the keys come from (var.x)
        self.config = {}
        self.instances = []

    def expressions(self):
        return _expressions(self.config)

    def configuration(self):
        entry = {"address": f"{self.type}.{self.name}", "mode": "managed", "type": self.type, "name": self.name,
                 "provider_config_key": f"{self.module.name}:aws" if self.module.name else "aws",
                 "expressions": self.expressions(), "schema_version": 0}
        if self.count is not None:
            entry["count_expression"] = {"constant_value": self.count}
        if self.for_each is not None:
            entry["for_each_expression"] = {"references": self.for_each.references()}
        return entry


def _expressions(values):
    """Configuration expressions: a reference, a constant, or a nested block (a list
    of expression objects, one level per block)."""
    out = {}
    for key, value in values.items():
        if isinstance(value, Ref):
            out[key] = {"references": value.references()}
        elif key in BLOCKS and isinstance(value, list):
            out[key] = [_expressions(block) for block in value]
        else:
            out[key] = {"constant_value": value}
    return out


class Module:
    """The root module (name None) or a module call `module.<name>`."""

    def __init__(self, name=None, source=None):
        self.name = name
        self.source = source
        self.prefix = f"module.{name}." if name else ""
        self.resources = []
        self.call_expressions = {}
        self.variables = {}
        self.outputs = {}

    def resource(self, rtype, name, values, action, computed, count=None, for_each=None, keys=None,
                 per_instance=None):
        """Declares a resource and its instances. values: the configuration (literals and
        Refs); per_instance(index) may return overrides for one instance."""
        res = Resource(self, rtype, name, count, for_each)
        res.config = values
        indexes = [None] if count is None and for_each is None else (list(range(count)) if count is not None
                                                                     else list(keys))
        for index in indexes:
            inst_values = dict(values)
            if per_instance:
                inst_values.update(per_instance(index))
            inst = Instance(res, index, inst_values, action() if callable(action) else action,
                            computed(index) if callable(computed) else computed)
            res.instances.append(inst)
        self.resources.append(res)
        return res

    def instances(self):
        for res in self.resources:
            yield from res.instances


def _planned_entry(inst):
    known, _ = inst.planned()
    entry = {"address": inst.address, "mode": "managed", "type": inst.resource.type, "name": inst.resource.name}
    if inst.index is not None:
        entry["index"] = inst.index
    entry.update({"provider_name": PROVIDER, "schema_version": 0, "values": known, "sensitive_values": {}})
    return entry


def _before(inst, known):
    """The prior values: what the plan would change, i.e. the tags on an update."""
    if inst.action == "update":
        before = dict(known)
        before["tags"] = {**(known.get("tags") or {}), "owner": "previous-team"}
        return before
    return known


def _change(inst):
    known, unknown = inst.planned()
    entry = {"address": inst.address}
    if inst.resource.module.name:
        entry["module_address"] = f"module.{inst.resource.module.name}"
    entry.update({"mode": "managed", "type": inst.resource.type, "name": inst.resource.name})
    if inst.index is not None:
        entry["index"] = inst.index
    entry["provider_name"] = PROVIDER
    if inst.action == "delete":
        change = {"actions": ["delete"], "before": known, "after": None, "after_unknown": {},
                  "before_sensitive": {}, "after_sensitive": False}
    else:
        change = {"actions": [inst.action], "before": None if inst.action == "create" else _before(inst, known),
                  "after": known, "after_unknown": unknown,
                  "before_sensitive": False if inst.action == "create" else {}, "after_sensitive": {}}
    entry["change"] = change
    return entry


def _module_values(module, keep):
    return [_planned_entry(i) for i in module.instances() if keep(i)]


def document(root, children, variables):
    """The whole plan as a dict, in the key order `terraform show -json` writes."""
    live = lambda i: i.action != "delete"  # noqa: E731
    existed = lambda i: i.action != "create"  # noqa: E731
    planned = {"resources": _module_values(root, live),
               "child_modules": [{"address": f"module.{m.name}", "resources": _module_values(m, live)}
                                 for m in children]}
    prior = {"resources": _module_values(root, existed),
             "child_modules": [{"address": f"module.{m.name}", "resources": _module_values(m, existed)}
                               for m in children]}
    changes = [_change(i) for m in [root, *children] for i in m.instances()]
    config_root = {"resources": [r.configuration() for r in root.resources], "module_calls": {
        m.name: {"source": m.source, "expressions": {k: ({"references": v.references()} if isinstance(v, Ref)
                                                        else {"constant_value": v})
                                                    for k, v in m.call_expressions.items()},
                 "module": {"outputs": {k: {"expression": {"references": v.references()}}
                                        for k, v in m.outputs.items()},
                            "resources": [r.configuration() for r in m.resources],
                            "variables": {k: {} for k in m.variables}}}
        for m in children}}
    return {
        "format_version": "1.2",
        "terraform_version": TERRAFORM_VERSION,
        "variables": {k: {"value": v} for k, v in variables.items()},
        "planned_values": {"root_module": planned},
        "resource_changes": changes,
        "prior_state": {"format_version": "1.0", "terraform_version": TERRAFORM_VERSION,
                        "values": {"root_module": prior}},
        "configuration": {"provider_config": {"aws": {"name": "aws", "full_name": PROVIDER, "expressions": {
            "region": {"constant_value": "eu-west-1"}}}}, "root_module": config_root},
        "timestamp": "2026-01-05T09:30:00Z",
        "applyable": True,
        "complete": True,
        "errored": False,
    }
