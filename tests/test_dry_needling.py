"""The dry-needling page for patients: its data is checked, every figure has a source."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from triggermap.atlas.checks import run_checks
from triggermap.atlas.checks_explainer import check_explainer_figures_cited
from triggermap.atlas.explainer import build_explainer, load_explainer
from triggermap.atlas.raw import read_raw
from triggermap.outputs.checklist import checklist_html

RAW = read_raw()
EXPLAINER = load_explainer()
# What part 1 of issue 13 asks the page to cover, by section id.
TOPICS = (
    "what-it-is",
    "vs-acupuncture",
    "trigger-points",
    "session",
    "evidence",
    "conditions",
    "how-many",
    "side-effects",
    "pneumothorax",
    "who-should-not",
    "aftercare",
    "checklist",
)


def with_line(section_id: str, **line) -> object:
    """The real data with one more line in a section."""
    doc = {**RAW.dry_needling, "section": [dict(s) for s in RAW.dry_needling["section"]]}
    section = next(s for s in doc["section"] if s["id"] == section_id)
    section["line"] = [*section["line"], line]
    return replace(RAW, dry_needling=doc)


def test_the_real_explainer_passes_every_check_and_covers_every_topic_the_issue_lists(geometry):
    assert run_checks(RAW, geometry) == []
    assert [s.id for s in EXPLAINER.sections] == list(TOPICS)


def test_a_line_stating_a_figure_without_a_source_is_named_by_file_section_line_and_figure():
    raw = with_line("evidence", text="It helps 87% of people.")
    n = len(next(s for s in raw.dry_needling["section"] if s["id"] == "evidence")["line"])
    assert check_explainer_figures_cited(raw) == [
        f"dry_needling.toml: section 'evidence': line {n}: field 'sources': "
        "states a figure ('87%') but cites no source"
    ]


def test_a_cited_source_must_exist_in_sources_toml(geometry):
    raw = with_line("evidence", text="Said somewhere.", sources=["nobody-2099"])
    messages = run_checks(raw, geometry)
    assert any("unknown source 'nobody-2099'" in m and "section 'evidence'" in m for m in messages)


def test_unknown_kinds_links_and_conditions_are_refused(geometry):
    doc = {**RAW.dry_needling, "section": [dict(s) for s in RAW.dry_needling["section"]]}
    doc["section"][0] |= {"kind": "poster", "link": "nowhere", "conditions": ["hiccups"]}
    messages = run_checks(replace(RAW, dry_needling=doc), geometry)
    assert any("field 'kind': 'poster' is not one of" in m for m in messages)
    assert any("field 'link': 'nowhere' is not one of" in m for m in messages)
    assert any("unknown condition 'hiccups'" in m for m in messages)


def test_every_line_with_a_digit_in_the_real_page_cites_at_least_one_source():
    stated = [line for s in EXPLAINER.sections for line in s.lines if re.search(r"\d", line.text)]
    assert len(stated) >= 10, "the evidence and side-effect sections give figures"
    assert all(line.sources for line in stated)


class _Items(HTMLParser):
    def __init__(self):
        super().__init__()
        self.items, self._in = [], False

    def handle_starttag(self, tag, attrs):
        self._in = tag == "li"
        if self._in:
            self.items.append("")

    def handle_data(self, data):
        if self._in:
            self.items[-1] += data


def test_the_printable_checklist_holds_every_item_and_the_sources_it_cites(atlas):
    page = checklist_html(EXPLAINER, atlas.sources)
    parser = _Items()
    parser.feed(page)
    section = EXPLAINER.section("checklist")
    cited = list(dict.fromkeys(s for line in section.lines for s in line.sources))
    assert "@page" in page and "<title>Before your first session</title>" in page
    assert len(parser.items) == len(section.lines) + len(cited)
    for item, line in zip(parser.items, section.lines, strict=False):
        assert item.startswith(line.text)
    assert [i.strip() for i in parser.items[len(section.lines) :]] == [
        atlas.sources[s].citation for s in cited
    ]


def test_the_checklist_shows_text_from_data_as_text_never_as_markup(atlas):
    doc = with_line("checklist", text="<script>alert(1)</script>").dry_needling
    page = checklist_html(build_explainer(doc), atlas.sources)
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.fixture(scope="module")
def shown():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.switch_page("pages/dry_needling.py")
    return at.run()


def _plain(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text).replace("\N{WORD JOINER}", "")


def test_the_page_renders_every_section_with_its_sources_numbered_at_the_foot(shown, atlas):
    assert not shown.exception
    headings = [_plain(h.value) for h in shown.subheader]
    assert headings == [s.title for s in EXPLAINER.sections] + ["Sources"]
    text = "\n".join(_plain(m.value) for m in [*shown.markdown, *shown.warning])
    citations = [shown_line for shown_line in text.splitlines() if re.match(r"\d+\. ", shown_line)]
    assert citations[-len(EXPLAINER.cited()) :] == [
        f"{i + 1}. {atlas.sources[sid].citation}" for i, sid in enumerate(EXPLAINER.cited())
    ]


def test_each_figure_on_the_page_is_followed_by_its_source_numbers(shown):
    numbers = {sid: i + 1 for i, sid in enumerate(EXPLAINER.cited())}
    text = "\n".join(_plain(m.value) for m in [*shown.markdown, *shown.warning])
    line = EXPLAINER.section("side-effects").lines[0]
    refs = ", ".join(str(n) for n in sorted(numbers[s] for s in line.sources))
    assert f"{line.text} :gray[[{refs}]]" in text


def test_the_page_links_to_the_body_map_and_to_the_conditions_page(shown):
    links = {link.proto.page for link in shown.get("page_link")}
    assert links == {"", "conditions"}  # the body map is the default page, at the root


def test_a_misspelt_field_is_named_rather_than_silently_dropping_a_citation(geometry):
    raw = with_line("evidence", text="Said somewhere.", source=["chys-2023"])
    assert any(
        "section 'evidence'" in m and "field 'source': unknown field" in m
        for m in run_checks(raw, geometry)
    )
