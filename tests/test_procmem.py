"""The soak test's memory reading: it measures the process it is given, and that is the server."""

import subprocess
import sys
from pathlib import Path

from tests.browser import running_server
from tests.conftest import ROOT
from tests.procmem import rss_mb

# Writes ~200 MB (so the pages are resident, not just reserved), says so, then waits.
HOLD_200_MB = "import time; d = b'x' * (200 << 20); print('ready', flush=True); time.sleep(60)"
IDLE = "import time; print('ready', flush=True); time.sleep(60)"


def _child(code: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline() == "ready\n"
    return proc


def test_rss_mb_reads_the_memory_of_exactly_the_process_it_is_given():
    big, idle = _child(HOLD_200_MB), _child(IDLE)
    try:
        assert rss_mb(big.pid) > 150
        assert rss_mb(idle.pid) < 100
    finally:
        for proc in (big, idle):
            proc.kill()
            proc.wait()


def test_the_started_servers_pid_is_the_app_server_process_serving_its_port():
    with running_server(ROOT) as server:
        cmdline = Path(f"/proc/{server.pid}/cmdline").read_bytes().split(b"\0")
        # The app starts as `make run` starts it: ui/serve.py, Streamlit in the same process.
        assert b"ui.serve" in cmdline and str(server.port).encode() in cmdline
        assert rss_mb(server.pid) > 50  # Streamlit is loaded: a real server, not a stub
