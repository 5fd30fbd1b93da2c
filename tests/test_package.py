"""The package's public names: each one importable, and imported only when asked for (so commands start fast)."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types

import pytest

import policy_graph


def _fresh(code: str) -> str:
    """Run ``code`` in a new interpreter (a clean ``sys.modules``) and return what it prints."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


@pytest.mark.parametrize("name", [n for n in policy_graph.__all__ if n != "__version__"])
def test_each_public_name_is_the_object_its_module_defines(name: str) -> None:
    module = importlib.import_module(f"policy_graph.{policy_graph._WHERE[name]}")
    assert getattr(policy_graph, name) is getattr(module, name)
    assert name in dir(policy_graph)


def test_the_public_names_and_their_modules_agree() -> None:
    assert set(policy_graph.__all__) == {*policy_graph._WHERE, "__version__"}


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'build_everything'"):
        policy_graph.build_everything  # noqa: B018


def test_importing_the_package_or_the_command_line_loads_neither_the_extractor_nor_rdflib() -> None:
    loaded = _fresh("import sys, policy_graph.cli; "
                    "print(sorted(m for m in sys.modules if m.startswith(('rdflib', 'pyoxigraph', 'policy_graph.'))))")
    assert loaded == ("['policy_graph.arguments', 'policy_graph.checks', 'policy_graph.choices', 'policy_graph.cli', "
                      "'policy_graph.errors']")


def test_the_help_of_every_command_loads_no_rdf_library() -> None:
    # the commands' choices (formats, engines, layouts) come from policy_graph.choices, which imports nothing
    loaded = _fresh("import contextlib, io, sys\n"
                    "from policy_graph.cli import main\n"
                    "for command in ([], ['build'], ['query'], ['export'], ['view'], ['serve']):\n"
                    "    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
                    "        main([*command, '--help'])\n"
                    "print(sorted(m for m in sys.modules if m.startswith(('rdflib', 'pyoxigraph', 'networkx', "
                    "'pyvis'))))")
    assert loaded == "[]"


def test_a_query_does_not_load_the_extractor() -> None:
    loaded = _fresh("import sys, policy_graph.query, policy_graph.store; "
                    "print(sorted(m for m in sys.modules if m.startswith(('policy_graph.extract', "
                    "'policy_graph.build', 'policy_graph.mapping', 'policy_graph.normalize'))))")
    assert loaded == "[]"


@pytest.mark.parametrize("name", ["export", "normalize", "resolve", "validate"])
def test_a_function_named_like_its_module_stays_the_function_once_the_module_is_imported(name: str) -> None:
    # the import system records a submodule on its package; here the package's name is the function's
    printed = _fresh(f"import policy_graph.{name}, policy_graph, types; "
                     f"print(isinstance(policy_graph.{name}, types.FunctionType))")
    assert printed == "True"
    assert isinstance(getattr(policy_graph, name), types.FunctionType)
