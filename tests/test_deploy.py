"""deploy/: the Kubernetes manifests against the Kubernetes JSON schemas (kubernetes-validate,
strict), the compose file against the compose-spec schema (vendored in check-jsonschema), and
what the schemas cannot know: settings that exist, secrets that are defined, probes and ports
that match the gateway, municipality files the gateway accepts."""

from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import kubernetes_validate  # type: ignore[import-untyped]
import pytest
import yaml  # type: ignore[import-untyped]

from trouwgraph.server.gemeenten.config_files import load_gemeenten
from trouwgraph.server.settings import Settings

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
KUBERNETES = DEPLOY / "kubernetes"
COMPOSE = DEPLOY / "compose" / "compose.yaml"
KUBERNETES_VERSION = "1.37.0"
SETTINGS = {f"TROUWGRAPH_{name.upper()}" for name in Settings.model_fields}
# Read by the gateway but not Settings: the port (CLI, image) and the
# municipality file's own *_env secrets.
OTHER_VARIABLES = {"TROUWGRAPH_PORT", "BRP_CLIENT_SECRET"}


def documents() -> list[tuple[str, dict[str, Any]]]:
    """Every Kubernetes object in deploy/kubernetes (kustomization aside), with its file name."""
    found: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(KUBERNETES.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        found.extend((path.name, doc) for doc in yaml.safe_load_all(path.read_text()) if doc)
    return found


def by_kind(kind: str) -> list[dict[str, Any]]:
    return [doc for _, doc in documents() if doc["kind"] == kind]


def containers() -> list[dict[str, Any]]:
    pods = [d["spec"]["template"]["spec"] for d in by_kind("Deployment") + by_kind("Job")]
    return [c for pod in pods for c in pod["containers"]]


@pytest.mark.parametrize(("name", "document"), documents(), ids=lambda v: str(v)[:40])
def test_each_manifest_is_valid_for_kubernetes(name: str, document: dict[str, Any]) -> None:
    kubernetes_validate.validate(document, KUBERNETES_VERSION, strict=True)


def test_the_set_is_complete_and_kustomize_lists_it() -> None:
    kinds = {doc["kind"] for _, doc in documents()}
    assert {
        "Deployment",
        "Service",
        "ConfigMap",
        "Secret",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
        "Job",
    } <= kinds
    kustomization = yaml.safe_load((KUBERNETES / "kustomization.yaml").read_text())
    listed = set(kustomization["resources"])
    files_ = {p.name for p in KUBERNETES.glob("*.yaml")} - {"kustomization.yaml"}
    # The example Secret is documentation: real secrets never come from the repository.
    assert listed == files_ - {"secret.example.yaml"}


def test_every_variable_is_a_setting_and_every_secret_reference_is_defined() -> None:
    [secret] = by_kind("Secret")
    for container in containers():
        for variable in container.get("env", []):
            assert variable["name"] in SETTINGS | OTHER_VARIABLES, variable["name"]
            ref = variable.get("valueFrom", {}).get("secretKeyRef")
            if ref:
                assert ref["name"] == secret["metadata"]["name"]
                assert ref["key"] in secret["stringData"], ref


def test_probes_ports_and_selectors_agree() -> None:
    [deployment] = by_kind("Deployment")
    [container] = deployment["spec"]["template"]["spec"]["containers"]
    env = {v["name"]: v.get("value") for v in container["env"]}
    [port] = container["ports"]
    assert str(port["containerPort"]) == env["TROUWGRAPH_PORT"]
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["resources"]["requests"] and container["resources"]["limits"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    for selector in (
        by_kind("Service")[0]["spec"]["selector"],
        by_kind("PodDisruptionBudget")[0]["spec"]["selector"]["matchLabels"],
    ):
        assert selector.items() <= labels.items()
    target = by_kind("HorizontalPodAutoscaler")[0]["spec"]["scaleTargetRef"]
    assert target["name"] == deployment["metadata"]["name"]
    assert by_kind("HorizontalPodAutoscaler")[0]["spec"]["minReplicas"] >= 2
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    assert "/app/var" in mounts and "/config" in mounts
    assert container["args"][:1] == ["serve"] and by_kind("Job")[0]["spec"]["template"]["spec"][
        "containers"
    ][0]["args"] == ["migrate"]


def test_the_configmaps_municipality_files_are_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRP_CLIENT_SECRET", "from-the-secret")  # as the Deployment sets it
    [configmap] = by_kind("ConfigMap")
    for name, text in configmap["data"].items():
        (tmp_path / name).write_text(text)
    gemeenten = load_gemeenten(tmp_path)
    assert [g.gemeentecode for g in gemeenten] == ["0363"]
    compose_files = sorted((COMPOSE.parent / "gemeenten").glob("*.toml"))
    assert compose_files and load_gemeenten(COMPOSE.parent / "gemeenten")


def compose_schema() -> dict[str, Any]:
    vendored = files("check_jsonschema.builtin_schemas.vendor") / "compose-spec.json"
    schema: dict[str, Any] = json.loads(vendored.read_text())
    return schema


def test_the_compose_file_is_valid_for_the_compose_specification() -> None:
    document = yaml.safe_load(COMPOSE.read_text())
    jsonschema.validate(document, compose_schema())
    services = document["services"]
    assert services["gateway"]["deploy"]["replicas"] >= 2
    assert {"postgres", "redis", "proxy", "migrate"} <= services.keys()
    assert services["migrate"]["command"] == ["migrate"]
    environment = document["x-gateway-env"]
    assert set(environment) <= SETTINGS | OTHER_VARIABLES
    upstream = (COMPOSE.parent / "nginx.conf").read_text()
    assert re.search(r"server gateway:8000;", upstream)


def test_a_broken_manifest_is_noticed() -> None:
    [deployment] = by_kind("Deployment")
    broken = json.loads(json.dumps(deployment))
    broken["spec"]["replicas"] = "two"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)
    document = yaml.safe_load(COMPOSE.read_text())
    document["services"]["gateway"]["replicas"] = 2  # belongs under deploy:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, compose_schema())
