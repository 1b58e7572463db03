"""A trainee's study progress: a spaced-repetition card per muscle and question kind, and a history.

Progress lives in the browser (local storage) and in files the trainee exports;
the server only reads it, checks it and hands it back. A file that is not exactly
this format (wrong type, unknown muscle or kind, a bad date, a score out of range,
too large) is refused whole with a notice: nothing of it is used.

Scheduling is FSRS (the ``fsrs`` package) with its default parameters and no fuzz,
so the same answers at the same times give the same due dates.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from fsrs import Card, Rating, Scheduler

from triggermap.atlas.model import Atlas
from triggermap.outputs.study import KINDS
from triggermap.outputs.study_scoring import RIGHT
from triggermap.text import Notice

FORMAT, VERSION = "triggermap-study-progress", 1
MAX_BYTES = 2_000_000
MAX_HISTORY = 20_000
_SCHEDULER = Scheduler(enable_fuzzing=False)
_CARD_FIELDS = {"state", "step", "stability", "difficulty", "due", "last_review"}


class ProgressError(ValueError):
    """A progress file that cannot be used; ``notice`` says what was wrong."""

    def __init__(self, wording: str, *values: str):
        self.notice = Notice(
            "The progress file was not loaded, and nothing changed: " + wording, values
        )
        super().__init__(str(self.notice))


@dataclass(frozen=True)
class Attempt:
    at: str  # ISO 8601 time, UTC
    kind: str
    muscle_id: str
    score: float


@dataclass(frozen=True)
class Progress:
    cards: dict[str, dict]  # "kind:muscle_id" -> the fsrs card's fields, plus "known"
    history: tuple[Attempt, ...] = ()


def card_key(kind: str, muscle_id: str) -> str:
    return f"{kind}:{muscle_id}"


def rating(score: float) -> Rating:
    """The FSRS rating an answer earns: right is Good, partly right Hard, wrong Again."""
    if score >= RIGHT:
        return Rating.Good
    return Rating.Hard if score > 0 else Rating.Again


def record(progress: Progress, kind: str, muscle_id: str, score: float, now: datetime) -> Progress:
    """The progress after one scored answer: the card rescheduled, the attempt in the history."""
    key = card_key(kind, muscle_id)
    held = progress.cards.get(key)
    card = Card.from_dict({"card_id": 1, **held}) if held else Card(card_id=1)
    card, _ = _SCHEDULER.review_card(card, rating(score), now)
    fields = {k: v for k, v in card.to_dict().items() if k in _CARD_FIELDS}
    fields["known"] = bool(held and held.get("known"))
    attempt = Attempt(now.astimezone(UTC).isoformat(), kind, muscle_id, round(score, 4))
    history = (*progress.history, attempt)[-MAX_HISTORY:]
    return Progress({**progress.cards, key: fields}, history)


def set_known(progress: Progress, key: str, known: bool) -> Progress:
    """Flag a card as known (or not); the schedule is unchanged."""
    card = {**progress.cards.get(key, {}), "known": known}
    return replace(progress, cards={**progress.cards, key: card})


def due(progress: Progress, now: datetime) -> tuple[str, ...]:
    """Card keys due by ``now``, not flagged known, soonest first."""
    keyed = [
        (datetime.fromisoformat(c["due"]), k)
        for k, c in progress.cards.items()
        if c.get("due") and not c.get("known")
    ]
    return tuple(k for when, k in sorted(keyed) if when <= now)


def progress_json(progress: Progress) -> str:
    """The progress as the JSON file the trainee exports (and the browser stores)."""
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "cards": progress.cards,
        "history": [vars(a) for a in progress.history],
    }
    return json.dumps(doc, separators=(",", ":"), sort_keys=True)


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def parse_progress(atlas: Atlas, data: bytes | str) -> Progress:
    """A progress file, checked whole; raises ProgressError naming the first thing wrong."""
    if len(data) > MAX_BYTES:
        raise ProgressError(f"it is larger than {MAX_BYTES // 1_000_000} MB.")
    try:
        doc = json.loads(data, parse_constant=_reject_constant)
    except (ValueError, RecursionError, UnicodeDecodeError):
        raise ProgressError("it is not a JSON file.") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ProgressError("it is not a study progress file from this app.")
    if doc.get("version") != VERSION:
        raise ProgressError("its version {} is not one this app reads.", str(doc.get("version")))
    cards, history = doc.get("cards"), doc.get("history")
    if not isinstance(cards, dict) or not isinstance(history, list):
        raise ProgressError("it needs a 'cards' table and a 'history' list.")
    if len(history) > MAX_HISTORY:
        raise ProgressError(f"its history has more than {MAX_HISTORY} answers.")
    checked = {_check_key(atlas, k): _check_card(k, c) for k, c in cards.items()}
    return Progress(checked, tuple(_check_attempt(atlas, i, a) for i, a in enumerate(history)))


def _check_key(atlas: Atlas, key: object) -> str:
    kind, _, muscle = str(key).partition(":")
    if kind not in KINDS or muscle not in atlas.muscles:
        raise ProgressError(
            "the card {} is not a question kind and a muscle of this atlas.", str(key)
        )
    return str(key)


def _check_card(key: str, card: object) -> dict:
    if not isinstance(card, dict) or set(card) - _CARD_FIELDS - {"known"}:
        raise ProgressError("the card {} has fields this app does not know.", key)
    try:
        fields = {k: v for k, v in card.items() if k != "known"}
        Card.from_dict({"card_id": 1, **fields}) if fields else None
        for name in ("due", "last_review"):
            if card.get(name) is not None:
                _time(card[name])
        for name in ("stability", "difficulty"):
            value = card.get(name)
            if value is not None and not (isinstance(value, (int, float)) and math.isfinite(value)):
                raise ValueError(name)
    except (ValueError, TypeError, KeyError):
        raise ProgressError("the card {} has a value this app cannot read.", key) from None
    return {**card, "known": card.get("known") is True}


def _time(value: object) -> datetime:
    when = datetime.fromisoformat(str(value))
    if when.tzinfo is None:
        raise ValueError("a time without a zone")
    return when


def _check_attempt(atlas: Atlas, i: int, a: object) -> Attempt:
    try:
        if not isinstance(a, dict) or set(a) != {"at", "kind", "muscle_id", "score"}:
            raise ValueError("fields")
        _time(a["at"])
        score = a["score"]
        ok = isinstance(score, (int, float)) and not isinstance(score, bool) and 0 <= score <= 1
        if not ok or a["kind"] not in KINDS or a["muscle_id"] not in atlas.muscles:
            raise ValueError("value")
    except (ValueError, TypeError):
        raise ProgressError(f"answer {i + 1} in its history cannot be read.") from None
    return Attempt(str(a["at"]), a["kind"], a["muscle_id"], float(score))
