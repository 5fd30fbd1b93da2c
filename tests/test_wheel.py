"""The wheel works on its own: built, installed into a fresh venv, and run outside the repository.

No network: the wheel is built with ``--no-isolation`` (hatchling comes from the project's venv), installed
with ``--no-deps --no-index``, and the dependencies are made importable by a ``.pth`` file pointing at the
project venv's site-packages.  That directory's own ``.pth`` files (the editable install's pointer to
``src/``) are not processed, so the fresh venv sees the installed wheel, never the repository's ``src/``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "data" / "sources" / "000_26f0a640244b8524.txt"
OBSERVATION = "https://w3id.org/policy-graph/def#Observation"

pytestmark = pytest.mark.slow


def _run(cmd: list[str | Path], cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP", "PYTHONSAFEPATH")}
    env["PIP_NO_INDEX"] = "1"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("build", reason="the `build` package is a dev dependency")
    pytest.importorskip("hatchling", reason="hatchling must be in the venv for --no-isolation")
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist], cwd=ROOT)
    wheels = sorted(dist.glob("policy_graph-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_ships_the_package_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("policy_graph/ontology/policy.ttl", "policy_graph/ontology/shapes.ttl",
                     "policy_graph/data/regions.tsv", "policy_graph/data/programs.tsv",
                     "policy_graph/templates/view.html", "policy_graph/cli.py", "policy_graph/extract/__init__.py"):
        assert required in names, f"{required} is missing from {wheel.name}"
    shipped = {n.rsplit("/", 1)[-1] for n in names if n.startswith("policy_graph/queries/") and n.endswith(".rq")}
    in_repo = {p.name for p in (ROOT / "src" / "policy_graph" / "queries").glob("*.rq")}
    assert shipped == in_repo, f"saved queries: in the repository {sorted(in_repo)}, in the wheel {sorted(shipped)}"
    assert not [n for n in names if "/tests/" in n or n.startswith("tests/")]
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "policy-graph = policy_graph.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.fixture(scope="module")
def fresh_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("fresh")
    venv = home / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=home)
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "--quiet", wheel],
         cwd=home)
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=home)
    site_packages = Path(purelib.stdout.strip())
    assert site_packages.is_relative_to(venv)
    (site_packages / "project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv


def test_fresh_venv_imports_the_wheel_not_the_repository(fresh_venv: Path, tmp_path: Path) -> None:
    probe = ("import sys, policy_graph, rdflib\n"
             "from policy_graph.resources import ontology_path\n"
             "print(policy_graph.__file__)\nprint(ontology_path())\nprint(*sys.path, sep='\\n')\n")
    out = _run([fresh_venv / "bin" / "python", "-c", probe], cwd=tmp_path).stdout.splitlines()
    assert Path(out[0]).is_relative_to(fresh_venv), f"policy_graph comes from {out[0]}, not the installed wheel"
    assert Path(out[1]).is_relative_to(fresh_venv) and Path(out[1]).is_file()
    assert str(ROOT / "src") not in out[2:], "the repository's src/ is on the fresh venv's sys.path"
    assert sysconfig.get_paths()["purelib"] in out[2:]  # the dependencies come through the .pth file


def test_installed_command_builds_and_queries_outside_the_repository(fresh_venv: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    command = fresh_venv / "bin" / "policy-graph"
    assert command.is_file()

    built = _run([command, "build", FOUNDING, "-o", "out.ttl"], cwd=elsewhere)
    assert (elsewhere / "out.ttl").is_file()
    assert "validation        conforms" in built.stdout

    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?o a <{OBSERVATION}> }}"
    result = _run([command, "query", "-g", "out.ttl", "--format", "csv", query], cwd=elsewhere)
    header, count = result.stdout.split()
    assert header == "n"
    assert int(count) >= 34

    saved = _run([command, "queries"], cwd=elsewhere).stdout.split()
    in_repo = sorted(p.stem for p in (ROOT / "src" / "policy_graph" / "queries").glob("*.rq"))
    for name in in_repo:
        assert name in saved
