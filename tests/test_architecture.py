"""The shape of the code: a pure domain package, a thin router, short page scripts."""

import ast

from tests.conftest import ROOT

UI_PLACES = ("app.py", "pages/", "ui/")


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_streamlit_is_imported_only_by_the_ui_layer():
    offenders = [
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*.py")
        if "streamlit" in _imports(p)
        and not str(p.relative_to(ROOT)).startswith(UI_PLACES)
        and not str(p.relative_to(ROOT)).startswith(("tests/", "bench/", ".venv"))
    ]
    assert offenders == []


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
    for p in (ROOT / "triggermap").glob("*.py"):
        assert len(p.read_text().splitlines()) <= 260, p
