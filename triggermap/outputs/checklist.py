"""The printable "before your first session" checklist: one self-contained HTML page.

Made from the explainer's checklist section, with the reference of every line
that cites one, so the printed sheet carries its sources like the page does.
"""

from __future__ import annotations

from html import escape

from triggermap.atlas.explainer import Explainer
from triggermap.atlas.model import Source

CHECKLIST = "checklist"  # the section id in data/dry_needling.toml

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
@page {{ size: A4; margin: 18mm; }}
body {{ font: 13pt/1.5 system-ui, sans-serif; color: #111; max-width: 46rem; margin: 2rem auto; }}
h1 {{ font-size: 20pt; margin: 0 0 0.3em; }}
ul {{ list-style: none; padding: 0; }}
li {{ margin: 0 0 0.8em 2.2em; text-indent: -2.2em; }}
li::before {{ content: "\\2610"; display: inline-block; width: 2.2em; text-indent: 0;
  font-size: 15pt; }}
.refs {{ font-size: 10.5pt; color: #333; border-top: 1px solid #999; padding-top: 0.6em; }}
.note {{ font-size: 11pt; color: #333; }}
</style></head><body>
<h1>{title}</h1>
<p class="note">{note}</p>
<ul>
{items}
</ul>
<div class="refs"><b>Sources</b><ol>
{refs}
</ol></div>
</body></html>
"""

NOTE = "Tick each item before you go. Educational only, not a diagnosis."


def checklist_html(explainer: Explainer, sources: dict[str, Source]) -> str:
    """The checklist section as a printable HTML page; lines cite their sources by number."""
    section = explainer.section(CHECKLIST)
    cited = list(dict.fromkeys(s for line in section.lines for s in line.sources))
    number = {sid: i + 1 for i, sid in enumerate(cited)}
    items = "\n".join(
        f"<li>{escape(line.text)}"
        + (f" [{', '.join(str(number[s]) for s in line.sources)}]" if line.sources else "")
        + "</li>"
        for line in section.lines
    )
    refs = "\n".join(f"<li>{escape(sources[sid].citation)}</li>" for sid in cited)
    return _PAGE.format(title=escape(section.title), note=escape(NOTE), items=items, refs=refs)
