"""Start Streamlit with each script run timed; used only by the benchmark.

Prints one ``SCRIPT_RUN_MS <ms>`` line to stderr per script run. It wraps a
private Streamlit method, which is why requirements.txt pins Streamlit exactly.
"""

import sys
import time
from pathlib import Path

from streamlit.runtime.scriptrunner import script_runner
from streamlit.web import cli

_original = script_runner.ScriptRunner._run_script


def _timed(self, *args, **kwargs):
    start = time.perf_counter()
    try:
        return _original(self, *args, **kwargs)
    finally:
        print(
            f"SCRIPT_RUN_MS {(time.perf_counter() - start) * 1000:.2f}", file=sys.stderr, flush=True
        )


script_runner.ScriptRunner._run_script = _timed

if __name__ == "__main__":
    if sys.argv[1] == "app.py":
        # Started as `make run` and Docker start it (ui/serve.py), so that the cold
        # start measured is the one users get.
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from ui.serve import warm_up_in_background

        warm_up_in_background()
    sys.argv = ["streamlit", "run", *sys.argv[1:]]
    sys.exit(cli.main())
