"""Hostile values, and a reader for the only markdown an outside value may appear in.

Notices and escaped data text are plain characters, backslash escapes and code
spans. ``shown`` reads that the way CommonMark does and fails on anything else,
and on the patterns Streamlit's markdown acts on after the escapes are undone
(the regular expressions below are Streamlit's own, from its markdown renderer).
"""

from __future__ import annotations

import re
import string

HOSTILE = [
    "[Call now](http://evil.invalid/x)",
    "![t](http://evil.invalid/p.png)",
    r"$\huge\text{HACKED}$",
    "<b>bold</b><img src=x onerror=alert(1)>",
    "[call us](tel:+15550100)",
    "see http://evil.invalid/x",
]
JOINER = "\N{WORD JOINER}"
_TEXT_EXTRAS = [
    re.compile(r"(https?:\/\/|www(?=\.))([-.\w]+)([^ \t\r\n]*)", re.I),  # GFM bare URLs
    re.compile(r"([-.\w+]+)@([-\w]+(?:\.[-\w]+)+)"),  # GFM e-mail addresses
    re.compile(r":streamlit:|:material_(\w+):|:[\w+-][\w_+-]*:"),  # logo, icons, emoji
    re.compile(r"(^|\s)(<->|->|<-|--|>=|<=|~=)(\s|$)"),  # typographic arrows
]


def _code_span(markdown: str, start: int) -> tuple[str, int]:
    fence = re.match(r"`+", markdown[start:]).group()
    end = re.compile(rf"(?<!`){fence}(?!`)").search(markdown, start + len(fence))
    assert end, f"an unclosed code span at {start}: {markdown!r}"
    content = markdown[start + len(fence) : end.start()]
    if content.startswith(" ") and content.endswith(" ") and content.strip(" "):
        content = content[1:-1]
    return content, end.end()


def shown(markdown: str) -> str:
    """The text a markdown reader shows for ``markdown``, which must be inert.

    Fails if ``markdown`` holds a line break, an unescaped punctuation mark outside
    a code span, or text that Streamlit would turn into a link, image or icon.
    """
    assert "\n" not in markdown and "\r" not in markdown, markdown
    assert ":material/" not in markdown, "Streamlit rewrites it even in code spans"
    out, plain, i = [], [], 0
    while i < len(markdown):
        c = markdown[i]
        if c == "`":
            content, i = _code_span(markdown, i)
            out.append(content)
            plain.append(" ")
            continue
        if c == "\\":
            c = markdown[i + 1]
            assert c in string.punctuation, f"a backslash before {c!r}: {markdown!r}"
            i += 1
        else:
            assert c not in string.punctuation, f"an unescaped {c!r}: {markdown!r}"
        out.append(c)
        plain.append(c)
        i += 1
    text = "".join(plain)
    for pattern in _TEXT_EXTRAS:
        assert not pattern.search(text), f"{pattern.pattern} matches {text!r}"
    return "".join(out)


def visible(text: str) -> str:
    """``text`` without the invisible word joiners that break Streamlit's patterns."""
    return text.replace(JOINER, "")
