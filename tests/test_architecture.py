"""The shape of the code: a pure domain package, a thin router, short page scripts."""

import ast
import functools
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

UI_PLACES = ("app.py", "pages/", "ui/")
# Where the project's code lives, for a checkout without git (e.g. an unpacked archive).
PROJECT_PLACES = ("app.py", "pages", "ui", "triggermap", "tests", "bench")


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@functools.cache
def _is_virtualenv(folder: Path) -> bool:
    return (folder / "pyvenv.cfg").is_file() or folder.name == "site-packages"


def project_python_files(root: Path = ROOT) -> list[Path]:
    """The project's own .py files, relative to ``root``; never a virtual environment's.

    A virtual environment may sit in the checkout under any name (``.venv``,
    ``venv``, ``env``) and holds thousands of files, Streamlit's among them:
    walking it made the layering check slow and blamed the project for them.
    """
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", "*.py"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split("\0")
        paths = [Path(p) for p in listed if p]
    except (OSError, subprocess.CalledProcessError):
        paths = [
            p.relative_to(root)
            for place in PROJECT_PLACES
            for p in ([root / place] if place.endswith(".py") else (root / place).rglob("*.py"))
        ]
    return sorted(
        p
        for p in set(paths)
        if (root / p).is_file() and not any(_is_virtualenv(root / parent) for parent in p.parents)
    )


def test_streamlit_is_imported_only_by_the_ui_layer():
    offenders = [
        str(p)
        for p in project_python_files()
        if not str(p).startswith((*UI_PLACES, "tests/", "bench/"))
        and "streamlit" in _imports(ROOT / p)
    ]
    assert offenders == []


@pytest.mark.parametrize("with_git", [True, False], ids=["git checkout", "no git"])
def test_the_layering_check_reads_the_project_files_and_no_virtual_environment(
    tmp_path, with_git, monkeypatch
):
    (tmp_path / "app.py").write_text("import streamlit\n")
    (tmp_path / "triggermap").mkdir()
    (tmp_path / "triggermap" / "core.py").write_text("import json\n")
    for venv in (".venv", "venv", "env", "tests/venv"):
        package = tmp_path / venv / "lib" / "python3.11" / "site-packages" / "streamlit"
        package.mkdir(parents=True)
        (tmp_path / venv / "pyvenv.cfg").write_text("home = /usr/bin\n")
        (package / "__init__.py").write_text("import streamlit.runtime\n")
    if with_git:
        subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    else:
        monkeypatch.setenv("PATH", "")  # no git to ask
    assert project_python_files(tmp_path) == [Path("app.py"), Path("triggermap/core.py")]


def test_the_domain_package_never_imports_the_ui_layer():
    for p in (ROOT / "triggermap").rglob("*.py"):
        assert not _imports(p) & {"streamlit", "ui", "pages"}, p


def test_app_py_only_configures_and_routes():
    calls = {
        node.func.attr
        for node in ast.walk(ast.parse((ROOT / "app.py").read_text()))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }
    assert calls <= {"set_page_config", "Page", "navigation", "run"}


def test_page_scripts_read_in_well_under_a_hundred_lines():
    for page in (ROOT / "pages").glob("*.py"):
        assert len(page.read_text().splitlines()) < 90, page


def test_domain_modules_stay_small():
    for p in (ROOT / "triggermap").rglob("*.py"):
        assert len(p.read_text().splitlines()) <= 260, p


# The domain's layers, lowest first. A module may import its own layer or a lower
# one, never a higher one: that keeps the subpackages free of import circles.
# chart.geometry reads the built chart, which the atlas checks need; chart.build
# draws the chart from the atlas's region list, so it is an entry point, like the CLI.
LAYERS = [
    ("triggermap.schema", "triggermap.text"),
    ("triggermap.chart",),
    ("triggermap.atlas",),
    ("triggermap.lookup",),
    ("triggermap.outputs",),
    ("triggermap.cli", "triggermap.__main__", "triggermap.chart.build"),
]


def _layer(module: str) -> int:
    """The layer of a triggermap module: the most specific prefix that names it."""
    matches = [
        (len(prefix), i)
        for i, prefixes in enumerate(LAYERS)
        for prefix in prefixes
        if module == prefix or module.startswith(prefix + ".")
    ]
    return max(matches)[1]


def _triggermap_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("triggermap")
        ):
            subs = {f"{node.module}.{a.name}" for a in node.names}
            # "from triggermap.chart import body" names a module; otherwise the module itself.
            found |= {m for m in subs if (ROOT / (m.replace(".", "/") + ".py")).is_file()} or {
                node.module
            }
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("triggermap")}
    return found


def test_domain_modules_import_only_their_own_layer_or_lower_ones():
    offenders = []
    for path in sorted((ROOT / "triggermap").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        if module == "triggermap":
            continue
        offenders += [
            f"{module} imports {used}"
            for used in _triggermap_imports(path)
            if used != "triggermap" and _layer(used) > _layer(module)
        ]
    assert offenders == []


def test_the_domain_is_grouped_into_subpackages_with_few_modules_at_the_top():
    top = sorted(p.name for p in (ROOT / "triggermap").glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "cli.py", "schema.py", "text.py"]
