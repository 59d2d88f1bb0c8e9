#!/usr/bin/env python3
"""Drift test: Windlass's typed API types against the official python client's models.

The python client (Debian's python3-kubernetes) is generated from upstream's OpenAPI document,
so each model class's `attribute_map` (python name -> JSON name) and `openapi_types` (python
name -> type such as `str`, `list[V1OwnerReference]`, `dict(str, str)`, `datetime`) are
upstream's field list. `dump_descriptors` prints ours, walked from the C++ type descriptors.
For every type we declare: every upstream field must exist with a compatible type, we must
have no field upstream lacks, and our required fields must be upstream's. Known, deliberate
differences are listed below with the reason; an entry that no longer matches fails too.

usage: python_models_test.py --dump-descriptors PATH/TO/dump_descriptors
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unittest

DEBIAN_PYTHON = "/usr/bin/python3"

try:
    import kubernetes.client.models as MODELS
except ImportError:
    # The client is a Debian package; a venv or a different interpreter cannot see it.
    if os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON) and os.path.exists(DEBIAN_PYTHON):
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON, *sys.argv])
    sys.exit("python_models_test: cannot import kubernetes.client; install python3-kubernetes "
             "(apt-get install python3-kubernetes)")

ARGS = None

# Python class names that do not follow V<version><Kind> (upstream definitions whose short
# names collide, e.g. core/v1 Event and events/v1 Event become CoreV1Event and EventsV1Event).
CLASS_OVERRIDES = {
    # Named Handler until Kubernetes 1.23; python-kubernetes 22 still uses the old name.
    "io.k8s.api.core.v1.LifecycleHandler": "V1Handler",
    "io.k8s.api.core.v1.EndpointPort": "CoreV1EndpointPort",
    "io.k8s.api.core.v1.Event": "CoreV1Event",
    "io.k8s.api.core.v1.EventSeries": "CoreV1EventSeries",
    "io.k8s.api.discovery.v1.EndpointPort": "DiscoveryV1EndpointPort",
    "io.k8s.api.events.v1.Event": "EventsV1Event",
    "io.k8s.api.events.v1.EventSeries": "EventsV1EventSeries",
}

# Definitions added to Kubernetes after the python client's version (1.22): nothing to compare
# them with. An entry whose model class appears in the client fails as stale.
NEWER_THAN_CLIENT = {
    "io.k8s.api.core.v1." + kind: "added after Kubernetes 1.22"
    for kind in ("AppArmorProfile", "ClusterTrustBundleProjection", "ContainerResizePolicy",
                 "ContainerUser", "GRPCAction", "HostIP", "LinuxContainerUser",
                 "NodeFeatures", "NodeRuntimeHandler", "NodeRuntimeHandlerFeatures",
                 "PodOS", "PodResourceClaim", "PodResourceClaimStatus", "PodSchedulingGate",
                 "ResourceClaim", "ResourceHealth", "ResourceStatus", "SleepAction",
                 "VolumeMountStatus")
}

# (python class, JSON field) -> why our type differs from upstream's on purpose.
TYPE_DIFFERENCES = {
    ("V1Volume", field): "rarer volume sources are kept as untyped JSON, not typed structs"
    for field in ("awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "cinder", "csi",
                  "ephemeral", "fc", "flexVolume", "flocker", "gcePersistentDisk", "gitRepo",
                  "glusterfs", "iscsi", "nfs", "photonPersistentDisk", "portworxVolume",
                  "quobyte", "rbd", "scaleIO", "storageos", "vsphereVolume")
}

# (python class, JSON field) -> why upstream's python client has a field we deliberately lack.
UPSTREAM_ONLY = {
    ("V1ObjectMeta", "clusterName"):
        "removed from ObjectMeta in Kubernetes 1.25; python-kubernetes 22 (Kubernetes 1.22) "
        "still has it",
}

# (python class, JSON field) -> why we have a field the python client (older than the
# Kubernetes we target) lacks.
OURS_ONLY = {
    ("V1LeaseSpec", "strategy"):
        "added in Kubernetes 1.31 (coordinated leader election); python-kubernetes 22 predates it",
    ("V1LeaseSpec", "preferredHolder"):
        "added in Kubernetes 1.31 (coordinated leader election); python-kubernetes 22 predates it",
    ("V1PodDisruptionBudgetSpec", "unhealthyPodEvictionPolicy"):
        "added in Kubernetes 1.26; python-kubernetes 22 predates it",
}

# core/v1 Pod tree: fields added after Kubernetes 1.22.
OURS_ONLY.update({
    (cls, field): "added after Kubernetes 1.22, which python-kubernetes 22 models"
    for cls, field in (
        ("V1Container", "resizePolicy"), ("V1Container", "restartPolicy"),
        ("V1ContainerStatus", "allocatedResources"), ("V1ContainerStatus", "allocatedResourcesStatus"),
        ("V1ContainerStatus", "resources"), ("V1ContainerStatus", "user"),
        ("V1ContainerStatus", "volumeMounts"),
        ("V1EphemeralContainer", "resizePolicy"), ("V1EphemeralContainer", "restartPolicy"),
        ("V1Handler", "sleep"),
        ("V1PodAffinityTerm", "matchLabelKeys"), ("V1PodAffinityTerm", "mismatchLabelKeys"),
        ("V1PodSecurityContext", "appArmorProfile"), ("V1PodSecurityContext", "seLinuxChangePolicy"),
        ("V1PodSecurityContext", "supplementalGroupsPolicy"),
        ("V1PodSpec", "hostUsers"), ("V1PodSpec", "os"), ("V1PodSpec", "resourceClaims"),
        ("V1PodSpec", "resources"), ("V1PodSpec", "schedulingGates"),
        ("V1PodStatus", "hostIPs"), ("V1PodStatus", "resize"), ("V1PodStatus", "resourceClaimStatuses"),
        ("V1Probe", "grpc"),
        ("V1ResourceRequirements", "claims"),
        ("V1SecurityContext", "appArmorProfile"),
        ("V1TopologySpreadConstraint", "matchLabelKeys"), ("V1TopologySpreadConstraint", "minDomains"),
        ("V1TopologySpreadConstraint", "nodeAffinityPolicy"), ("V1TopologySpreadConstraint", "nodeTaintsPolicy"),
        ("V1Volume", "image"),
        ("V1VolumeMount", "recursiveReadOnly"),
        ("V1VolumeProjection", "clusterTrustBundle"),
    )
})

# core/v1 Service and Node trees: fields added after Kubernetes 1.22.
OURS_ONLY.update({
    (cls, field): "added after Kubernetes 1.22, which python-kubernetes 22 models"
    for cls, field in (
        ("V1LoadBalancerIngress", "ipMode"),
        ("V1NodeStatus", "features"), ("V1NodeStatus", "runtimeHandlers"),
        ("V1ServiceSpec", "trafficDistribution"),
    )
})

# apps/v1, batch/v1 and the PersistentVolume(Claim) tree: definitions added after 1.22.
NEWER_THAN_CLIENT.update({
    prefix + kind: "added after Kubernetes 1.22"
    for prefix, kinds in (
        ("io.k8s.api.core.v1.", ("ModifyVolumeStatus", "TypedObjectReference",
                                 "VolumeResourceRequirements")),
        ("io.k8s.api.apps.v1.", ("StatefulSetOrdinals",
                                 "StatefulSetPersistentVolumeClaimRetentionPolicy")),
        ("io.k8s.api.batch.v1.", ("PodFailurePolicy", "PodFailurePolicyOnExitCodesRequirement",
                                  "PodFailurePolicyOnPodConditionsPattern", "PodFailurePolicyRule",
                                  "SuccessPolicy", "SuccessPolicyRule")),
    )
    for kind in kinds
})

TYPE_DIFFERENCES.update({
    ("V1PersistentVolumeSpec", field): "rarer volume sources are kept as untyped JSON, not typed structs"
    for field in ("awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "cinder", "fc",
                  "flexVolume", "flocker", "gcePersistentDisk", "glusterfs", "iscsi",
                  "photonPersistentDisk", "portworxVolume", "quobyte", "rbd", "scaleIO",
                  "storageos", "vsphereVolume")
})
TYPE_DIFFERENCES.update({
    ("V1PersistentVolumeClaimSpec", "dataSourceRef"):
        "TypedObjectReference since Kubernetes 1.26; python-kubernetes 22 has TypedLocalObjectReference",
    ("V1PersistentVolumeClaimSpec", "resources"):
        "VolumeResourceRequirements since Kubernetes 1.29; python-kubernetes 22 has ResourceRequirements",
})

# apps/v1, batch/v1 and the PersistentVolume(Claim) tree: fields added after Kubernetes 1.22.
OURS_ONLY.update({
    (cls, field): "added after Kubernetes 1.22, which python-kubernetes 22 models"
    for cls, field in (
        ("V1RollingUpdateStatefulSetStrategy", "maxUnavailable"),
        ("V1StatefulSetSpec", "ordinals"), ("V1StatefulSetSpec", "persistentVolumeClaimRetentionPolicy"),
        ("V1CronJobSpec", "timeZone"),
        ("V1JobSpec", "backoffLimitPerIndex"), ("V1JobSpec", "managedBy"),
        ("V1JobSpec", "maxFailedIndexes"), ("V1JobSpec", "podFailurePolicy"),
        ("V1JobSpec", "podReplacementPolicy"), ("V1JobSpec", "successPolicy"),
        ("V1JobStatus", "failedIndexes"), ("V1JobStatus", "ready"), ("V1JobStatus", "terminating"),
        ("V1CSIPersistentVolumeSource", "nodeExpandSecretRef"),
        ("V1PersistentVolumeClaimSpec", "volumeAttributesClassName"),
        ("V1PersistentVolumeClaimStatus", "allocatedResourceStatuses"),
        ("V1PersistentVolumeClaimStatus", "allocatedResources"),
        ("V1PersistentVolumeClaimStatus", "currentVolumeAttributesClassName"),
        ("V1PersistentVolumeClaimStatus", "modifyVolumeStatus"),
        ("V1PersistentVolumeSpec", "volumeAttributesClassName"),
        ("V1PersistentVolumeStatus", "lastPhaseTransitionTime"),
    )
})


# (python class, JSON field) -> why the field is required for us but optional in the python
# client (upstream made it required after 1.22).
REQUIRED_SINCE_CLIENT = {
    ("V1HostAlias", "ip"): "required in 1.32 (no omitempty, +required); optional in 1.22",
    ("V1PodIP", "ip"): "required in 1.32 (no omitempty, +required); optional in 1.22",
}

# Our scalar type names -> the python client's type names.
CLASS_OVERRIDES.update({
    # storage.k8s.io/v1 has a TokenRequest too; the python client prefixes the group to both.
    "io.k8s.api.authentication.v1.TokenRequest": "AuthenticationV1TokenRequest",
    # admissionregistration.k8s.io/v1 has its own WebhookClientConfig and ServiceReference.
    "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookClientConfig":
        "ApiextensionsV1WebhookClientConfig",
    "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ServiceReference":
        "ApiextensionsV1ServiceReference",
})

NEWER_THAN_CLIENT.update({
    "io.k8s.api.networking.v1.IngressLoadBalancerStatus": "added in Kubernetes 1.26",
    "io.k8s.api.networking.v1.IngressLoadBalancerIngress": "added in Kubernetes 1.26",
    "io.k8s.api.networking.v1.IngressPortStatus": "added in Kubernetes 1.26",
    "io.k8s.api.authentication.v1.SelfSubjectReview": "added in Kubernetes 1.28",
    "io.k8s.api.authentication.v1.SelfSubjectReviewStatus": "added in Kubernetes 1.28",
    "io.k8s.api.authorization.v1.FieldSelectorAttributes": "added in Kubernetes 1.31",
    "io.k8s.api.authorization.v1.LabelSelectorAttributes": "added in Kubernetes 1.31",
    "io.k8s.apimachinery.pkg.apis.meta.v1.FieldSelectorRequirement": "added in Kubernetes 1.31",
    "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ValidationRule":
        "added in Kubernetes 1.25",
    "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.SelectableField":
        "added in Kubernetes 1.30",
})

# Definitions older than the client that it still has no model for: upstream's OpenAPI document
# leaves them out (Table and PartialObjectMetadata are served only through content
# negotiation) or inlines them (an empty struct becomes `object`).
NEWER_THAN_CLIENT.update({
    "io.k8s.apimachinery.pkg.apis.meta.v1." + kind: "not in upstream's OpenAPI document"
    for kind in ("PartialObjectMetadata", "PartialObjectMetadataList", "Table",
                 "TableColumnDefinition", "TableRow", "TableRowCondition")
})
NEWER_THAN_CLIENT["io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1."
                  "CustomResourceSubresourceStatus"] = (
    "an empty struct, which upstream's OpenAPI document renders as a plain object")

TYPE_DIFFERENCES.update({
    ("V1IngressStatus", "loadBalancer"):
        "networking/v1 IngressLoadBalancerStatus since Kubernetes 1.26 (same JSON shape); "
        "python-kubernetes 22 has core/v1 LoadBalancerStatus",
    ("V1CustomResourceSubresources", "status"):
        "typed as the empty CustomResourceSubresourceStatus struct; the python client has "
        "`object`",
})

OURS_ONLY.update({
    ("V1CustomResourceDefinitionVersion", "selectableFields"):
        "added in Kubernetes 1.30; python-kubernetes 22 predates it",
    ("V1JSONSchemaProps", "x-kubernetes-validations"):
        "added in Kubernetes 1.25; python-kubernetes 22 predates it",
    ("V1ResourceAttributes", "fieldSelector"):
        "added in Kubernetes 1.31; python-kubernetes 22 predates it",
    ("V1ResourceAttributes", "labelSelector"):
        "added in Kubernetes 1.31; python-kubernetes 22 predates it",
    ("V1DeleteOptions", "ignoreStoreReadErrorWithClusterBreakingPotential"):
        "added in Kubernetes 1.32; python-kubernetes 22 predates it",
})

SCALARS = {
    "boolean": "bool",
    "int32": "int",
    "int64": "int",
    "double": "float",
    "string": "str",
    "byte": "str",          # base64 []byte
    "quantity": "str",      # resource.Quantity
    "date-time": "datetime",
    "micro-time": "datetime",
    "int-or-string": "object",
    "raw": "object",        # RawExtension, FieldsV1, JSON
}


def class_name(definition):
    """io.k8s.api.core.v1.ConfigMap -> V1ConfigMap (the python client's naming)."""
    if definition in CLASS_OVERRIDES:
        return CLASS_OVERRIDES[definition]
    parts = definition.split(".")
    version, kind = parts[-2], parts[-1]
    return version[0].upper() + version[1:] + kind


def python_type(ours):
    """Our type expression ([]T, map[string]T, a definition name, a scalar) in python notation."""
    if ours.startswith("[]"):
        return "list[%s]" % python_type(ours[2:])
    if ours.startswith("map[string]"):
        return "dict(str, %s)" % python_type(ours[len("map[string]"):])
    if ours in SCALARS:
        return SCALARS[ours]
    if "." in ours:
        return class_name(ours)
    raise ValueError("unknown type %r in dump_descriptors output" % ours)


def upstream_fields(cls):
    """{json name: python type} of a model class."""
    return {cls.attribute_map[attr]: typ for attr, typ in cls.openapi_types.items()}


def upstream_required(cls):
    """JSON names the model refuses to hold None for (upstream's OpenAPI `required`)."""
    import inspect
    required = set()
    for attr in cls.openapi_types:
        setter = getattr(cls, attr).fset
        if setter and "must not be `None`" in inspect.getsource(setter):
            required.add(cls.attribute_map[attr])
    return required


def run_dump(*extra):
    r = subprocess.run([ARGS.dump_descriptors, *extra], capture_output=True, text=True)
    if r.returncode != 0:
        raise AssertionError("dump_descriptors failed (%d):\n%s" % (r.returncode, r.stderr))
    return json.loads(r.stdout)


class PythonModelsTest(unittest.TestCase):
    ours = None
    ours_required = None

    @classmethod
    def setUpClass(cls):
        cls.ours = run_dump()
        cls.ours_required = run_dump("--required")

    def model(self, definition):
        name = class_name(definition)
        model = getattr(MODELS, name, None)
        self.assertIsNotNone(model, "%s: the python client has no model class %s" % (definition, name))
        return name, model

    def check_fields(self, definition):
        if definition in NEWER_THAN_CLIENT:
            self.skipTest(NEWER_THAN_CLIENT[definition])
        name, model = self.model(definition)
        ours = self.ours[definition]
        theirs = upstream_fields(model)
        problems = []
        for field, typ in sorted(theirs.items()):
            if field not in ours:
                if (name, field) not in UPSTREAM_ONLY:
                    problems.append("  missing   %-28s upstream %s" % (field, typ))
            elif python_type(ours[field]) != typ and (name, field) not in TYPE_DIFFERENCES:
                problems.append("  type      %-28s ours %s (= %s), upstream %s"
                                % (field, ours[field], python_type(ours[field]), typ))
        for field, typ in sorted(ours.items()):
            if field not in theirs and (name, field) not in OURS_ONLY:
                problems.append("  extra     %-28s ours %s; upstream has no such field" % (field, typ))
        if problems:
            self.fail("%s differs from the python client's %s:\n%s" % (definition, name, "\n".join(problems)))

    def check_required(self, definition):
        if definition in NEWER_THAN_CLIENT:
            self.skipTest(NEWER_THAN_CLIENT[definition])
        name, model = self.model(definition)
        ours = set(self.ours_required[definition])
        theirs = upstream_required(model) | {f for (c, f) in REQUIRED_SINCE_CLIENT if c == name}
        if ours != theirs:
            self.fail("%s required fields differ from %s:\n  only ours:     %s\n  only upstream: %s"
                      % (definition, name, sorted(ours - theirs), sorted(theirs - ours)))

    def test_known_differences_are_still_real(self):
        stale = []
        for (name, field), why in UPSTREAM_ONLY.items():
            defs = [d for d in self.ours if class_name(d) == name]
            if not defs:
                stale.append("UPSTREAM_ONLY %s.%s: we declare no such type" % (name, field))
            elif field not in upstream_fields(getattr(MODELS, name)) or field in self.ours[defs[0]]:
                stale.append("UPSTREAM_ONLY %s.%s: no longer a difference (%s)" % (name, field, why))
        for (name, field), why in OURS_ONLY.items():
            defs = [d for d in self.ours if class_name(d) == name]
            if (not defs or field not in self.ours[defs[0]]
                    or field in upstream_fields(getattr(MODELS, name))):
                stale.append("OURS_ONLY %s.%s: no longer a difference (%s)" % (name, field, why))
        for (name, field), why in REQUIRED_SINCE_CLIENT.items():
            defs = [d for d in self.ours if class_name(d) == name]
            if (not defs or field not in self.ours_required[defs[0]]
                    or field in upstream_required(getattr(MODELS, name))):
                stale.append("REQUIRED_SINCE_CLIENT %s.%s: no longer a difference (%s)" % (name, field, why))
        for definition, why in NEWER_THAN_CLIENT.items():
            if definition not in self.ours:
                stale.append("NEWER_THAN_CLIENT %s: we declare no such type" % definition)
            elif getattr(MODELS, class_name(definition), None) is not None:
                stale.append("NEWER_THAN_CLIENT %s: the python client has it now (%s)" % (definition, why))
        for (name, field), why in TYPE_DIFFERENCES.items():
            defs = [d for d in self.ours if class_name(d) == name]
            if (not defs or field not in self.ours[defs[0]]
                    or python_type(self.ours[defs[0]][field]) == upstream_fields(getattr(MODELS, name)).get(field)):
                stale.append("TYPE_DIFFERENCES %s.%s: no longer a difference (%s)" % (name, field, why))
        self.assertEqual(stale, [], "stale entries in the known-differences lists:\n" + "\n".join(stale))

    def test_every_type_is_compared(self):
        # A guard against an empty or truncated dump passing vacuously.
        self.assertGreaterEqual(len(self.ours), 120)
        for definition in ("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
                           "io.k8s.api.core.v1.ConfigMap"):
            self.assertIn(definition, self.ours)


def add_type_tests():
    """One fields test and one required test per declared type, so failures name the type."""
    definitions = json.loads(subprocess.run([ARGS.dump_descriptors], capture_output=True,
                                            text=True, check=True).stdout)
    for definition in definitions:
        slug = re.sub(r"\W", "_", definition.split("io.k8s.")[-1])
        setattr(PythonModelsTest, "test_fields_" + slug,
                lambda self, d=definition: self.check_fields(d))
        setattr(PythonModelsTest, "test_required_" + slug,
                lambda self, d=definition: self.check_required(d))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump-descriptors", required=True)
    ARGS, rest = parser.parse_known_args()
    add_type_tests()
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
