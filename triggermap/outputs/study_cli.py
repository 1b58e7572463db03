"""``python -m triggermap quiz``: a reproducible set of study questions, for teachers and tests.

Kept apart from triggermap/cli.py, which only registers the command and calls :func:`run_quiz`.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.outputs.study import DEFAULT_N, KINDS, LEVELS, MAX_N, MIX, Plan
from triggermap.outputs.study_link import StudyLinkError, parse_study, study_link
from triggermap.outputs.study_questions import questions


def _count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_N:
        raise argparse.ArgumentTypeError(f"a whole number from 1 to {MAX_N}")
    return int(text)


def _seed(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError("a whole number from 0")
    return int(text)


def add_quiz_arguments(cmd: argparse.ArgumentParser) -> None:
    """The quiz command's options (its --json comes with every command), and its handler."""
    cmd.set_defaults(handler=run_quiz)
    cmd.add_argument("--kind", choices=(*KINDS, MIX), default="pattern")
    cmd.add_argument("--n", type=_count, default=DEFAULT_N, help="number of questions")
    cmd.add_argument("--seed", type=_seed, default=0, help="the same seed, the same questions")
    cmd.add_argument("--level", choices=LEVELS, default="easy", help="hard offers look-alikes")
    cmd.add_argument(
        "--scope",
        default="all",
        help="all, or part:, view:, condition: or muscles: with ids joined by commas",
    )


def quiz_payload(atlas: Atlas, geometry: Geometry, plan: Plan) -> dict:
    """The plan, its ?study= link and its questions with the answer key, JSON-ready."""
    link = study_link(plan)
    return {
        "plan": asdict(plan),
        "link": f"?study={link}",
        "questions": [
            {**asdict(q), "muscle": atlas.muscles[q.muscle_id].name}
            for q in questions(atlas, geometry, plan)
        ],
    }


def _text(atlas: Atlas, payload: dict) -> str:
    lines = [f"study link: {payload['link']}"]
    for q in payload["questions"]:
        lines.append(f"{q['number']}. [{q['kind']}] {q['prompt']}")
        lines += [f"   - {atlas.muscles[c].name}" for c in q["choices"]]
        lines.append(f"   answer: {_answer(atlas, q)}")
    return "\n".join(lines)


def _answer(atlas: Atlas, q: dict) -> str:
    if q["kind"] in ("pattern", "causes"):
        return ", ".join(atlas.muscles[m].name for m in q["right"])
    if q["kind"] == "zones":
        return ", ".join(atlas.regions[r].name for r in q["right"])
    where = ", ".join(atlas.regions[r].name for r in q["target_regions"])
    return "; ".join(f"({x:.0f}, {y:.0f})" for x, y in q["targets"]) + f" in {where}"


def run_quiz(args: argparse.Namespace, atlas: Atlas, geometry: Geometry) -> int:
    """Print the questions (text, or JSON with --json); a bad scope exits 2 with one line."""
    value = f"{args.kind}.{args.level}.{args.n}.{args.seed}.{args.scope}"
    try:
        plan = parse_study(atlas, geometry, value)
    except StudyLinkError as exc:
        message = str(exc.notice).replace("The study link could not be used: ", "")
        print(f"quiz: {message}", file=sys.stderr)
        return 2
    payload = quiz_payload(atlas, geometry, plan)
    print(json.dumps(payload, indent=2, ensure_ascii=False) if args.json else _text(atlas, payload))
    return 0
