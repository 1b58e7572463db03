"""``python -m triggermap``: the atlas from the command line, on the same functions as the app."""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

from triggermap.atlas.checks import run_checks
from triggermap.atlas.loading import load_atlas
from triggermap.atlas.model import AtlasError, UnknownKeyError
from triggermap.atlas.raw import DATA_DIR, DataFolderError, check_data_folder, read_raw
from triggermap.chart.geometry import load_geometry
from triggermap.lookup.query import find_muscle
from triggermap.lookup.redflags import CHECKLIST
from triggermap.lookup.vocabulary import ALL, resolve
from triggermap.outputs import handout_cli
from triggermap.outputs.clinic import load_clinic, problem_lines
from triggermap.outputs.export import muscle_dict, pain_sources_dict, region_dict, region_report
from triggermap.outputs.study_cli import add_quiz_arguments
from triggermap.outputs.text_reports import (
    muscle_text,
    pain_sources_text,
    region_group_text,
)
from triggermap.schema import VIEWS
from triggermap.text import shorten

PROG = "python -m triggermap"
# A quoted value or a bare word in a message (argparse repeats bad arguments back).
_ECHOED = re.compile(r"""(?P<q>['"])(?P<quoted>.*?)(?P=q)|(?P<word>\S+)""")


def _shorten_echoes(message: str) -> str:
    def cut(m: re.Match) -> str:
        if m["word"] is not None:
            return shorten(m["word"])
        return m["q"] + shorten(m["quoted"]) + m["q"]

    return _ECHOED.sub(cut, message)


class _Parser(argparse.ArgumentParser):
    def parse_args(self, args=None, namespace=None):
        """Argparse's parse, but leftover arguments are echoed back shortened, as one."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: " + shorten(" ".join(extras)))
        return parsed

    def error(self, message: str):
        """Argparse's usage error, with any overlong argument it repeats shortened."""
        super().error(_shorten_echoes(message))


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description=__doc__)
    p.add_argument("--data", type=Path, default=DATA_DIR, help="atlas data folder")
    # --data may also follow the command; SUPPRESS keeps the value given before it.
    data_after = argparse.ArgumentParser(add_help=False)
    data_after.add_argument("--data", type=Path, default=argparse.SUPPRESS, help="same as above")
    sub = p.add_subparsers(dest="command", required=True)

    def add(name: str, help: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help, parents=[data_after])
        cmd.add_argument("--json", action="store_true", help="print JSON")
        return cmd

    add("regions", "list regions").add_argument("--view", choices=VIEWS)
    add("region", "what lies in and refers to a region").add_argument("query")
    muscle = add("muscle", "one muscle in full")
    muscle.add_argument("query")
    muscle.add_argument(
        "--clinician", action="store_true", help="include the dry-needling notes (for clinicians)"
    )
    add("muscles", "list muscles")
    sources = add("pain-sources", "muscles that can refer pain to the regions, and red flags")
    sources.add_argument("query", nargs="+")
    sources.add_argument(
        "--ask",
        action="append",
        default=[],
        choices=sorted(CHECKLIST),
        metavar="ITEM",
        help="a checklist answer that is 'yes' (repeatable): " + ", ".join(sorted(CHECKLIST)),
    )
    sources.add_argument(
        "--age", type=_age, help="the person's age in years (some red flags start at 50)"
    )
    add("conditions", "list conditions")
    add("validate", "check every data file")
    handout_cli.add_arguments(add("handout", "a one-page handout per muscle, as PDF or PNG"))
    add_quiz_arguments(add("quiz", "a reproducible set of study questions (issue 14)"))
    return p


def _age(value: str) -> int:
    """An age in whole years, 0 to 130; anything else is a usage error."""
    if not value.isdigit() or int(value) > 130:
        raise argparse.ArgumentTypeError(f"not an age in years: '{shorten(value)}'")
    return int(value)


def _print(args, payload, text: str) -> None:
    print(json.dumps(payload, indent=2, ensure_ascii=False) if args.json else text)


def _validate(args) -> int:
    messages = run_checks(read_raw(args.data), load_geometry()) + problem_lines(load_clinic())
    if args.json:
        print(json.dumps({"ok": not messages, "errors": messages}, indent=2))
    else:
        print("\n".join(messages) if messages else "ok: the atlas is valid")
    return 1 if messages else 0


def run(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        check_data_folder(args.data)
    except DataFolderError as exc:
        print(f"{PROG}: error: --data {exc}", file=sys.stderr)
        return 2
    if args.command == "validate":
        return _validate(args)
    geometry = load_geometry()
    try:
        atlas = load_atlas(args.data, geometry)
    except AtlasError as exc:
        print("the atlas data is invalid:\n" + "\n".join(exc.messages), file=sys.stderr)
        return 1
    try:
        return getattr(args, "handler", _dispatch)(args, atlas, geometry)
    except UnknownKeyError as exc:
        print(str(exc), file=sys.stderr)
        return 2


def _dispatch(args, atlas, geometry) -> int:
    cmd = args.command
    if cmd == "regions":
        rows = [
            r
            for r in atlas.regions.values()
            if args.view is None or args.view in geometry.views_of(r.id)
        ]
        _print(
            args,
            [region_dict(r, geometry) for r in rows],
            "\n".join(f"{r.id:32} {r.display}" for r in rows),
        )
    elif cmd == "region":
        res = resolve(atlas, args.query)
        reports = [region_report(atlas, geometry, rid) for rid in res.regions]
        _print(
            args,
            reports[0] if len(reports) == 1 else reports,
            region_group_text(atlas, res, reports),
        )
    elif cmd == "muscle":
        m = muscle_dict(atlas, geometry, find_muscle(atlas, args.query), args.clinician)
        _print(args, m, muscle_text(m))
    elif cmd == "muscles":
        rows = [
            {"id": m.id, "name": m.name, "area": m.area, "trigger_points": len(m.trigger_points)}
            for m in atlas.muscles.values()
        ]
        _print(args, rows, "\n".join(f"{r['id']:32} {r['name']}" for r in rows))
    elif cmd == "pain-sources":
        words = [resolve(atlas, q) for q in args.query]
        singles = list(dict.fromkeys(r.regions[0] for r in words if r.meaning == ALL))
        groups = list(dict.fromkeys(r.regions for r in words if r.meaning != ALL))
        payload = {
            "queries": [asdict(r) for r in words],
            **pain_sources_dict(atlas, singles, answers=args.ask, groups=groups, age=args.age),
        }
        _print(args, payload, pain_sources_text(words, payload))
    elif cmd == "conditions":
        conds = atlas.conditions.values()
        rows = [{"id": c.id, "name": c.name, "description": c.description} for c in conds]
        _print(args, rows, "\n".join(f"{r['id']:32} {r['name']}" for r in rows))
    elif cmd == "handout":
        return handout_cli.run(args, atlas, geometry)
    return 0


def main() -> None:
    sys.exit(run())
