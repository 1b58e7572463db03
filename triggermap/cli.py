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
from triggermap.lookup.ranking import pain_sources
from triggermap.lookup.redflags import CHECKLIST
from triggermap.lookup.vocabulary import ALL, Resolution, resolve
from triggermap.outputs.export import (
    label_names_muscle,
    muscle_dict,
    pain_sources_dict,
    region_dict,
    region_report,
)
from triggermap.outputs.study_cli import add_quiz_arguments
from triggermap.schema import SIDES, VIEWS
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
    add("muscle", "one muscle in full").add_argument("query")
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
    add("conditions", "list conditions")
    add("validate", "check every data file")
    add_quiz_arguments(add("quiz", "a reproducible set of study questions (issue 14)"))
    return p


def _print(args, payload, text: str) -> None:
    print(json.dumps(payload, indent=2, ensure_ascii=False) if args.json else text)


def _validate(args) -> int:
    messages = run_checks(read_raw(args.data), load_geometry())
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
            _region_group_text(atlas, res, reports),
        )
    elif cmd == "muscle":
        m = muscle_dict(atlas, geometry, find_muscle(atlas, args.query))
        _print(args, m, _muscle_text(m))
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
            **pain_sources_dict(atlas, singles, answers=args.ask, groups=groups),
        }
        _print(args, payload, _pain_sources_text(words, payload))
    elif cmd == "conditions":
        rows = [
            {"id": c.id, "name": c.name, "description": c.description}
            for c in atlas.conditions.values()
        ]
        _print(args, rows, "\n".join(f"{r['id']:32} {r['name']}" for r in rows))
    return 0


# What each meaning does to the ranking, in the words the output uses.
MEANINGS = {"all": "one area (areas named one by one: all of these)", "any": "somewhere in here"}


def _words_text(words: list[Resolution]) -> list[str]:
    """What each word was taken to mean: its areas and whether all or any of them hurt."""
    lines = []
    for r in words:
        n = len(r.regions)
        lines.append(
            f"{r.query} -> {r.label}: {MEANINGS[r.meaning]}" + (f" ({n} areas)" if n > 1 else "")
        )
        lines += [f"  {r.note}"] if r.note else []
    return lines


def _pain_sources_text(words: list[Resolution], payload: dict) -> str:
    lines = _words_text(words)
    lines += [f"RED FLAG ({f['id']}): {f['message']}" for f in payload["red_flags"]]
    lines += [
        f"{s['score']:.2f}  {s['muscle']:28} {s['zone']:9}  {s['explanation']}"
        for s in payload["sources"]
    ]
    if len(payload["complaints"]) > 1:
        lines.append("separate complaints:")
        lines += [
            f"  {c['label']}: " + ", ".join(s["muscle"] for s in c["sources"][:3])
            for c in payload["complaints"]
        ]
    return "\n".join(lines)


def _region_group_text(atlas, res: Resolution, reports: list[dict]) -> str:
    """One region's panel; two (both sides) in full; a larger group as a summary."""
    head = _words_text([res]) if res.note else []
    if len(reports) <= 2:
        return "\n\n".join(["\n".join(head), *(_region_text(r) for r in reports)]).strip()
    ranked = pain_sources(atlas, (), limit=8, groups=[res.regions])
    lines = [*head, "pain felt somewhere here can come from:"]
    lines += [f"  {s.muscle} ({s.zone})" for s in ranked] or ["  none"]
    lines.append("areas:")
    for r in reports:
        here = len(r["trigger_points_here"])
        sources = ", ".join(s["muscle"] for s in r["pain_sources"][:3]) or "none"
        points = f"{here} trigger point{'' if here == 1 else 's'}"
        lines.append(f"  {r['region']['name']}: {points} here; pain from {sources}")
    return "\n".join(lines)


def _region_text(r: dict) -> str:
    lines = [f"{r['region']['name']} ({r['region']['id']})", "trigger points here:"]
    lines += [_trigger_point_line(r, t) for t in r["trigger_points_here"]] or ["  none"]
    lines.append("pain felt here can come from:")
    lines += [f"  {s['muscle']} ({s['zone']})" for s in r["pain_sources"]] or ["  none"]
    lines.append("conditions: " + (", ".join(c["name"] for c in r["conditions"]) or "none"))
    return "\n".join(lines)


def _trigger_point_line(r: dict, t: dict) -> str:
    # "Anconeus TP" already names its muscle; "TP1" needs "Soleus" before it.
    name = t["label"] if label_names_muscle(t) else f"{t['muscle']} {t['label']}"
    # A midline area holds the right and the left muscle's trigger point alike.
    side = f" ({t['side']} side)" if r["region"]["side"] not in SIDES else ""
    return f"  {name}{side}: {t['location']}"


def _muscle_text(m: dict) -> str:
    lines = [
        f"{m['name']} ({m['id']}): {m['plain_name']}",
        f"action: {m['action']}",
        f"innervation: {m['innervation']}",
        "trigger points:",
    ]
    lines += [
        f"  {t['label']} ({t['side']}, {t['region']}): {t['location']}" for t in m["trigger_points"]
    ]
    lines.append("essential zone: " + ", ".join(m["referral"]["essential"]))
    lines.append("spillover zone: " + (", ".join(m["referral"]["spillover"]) or "none"))
    lines.append("conditions: " + ", ".join(c["name"] for c in m["conditions"]))
    lines += [f"source: {s['citation']} ({s['section']})" for s in m["sources"]]
    return "\n".join(lines)


def main() -> None:
    sys.exit(run())
