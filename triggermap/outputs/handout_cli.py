"""``python -m triggermap handout``: the handout as a file, on the same functions as the app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.lookup.drawing import DrawingError, parse_params
from triggermap.outputs.clinic import load_clinic, problem_lines
from triggermap.outputs.handout import (
    Handout,
    HandoutError,
    drawing_handout,
    muscle_handout,
    queue_handout,
)
from triggermap.outputs.handout_pdf import PAPERS, handout_pdf, handout_png
from triggermap.schema import SIDES

FORMATS = (".pdf", ".png")


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    """The handout command's arguments."""
    cmd.add_argument("muscles", nargs="*", metavar="MUSCLE", help="one muscle, or a queue")
    cmd.add_argument("--out", type=Path, required=True, help="file to write: .pdf or .png")
    cmd.add_argument("--paper", choices=sorted(PAPERS), default="a4")
    cmd.add_argument("--side", choices=SIDES, default="right", help="for one muscle")
    cmd.add_argument("--note", default="", help="the therapist's note (used, never stored)")
    cmd.add_argument(
        "--pain", metavar="AREAS", help="a pain drawing instead, as in a link: right-temple:7,..."
    )
    cmd.add_argument("--clinic", type=Path, help="clinic settings file (default: clinic.toml)")


def build(args, atlas: Atlas, geometry: Geometry) -> Handout:
    """The handout the arguments ask for (raises HandoutError, DrawingError or UnknownKeyError)."""
    settings = load_clinic(args.clinic)
    for line in problem_lines(settings):
        print(line, file=sys.stderr)
    common = {"clinic": settings.clinic, "note": args.note}
    if args.pain is not None:
        if args.muscles:
            raise HandoutError("give muscles or --pain, not both")
        return drawing_handout(atlas, geometry, parse_params(atlas, args.pain), **common)
    if len(args.muscles) == 1:
        return muscle_handout(atlas, geometry, args.muscles[0], args.side, **common)
    return queue_handout(atlas, geometry, args.muscles, **common)


def run(args, atlas: Atlas, geometry: Geometry) -> int:
    """Write the handout; a bad request exits 2 with one line saying why."""
    suffix = args.out.suffix.lower()
    try:
        if suffix not in FORMATS:
            raise HandoutError(f"--out must end in {' or '.join(FORMATS)}")
        pdf = handout_pdf(build(args, atlas, geometry), geometry, args.paper)
        args.out.write_bytes(handout_png(pdf) if suffix == ".png" else pdf)
    except (HandoutError, DrawingError) as exc:
        print(f"handout: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"handout: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 2
    print(f"wrote {args.out}")
    return 0
