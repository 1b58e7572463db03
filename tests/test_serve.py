"""The app's launcher (ui/serve.py) loads the atlas ahead of the first visitor (issue 9)."""

import subprocess
import sys

from tests.conftest import ROOT


def run(code: str) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter at the checkout, as the server process would."""
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=180
    )


def test_loading_ahead_leaves_the_atlas_and_tap_index_ready_for_the_first_page():
    done = run(
        "from ui import resources\n"
        "resources.load_ahead()\n"
        "def refuse(*args, **kwargs):\n"
        "    raise SystemExit('the first page had to load the atlas again')\n"
        "resources.load_atlas = refuse\n"
        "print(resources.tap_answers()['id'] != '')\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("True")


def test_loading_ahead_imports_what_the_first_page_imports_and_not_pandas():
    done = run(
        "import sys\n"
        "from ui import routes\n"
        "routes.import_page_modules()\n"
        "print(sorted(m for m in ('ui.explorer', 'ui.present', 'ui.study', 'pandas') "
        "if m in sys.modules))\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['ui.explorer', 'ui.present']"


def test_a_failure_while_loading_ahead_is_left_for_the_first_page_to_report():
    done = run(
        "from ui import resources\n"
        "def broken():\n"
        "    raise OSError('data folder unreadable')\n"
        "resources._load = broken\n"
        "resources.load_ahead()\n"
        "print('still running')\n"
    )
    assert done.returncode == 0, done.stderr
    assert "still running" in done.stdout and "Traceback" not in done.stderr
