"""Time the Anki deck of every muscle, with its pictures (issue 14).

    python bench/anki.py [--repeats 3] [--json artifacts/bench-anki.json]

The figure is the median of ``--repeats`` builds in this process after one warm-up
(the atlas and the geometry are loaded once, as in the app, which also keeps the
deck once built). CPU time is checked, as the wall clock on a shared machine also
counts waiting for a core. Besides the whole deck it reports the share spent on
the pictures (a deck with no pictures drawn, as a ratio), so a slower renderer
shows as a larger share. Target: the whole deck in under 3 s of CPU. Exits 1 if missed.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
import zipfile
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triggermap.atlas.loading import load_atlas  # noqa: E402
from triggermap.chart.geometry import load_geometry  # noqa: E402
from triggermap.outputs import study_anki  # noqa: E402

TARGET_CPU_S = 3.0


def _cpu(build, repeats: int) -> tuple[float, float, bytes]:
    out = build()  # warm-up
    cpu, wall = [], []
    for _ in range(repeats):
        start, c = time.perf_counter(), time.process_time()
        out = build()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - c)
    return statistics.median(cpu), statistics.median(wall), out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", type=Path, default=ROOT / "artifacts" / "bench-anki.json")
    args = parser.parse_args()
    geometry = load_geometry()
    atlas = load_atlas(geometry=geometry)
    cpu, wall, deck = _cpu(lambda: study_anki.anki_deck(atlas, geometry), args.repeats)
    with mock.patch.object(study_anki, "_png", lambda geometry, pictures: b""):
        bare, _, _ = _cpu(lambda: study_anki.anki_deck(atlas, geometry), args.repeats)
    with zipfile.ZipFile(io.BytesIO(deck)) as z:
        pictures = len(json.loads(z.read("media")))
    row = {
        "muscles": len(atlas.muscles),
        "pictures": pictures,
        "deck_bytes": len(deck),
        "cpu_s": round(cpu, 3),
        "wall_s": round(wall, 3),
        "pictures_share": round((cpu - bare) / cpu, 2),
    }
    ok = cpu < TARGET_CPU_S
    print(
        f"{row['muscles']} muscles, {pictures} pictures, {len(deck) / 1000:.0f} KB: "
        f"{cpu:.2f} s CPU ({wall:.2f} s wall), pictures {row['pictures_share']:.0%} of it"
        f"  {'ok' if ok else 'MISSED'} (target under {TARGET_CPU_S:.0f} s of CPU)"
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(row, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
