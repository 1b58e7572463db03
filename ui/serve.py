"""Start the app: ``python -m ui.serve [streamlit options]`` (make run, Docker, tests).

It is ``streamlit run app.py`` with one difference: the atlas, the chart, the tap
index and the page modules load in a background thread while the server starts and
the first browser fetches Streamlit's own code. Loaded in the first visitor's first
script run instead, they were most of a second of the cold start (issue 9,
bench/run.py). The first run waits for the thread's result (st.cache_resource
computes a value once) and reports bad data exactly as before.
"""

from __future__ import annotations

import sys
import threading
import time

from streamlit import runtime
from streamlit.runtime.runtime import Runtime, RuntimeState
from streamlit.web import cli


def _server_up() -> bool:
    return runtime.exists() and Runtime.instance().state != RuntimeState.INITIAL


def warm_up_in_background() -> threading.Thread:
    """Start loading what every first page needs, and return the thread doing it."""

    def warm() -> None:
        # After the server is up: started with it, this thread held the server's own start
        # (and its health check) back by a third of a second, as both need the one GIL.
        # From then on it overlaps the first browser's download of Streamlit's code.
        deadline = time.monotonic() + 60
        while not _server_up() and time.monotonic() < deadline:
            time.sleep(0.02)
        from ui.resources import load_ahead

        load_ahead()

    thread = threading.Thread(target=warm, name="triggermap-warm-up", daemon=True)
    thread.start()
    return thread


def main(options: list[str]) -> int:
    """Warm up, then hand over to Streamlit's own ``streamlit run app.py``."""
    warm_up_in_background()
    sys.argv = ["streamlit", "run", "app.py", *options]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
