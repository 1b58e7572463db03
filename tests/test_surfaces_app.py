"""The conditions, library and coverage pages keep what they promise (AppTest)."""

import io
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import click_region, map_data
from tests.conftest import ROOT
from triggermap.atlas.loading import load_atlas
from triggermap.lookup.query import referrals_to
from triggermap.lookup.ranking import pain_sources
from triggermap.outputs.tables import referral_density

ATLAS = load_atlas()


def page(path: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(path)
    return at.run()


def markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def unescaped(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes]:
    """What each download button would hand the browser, by the file name in its url."""
    stored: dict[str, bytes] = {}
    keep = MemoryMediaFileStorage.load_and_get_id

    def load_and_get_id(self, path_or_data, mimetype, kind, filename=None):
        file_id = keep(self, path_or_data, mimetype, kind, filename)
        stored[Path(self.get_url(file_id)).name] = path_or_data
        return file_id

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", load_and_get_id)
    return stored


def downloaded(at: AppTest, label_start: str, stored: dict[str, bytes]) -> pd.DataFrame:
    button = next(b for b in at.get("download_button") if b.proto.label.startswith(label_start))
    return pd.read_csv(io.BytesIO(stored[Path(button.proto.url).name]))


@pytest.mark.parametrize(
    ("condition_id", "region_id"),
    [("migraine", "right-temple"), ("plantar-heel-pain", "right-heel")],
)
def test_a_tap_on_the_conditions_chart_lists_that_areas_muscles_within_the_condition_ranked(
    condition_id, region_id
):
    at = page("pages/conditions.py")
    at.selectbox(key="condition_pick").set_value(condition_id).run()
    view = ATLAS.regions[region_id].view
    at.segmented_control(key="condition_view").set_value(view).run()
    at = click_region(at, region_id, key="condition_map")
    assert not at.exception
    in_condition = {m.id for m in ATLAS.muscles.values() if condition_id in m.conditions}
    ranked = [s.muscle for s in pain_sources(ATLAS, [region_id]) if s.muscle_id in in_condition]
    assert ranked, "the case must have muscles to list"
    lines = [unescaped(t) for t in markdown(at) if re.match(r"\d+\. ", t)]
    assert [re.match(r"\d+\. \*\*(.+?)\*\*", t).group(1) for t in lines] == ranked
    heading = next(t for t in markdown(at) if t.startswith("##### Pain in the"))
    assert ATLAS.regions[region_id].name in unescaped(heading)
    assert map_data(at, "condition_map")["selected"] == [region_id]


def test_the_library_download_holds_the_filtered_rows_beside_a_whole_atlas_download(downloads):
    at = page("pages/library.py")
    at.text_input(key="lib_text").input("trapezius").run()
    shown = list(at.dataframe[0].value["muscle"])
    assert 0 < len(shown) < len(ATLAS.muscles)
    assert list(downloaded(at, "Download these", downloads)["muscle"]) == shown
    whole = downloaded(at, "Download the whole atlas", downloads)
    assert set(whole["muscle_id"]) == set(ATLAS.muscles)


def test_the_library_filters_live_in_the_link_so_a_shared_link_reopens_them():
    at = page("pages/library.py")
    at.multiselect(key="lib_areas").select("neck").select("back").run()
    at.selectbox(key="lib_refers").set_value("heel").run()
    at.selectbox(key="lib_refers").set_value(None).run()
    at.selectbox(key="lib_condition").set_value("neck-pain").run()
    params = {k: at.query_params[k] for k in at.query_params}
    assert params == {"area": "neck,back", "condition": "neck-pain"}
    rows = list(at.dataframe[0].value["muscle"])
    again = page("pages/library.py", **params)
    assert not again.exception and not again.warning
    assert list(again.dataframe[0].value["muscle"]) == rows
    assert again.multiselect(key="lib_areas").value == ["neck", "back"]


@pytest.mark.parametrize(
    ("params", "kept"),
    [
        ({"area": "neck,elbow", "refers": "heel"}, {"refers": "heel"}),
        ({"condition": "no-such-thing", "q": "calf"}, {"q": "calf"}),
        ({"refers": "right-heel"}, {}),
        ({"q": "x" * 101}, {}),
    ],
)
def test_an_unknown_library_link_value_gives_a_notice_and_is_ignored_whole(params, kept):
    at = page("pages/library.py", **params)
    assert not at.exception
    assert len(at.warning) == 1 and "ignored" in at.warning[0].value
    assert {k: at.query_params[k] for k in at.query_params} == kept
    assert len(at.dataframe[0].value) == len(page("pages/library.py", **kept).dataframe[0].value)


def test_the_coverage_heat_map_has_a_colour_key_giving_each_shades_count_range():
    at = page("pages/coverage.py")
    css = (ROOT / "assets" / "js" / "map.css").read_text()
    legends = [h.proto.body for h in at.get("html")]  # static markup (ui/bodymap.legend_items)
    key = next(t for t in legends if "muscles<br>" in t or "muscle<br>" in t)
    entries = re.findall(r"background:(#[0-9a-f]{6})[^>]*></span>(\d+)(?: to (\d+))? muscles?", key)
    ranges = [(colour, int(lo), int(hi or lo)) for colour, lo, hi in entries]
    density = referral_density(ATLAS)
    # The ranges run from none to the busiest area without gap or overlap.
    assert ranges[0][1] == 0 and ranges[-1][2] == max(density.values())
    assert all(b[1] == a[2] + 1 for a, b in zip(ranges, ranges[1:], strict=False))
    # Each area is drawn in the shade whose range holds its count.
    heat = map_data(at, "coverage_map")["heat"]
    for rid, step in heat.items():
        colour, lo, hi = ranges[step]
        assert lo <= density[rid] <= hi, rid
        assert re.search(rf"\.h{step} \{{ fill: {colour}; \}}", css), step


def test_a_tap_on_the_coverage_map_lists_the_muscles_that_refer_there_with_a_library_link():
    at = click_region(page("pages/coverage.py"), "right-heel", key="coverage_map")
    assert not at.exception
    listed = {
        re.match(r"- \*\*(.+?)\*\*", t).group(1) for t in markdown(at) if t.startswith("- **")
    }
    expected = {ATLAS.muscles[r.muscle_id].name for r in referrals_to(ATLAS, "right-heel")}
    assert listed == expected and len(listed) > 1
    link = at.get("page_link")[0].proto
    assert link.page == "library" and link.query_string == "refers=heel"
    library = page("pages/library.py", refers="heel")
    assert set(library.dataframe[0].value["muscle"]) == expected


def test_the_coverage_page_shows_how_much_of_the_atlas_is_figure_text_or_derived():
    at = page("pages/coverage.py")
    assert not at.exception
    shown = {m.label: m.value for m in at.metric}
    written = [tp for m in ATLAS.muscles.values() for tp in m.trigger_points]  # once, not per side
    for label, evidence in (
        ("Drawn in a figure", "figure"),
        ("Described in text", "text"),
        ("Derived by the atlas", "derived"),
    ):
        n = sum(1 for tp in written if tp.evidence == evidence)
        assert shown[label] == f"{n} ({round(100 * n / len(written))}%)"
    assert any(f"each of the {len(written)} trigger points" in c.value for c in at.caption)
