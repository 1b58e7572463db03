"""Time the take-home handout: one muscle, a queue and a pain drawing, as PDF and as PNG.

    python bench/handout.py [--repeats 5] [--json artifacts/bench-handout.json]

Each figure is the median of ``--repeats`` runs in this process, after one warm-up
(the atlas and the geometry are loaded once, as in the app). Both the wall-clock time
and the process's CPU time are reported: on a shared machine the wall clock also counts
the time spent waiting for a core, so the target is checked on the CPU time. The targets (issue 13):
a one-muscle handout made in under a second, and every file at most 500 KB. Exits 1
if a target is missed. The queue and the drawing make a page per muscle, so they are
reported per page as well.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triggermap.atlas.loading import load_atlas  # noqa: E402
from triggermap.chart.geometry import load_geometry  # noqa: E402
from triggermap.lookup.drawing import parse_params  # noqa: E402
from triggermap.outputs.clinic import load_clinic  # noqa: E402
from triggermap.outputs.handout import (  # noqa: E402
    drawing_handout,
    muscle_handout,
    queue_handout,
)
from triggermap.outputs.handout_pdf import handout_pdf, handout_png  # noqa: E402

TARGET_MS = 1000.0
TARGET_BYTES = 500_000
MUSCLES = ("upper-trapezius", "soleus", "gluteus-minimus", "infraspinatus")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", type=Path, default=ROOT / "artifacts" / "bench-handout.json")
    args = parser.parse_args()
    geometry = load_geometry()
    atlas = load_atlas(geometry=geometry)
    clinic = load_clinic(ROOT / "clinic.example.toml").clinic
    note = "Twice a day for a week; see you on Tuesday."
    cases = {
        f"muscle {m}": (lambda m=m: muscle_handout(atlas, geometry, m, clinic=clinic, note=note))
        for m in MUSCLES
        if m in atlas.muscles
    }
    cases["queue of 3"] = lambda: queue_handout(atlas, geometry, list(MUSCLES[:3]), clinic=clinic)
    drawing = parse_params(atlas, "right-temple:7,right-side-of-neck")
    cases["pain drawing"] = lambda: drawing_handout(atlas, geometry, drawing, clinic=clinic)
    rows, missed = [], False
    print(
        f"{'handout':24} {'pages':>5} {'PDF ms':>7} {'PDF KB':>7} {'+PNG ms':>8} {'PNG KB':>7}"
        f" {'CPU ms':>7}"
    )
    for name, build in cases.items():
        handout_png(handout_pdf(build(), geometry))  # warm-up
        pdf_ms, png_ms, cpu_ms = [], [], []
        for _ in range(args.repeats):
            start, cpu = time.perf_counter(), time.process_time()
            pdf = handout_pdf(build(), geometry)
            pdf_ms.append((time.perf_counter() - start) * 1000)
            png = handout_png(pdf)
            png_ms.append((time.perf_counter() - start) * 1000)
            cpu_ms.append((time.process_time() - cpu) * 1000)
        pages = len(build().pages)
        row = {
            "handout": name,
            "pages": pages,
            "pdf_ms": statistics.median(pdf_ms),
            "pdf_bytes": len(pdf),
            "png_ms": statistics.median(png_ms),
            "png_bytes": len(png),
            "pdf_and_png_cpu_ms": statistics.median(cpu_ms),
        }
        rows.append(row)
        slow = pages == 1 and row["pdf_and_png_cpu_ms"] > TARGET_MS
        big = max(len(pdf), len(png)) > TARGET_BYTES
        missed |= slow or big
        flag = "  MISSED" if slow or big else "  ok"
        print(
            f"{name:24} {pages:5} {row['pdf_ms']:7.0f} {len(pdf) / 1000:7.1f} "
            f"{row['png_ms']:8.0f} {len(png) / 1000:7.1f} {row['pdf_and_png_cpu_ms']:7.0f}{flag}"
        )
    print(
        f"targets: one page (PDF and PNG) under {TARGET_MS:.0f} ms of CPU; "
        f"each file at most {TARGET_BYTES // 1000} KB"
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=2))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
