"""Text for the screen: notices that name values from outside, and markdown that shows text as is.

A value from a link or an uploaded file is never pasted into a message. A
:class:`Notice` keeps its fixed wording and the raw values apart, so the one
place that turns it into markdown (:meth:`Notice.markdown`) can show every value
literally, and ``str()`` gives the plain text (values quoted and shortened).

Streamlit reads markdown with extras that act on the text after backslash
escapes are undone: bare URLs and e-mail addresses become links, ``:streamlit:``
an image, ``:material_x:`` an icon, ``->`` an arrow. So :func:`escape` also
breaks those patterns with an invisible word joiner, and a notice's values go in
code spans, which none of them touch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LIMIT = 80  # characters of an outside value a message shows
SLOT = "{}"
JOINER = "\N{WORD JOINER}"
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation mark
# Where Streamlit's text-level extras would match: ":name", "://", "www.", "x@y", "->" and the like.
_EXTRAS = re.compile(r"(?<=:)(?=[\w+-]|//)|(?i:(?<=www)(?=\.))|(?<=@)|(?<=[-<>~])(?=[->=])")
# Characters that would break the line (and so the markdown block) or reorder the text.
_UNSHOWN = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_BACKTICKS = re.compile(r"`+")


def shorten(value: object, limit: int = LIMIT) -> str:
    """``value`` as one line of at most ``limit`` characters, cut with an ellipsis.

    Control, line-break and direction-override characters show as U+FFFD.
    """
    text = _UNSHOWN.sub("\N{REPLACEMENT CHARACTER}", str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def and_list(names: list[str]) -> str:
    """Names in a sentence: "calf", "calf and heel", "neck, shoulder and arm"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def capital(text: str) -> str:
    """``text`` with its first letter upper case, the rest as it is ("Right heel")."""
    return text[:1].upper() + text[1:]


def escape(text: object) -> str:
    """Markdown that shows ``text`` as plain text: no markup, HTML, LaTeX, link or icon."""
    return _PUNCTUATION.sub(r"\\\1", _EXTRAS.sub(JOINER, str(text)))


def code(value: str) -> str:
    """A markdown code span that shows ``value`` as is (it must hold no line break)."""
    fence = "`" * (max(map(len, _BACKTICKS.findall(value)), default=0) + 1)
    # Streamlit rewrites ":material/" to ":material_" everywhere, code spans included.
    value = value.replace(":material/", f":{JOINER}material/")
    if not value.strip(" "):
        return f"{fence}{value or ' '}{fence}"
    # One space inside each fence is dropped by the reader, so a value may start with a backtick.
    return f"{fence} {value} {fence}"


@dataclass(frozen=True)
class Notice:
    """A message with ``{}`` slots in its fixed wording, and the outside values that fill them."""

    wording: str
    values: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.wording.count(SLOT) != len(self.values):
            raise ValueError(f"{self.wording!r} has not one slot per value")
        object.__setattr__(self, "values", tuple(str(v) for v in self.values))

    def __str__(self) -> str:
        """Plain text: each value quoted and shortened."""
        return self._fill(str, lambda v: f"'{shorten(v)}'")

    def markdown(self) -> str:
        """Markdown for any screen: the wording escaped, each value shortened in a code span."""
        return self._fill(escape, lambda v: code(shorten(v)))

    def within(self, before: str, after: str = "") -> Notice:
        """This notice inside more fixed wording (which must have no slot of its own)."""
        return Notice(before + self.wording + after, self.values)

    def _fill(self, fixed, outside) -> str:
        pieces = self.wording.split(SLOT)
        return fixed(pieces[0]) + "".join(
            outside(v) + fixed(p) for v, p in zip(self.values, pieces[1:], strict=True)
        )
