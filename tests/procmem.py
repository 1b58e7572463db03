"""Memory of one process, read from Linux's /proc."""

from __future__ import annotations

import re
from pathlib import Path


def rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` in MiB (VmRSS: what it holds in RAM now)."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE).group(1)) / 1024
